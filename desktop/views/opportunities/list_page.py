"""The opportunity list (all accounts or the selected one) beside the editor of the selected
opportunity; filters above, totals below."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.opportunities.deals import NewOpportunity
from desktop.services.opportunities.opportunity_list import OpportunityListRow, SortKey
from desktop.views.common.formatting import format_date, format_number
from desktop.views.common.read_only import edits
from desktop.views.common.row_table import ROW_ROLE

from .amounts import money
from .editing import Editing
from .editor import OpportunityEditor
from .filter_bar import OpportunityFilterBar
from .new_opportunity_dialog import NewOpportunityDialog
from .opportunity_table_model import COLUMNS, OpportunityTableModel

ACCOUNT_COLUMN = 1
DECISION_COLUMN = 3


class OpportunityListPage(QWidget):
    def __init__(self, editing: Editing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editing = editing
        ctx = editing.ctx
        self.account_id: int | None = None
        self._loaded = False
        self._pending: int | None = None
        self.service = ctx.services.opportunities
        self.model = OpportunityTableModel(ctx.db, ctx.clock.today(), self)
        self.filters = OpportunityFilterBar(self)
        self.new_button = edits(QPushButton(self.tr("New opportunity…"), self))
        self.delete_button = edits(QPushButton(self.tr("Delete"), self))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(DECISION_COLUMN, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self._size_columns()
        self.totals = QLabel(self)
        self.editor = OpportunityEditor(editing, self)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.totals)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("OpportunitiesSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([540, 640])
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)
        top.addSpacing(12)
        top.addWidget(self.filters, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self.filters.changed.connect(self._on_filters_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.model.modelReset.connect(self._on_model_reset)
        self.new_button.clicked.connect(self.new_opportunity)
        self.delete_button.clicked.connect(self.delete_current)
        self.editor.facts.saved.connect(self._update_totals)

    def _size_columns(self) -> None:
        """Starting widths, never narrower than the column's heading (with room for the sort
        arrow) nor, for the date, than the widest date in this language's notation."""
        widths = (230, 190, 110, 130, 150, 80, 110, 110, 50, 80, 90, 110, 70)
        heading = self.table.horizontalHeader().fontMetrics()
        widest_date = self.table.fontMetrics().horizontalAdvance(format_date(date(2026, 12, 28)))
        for column, width in enumerate(widths[: len(COLUMNS)]):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            needed = heading.horizontalAdvance(title) + 28
            if COLUMNS[column][0] is SortKey.DECISION_DATE:
                needed = max(needed, widest_date + 16)
            self.table.setColumnWidth(column, max(width, needed))

    # ---- loading -----------------------------------------------------------------------

    def reload(self, account_id: int | None) -> None:
        changed_account = account_id != self.account_id or not self._loaded
        self._loaded = True
        self.account_id = account_id
        self.model.today = self.editing.ctx.clock.today()
        self.filters.set_stages(self.editing.ctx.services.stage_flow.stages())
        current = self.editor.opportunity_id
        if changed_account:
            self.model.set_query(self.filters.filter_for(account_id))
            self.table.setColumnHidden(ACCOUNT_COLUMN, account_id is not None)
        else:
            self.model.refresh()
        self._pending = None
        if not self._visible(current) and self.model.rowCount() > 0 and changed_account:
            # Show something rather than an empty editor, once the list is on screen.
            self._pending = self.model.row_at(0).id
            self._select(self._pending)
            self.editor.show_opportunity(None)
            QTimer.singleShot(0, self._show_pending)
        else:
            self._select(current)
            self.editor.show_opportunity(
                current if self._visible(current) else None, keep_edits=not changed_account
            )
        self._update_totals()

    def _show_pending(self) -> None:
        pending, self._pending = self._pending, None
        row = self.current_row()
        still_wanted = pending is not None and row is not None and row.id == pending
        if still_wanted and self.editor.opportunity_id is None:
            self.editor.show_opportunity(pending)

    def _visible(self, opportunity_id: int | None) -> bool:
        return opportunity_id is not None and self.model.row_of(opportunity_id) >= 0

    def _on_filters_changed(self) -> None:
        current = self.editor.opportunity_id
        self.model.set_query(self.filters.filter_for(self.account_id))
        self._select(current)
        if not self._visible(current):
            self._leave_editor()
            self.editor.show_opportunity(None)
        self._update_totals()

    def _on_model_reset(self) -> None:
        self.delete_button.setEnabled(False)

    def _update_totals(self) -> None:
        totals = self.model.totals
        text = self.tr("{count} opportunities · amount {amount} · weighted {weighted}").format(
            count=format_number(totals.count),
            amount=money(totals.amount),
            weighted=money(totals.weighted),
        )
        if self.filters.is_filtering():
            text += " · " + self.tr("filtered")
        self.totals.setText(text)

    # ---- selection ---------------------------------------------------------------------

    def current_row(self) -> OpportunityListRow | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _select(self, opportunity_id: int | None) -> None:
        row = -1 if opportunity_id is None else self.model.row_of(opportunity_id)
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if row < 0:
            selection.clearSelection()
            self.table.setCurrentIndex(self.model.index(-1, -1))
        else:
            index = self.model.index(row, 0)
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
        selection.blockSignals(False)
        self.delete_button.setEnabled(row >= 0)

    def _on_table_current_changed(self, current, _previous) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        if row is not None and row.id == self.editor.opportunity_id:
            return
        self._leave_editor()
        self.editor.show_opportunity(None if row is None else row.id)
        self.delete_button.setEnabled(row is not None)

    def _leave_editor(self) -> None:
        """Unsaved edits of the opportunity being left: save them, or drop them."""
        if not self.editor.is_dirty():
            return
        name = self.editor.detail.facts.name if self.editor.detail else ""
        if (
            self.editing.ctx.dialogs.confirm(
                self.tr("Unsaved changes"),
                self.tr("Save your changes to “{name}”?").format(name=name),
            )
            and self.editor.save_pending()
        ):
            return
        self.editor.discard_pending()

    def show_opportunity(self, opportunity_id: int) -> None:
        """Select an opportunity, clearing the filters when they hide it."""
        position = self.model.query.position_of(opportunity_id)
        if position is None and self.filters.is_filtering():
            self.filters.blockSignals(True)
            self.filters.reset()
            self.filters.blockSignals(False)
            self.model.set_query(self.filters.filter_for(self.account_id))
            self._update_totals()
            position = self.model.query.position_of(opportunity_id)
        if position is None:
            return
        self.model.load_until(position)
        self._leave_editor()
        self._select(opportunity_id)
        self.editor.show_opportunity(opportunity_id)

    # ---- actions -----------------------------------------------------------------------

    def new_opportunity(self) -> None:
        dialog = NewOpportunityDialog(self.editing.ctx.services.accounts, self.account_id, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        data = dialog.data()
        if data is not None:
            self.create_opportunity(data)

    def create_opportunity(self, data: NewOpportunity) -> int | None:
        now = self.editing.ctx.clock.now()
        created = self.editing.create(
            self.tr("New opportunity {name}").format(name=data.name.strip()),
            lambda: self.service.create(data, now),
            self.service.remove,
            self.service.restore,
        )
        if created is not None:
            self.show_opportunity(created)
        return created

    def delete_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if not self.editing.ctx.dialogs.confirm(
            self.tr("Delete opportunity"),
            self.tr(
                "Move “{name}” with its stage history, decision group, competitors, scoring "
                "forms and tenders to the trash? Undo brings it all back, and Edit ▸ Trash can "
                "restore it for 30 days."
            ).format(name=row.name),
        ):
            return
        self.editor.discard_pending()
        self.editing.trash(self.tr("Delete {name}").format(name=row.name), "opportunity", row.id)
