"""The Bid Checklist tab: tenders of all accounts (or the selected one's) by deadline, and
for the selected tender its checklist, record, deviation table and results."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.services.bids.tender_reading import Extraction, TenderText, extract, read_document
from desktop.services.bids.tender_review import (
    ReviewItem,
    TenderDraft,
    TenderFromDocument,
    draft_of,
    review_items,
)
from desktop.services.bids.tenders import TenderDetail
from desktop.services.changes import ACCOUNTS, OPPORTUNITIES, SETTINGS, TENDERS
from desktop.services.messages import UserError
from desktop.services.versions import ReadRecord
from desktop.views.common import undo
from desktop.views.common.base_tab import BaseTab
from desktop.views.common.formatting import format_number
from desktop.views.common.operation import run_operation
from desktop.views.common.read_only import edits
from desktop.views.context import AppContext

from .checklist_panel import ChecklistPanel
from .deviation_panel import DeviationPanel
from .paper_actions import PaperActions
from .progress_delegate import ProgressDelegate
from .results_panel import ResultsPanel
from .settings_page import BidsSettingsPage
from .template_editor import TemplateEditorDialog
from .tender_dialog import TenderDialog
from .tender_header import TenderHeader
from .tender_info_panel import TenderInfoPanel
from .tender_list_model import (
    COL_ACCOUNT,
    COL_DAYS,
    COL_DEADLINE,
    COL_PROGRESS,
    COL_REQUIRED,
    COL_TENDER,
    COL_WARNINGS,
    TenderListModel,
)
from .tender_review_dialog import TenderReviewDialog
from .undoable import Recreatable, push_or_report


class BidChecklistTab(BaseTab):
    watched = frozenset({TENDERS, OPPORTUNITIES, ACCOUNTS, SETTINGS})
    record_kinds = frozenset({"tender"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.service = ctx.services.tenders
        self.trash = ctx.services.trash
        self.checklist_service = ctx.services.checklist
        self.tender: TenderDetail | None = None
        self.paper = PaperActions(ctx, self.undo_stack, self.publish, self)
        self.model = TenderListModel(self.service, self)
        self.table = QTableView(self)
        self.table.setObjectName("tenderList")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(COL_PROGRESS, ProgressDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TENDER, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (COL_DEADLINE, 130),
            (COL_DAYS, 80),
            (COL_ACCOUNT, 190),
            (COL_PROGRESS, 170),
            (COL_REQUIRED, 100),
            (COL_WARNINGS, 80),
        ):
            header.resizeSection(column, width)
        self.pending_only = QCheckBox(self.tr("Pending tenders only"), self)
        self.count = QLabel(self)
        self.header = TenderHeader(ctx.language, self)
        self.checklist = ChecklistPanel(ctx, self.undo_stack, self.publish, self)
        self.info = TenderInfoPanel(ctx.language, self)
        self.deviations = DeviationPanel(ctx, self.undo_stack, self.publish, self)
        self.results = ResultsPanel(ctx, self.undo_stack, self.publish, self)
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.checklist, self.tr("Checklist"))
        self.pages.addTab(self.info, self.tr("Tender"))
        self.pages.addTab(self.deviations, self.tr("Deviation table"))
        for button, act in (
            (self.deviations.print_button, self.paper.print_deviations),
            (self.deviations.pdf_button, self.paper.save_deviations_pdf),
            (self.deviations.excel_button, self.paper.export_deviations),
        ):
            button.clicked.connect(lambda _=False, act=act: self._with_tender(act))
        self.pages.addTab(self.results, self.tr("After the opening"))
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._actions()
        self._layout()
        self.table.selectionModel().currentRowChanged.connect(self._on_list_current_row_changed)
        self.pending_only.toggled.connect(self._on_pending_only_toggled)
        self.header.open_opportunity.connect(self._open_opportunity)
        self.info.edit_requested.connect(self.edit_tender)
        self.info.submitted_toggled.connect(self.toggle_submitted)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.find_item)
        self._show_tender(None)

    def _actions(self) -> None:
        bar = self.toolbar
        self.new_action = edits(bar.addAction(self.tr("New tender…"), self.new_tender))
        self.from_document_action = edits(
            bar.addAction(self.tr("New tender from document…"), self.new_tender_from_document)
        )
        self.edit_action = edits(bar.addAction(self.tr("Edit…"), self.edit_tender))
        self.delete_action = edits(bar.addAction(self.tr("Delete"), self.delete_tender))
        bar.addSeparator()
        self.print_action = bar.addAction(self.tr("Print…"), self.print_checklist)
        self.pdf_action = bar.addAction(self.tr("Save as PDF…"), self.save_pdf)
        self.export_action = bar.addAction(self.tr("Export to Excel…"), self.export_excel)
        self.import_action = bar.addAction(self.tr("Import from Excel…"), self.import_excel)
        bar.addSeparator()
        bar.addAction(self.tr("Templates…"), self.edit_templates)
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.print_action)
        self._tender_actions = [
            self.edit_action,
            self.delete_action,
            self.print_action,
            self.pdf_action,
            self.export_action,
            self.import_action,
        ]

    def _layout(self) -> None:
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 6, 0, 0)
        bottom_layout.addWidget(self.header)
        bottom_layout.addWidget(self.pages, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([160, 640])
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.pending_only)
        spacer = QWidget(self)
        spacer.setSizePolicy(
            spacer.sizePolicy().horizontalPolicy().Expanding, spacer.sizePolicy().verticalPolicy()
        )
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 4)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

    # ---- BaseTab ------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Bid Checklist")

    def settings_pages(self) -> list:
        return [BidsSettingsPage]

    def reload(self) -> None:
        selected = self.tender.id if self.tender else None
        self.model.load(
            self.account_id, self.ctx.clock.today(), pending_only=self.pending_only.isChecked()
        )
        self.count.setText(
            self.tr("Tenders: {count}").format(count=format_number(self.model.total()))
        )
        row = self.model.row_of(selected) if selected is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        self._select_row(row)

    def show_record(self, kind: str, record_id: int) -> None:
        if kind != "tender":
            return
        if self._stale:
            self._stale = False
            self.reload()
        row = self.model.row_of(record_id)
        if row < 0 and self.pending_only.isChecked():
            self.pending_only.setChecked(False)  # reloads
            row = self.model.row_of(record_id)
        if row >= 0:
            self._select_row(row)
            self.table.scrollTo(self.model.index(row, 0))

    # ---- selection ----------------------------------------------------------------------
    def _select_row(self, row: int) -> None:
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if row >= 0:
            index = self.model.index(row, 0)
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            selection.clear()
        selection.blockSignals(False)
        self.table.viewport().update()
        self._show_tender(self.model.row_at(row).id if row >= 0 else None)

    def _on_list_current_row_changed(self, current, _previous) -> None:
        self._show_tender(self.model.row_at(current.row()).id if current.isValid() else None)

    def _show_tender(self, tender_id: int | None) -> None:
        today = self.ctx.clock.today()
        tender = self.service.detail(tender_id, today) if tender_id is not None else None
        self.tender = tender
        items = self.checklist_service.items(tender_id) if tender_id is not None else []
        reviews = self.service.earlier_reviews(tender_id) if tender_id is not None else []
        self.header.show_tender(tender)
        if tender is None and not self.model.total():
            self.header.show_empty(self.account_id is not None)
        self.checklist.load(tender, items)
        self.info.show_tender(tender)
        self.deviations.load(tender_id)
        self.results.load(tender, reviews)
        for action in self._tender_actions:
            action.setEnabled(tender is not None)

    def _on_pending_only_toggled(self, _checked: bool) -> None:
        self.reload()

    def find_item(self) -> None:
        self.pages.setCurrentWidget(self.checklist)
        self.checklist.focus_search()

    def _open_opportunity(self, opportunity_id: int) -> None:
        self.ctx.events.open_record.emit("opportunity", opportunity_id)

    # ---- actions ------------------------------------------------------------------------
    def _push(self, text: str, do, undo_) -> bool:
        return push_or_report(self.ctx, self.undo_stack, self.publish, text, do, undo_)

    def new_tender(self) -> None:
        choices = self.service.opportunity_choices(self.account_id)
        if not choices:
            self.ctx.dialogs.info(
                self.tr("New tender"),
                self.tr("There is no open opportunity to prepare a tender for."),
            )
            return
        templates = self.ctx.services.bid_templates.list()
        created: list[Recreatable] = []

        def save(data, template_id) -> None:
            def create():
                tender_id, changes = self.service.create(data, template_id)
                return [tender_id], changes

            action = Recreatable(
                create, lambda ids: self.service.delete(ids[0]), self.service.restore
            )
            undo.push(self.undo_stack, self.tr("New tender"), action.do, action.undo, self.publish)
            created.append(action)

        dialog = TenderDialog(choices, templates, None, save, self.ctx.language, self)
        if dialog.exec() and created:
            self.show_record("tender", created[0].ids[0])

    def new_tender_from_document(self) -> None:
        """Read a 招标文件 in the background, then review what was found before creating the
        tender (docs/tender-reading.md#review)."""
        path = self.ctx.dialogs.open_file(
            self.tr("New tender from document"),
            self.tr("Tender documents (*.docx *.pdf)"),
        )
        if path is None:
            return
        reviewer = TenderFromDocument(self.ctx.db)

        def read(_progress) -> tuple[TenderText, Extraction, set[str]]:
            text = read_document(path)
            return text, extract(text), reviewer.template_texts()

        run_operation(
            self.ctx,
            self,
            self.tr("Reading {name}").format(name=path.name),
            read,
            on_success=lambda found: self._review(reviewer, *found),
        )

    def _review(
        self,
        reviewer: TenderFromDocument,
        text: TenderText,
        extraction: Extraction,
        template_texts: set[str],
    ) -> None:
        created: list[Recreatable] = []

        def save(draft: TenderDraft, items: list[ReviewItem]) -> None:
            def create():
                tender_id, changes = reviewer.create(draft, items)
                return [tender_id], changes

            action = Recreatable(
                create, lambda ids: self.service.delete(ids[0]), self.service.restore
            )
            undo.push(
                self.undo_stack,
                self.tr("New tender from {name}").format(name=text.name),
                action.do,
                action.undo,
                self.publish,
            )
            created.append(action)

        dialog = TenderReviewDialog(
            self.ctx,
            text,
            draft_of(extraction),
            review_items(text, extraction, template_texts),
            self.service.opportunity_choices(self.account_id),
            save,
            self,
        )
        if dialog.exec() and created:
            self.show_record("tender", created[0].ids[0])

    def edit_tender(self) -> None:
        if self.tender is None:
            return
        tender_id = self.tender.id
        choices = self.service.opportunity_choices(None)
        # a colleague's change to one lot is kept when the user's edits are reapplied
        record = ReadRecord(lambda: self.service.read(tender_id), parts={"lots": "uuid"})

        def save(data, _template_id) -> None:
            undo.push_state(
                self.undo_stack,
                self.tr("Edit tender"),
                lambda: self.service.update(tender_id, data, record.version),
                self.service.undo,
                self.service.redo,
                self.publish,
            )

        dialog = TenderDialog(choices, None, record.data, save, self.ctx.language, self)
        dialog.record = record
        dialog.exec()

    def delete_tender(self) -> None:
        if self.tender is None:
            return
        name = self.tender.data.tender_no or self.tender.data.title
        if not self.ctx.dialogs.confirm(
            self.tr("Delete tender"),
            self.tr(
                "Move the tender {name} with its checklist, deviation table and results to the "
                "trash? You can restore it from Edit ▸ Trash for 30 days."
            ).format(name=name),
        ):
            return
        tender_id = self.tender.id
        try:
            undo.push_trash(
                self.undo_stack,
                self.tr("Delete tender"),
                self.trash,
                "tender",
                tender_id,
                self.publish,
            )
        except UserError as error:
            self.ctx.dialogs.show_user_error(error)

    def toggle_submitted(self) -> None:
        if self.tender is None:
            return
        tender_id, before = self.tender.id, self.tender.submitted_at
        after = None if before else self.ctx.clock.now()
        self._push(
            self.tr("Mark as submitted") if after else self.tr("Mark as not submitted"),
            lambda: self.service.set_submitted(tender_id, after),
            lambda: self.service.set_submitted(tender_id, before),
        )

    def edit_templates(self) -> None:
        TemplateEditorDialog(self.ctx, self.undo_stack, self.publish, self).exec()

    def _with_tender(self, act: Callable[[TenderDetail], object]) -> None:
        if self.tender is not None:
            act(self.tender)

    def print_checklist(self) -> None:
        if self.tender is not None:
            self.paper.print_checklist(self.tender)

    def save_pdf(self) -> None:
        if self.tender is not None:
            self.paper.save_pdf(self.tender)

    def export_excel(self) -> None:
        if self.tender is not None:
            self.paper.export_excel(self.tender)

    def import_excel(self) -> None:
        if self.tender is not None:
            self.paper.import_excel(self.tender)
