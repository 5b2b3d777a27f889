"""Overdue claims across contracts, paged from the database, each with its ladder and clock."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from desktop.services.contracts.ageing import buckets
from desktop.services.contracts.claims import Claim
from desktop.services.contracts.receivables import ReceivablesService
from desktop.views.common.formatting import display, format_date, format_number
from desktop.views.common.row_table import ROW_ROLE

from .text import LEVEL_COLOUR, clock_detail, clock_summary, money, render

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
(ACCOUNT, CONTRACT, MILESTONE, DUE, DAYS, AGEING, OUTSTANDING, LAST, NEXT, CLOCK) = range(10)


class ClaimsModel(QAbstractTableModel):
    def __init__(self, service: ReceivablesService, parent=None) -> None:
        super().__init__(parent)
        self._service = service
        self._account_id: int | None = None
        self._rows: list[Claim] = []
        self._total = 0
        self._labels: list[str] = []

    def load(self, account_id: int | None, total: int) -> None:
        """Show the overdue claims of ``account_id`` (None: all); ``total`` is their count."""
        self.beginResetModel()
        self._account_id = account_id
        self._total = total
        self._labels = [render(b.label()) for b in buckets(list(self._service.policy().bounds))]
        self._rows = self._service.overdue(account_id, 0, PAGE) if total else []
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        start = len(self._rows)
        rows = self._service.overdue(self._account_id, start, PAGE)
        if not rows:
            self._total = start
            return
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def row_at(self, row: int) -> Claim:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 10

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            self.tr("Account"),
            self.tr("Contract"),
            self.tr("Milestone"),
            self.tr("Due on"),
            self.tr("Days overdue"),
            self.tr("Ageing"),
            self.tr("Outstanding"),
            self.tr("Last step"),
            self.tr("Next step"),
            self.tr("Limitation period"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        claim = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(claim, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (DAYS, OUTSTANDING):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == CLOCK:
            colour = LEVEL_COLOUR.get(claim.limitation.level)
            return None if colour is None else QBrush(colour)
        if role == Qt.ItemDataRole.FontRole and column == NEXT and claim.ladder.next_due:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == CLOCK:
            return clock_detail(claim.limitation)
        if role == ROW_ROLE:
            return claim
        return None

    def _text(self, claim: Claim, column: int) -> str:
        ladder = claim.ladder
        if column == ACCOUNT:
            return claim.account
        if column == CONTRACT:
            return claim.contract_number
        if column == MILESTONE:
            return claim.milestone
        if column == DUE:
            return format_date(claim.due_on)
        if column == DAYS:
            return format_number(claim.days_overdue)
        if column == AGEING:
            return "" if claim.bucket is None else self._labels[claim.bucket]
        if column == OUTSTANDING:
            return money(claim.outstanding)
        if column == LAST:
            return "" if ladder.highest is None else display(ladder.highest)
        if column == NEXT:
            return "" if ladder.next_step is None else display(ladder.next_step)
        return clock_summary(claim.limitation)
