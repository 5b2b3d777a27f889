"""A titled list of a contract's parts with Add, Edit and Delete buttons."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.views.common.read_only import edits
from desktop.views.common.row_table import Column
from desktop.views.common.table_view import RowTableView


class PartSection(QGroupBox):
    add_requested = Signal()
    edit_requested = Signal(object)  # the selected row
    delete_requested = Signal(object)
    selection_changed = Signal(object)  # the selected row or None

    def __init__(
        self, title: str, columns: Sequence[Column], parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        self.table = RowTableView(columns, self)
        self.table.setMinimumHeight(90)
        self.add_button = edits(QPushButton(self.tr("Add…"), self))
        self.edit_button = edits(QPushButton(self.tr("Edit…"), self))
        self.delete_button = edits(QPushButton(self.tr("Delete"), self))
        self.buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.table.doubleClicked.connect(self._on_edit_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._sync_buttons()

    def add_button_for(self, text: str) -> QPushButton:
        """An extra button acting on the selected row (enabled only with one)."""
        button = QPushButton(text, self)
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        button.setProperty("needs_row", True)
        self._sync_buttons()
        return button

    def set_rows(self, rows: Sequence[object], keep: int | None = None) -> None:
        """Show ``rows``, keeping the row whose ``id`` is ``keep`` selected."""
        self.table.set_rows(rows)
        if keep is not None:
            self.select_id(keep)
        self._sync_buttons()

    def select_id(self, record_id: int) -> bool:
        source = self.table.source
        for row in range(source.rowCount()):
            if getattr(source.row_at(row), "id", None) == record_id:
                index = self.table.proxy.mapFromSource(source.index(row, 0))
                self.table.selectRow(index.row())
                return True
        return False

    def selected(self) -> Any:
        return self.table.selected_row()

    def _sync_buttons(self) -> None:
        has_row = self.selected() is not None
        self.edit_button.setEnabled(has_row)
        self.delete_button.setEnabled(has_row)
        for index in range(self.buttons.count()):
            item = self.buttons.itemAt(index)
            widget = None if item is None else item.widget()
            if widget is not None and widget.property("needs_row"):
                widget.setEnabled(has_row)

    def _on_selection_changed(self, *_args) -> None:
        self._sync_buttons()
        self.selection_changed.emit(self.selected())

    def _on_edit_clicked(self, *_args) -> None:
        row = self.selected()
        if row is not None:
            self.edit_requested.emit(row)

    def _on_delete_clicked(self) -> None:
        row = self.selected()
        if row is not None:
            self.delete_requested.emit(row)
