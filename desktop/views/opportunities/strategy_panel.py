"""The deal strategy sheet (docs/strategy.md), laid out like the one page it prints on: the
single sales objective, the buying influences, strengths | red flags side by side, and the
possible and best actions. A red flag becomes an action; while that action is open the flag
says it is being worked on."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import ActionStatus, StrategyNoteKind
from desktop.services.labels import label
from desktop.services.opportunities.strategy import (
    SOURCE_LABELS,
    PlanAction,
    SheetFlag,
    StrategySheet,
)
from desktop.services.opportunities.strategy_service import (
    NoteData,
    ObjectiveData,
    ScheduleData,
)
from desktop.services.versions import ReadRecord
from desktop.views.actions.action_dialog import ActionDraft, make_action
from desktop.views.common.changed_meanwhile import edit_until_saved
from desktop.views.common.formatting import format_date
from desktop.views.common.read_only import edits
from desktop.views.i18n import current_language, translate

from .amounts import money
from .buying_influences import BuyingInfluences
from .editing import Editing
from .rich_text import escape_html
from .strategy_dialogs import ObjectiveDialog, ScheduleDialog, TitleDialog
from .strategy_print import StrategyPrintout, answer_text

RED = QColor("#b3261e")
GREEN = QColor("#1b7f3b")
FLAG_ROLE = Qt.ItemDataRole.UserRole


class StrategyPanel(QWidget):
    def __init__(self, editing: Editing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editing = editing
        self.service = editing.ctx.services.strategy
        self.opportunity_id: int | None = None
        self.sheet: StrategySheet | None = None
        self._stale = False

        self.objective = QLabel(self)
        self.objective.setWordWrap(True)
        self.objective.setTextFormat(Qt.TextFormat.RichText)
        self.objective_button = edits(QPushButton(self.tr("Objective…"), self))
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"), self)
        top = QHBoxLayout()
        top.addWidget(self.objective, 1)
        for button in (self.objective_button, self.print_button, self.pdf_button):
            top.addWidget(button)

        self.influences_box = BuyingInfluences(editing, self)
        self.influences = self.influences_box.table
        self.warnings = self.influences_box.warnings

        self.strengths = QListWidget(self)
        self.red_flags = QListWidget(self)
        for flags in (self.strengths, self.red_flags):
            flags.setWordWrap(True)
            flags.setAlternatingRowColors(True)
        self.add_strength_button = edits(QPushButton(self.tr("Add…"), self))
        self.add_red_flag_button = edits(QPushButton(self.tr("Add…"), self))
        self.edit_note_button = edits(QPushButton(self.tr("Edit…"), self))
        self.remove_note_button = edits(QPushButton(self.tr("Delete"), self))
        self.make_action_button = edits(QPushButton(self.tr("Make an action…"), self))
        strengths_box = QGroupBox(self.tr("Strengths"), self)
        column = QVBoxLayout(strengths_box)
        column.addWidget(self.strengths, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_strength_button)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Own note:"), self))
        row.addWidget(self.edit_note_button)
        row.addWidget(self.remove_note_button)
        column.addLayout(row)
        red_box = QGroupBox(self.tr("Red flags"), self)
        column = QVBoxLayout(red_box)
        column.addWidget(self.red_flags, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_red_flag_button)
        row.addWidget(self.make_action_button)
        row.addStretch(1)
        column.addLayout(row)

        self.plan = QTableWidget(0, 5, self)
        self.plan.setHorizontalHeaderLabels(
            [
                self.tr("Best"),
                self.tr("Action"),
                self.tr("Owner"),
                self.tr("Due"),
                self.tr("Status"),
            ]
        )
        header = self.plan.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.plan.verticalHeader().hide()
        self.plan.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.plan.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.plan.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.add_action_button = edits(QPushButton(self.tr("Add a possible action…"), self))
        self.best_button = edits(QPushButton(self.tr("Best / not best"), self))
        self.schedule_button = edits(QPushButton(self.tr("Schedule…"), self))
        self.remove_action_button = edits(QPushButton(self.tr("Remove"), self))
        actions_box = QGroupBox(self.tr("Possible actions → best actions"), self)
        column = QVBoxLayout(actions_box)
        column.addWidget(self.plan, 1)
        row = QHBoxLayout()
        for button in (
            self.add_action_button,
            self.best_button,
            self.schedule_button,
            self.remove_action_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)

        grid = QGridLayout()
        grid.addWidget(strengths_box, 0, 0)
        grid.addWidget(red_box, 0, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.influences_box, 3)
        layout.addLayout(grid, 3)
        layout.addWidget(actions_box, 2)

        self.objective_button.clicked.connect(self.edit_objective)
        self.print_button.clicked.connect(self.print_sheet)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.add_strength_button.clicked.connect(lambda: self.add_note(StrategyNoteKind.STRENGTH))
        self.add_red_flag_button.clicked.connect(lambda: self.add_note(StrategyNoteKind.RED_FLAG))
        self.edit_note_button.clicked.connect(self.edit_note)
        self.remove_note_button.clicked.connect(self.remove_note)
        self.make_action_button.clicked.connect(self._on_make_action_clicked)
        self.add_action_button.clicked.connect(self.add_action)
        self.best_button.clicked.connect(self.toggle_best)
        self.schedule_button.clicked.connect(self._on_schedule_clicked)
        self.remove_action_button.clicked.connect(self.remove_action)
        for flags in (self.strengths, self.red_flags):
            flags.itemSelectionChanged.connect(self._update_buttons)
        self.red_flags.itemSelectionChanged.connect(lambda: self._only_one_selected(self.red_flags))
        self.strengths.itemSelectionChanged.connect(lambda: self._only_one_selected(self.strengths))
        self.plan.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # ---- showing ------------------------------------------------------------------------
    def show_opportunity(self, opportunity_id: int | None) -> None:
        self.opportunity_id = opportunity_id
        if not self.isVisible():
            # Read when shown: the sheet reads the account's whole org chart.
            self._stale, self.sheet = True, None
            return
        self._stale = False
        self.sheet = (
            None
            if opportunity_id is None
            else self.service.sheet(opportunity_id, current_language())
        )
        self.setEnabled(self.sheet is not None)
        self._show_objective()
        self.influences_box.show_sheet(self.sheet)
        self._show_flags(self.strengths, () if self.sheet is None else self.sheet.strengths)
        self._show_flags(self.red_flags, () if self.sheet is None else self.sheet.red_flags)
        self._show_actions()
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.show_opportunity(self.opportunity_id)

    def _show_objective(self) -> None:
        sheet = self.sheet
        if sheet is None:
            self.objective.clear()
            return
        objective = sheet.objective
        what = escape_html(objective.text) or "<i>" + self.tr("No sales objective yet") + "</i>"
        amount = money(objective.amount)
        if objective.amount_is_deal:
            amount = self.tr("{amount} (the deal's amount)").format(amount=amount)
        by = format_date(objective.by) or "—"
        if objective.by_is_decision and objective.by is not None:
            by = self.tr("{date} (the decision date)").format(date=by)
        self.objective.setText(
            self.tr("<b>Single sales objective:</b> {what} · {amount} · by {date}").format(
                what=what, amount=escape_html(amount), date=escape_html(by)
            )
        )

    def _show_flags(self, widget: QListWidget, flags: tuple[SheetFlag, ...]) -> None:
        widget.clear()
        for flag in flags:
            source = SOURCE_LABELS[flag.source].render(translate)
            text = f"{flag.text(translate)}  [{source}]"
            if flag.answer is not None:
                text += "\n→ " + answer_text(flag)
            item = QListWidgetItem(text, widget)
            item.setData(FLAG_ROLE, flag)
            if flag.answer is not None:
                item.setForeground(GREEN)
            elif flag.red:
                item.setForeground(RED)

    def _show_actions(self) -> None:
        table = self.plan
        actions = () if self.sheet is None else self.sheet.actions
        table.setRowCount(len(actions))
        for row, action in enumerate(actions):
            cells = [
                "★" if action.best else "",
                action.title,
                action.assignee,
                format_date(action.due_on),
                label(action.status, translate),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(FLAG_ROLE, action)
                table.setItem(row, column, item)

    # ---- selection ----------------------------------------------------------------------
    def _only_one_selected(self, widget: QListWidget) -> None:
        """One flag is selected across both lists, so the note buttons know which."""
        if widget.selectedItems():
            other = self.red_flags if widget is self.strengths else self.strengths
            other.blockSignals(True)
            other.clearSelection()
            other.blockSignals(False)
            self._update_buttons()

    def selected_flag(self) -> SheetFlag | None:
        for widget in (self.red_flags, self.strengths):
            items = widget.selectedItems()
            if items:
                flag = items[0].data(FLAG_ROLE)
                return flag if isinstance(flag, SheetFlag) else None
        return None

    def selected_action(self) -> PlanAction | None:
        items = self.plan.selectedItems()
        action = items[0].data(FLAG_ROLE) if items else None
        return action if isinstance(action, PlanAction) else None

    def _update_buttons(self) -> None:
        flag = self.selected_flag()
        own = flag is not None and flag.note_id is not None
        self.edit_note_button.setEnabled(own)
        self.remove_note_button.setEnabled(own)
        self.make_action_button.setEnabled(flag is not None and flag.red and flag.answer is None)
        action = self.selected_action()
        self.best_button.setEnabled(action is not None)
        self.remove_action_button.setEnabled(action is not None)
        self.schedule_button.setEnabled(
            action is not None and action.status is ActionStatus.POSSIBLE
        )

    def select_flag(self, key: str) -> None:
        for widget in (self.red_flags, self.strengths):
            for row in range(widget.count()):
                flag = widget.item(row).data(FLAG_ROLE)
                if isinstance(flag, SheetFlag) and flag.key == key:
                    widget.setCurrentRow(row)
                    return

    # ---- editing ------------------------------------------------------------------------
    def edit_objective(self) -> None:
        if self.sheet is None or self.opportunity_id is None:
            return
        opportunity_id, currency = self.opportunity_id, self.sheet.objective.currency

        def ask(data: ObjectiveData) -> ObjectiveData | None:
            dialog = ObjectiveDialog(data, currency, self)
            return dialog.data() if dialog.exec() == QDialog.DialogCode.Accepted else None

        def save(new: ObjectiveData, version: int | None, refused) -> None:
            self.editing.change_record(
                self.tr("Change the sales objective"),
                "opportunity",
                opportunity_id,
                lambda: self.service.set_objective(opportunity_id, new, version),
                refused,
            )

        record = ReadRecord(lambda: self.service.read_objective(opportunity_id))
        edit_until_saved(self, record, ask, save)

    def add_note(self, kind: StrategyNoteKind) -> None:
        if self.opportunity_id is None:
            return
        title = (
            self.tr("Add a strength")
            if kind is StrategyNoteKind.STRENGTH
            else self.tr("Add a red flag")
        )
        dialog = TitleDialog(title, self.tr("Text"), "", self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.create_note(kind, dialog.text.text())

    def create_note(self, kind: StrategyNoteKind, text: str) -> None:
        if self.opportunity_id is None:
            return
        opportunity_id = self.opportunity_id
        self.editing.create(
            self.tr("Add to the strategy sheet"),
            lambda: self.service.add_note(opportunity_id, kind, text),
            lambda note_id: self.service.remove("strategy_note", note_id),
            self.service.restore,
        )

    def edit_note(self) -> None:
        flag = self.selected_flag()
        if flag is None or flag.note_id is None:
            return
        note_id = flag.note_id

        def ask(data: NoteData) -> NoteData | None:
            dialog = TitleDialog(self.tr("Edit the note"), self.tr("Text"), data.text, self)
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return NoteData(dialog.text.text()) if accepted else None

        def save(new: NoteData, version: int | None, refused) -> None:
            self.editing.change_record(
                self.tr("Edit a note of the strategy sheet"),
                "strategy_note",
                note_id,
                lambda: self.service.edit_note(note_id, new.text, version),
                refused,
            )

        record = ReadRecord(lambda: self.service.read_note(note_id))
        edit_until_saved(self, record, ask, save)

    def remove_note(self) -> None:
        flag = self.selected_flag()
        if flag is None or flag.note_id is None:
            return
        note_id = flag.note_id
        self.editing.remove(
            self.tr("Delete a note of the strategy sheet"),
            lambda: self.service.remove("strategy_note", note_id),
            self.service.restore,
        )

    def _on_make_action_clicked(self) -> None:
        flag = self.selected_flag()
        if flag is not None:
            self.make_action(flag)

    def make_action(self, flag: SheetFlag) -> int | None:
        """The action dialog, prefilled from the flag; the new action answers it, and the flag
        shows that it is being worked on."""
        if self.sheet is None or self.opportunity_id is None:
            return None
        draft = ActionDraft(
            account_id=self.sheet.account_id,
            opportunity_id=self.opportunity_id,
            about_kind=flag.about_kind,
            about_key=flag.key,
            title=flag.text(translate),
        )
        return make_action(self.editing.ctx, draft, self)

    def add_action(self) -> None:
        if self.opportunity_id is None:
            return
        dialog = TitleDialog(self.tr("Add a possible action"), self.tr("Action"), "", self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.create_action(dialog.text.text())

    def create_action(self, title: str) -> None:
        if self.opportunity_id is None:
            return
        opportunity_id = self.opportunity_id
        self.editing.create(
            self.tr("Add a possible action"),
            lambda: self.service.add_possible_action(opportunity_id, title),
            lambda action_id: self.service.remove("action", action_id),
            self.service.restore,
        )

    def toggle_best(self) -> None:
        action = self.selected_action()
        if action is None:
            return
        self.editing.change_record(
            self.tr("Mark a best action") if not action.best else self.tr("Unmark a best action"),
            "action",
            action.id,
            lambda: self.service.set_best(action.id, not action.best),
        )

    def _on_schedule_clicked(self) -> None:
        action = self.selected_action()
        if action is not None:
            self.schedule(action)

    def schedule(self, action: PlanAction) -> None:
        default = self.editing.ctx.services.actions.default_assignee()

        def ask(data: ScheduleData) -> ScheduleData | None:
            dialog = ScheduleDialog(action.title, data, default, self)
            return dialog.data() if dialog.exec() == QDialog.DialogCode.Accepted else None

        def save(new: ScheduleData, version: int | None, refused) -> None:
            self.editing.change_record(
                self.tr("Schedule “{title}”").format(title=action.title),
                "action",
                action.id,
                lambda: self.service.schedule(action.id, new.assignee, new.due_on, version),
                refused,
            )

        record = ReadRecord(lambda: self.service.read_schedule(action.id))
        edit_until_saved(self, record, ask, save)

    def remove_action(self) -> None:
        action = self.selected_action()
        if action is None:
            return
        self.editing.remove(
            self.tr("Remove the action “{title}”").format(title=action.title),
            lambda: self.service.remove("action", action.id),
            self.service.restore,
        )

    # ---- paper --------------------------------------------------------------------------
    def printout(self) -> StrategyPrintout | None:
        if self.sheet is None:
            return None
        return StrategyPrintout(
            self.sheet,
            language=self.editing.ctx.language,
            printed_on=self.editing.ctx.clock.today(),
        )

    def print_sheet(self) -> None:
        printout = self.printout()
        if printout is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(printout.page_layout())
        printer.setDocName(printout.sheet.name)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the strategy sheet"))
        dialog.paintRequested.connect(printout.print_to)
        dialog.resize(900, 1000)
        dialog.exec()

    def _on_pdf_button_clicked(self) -> None:
        self.save_pdf()

    def save_pdf(self) -> None:
        printout = self.printout()
        if printout is None:
            return
        path = self.editing.ctx.dialogs.save_file(
            self.tr("Save the strategy sheet as PDF"),
            self.tr("PDF (*.pdf)"),
            safe_file_name(printout.sheet.name) + "-strategy.pdf",
        )
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            printout.save_pdf(path)
        except OSError as error:
            self.editing.ctx.dialogs.error(
                self.tr("Save as PDF"),
                self.tr("The PDF could not be written ({reason}): choose another folder.").format(
                    reason=error.strerror or error
                ),
            )


def safe_file_name(name: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', "_", name).strip("_") or "deal"
