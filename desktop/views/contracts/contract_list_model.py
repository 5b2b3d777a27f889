"""The contracts as a table model that pages from the database (thousands of contracts)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from desktop.services.contracts.contract_list import (
    ContractListRow,
    ContractListService,
    ListQuery,
    SortKey,
)
from desktop.views.common.formatting import display, format_date
from desktop.views.common.row_table import ROW_ROLE

from .text import BAD, money

Index = QModelIndex | QPersistentModelIndex
PAGE = 100

COLUMNS: tuple[SortKey, ...] = (
    SortKey.NUMBER,
    SortKey.TITLE,
    SortKey.ACCOUNT,
    SortKey.CLASS,
    SortKey.SIGNED,
    SortKey.TOTAL,
    SortKey.RECEIVED,
    SortKey.OUTSTANDING,
    SortKey.OVERDUE,
    SortKey.NEXT_DUE,
    SortKey.STATUS,
)
MONEY = {SortKey.TOTAL, SortKey.RECEIVED, SortKey.OUTSTANDING, SortKey.OVERDUE}


class ContractListModel(QAbstractTableModel):
    def __init__(self, service: ContractListService, parent=None) -> None:
        super().__init__(parent)
        self._service = service
        self.spec = ListQuery()
        self._rows: list[ContractListRow] = []
        self._total = 0
        self._loaded = False  # nothing is read before the tab first shows an account

    def headers(self) -> dict[SortKey, str]:
        return {
            SortKey.NUMBER: self.tr("Number"),
            SortKey.TITLE: self.tr("Title"),
            SortKey.ACCOUNT: self.tr("Account"),
            SortKey.CLASS: self.tr("Class"),
            SortKey.SIGNED: self.tr("Signed"),
            SortKey.TOTAL: self.tr("Amount"),
            SortKey.RECEIVED: self.tr("Received"),
            SortKey.OUTSTANDING: self.tr("Outstanding"),
            SortKey.OVERDUE: self.tr("Overdue"),
            SortKey.NEXT_DUE: self.tr("Next due"),
            SortKey.STATUS: self.tr("Status"),
        }

    # ---- loading -------------------------------------------------------------------------

    def set_query(self, spec: ListQuery) -> None:
        self.beginResetModel()
        self.spec = spec
        self._loaded = True
        self._total = self._service.count(spec)
        self._rows = self._service.page(spec, 0, PAGE) if self._total else []
        self.endResetModel()

    def reload(self) -> None:
        self.set_query(self.spec)

    @property
    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        self._fetch(len(self._rows) + PAGE)

    def _fetch(self, until: int) -> None:
        """Load rows up to ``until`` (exclusive) in one query."""
        start = len(self._rows)
        wanted = min(until, self._total) - start
        if wanted <= 0:
            return
        rows = self._service.page(self.spec, start, wanted)
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def row_of(self, contract_id: int) -> int:
        """The row showing ``contract_id`` (loading pages up to it); -1 if not listed."""
        for number, row in enumerate(self._rows):
            if row.id == contract_id:
                return number
        position = self._service.row_of(self.spec, contract_id)
        if position is None:
            return -1
        self._fetch(position + PAGE)
        return position if position < len(self._rows) else -1

    def row_at(self, row: int) -> ContractListRow:
        return self._rows[row]

    # ---- the model -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[COLUMNS[section]]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in MONEY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and key is SortKey.OVERDUE and row.overdue > 0:
            return QBrush(BAD)
        if role == Qt.ItemDataRole.ToolTipRole and key is SortKey.TITLE:
            return row.title
        if role == ROW_ROLE:
            return row
        return None

    @staticmethod
    def _text(row: ContractListRow, key: SortKey) -> str:
        values = {
            SortKey.NUMBER: row.number,
            SortKey.TITLE: row.title,
            SortKey.ACCOUNT: row.account,
            SortKey.CLASS: display(row.customer_class),
            SortKey.SIGNED: format_date(row.signed_on),
            SortKey.NEXT_DUE: format_date(row.next_due),
            SortKey.STATUS: display(row.status),
        }
        if key in MONEY:
            amount: Decimal = getattr(row, key.value)
            return "" if key is SortKey.OVERDUE and not amount else money(amount, row.currency)
        return values[key]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            descending = order == Qt.SortOrder.DescendingOrder
            spec = replace(self.spec, sort=COLUMNS[column], descending=descending)
            if self._loaded:
                self.set_query(spec)
            else:
                self.spec = spec
