"""The contract list: search, a filter, the paged table and "New contract"."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.contracts.contract_list import ContractListService, ListFilter
from desktop.views.common.formatting import format_number
from desktop.views.common.read_only import edits

from .contract_list_model import COLUMNS, ContractListModel

TITLE_WIDTH = 260  # at most, with room to spare
MIN_TITLE_WIDTH = 120


class ContractListPanel(QWidget):
    contract_selected = Signal(object)  # contract id or None
    new_requested = Signal()

    def __init__(self, service: ContractListService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ContractListModel(service, self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search number, title or account"))
        self.search.setClearButtonEnabled(True)
        self.filter = QComboBox(self)
        for text, value in (
            (self.tr("All contracts"), ListFilter.ALL),
            (self.tr("Open (money to collect)"), ListFilter.OPEN),
            (self.tr("With overdue payments"), ListFilter.OVERDUE),
            (self.tr("Completed"), ListFilter.COMPLETED),
            (self.tr("Terminated"), ListFilter.TERMINATED),
        ):
            self.filter.addItem(text, value)
        self.new_button = edits(QPushButton(self.tr("New contract…"), self))
        self.count = QLabel(self)
        self._title_width = TITLE_WIDTH
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(40)  # size columns to the first rows only
        header.setSortIndicator(COLUMNS.index(self.model.spec.sort), Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)
        header.setStretchLastSection(True)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(250)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.filter)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

        self.search.textChanged.connect(self._typing.start)
        self._typing.timeout.connect(self._apply_filters)
        self.filter.currentIndexChanged.connect(self._apply_filters)
        self.new_button.clicked.connect(self.new_requested)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.model.modelReset.connect(self._show_count)

    def show_account(self, account_id: int | None, keep: int | None = None) -> None:
        """List the contracts of ``account_id`` (None: all), keeping ``keep`` selected."""
        self.model.set_query(replace(self.model.spec, account_id=account_id))
        self._select_after_reset(keep)

    def reload(self, keep: int | None) -> None:
        self.model.reload()
        self._select_after_reset(keep)

    def _apply_filters(self) -> None:
        keep = self.current_contract()
        self.model.set_query(
            replace(self.model.spec, search=self.search.text(), filter=self.filter.currentData())
        )
        self._select_after_reset(keep)

    def _select_after_reset(self, keep: int | None) -> None:
        if keep is not None and self.select(keep):
            return
        if self.model.rowCount() > 0:
            self.view.selectRow(0)
        else:
            self.contract_selected.emit(None)

    def select(self, contract_id: int) -> bool:
        row = self.model.row_of(contract_id)
        if row < 0:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def current_contract(self) -> int | None:
        index = self.view.selectionModel().currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(index.row()).id

    def _on_current_row_changed(self, current, _previous) -> None:
        self.contract_selected.emit(
            self.model.row_at(current.row()).id if current.isValid() else None
        )

    def _show_count(self) -> None:
        self.count.setText(
            self.tr("Contracts: {count}").format(count=format_number(self.model.total))
        )
        self.view.resizeColumnsToContents()
        self._title_width = min(self.view.columnWidth(1), TITLE_WIDTH)
        self.view.setColumnWidth(2, min(self.view.columnWidth(2), 220))
        self._fit_title()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_title()

    def _fit_title(self) -> None:
        """The title within what the list shows beside the number, elided (its tooltip holds
        the whole of it) rather than cut off at the panel's edge."""
        room = self.view.viewport().width() - self.view.columnWidth(0)
        self.view.setColumnWidth(1, max(MIN_TITLE_WIDTH, min(self._title_width, room)))
