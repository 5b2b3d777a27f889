"""A read-only, sortable table of plain rows with sensible defaults."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from .row_table import ROW_ROLE, SORT_ROLE, Column, RowTableModel

T = TypeVar("T")


class RowTableView(QTableView):
    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = RowTableModel(columns, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.source)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

    def wrap(self, column: int, others_at_most: int | None = None) -> None:
        """Give ``column`` the width the others leave and wrap its text, rows growing to hold
        it: a narrow panel then shows every column without scrolling sideways. The other
        columns, if given a width, wrap within it too."""
        self._others_at_most = others_at_most
        self._wrapped = column
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.setWordWrap(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def set_rows(self, rows: Sequence[object]) -> None:
        self.source.set_rows(rows)
        self.resizeColumnsToContents()
        limit = getattr(self, "_others_at_most", None)
        if limit is not None:
            for section in range(self.source.columnCount()):
                if section != self._wrapped:
                    self.setColumnWidth(section, min(self.columnWidth(section), limit))
            self.resizeRowsToContents()

    def selected_row(self) -> Any:
        """The selected row object (of the class the rows were set with), or None."""
        indexes = self.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def selected(self, kind: type[T]) -> T | None:
        """The selected row, if one is selected and it is a ``kind``."""
        row = self.selected_row()
        return row if isinstance(row, kind) else None

    def enable_with_selection(self, *widgets: QWidget) -> None:
        """Keep ``widgets`` (the buttons that act on a row) enabled just while a row is
        selected; new rows clear the selection without a selectionChanged, hence the reset."""

        def update(*_args: object) -> None:
            chosen = self.selected_row() is not None
            for widget in widgets:
                widget.setEnabled(chosen)

        self.selectionModel().selectionChanged.connect(update)
        self.proxy.modelReset.connect(update)
        update()
