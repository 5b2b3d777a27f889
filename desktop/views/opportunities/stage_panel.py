"""The stage: the exit checklist of the current stage, moving on (forward past unmet criteria
only after confirming, recorded as an override), closing as won or lost, and the history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.action_subjects import AboutKind
from desktop.services.labels import localized
from desktop.services.opportunities.stage_flow import (
    CheckState,
    HistoryEntry,
    StageInfo,
    StageView,
)
from desktop.views.actions.action_dialog import make_action
from desktop.views.common.formatting import format_datetime, format_number
from desktop.views.common.read_only import edits
from desktop.views.common.row_table import Column
from desktop.views.common.table_view import RowTableView
from desktop.views.i18n import current_language

from .editing import Editing

CRITERION_ROLE = Qt.ItemDataRole.UserRole + 10


class StagePanel(QWidget):
    def __init__(self, editing: Editing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editing = editing
        self.service = editing.ctx.services.stage_flow
        self.opportunity_id: int | None = None
        self.view: StageView | None = None
        self.current = QLabel(self)
        self.current.setWordWrap(True)
        self.checklist = QListWidget(self)
        self.checklist.setMinimumHeight(120)
        self.next_button = QPushButton(self)
        self.target = QComboBox(self)
        self.move_button = edits(QPushButton(self.tr("Move"), self))
        self.action_button = edits(QPushButton(self.tr("Make an action…"), self))
        self.action_button.setToolTip(
            self.tr("Plan what our team will do to meet the selected criterion, and by when")
        )
        self.history = RowTableView(
            [
                Column(self.tr("When"), lambda h: h.changed_at, lambda v: format_datetime(v)),
                Column(self.tr("From"), lambda h: self._name(h.from_en, h.from_zh) or "—"),
                Column(self.tr("To"), lambda h: self._name(h.to_en, h.to_zh)),
                Column(self.tr("Override"), lambda h: self._override_text(h)),
                Column(self.tr("Note"), lambda h: h.note),
            ],
            self,
        )
        move_row = QHBoxLayout()
        move_row.addWidget(self.next_button)
        move_row.addStretch(1)
        move_row.addWidget(QLabel(self.tr("Move to"), self))
        move_row.addWidget(self.target)
        move_row.addWidget(self.move_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addWidget(QLabel(self.tr("<b>Exit criteria</b> (tick what is done)"), self))
        layout.addWidget(self.checklist, 2)
        criterion_row = QHBoxLayout()
        criterion_row.addWidget(self.action_button)
        criterion_row.addStretch(1)
        layout.addLayout(criterion_row)
        layout.addLayout(move_row)
        layout.addWidget(QLabel(self.tr("<b>Stage history</b>"), self))
        layout.addWidget(self.history, 2)
        self.checklist.itemChanged.connect(self._on_checklist_item_changed)
        self.checklist.currentItemChanged.connect(self._update_action_button)
        self.action_button.clicked.connect(self.make_action)
        self.next_button.clicked.connect(self.move_next)
        self.move_button.clicked.connect(self._on_move_button_clicked)

    @staticmethod
    def _name(en: str, zh: str) -> str:
        return localized(en, zh, current_language())

    def _override_text(self, entry: HistoryEntry) -> str:
        if not entry.override:
            return ""
        return self.tr("⚠ skipped: {items}").format(items="; ".join(entry.unmet))

    # ---- showing -----------------------------------------------------------------------

    def show_opportunity(self, opportunity_id: int | None) -> None:
        self.opportunity_id = opportunity_id
        self.view = None if opportunity_id is None else self.service.view(opportunity_id)
        self.setEnabled(self.view is not None)
        self.checklist.blockSignals(True)
        self.checklist.clear()
        self.target.clear()
        if self.view is None:
            self.current.clear()
            self.history.set_rows([])
            self.next_button.setText(self.tr("Move to the next stage"))
            self.checklist.blockSignals(False)
            return
        view = self.view
        today = self.editing.ctx.clock.today()
        days = max((today - view.entered_on).days, 0)
        done = sum(1 for item in view.checklist if item.done)
        self.current.setText(
            self.tr(
                "<b>{stage}</b> · stage probability {percent} % · {days} days in this stage · "
                "{done} of {total} exit criteria met"
            ).format(
                stage=self._name(view.current.name_en, view.current.name_zh),
                percent=view.current.probability,
                days=format_number(days),
                done=done,
                total=len(view.checklist),
            )
        )
        for item in view.checklist:
            entry = QListWidgetItem(self._name(item.text_en, item.text_zh), self.checklist)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked)
            entry.setData(CRITERION_ROLE, item.criterion_id)
            if item.state is not None and item.done:
                entry.setToolTip(
                    self.tr("Ticked {when} by {who}").format(
                        when=format_datetime(item.state.done_at), who=item.state.done_by or "—"
                    )
                )
        if not view.checklist:
            empty = QListWidgetItem(self.tr("This stage has no exit criteria."), self.checklist)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
        self.checklist.blockSignals(False)
        following = view.next_stage()
        self.next_button.setEnabled(following is not None)
        self.next_button.setText(
            self.tr("Move to {stage} ▸").format(
                stage=self._name(following.name_en, following.name_zh)
            )
            if following is not None
            else self.tr("Move to the next stage")
        )
        for stage in view.stages:
            if stage.id != view.current.id:
                self.target.addItem(self._name(stage.name_en, stage.name_zh), stage.id)
        self.history.set_rows(list(view.history))
        self._update_action_button()

    def _unmet_criterion(self) -> int | None:
        """The selected criterion, if it is not met yet."""
        item = self.checklist.currentItem()
        if item is None or item.checkState() == Qt.CheckState.Checked:
            return None
        return item.data(CRITERION_ROLE)

    def _update_action_button(self, *_args) -> None:
        self.action_button.setEnabled(self._unmet_criterion() is not None)

    def make_action(self) -> None:
        """An action to meet the selected unmet criterion (docs/actions.md)."""
        criterion_id = self._unmet_criterion()
        if criterion_id is None or self.opportunity_id is None:
            return
        title = self.checklist.currentItem().text()
        draft = self.editing.ctx.services.actions.draft(
            AboutKind.STAGE_CRITERION,
            criterion_id,
            opportunity_id=self.opportunity_id,
            title=title,
        )
        make_action(self.editing.ctx, draft, self)

    # ---- editing -----------------------------------------------------------------------

    def _on_checklist_item_changed(self, item: QListWidgetItem) -> None:
        criterion_id = item.data(CRITERION_ROLE)
        if self.view is None or criterion_id is None or self.opportunity_id is None:
            return
        self.set_check(criterion_id, item.checkState() == Qt.CheckState.Checked)
        self._update_action_button()

    def set_check(self, criterion_id: int, done: bool) -> None:
        assert self.view is not None and self.opportunity_id is not None
        opportunity_id = self.opportunity_id
        item = next(i for i in self.view.checklist if i.criterion_id == criterion_id)
        old = item.state
        new = CheckState(True, self.editing.ctx.clock.now(), self.editing.ctx.db.default_owner)
        text = self._name(item.text_en, item.text_zh)
        self.editing.change(
            (self.tr("Tick “{item}”") if done else self.tr("Untick “{item}”")).format(item=text),
            lambda: self.service.set_check(opportunity_id, criterion_id, new if done else None),
            lambda: self.service.set_check(opportunity_id, criterion_id, old),
        )

    def move_next(self) -> None:
        following = self.view.next_stage() if self.view is not None else None
        if following is not None:
            self.move_to(following.id)

    def _on_move_button_clicked(self) -> None:
        stage_id = self.target.currentData()
        if stage_id is not None:
            self.move_to(stage_id)

    def move_to(self, stage_id: int) -> None:
        """Move, asking first when exit criteria are unmet (forward) and for the reason when
        the deal is closed."""
        if self.opportunity_id is None:
            return
        opportunity_id = self.opportunity_id
        plan = self.editing.attempt(lambda: self.service.plan_move(opportunity_id, stage_id))
        if plan is None:
            return
        target_name = self._name(plan.target.name_en, plan.target.name_zh)
        unmet = tuple(self._name(en, zh) for en, zh in plan.unmet)
        if unmet and not self.editing.ctx.dialogs.confirm(
            self.tr("Exit criteria not met"),
            self.tr(
                "%n exit criteria not met:\n\n{items}\n\nMove to {stage} anyway? "
                "The override is recorded in the stage history.",
                "",
                len(unmet),
            ).format(items="\n".join(f"• {u}" for u in unmet), stage=target_name),
        ):
            return
        keep = True
        if plan.probability_override is not None and not plan.target.is_closed:
            keep = self.editing.ctx.dialogs.confirm(
                self.tr("Keep the manual probability?"),
                self.tr(
                    "This opportunity's probability was set by hand to {override} %. Keep it in "
                    "{stage}? Yes keeps {override} %; No uses the stage probability of "
                    "{percent} %."
                ).format(
                    override=plan.probability_override,
                    stage=target_name,
                    percent=plan.target.probability,
                ),
            )
        reason = ""
        if plan.target.is_closed:
            asked = self.editing.ctx.dialogs.ask_text(
                self.tr("Close the opportunity"),
                self._closing_question(plan.target),
            )
            if asked is None:
                return
            reason = asked
        now = self.editing.ctx.clock.now()
        self.editing.stateful(
            self.tr("Move to {stage}").format(stage=target_name),
            lambda: self.service.move(
                opportunity_id,
                stage_id,
                now,
                override=bool(unmet),
                unmet=unmet,
                reason=reason,
                keep_probability=keep,
            ),
            lambda moved: moved.changes,
            lambda moved: self.service.undo_move(opportunity_id, moved),
            lambda moved, graph: self.service.redo_move(opportunity_id, moved, graph),
        )

    def _closing_question(self, stage: StageInfo) -> str:
        if stage.is_won:
            return self.tr("Why did we win? (kept as the win/loss reason)")
        return self.tr("Why did we lose? (kept as the win/loss reason)")
