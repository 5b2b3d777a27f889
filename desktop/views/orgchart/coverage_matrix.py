"""The coverage matrix: a deal's decision group (or the whole account) against our team, the
strongest relationships coloured, and the gaps listed beside it (docs/coverage.md)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.labels import label
from desktop.services.orgchart.relationships import (
    ALL_COVERED,
    STRENGTHS,
    CoverageMatrix,
    RelationshipService,
)
from desktop.views.i18n import translate

from . import style

FIXED = 4  # person, role, stance, layer; then one column per colleague
Index = QModelIndex | QPersistentModelIndex


class CoverageModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix = CoverageMatrix((), (), {}, ())
        self._gap_rows: set[int] = set()
        self._bold = QFont()
        self._bold.setBold(True)

    def set_matrix(self, matrix: CoverageMatrix) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self._gap_rows = {gap.person_id for gap in matrix.gaps if gap.person_id is not None}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.matrix.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIXED + len(self.matrix.members)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section >= FIXED:
            return self.matrix.members[section - FIXED]
        return (self.tr("Person"), self.tr("Role"), self.tr("Stance"), self.tr("Layer"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.matrix.rows[index.row()]
        column = index.column()
        if column < FIXED:
            if role == Qt.ItemDataRole.DisplayRole:
                if column == 0:
                    return row.name
                value = (row.role, row.stance, row.layer)[column - 1]
                # An unknown stance says so; no role stays empty.
                return label(value, translate) if value or column == 2 else ""
            if role == Qt.ItemDataRole.FontRole and column == 0 and row.key:
                return self._bold
            if role == Qt.ItemDataRole.ForegroundRole and row.person_id in self._gap_rows:
                return QBrush(style.DROP_REFUSED_COLOUR) if column == 0 else None
            if role == Qt.ItemDataRole.BackgroundRole and column == 2:
                return QBrush(style.STANCE_STYLES[row.stance].tint)
            return None
        member = self.matrix.members[column - FIXED]
        strength = self.matrix.strength(row.person_id, member)
        if role == Qt.ItemDataRole.DisplayRole:
            return STRENGTHS[strength].render(translate) if strength else ""
        if role == Qt.ItemDataRole.BackgroundRole and strength:
            return QBrush(style.COVERAGE_STYLES[strength].colour)
        if role == Qt.ItemDataRole.ForegroundRole and strength:
            return QBrush(style.COVERAGE_STYLES[strength].text)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None


class CoverageDialog(QDialog):
    """Kept open beside the chart: it follows the account and the owners as they change."""

    person_activated = Signal(int)

    def __init__(self, service: RelationshipService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.account_id: int | None = None
        self.setWindowTitle(self.tr("Coverage: who on our team knows whom"))
        self.deal = QComboBox(self)
        self.deal.currentIndexChanged.connect(self._on_deal_current_index_changed)
        self.model = CoverageModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.gaps = QListWidget(self)
        self.gaps.setWordWrap(True)
        self.gaps.setSpacing(3)
        self.gaps.itemActivated.connect(self._on_gaps_item_activated)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        gap_page = QWidget(self)
        gap_layout = QVBoxLayout(gap_page)
        gap_layout.setContentsMargins(0, 0, 0, 0)
        gap_layout.addWidget(QLabel(self.tr("Gaps"), self))
        gap_layout.addWidget(self.gaps, 1)
        gap_layout.addWidget(self.summary)
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(gap_page)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([860, 340])
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Decision group of"), self))
        top.addWidget(self.deal, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.resize(1220, 620)

    def show_account(self, account_id: int, opportunity_id: int | None = None) -> None:
        """Choose among the account's deals (or all its people) and show the matrix, of
        ``opportunity_id`` if given, else of the deal shown before on this account; the matrix
        is read once."""
        chosen = self.deal.currentData() if account_id == self.account_id else None
        chosen = chosen if opportunity_id is None else opportunity_id
        self.account_id = account_id
        self.deal.blockSignals(True)
        self.deal.clear()
        self.deal.addItem(self.tr("All people of the account"), None)
        for deal_id, name in self.service.deals(account_id):
            self.deal.addItem(name, deal_id)
        self.deal.setCurrentIndex(max(self.deal.findData(chosen), 0))
        self.deal.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        if self.account_id is None:
            return
        matrix = self.service.matrix(self.account_id, self.deal.currentData())
        self.model.set_matrix(matrix)
        for column in range(FIXED):
            self.table.resizeColumnToContents(column)
        for column in range(FIXED, self.model.columnCount()):
            self.table.setColumnWidth(column, 84)
        self.gaps.clear()
        for gap in matrix.gaps:
            item = QListWidgetItem(gap.message.render(translate))
            item.setData(Qt.ItemDataRole.UserRole, gap.person_id)
            self.gaps.addItem(item)
        known = sum(1 for row in matrix.rows if matrix.best(row.person_id))
        summary = self.tr("{known} of {count} people known by someone on our team.").format(
            known=known, count=len(matrix.rows)
        )
        if not matrix.gaps and matrix.rows:
            summary += " " + ALL_COVERED.render(translate)
        self.summary.setText(summary)

    def _on_deal_current_index_changed(self, _index: int) -> None:
        self.reload()

    def _on_gaps_item_activated(self, item: QListWidgetItem) -> None:
        person_id = item.data(Qt.ItemDataRole.UserRole)
        if person_id is not None:
            self.person_activated.emit(person_id)

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self.person_activated.emit(self.model.matrix.rows[index.row()].person_id)
