"""The opportunity list as a lazy table model: rows come from the database a page at a time
(``canFetchMore``/``fetchMore``), sorted and filtered in SQL; totals come from SQL too."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.services.database import Database
from desktop.services.labels import label, localized
from desktop.services.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.opportunities.opportunity_list import (
    ListTotals,
    OpportunityFilter,
    OpportunityList,
    OpportunityListRow,
    Sorting,
    SortKey,
)
from desktop.views.common.formatting import format_date, format_number
from desktop.views.common.row_table import ROW_ROLE
from desktop.views.i18n import current_language, translate
from desktop.views.opportunities.amounts import money

Index = QModelIndex | QPersistentModelIndex
PAGE = 200

COLUMNS: tuple[tuple[SortKey, Message], ...] = (
    (SortKey.NAME, QT_TRANSLATE_NOOP("OpportunityTableModel", "Opportunity")),
    (SortKey.ACCOUNT, QT_TRANSLATE_NOOP("OpportunityTableModel", "Account")),
    (SortKey.AMOUNT, QT_TRANSLATE_NOOP("OpportunityTableModel", "Amount")),
    (SortKey.DECISION_DATE, QT_TRANSLATE_NOOP("OpportunityTableModel", "Expected decision")),
    (SortKey.STAGE, QT_TRANSLATE_NOOP("OpportunityTableModel", "Stage")),
    (SortKey.PROBABILITY, QT_TRANSLATE_NOOP("OpportunityTableModel", "Probability")),
    (SortKey.WEIGHTED, QT_TRANSLATE_NOOP("OpportunityTableModel", "Weighted amount")),
    (SortKey.CATEGORY, QT_TRANSLATE_NOOP("OpportunityTableModel", "Forecast category")),
    (SortKey.SCORE, QT_TRANSLATE_NOOP("OpportunityTableModel", "Score")),
    (SortKey.OWNER, QT_TRANSLATE_NOOP("OpportunityTableModel", "Owner")),
    (SortKey.DAYS_IN_STAGE, QT_TRANSLATE_NOOP("OpportunityTableModel", "Days in stage")),
    (SortKey.KEY_PERSON, QT_TRANSLATE_NOOP("OpportunityTableModel", "Key person")),
    (SortKey.PRIORITY, QT_TRANSLATE_NOOP("OpportunityTableModel", "Order priority")),
)
NUMERIC = frozenset(
    {SortKey.AMOUNT, SortKey.PROBABILITY, SortKey.WEIGHTED, SortKey.SCORE, SortKey.DAYS_IN_STAGE}
)
CLOSED_COLOUR = QColor("#6b6b6b")
OVERDUE_COLOUR = QColor("#b3261e")


class OpportunityTableModel(QAbstractTableModel):
    def __init__(self, db: Database, today: date, parent=None) -> None:
        super().__init__(parent)
        self.today = today
        self.query = OpportunityList(db)
        self.totals = ListTotals()
        self._rows: list[OpportunityListRow] = []
        self._language = current_language()

    # ---- what is shown -------------------------------------------------------------------

    def set_query(self, filter_: OpportunityFilter, sorting: Sorting | None = None) -> None:
        self.beginResetModel()
        self.query.filter = filter_
        if sorting is not None:
            self.query.sorting = sorting
        self._language = current_language()
        self.totals = self.query.totals()
        self._rows = self.query.page(0, PAGE)
        self.endResetModel()

    def refresh(self) -> None:
        """Read again (after an edit), keeping as many rows loaded as before."""
        wanted = max(len(self._rows), PAGE)
        self.beginResetModel()
        self.totals = self.query.totals()
        self._rows = self.query.page(0, wanted)
        self.endResetModel()

    def row_at(self, row: int) -> OpportunityListRow:
        return self._rows[row]

    def row_of(self, opportunity_id: int) -> int:
        """The loaded row showing an opportunity, -1 when it is not loaded."""
        return next((n for n, r in enumerate(self._rows) if r.id == opportunity_id), -1)

    def load_until(self, position: int) -> None:
        while len(self._rows) <= position and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    # ---- Qt's model API ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._rows) < self.totals.count

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        more = self.query.page(len(self._rows), PAGE)
        if not more:
            self.totals = self.query.totals()  # the data changed underneath: stop fetching
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        sorting = Sorting(COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder)
        if sorting != self.query.sorting:
            self.set_query(self.query.filter, sorting)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][1].render(translate)
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section][0] in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key in NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.stage_closed:
                return QBrush(CLOSED_COLOUR)
            if key is SortKey.DECISION_DATE and self._overdue(row):
                return QBrush(OVERDUE_COLOUR)
            return None
        if role == Qt.ItemDataRole.FontRole and key is SortKey.PROBABILITY:
            if row.probability_overridden:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, key)
        if role == ROW_ROLE:
            return row
        return None

    def _overdue(self, row: OpportunityListRow) -> bool:
        edd = row.expected_decision_date
        return not row.stage_closed and edd is not None and edd < self.today

    def _text(self, row: OpportunityListRow, key: SortKey) -> str:
        if key is SortKey.NAME:
            return row.name
        if key is SortKey.ACCOUNT:
            return row.account
        if key is SortKey.AMOUNT:
            return money(row.amount)
        if key is SortKey.DECISION_DATE:
            return format_date(row.expected_decision_date)
        if key is SortKey.STAGE:
            return localized(row.stage_en, row.stage_zh, self._language)
        if key is SortKey.PROBABILITY:
            return f"{row.probability}%"
        if key is SortKey.WEIGHTED:
            return money(row.weighted)
        if key is SortKey.CATEGORY:
            return label(row.forecast_category, translate)
        if key is SortKey.SCORE:
            return "" if row.score is None else str(row.score)
        if key is SortKey.OWNER:
            return row.owner
        if key is SortKey.DAYS_IN_STAGE:
            return format_number(row.days_in_stage(self.today))
        if key is SortKey.PRIORITY:
            return row.order_priority.value.upper() if row.order_priority else ""
        return row.key_person

    def _tip(self, row: OpportunityListRow, key: SortKey) -> str | None:
        if key is SortKey.PROBABILITY:
            if row.probability_overridden:
                return translate(
                    "OpportunityTableModel", "Set for this opportunity (not the stage's)"
                )
            return translate("OpportunityTableModel", "The probability of its stage")
        if key is SortKey.WEIGHTED:
            return translate("OpportunityTableModel", "{amount} × {percent}% = {weighted}").format(
                amount=money(row.amount),
                percent=row.probability,
                weighted=money(row.weighted),
            )
        if key is SortKey.DECISION_DATE and self._overdue(row):
            return translate("OpportunityTableModel", "The expected decision date has passed")
        if key is SortKey.PRIORITY and row.order_priority is not None:
            return label(row.order_priority, translate)
        if key is SortKey.SCORE and row.score is not None:
            return translate(
                "OpportunityTableModel", "Latest opportunity evaluation: {score} of 16 points"
            ).format(score=row.score)
        return None
