"""A tab that lists the selected account's records in a read-only table."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.views.context import AppContext

from .base_tab import BaseTab
from .row_table import Column
from .table_view import RowTableView


class RecordListTab(BaseTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.summary = QLabel(self)
        self.table = RowTableView(self.columns(), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)

    def columns(self) -> Sequence[Column]:
        return []

    def rows(self) -> Sequence[object]:
        return []

    def summary_text(self, count: int) -> str:
        return ""

    def reload(self) -> None:
        rows = self.rows()
        self.table.set_rows(rows)
        self.summary.setText(self.summary_text(len(rows)))
