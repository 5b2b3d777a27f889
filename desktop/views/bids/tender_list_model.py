"""The tender list: pages of tenders in deadline order, fetched as the view scrolls."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QStyle

from desktop.models.enums import TenderResult
from desktop.services.bids.tenders import TenderListRow, TenderService
from desktop.services.bids.warnings import Severity
from desktop.views.common.formatting import display, format_datetime, format_number
from desktop.views.common.row_table import ROW_ROLE

from .progress_delegate import PERCENT_ROLE
from .status_icons import HIGHLIGHT, HIGHLIGHT_TEXT
from .text import render

Index = QModelIndex | QPersistentModelIndex
PAGE = 100

COL_DEADLINE, COL_DAYS, COL_TENDER, COL_ACCOUNT, COL_PROGRESS, COL_REQUIRED, COL_WARNINGS = range(7)
COL_RESULT = 7
DANGER = QColor("#b3261e")
CAUTION = QColor("#8a5a00")


class TenderListModel(QAbstractTableModel):
    def __init__(self, service: TenderService, parent=None) -> None:
        super().__init__(parent)
        self._service = service
        self._rows: list[TenderListRow] = []
        self._count = 0
        self._query: tuple[int | None, date, bool] = (None, date.today(), False)

    # ---- loading ----------------------------------------------------------------------
    def load(self, account_id: int | None, today: date, *, pending_only: bool = False) -> None:
        """Start over with the first page (one count query and one page query)."""
        self.beginResetModel()
        self._query = (account_id, today, pending_only)
        self._count = self._service.count(account_id, pending_only=pending_only)
        self._rows = self._page(0)
        self.endResetModel()

    def _page(self, offset: int) -> list[TenderListRow]:
        account_id, today, pending_only = self._query
        return self._service.page(
            account_id, today, pending_only=pending_only, offset=offset, limit=PAGE
        )

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._count

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self._page(len(self._rows))
        if not more:
            self._count = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def total(self) -> int:
        return self._count

    def row_of(self, tender_id: int) -> int:
        """The row showing the tender, fetching pages up to it when needed; -1 if not listed."""
        for number, row in enumerate(self._rows):
            if row.id == tender_id:
                return number
        account_id, today, pending_only = self._query
        position = self._service.position(tender_id, today, account_id, pending_only)
        if position is None:
            return -1
        while len(self._rows) <= position and self.canFetchMore():
            self.fetchMore()
        return position if position < len(self._rows) else -1

    def row_at(self, row: int) -> TenderListRow:
        return self._rows[row]

    # ---- the model --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Deadline"),
                self.tr("Days left"),
                self.tr("Tender"),
                self.tr("Account"),
                self.tr("Checklist"),
                self.tr("Required open"),
                self.tr("Warnings"),
                self.tr("Result"),
            ][section]
        if role == Qt.ItemDataRole.ToolTipRole and section == COL_REQUIRED:
            return self.tr("Required checklist items not yet done (open or with a problem)")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == PERCENT_ROLE and column == COL_PROGRESS:
            return row.progress.percent if row.progress.total else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_WARNINGS and row.warnings:
            worst = max(row.warnings, key=lambda w: list(Severity).index(w.severity)).severity
            icon = (
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if worst is Severity.DANGER
                else QStyle.StandardPixmap.SP_MessageBoxWarning
                if worst is Severity.WARNING
                else QStyle.StandardPixmap.SP_MessageBoxInformation
            )
            return QApplication.style().standardIcon(icon)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        highlighted = row.window and row.progress.required_outstanding
        if role == Qt.ItemDataRole.BackgroundRole and column == COL_REQUIRED and highlighted:
            return QBrush(HIGHLIGHT)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_DAYS, COL_REQUIRED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: TenderListRow, column: int) -> str:
        facts = row.facts
        if column == COL_DEADLINE:
            return format_datetime(facts.submission_deadline)
        if column == COL_DAYS:
            if facts.result is not TenderResult.PENDING:
                return ""
            if facts.submitted_at is not None:
                return self.tr("Submitted")
            return "" if row.days_left is None else format_number(row.days_left)
        if column == COL_TENDER:
            return " · ".join(part for part in (row.tender_no, row.title) if part)
        if column == COL_ACCOUNT:
            return row.account
        if column == COL_PROGRESS:
            if not row.progress.total:
                return self.tr("No checklist")
            return self.tr("{percent}% ({done}/{applicable})").format(
                percent=format_number(row.progress.percent),
                done=format_number(row.progress.done),
                applicable=format_number(row.progress.applicable),
            )
        if column == COL_REQUIRED:
            count = row.progress.required_outstanding
            return format_number(count) if count and facts.submitted_at is None else ""
        if column == COL_WARNINGS:
            return format_number(len(row.warnings)) if row.warnings else ""
        return display(facts.result)

    def _tooltip(self, row: TenderListRow, column: int) -> str | None:
        if column == COL_WARNINGS and row.warnings:
            return "\n".join(f"• {render(w.message)}" for w in row.warnings)
        if column == COL_TENDER:
            return f"{row.title}\n{row.opportunity}"
        return None

    def _foreground(self, row: TenderListRow, column: int):
        if column == COL_DAYS and row.facts.submitted_at is None:
            if row.days_left is not None and row.days_left < 0:
                return QBrush(DANGER)
            if row.window:
                return QBrush(DANGER)
        if column == COL_REQUIRED and row.window:
            return QBrush(HIGHLIGHT_TEXT)
        if column == COL_RESULT and row.facts.result is TenderResult.WON:
            return QBrush(QColor("#2e7d32"))
        if column == COL_RESULT and row.facts.result is TenderResult.LOST:
            return QBrush(CAUTION)
        return None
