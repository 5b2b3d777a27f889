"""Ticking a tender's checklist: the tree, its filters and progress, the selected item, and
every tick saved at once (one transaction each) and undoable."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import ChecklistStatus
from desktop.services.action_subjects import AboutKind
from desktop.services.bids.checklist import ChecklistRow, ItemState
from desktop.services.bids.progress import progress_of
from desktop.services.bids.tenders import TenderDetail
from desktop.services.changes import ChangeSet
from desktop.services.messages import UserError
from desktop.services.records import read_from
from desktop.services.versions import ChangedMeanwhile, ReadRecord
from desktop.views.actions.action_dialog import make_action
from desktop.views.common import undo
from desktop.views.common.changed_meanwhile import refused
from desktop.views.common.formatting import display, format_number
from desktop.views.context import AppContext

from .checklist_edits import ChecklistEdits, short
from .checklist_model import ChecklistModel
from .checklist_tree import ChecklistTree
from .item_detail import ItemDetail
from .progress_strip import ProgressStrip
from .text import item_text
from .undoable import UndoablePanel


class ChecklistPanel(UndoablePanel):
    def __init__(
        self,
        ctx: AppContext,
        stack: QUndoStack,
        publish: Callable[[ChangeSet], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, stack, publish, parent)
        self.service = ctx.services.checklist
        self.tender: TenderDetail | None = None
        self.model = ChecklistModel(self)
        self.tree = ChecklistTree(self.model, self)
        self.detail = ItemDetail(ctx.language, self)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find an item (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.open_only = QCheckBox(self.tr("Only items still to do"), self)
        self.progress = ProgressStrip(self)
        self.progress.setMaximumWidth(160)
        self.summary = QLabel(self)
        self.hint = QLabel(
            self.tr(
                "Space: done · N: not applicable · P: problem · Backspace: reopen · "
                "Enter: note · Ctrl+F: find"
            ),
            self,
        )
        self.hint.setStyleSheet("color: palette(placeholder-text)")
        self.hint.setWordWrap(True)
        self.summary.setWordWrap(True)
        self.action_bar = QToolBar(self)
        self.action_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.done = self.action_bar.addAction(self.tr("Done"))
        self.not_applicable = self.action_bar.addAction(self.tr("Not applicable"))
        self.problem = self.action_bar.addAction(self.tr("Problem…"))
        self.reopen = self.action_bar.addAction(self.tr("Reopen"))
        self.action_bar.addSeparator()
        self.add = self.action_bar.addAction(self.tr("Add item…"))
        self.remove = self.action_bar.addAction(self.tr("Delete item"))
        self.copy_template = QToolButton(self)
        self.copy_template.setText(self.tr("Copy a template"))
        self.copy_template.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.copy_template.setMenu(QMenu(self.copy_template))
        self.action_bar.addWidget(self.copy_template)
        self._layout()
        self._connect()
        self.load(None, [])

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.open_only)
        top.addSpacing(12)
        top.addWidget(self.progress)
        top.addWidget(self.summary, 3)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.tree, 1)
        column.addWidget(self.action_bar)
        column.addWidget(self.hint)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        self.tree.status_key_pressed.connect(self.set_status)
        self.tree.note_key_pressed.connect(self.edit_note_in_place)
        self.tree.doubleClicked.connect(self._on_tree_double_clicked)
        self.tree.selectionModel().currentChanged.connect(self._show_current)
        self.model.note_edited.connect(self.set_note)
        self.model.modelReset.connect(self._show_current)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.installEventFilter(self)
        self.open_only.toggled.connect(self._on_open_only_toggled)
        self.done.triggered.connect(lambda: self.set_status(ChecklistStatus.DONE))
        self.not_applicable.triggered.connect(
            lambda: self.set_status(ChecklistStatus.NOT_APPLICABLE)
        )
        self.problem.triggered.connect(lambda: self.set_status(ChecklistStatus.PROBLEM))
        self.reopen.triggered.connect(lambda: self.set_status(ChecklistStatus.OPEN))
        self.edits = ChecklistEdits(self)
        self.add.triggered.connect(self.edits.add_item)
        self.remove.triggered.connect(self.edits.delete_item)
        self.copy_template.menu().aboutToShow.connect(self.edits.fill_template_menu)
        self.detail.note_requested.connect(self.ask_note)
        self.detail.action_requested.connect(self.make_action)
        self.detail.responsible_requested.connect(self.ask_responsible)
        self.detail.attach_requested.connect(self.edits.attach_evidence)
        self.detail.open_requested.connect(self.edits.open_evidence)
        self.detail.remove_requested.connect(self.edits.remove_evidence)

    # ---- showing ------------------------------------------------------------------------
    def load(self, tender: TenderDetail | None, items: list[ChecklistRow]) -> None:
        same_tender = tender is not None and self.tender is not None and tender.id == self.tender.id
        current = self.current_item()
        self.tender = tender
        self.model.set_rows(
            items, window=bool(tender and tender.window), language=self.ctx.language
        )
        if not same_tender:
            self.tree.scrollToTop()
            self._select_first()
        elif current is not None and not self.current_item():
            self.select_item(current.id)
        enabled = tender is not None
        for widget in (self.search, self.open_only, self.add, self.copy_template, self.tree):
            widget.setEnabled(enabled)
        self._show_progress(items)
        self._show_current()

    def _show_progress(self, items: list[ChecklistRow]) -> None:
        progress = progress_of(items)
        self.progress.set_percent(progress.percent if items else 0)
        if not items:
            self.summary.setText(
                self.tr("No checklist yet: copy a template into this tender.")
                if self.tender
                else ""
            )
            return
        parts = [
            self.tr("{done} of {applicable} done ({percent}%)").format(
                done=format_number(progress.done),
                applicable=format_number(progress.applicable),
                percent=format_number(progress.percent),
            )
        ]
        if progress.not_applicable:
            parts.append(
                self.tr("{count} not applicable").format(
                    count=format_number(progress.not_applicable)
                )
            )
        if progress.required_outstanding:
            parts.append(
                self.tr("{count} required still open").format(
                    count=format_number(progress.required_outstanding)
                )
            )
        if progress.problems:
            parts.append(
                self.tr("{count} with a problem").format(count=format_number(progress.problems))
            )
        self.summary.setText(" · ".join(parts))

    def _show_current(self, *_args) -> None:
        item = self.current_item()
        evidence = self.service.evidence(item.id) if item and item.evidence else []
        self.detail.show_item(item, evidence)
        for button in (self.done, self.not_applicable, self.problem, self.reopen, self.remove):
            button.setEnabled(item is not None)

    def current_item(self) -> ChecklistRow | None:
        return self.model.item_at(self.tree.currentIndex())

    def select_item(self, item_id: int) -> bool:
        index = self.model.index_of(item_id)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def _select_first(self) -> None:
        ids = self.model.visible_ids()
        if ids:
            self.select_item(ids[0])

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
                self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.current_item():
                    self._select_first()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.search.clear()
                self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)

    def _on_search_text_changed(self, text: str) -> None:
        current = self.current_item()
        self.model.set_filter(search=text)
        if current is None or not self.select_item(current.id):
            self._select_first()

    def _on_open_only_toggled(self, checked: bool) -> None:
        current = self.current_item()
        self.model.set_filter(open_only=checked)
        if current is None or not self.select_item(current.id):
            self._select_first()
        self.tree.setFocus()

    def _on_tree_double_clicked(self, index) -> None:
        if self.model.item_at(index) is not None:
            self.edit_note_in_place()

    # ---- ticking ------------------------------------------------------------------------
    def _checker(self) -> str:
        # The name from Settings, never the computer's login (docs/first-run.md).
        return self.ctx.db.default_owner

    def set_status(self, status: ChecklistStatus) -> None:
        """Tick the current item (Space and N toggle back to open) and move on to the next."""
        item = self.current_item()
        if item is None:
            return
        if item.status is status and status in (
            ChecklistStatus.DONE,
            ChecklistStatus.NOT_APPLICABLE,
        ):
            status = ChecklistStatus.OPEN
        note = None
        if status is ChecklistStatus.PROBLEM:
            note = self.ctx.dialogs.ask_text(
                self.tr("Problem"),
                self.tr("What is wrong with “{item}”?").format(item=short(self.text_of(item), 60)),
                item.note,
            )
            if note is None:
                return
        ids = self.model.visible_ids()
        position = ids.index(item.id)
        following = ids[position + 1] if position + 1 < len(ids) else item.id
        before = self.service.states([item.id])
        by, at = self._checker(), self.ctx.clock.now()
        text = self.tr("Mark “{item}” as {status}").format(
            item=short(self.text_of(item)), status=display(status)
        )
        done = self.push(
            text,
            lambda: self.service.set_status(item.id, status, by=by, at=at, note=note),
            lambda: self.service.restore_states(before),
        )
        if done and status is not ChecklistStatus.OPEN and not self.select_item(following):
            self.select_item(item.id)
        elif not self.current_item():
            self._select_first()

    def text_of(self, item: ChecklistRow) -> str:
        return item_text(item.text_en, item.text_zh, self.ctx.language)

    def edit_note_in_place(self) -> None:
        self.tree.edit_note()

    def make_action(self) -> None:
        """The selected item as an action with an owner and a date (docs/actions.md)."""
        item = self.current_item()
        if item is not None:
            title = self.text_of(item)[:300]
            draft = self.ctx.services.actions.draft(AboutKind.CHECKLIST_ITEM, item.id, title=title)
            make_action(self.ctx, draft, self)

    def ask_note(self) -> None:
        item = self.current_item()
        if item is not None:
            self._edit_text(item.id, "note", self.tr("Note"), self._note_prompt(item))

    def set_note(self, item_id: int, note: str) -> None:
        """A note typed in place, over the item as the table read it."""
        item = self.current_item()
        shown = None if item is None or item.id != item_id else item
        self._edit_text(item_id, "note", self.tr("Note"), "", typed=note, shown=shown)

    def _note_prompt(self, item: ChecklistRow) -> str:
        return self.tr("Note on “{item}”").format(item=short(self.text_of(item), 60))

    def _edit_text(
        self,
        item_id: int,
        field: str,
        title: str,
        prompt: str,
        *,
        typed: str | None = None,
        shown: ChecklistRow | None = None,
    ) -> None:
        """Ask for one text of an item (unless already ``typed``) and save it undoably, over
        the item as read when asked (or as ``shown``); saved over a colleague's change, the
        user may reload it and check their text again (docs/team-server.md#versions)."""
        record = ReadRecord(
            lambda: self.service.read_state(item_id),
            None if shown is None else (read_from(ItemState, shown), shown.version),
        )
        text = typed
        if text is None:
            text = self.ctx.dialogs.ask_text(title, prompt, getattr(record.data, field))
        save = self.service.set_note if field == "note" else self.service.set_responsible
        undo_text = (
            self.tr("Edit a note") if field == "note" else self.tr("Change who is responsible")
        )
        while text is not None:
            try:
                self._push_save(undo_text, save, item_id, text, record.version)
                return
            except ChangedMeanwhile as error:
                merged: list[ItemState] = []
                mine = (
                    replace(record.data, note=text)
                    if field == "note"
                    else replace(record.data, responsible=text)
                )
                if not refused(self, error, record, mine, merged.append):
                    return
                text = self.ctx.dialogs.ask_text(title, prompt, getattr(merged[0], field))
            except UserError as error:
                self.ctx.dialogs.show_user_error(error)
                return

    def _push_save(
        self,
        text: str,
        save: Callable[[int, str, int | None], ChangeSet],
        item_id: int,
        value: str,
        version: int | None,
    ) -> None:
        """``save`` now, checked against the version the user saw; its redo (after an undo)
        writes the value again unchecked."""
        before = self.service.states([item_id])
        do = undo.checked_once(lambda checked: save(item_id, value, checked), version)
        undo.push(self.stack, text, do, lambda: self.service.restore_states(before), self.publish)

    def ask_responsible(self) -> None:
        item = self.current_item()
        if item is not None:
            prompt = self.tr("Who is responsible for “{item}”?").format(
                item=short(self.text_of(item), 60)
            )
            self._edit_text(item.id, "responsible", self.tr("Responsible"), prompt)
