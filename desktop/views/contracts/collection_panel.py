"""Collection of overdue milestones: the escalation ladder with evidence, and the limitation
clock of each unpaid claim."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from desktop.services.action_subjects import AboutKind
from desktop.services.contracts.ageing import buckets
from desktop.services.contracts.collection import NEEDS_APPROVAL, LadderStatus
from desktop.services.contracts.data import CollectionActionData
from desktop.services.contracts.detail_rows import ActionRow, MilestoneRow
from desktop.services.contracts.limitation import Level
from desktop.services.contracts.parts import Part
from desktop.services.records import read_from
from desktop.views.actions.action_dialog import make_action
from desktop.views.common.formatting import display, format_number
from desktop.views.common.read_only import edits
from desktop.views.common.row_table import Column
from desktop.views.context import AppContext

from .editor import ContractEditor
from .files_button import FilesButton
from .forms import action_dialog
from .panel import ContractPanel
from .section import PartSection
from .text import LEVEL_COLOUR, clock_detail, clock_summary, money, render


class CollectionPanel(ContractPanel):
    def __init__(self, ctx: AppContext, editor: ContractEditor, parent: QWidget | None = None):
        super().__init__(ctx, editor, parent)
        self.claims = PartSection(
            self.tr("Overdue milestones"),
            [
                Column(self.tr("Milestone"), lambda r: r.name),
                Column(self.tr("Due on"), lambda r: r.due_on),
                Column(self.tr("Outstanding"), lambda r: r.outstanding, self._money),
                Column(
                    self.tr("Days overdue"),
                    lambda r: r.days_overdue,
                    lambda v: "" if not v else format_number(v),
                ),
                Column(self.tr("Ageing"), lambda r: r, self._bucket),
                Column(self.tr("Last step"), lambda r: r, self._last_step),
                Column(self.tr("Next step"), lambda r: r, self._next_step),
                Column(self.tr("Limitation period"), lambda r: r, self._clock),
            ],
            self,
        )
        for button in (
            self.claims.add_button,
            self.claims.edit_button,
            self.claims.delete_button,
        ):
            button.hide()
        self.plan_button = edits(self.claims.add_button_for(self.tr("Plan next step…")))
        self.plan_button.setToolTip(
            self.tr("Make the next collection step an action with an owner and a due date")
        )
        self.plan_button.clicked.connect(self.plan_next_step)
        self.clock = QLabel(self)
        self.clock.setWordWrap(True)
        self.clock.setTextFormat(Qt.TextFormat.RichText)
        self.steps = PartSection(
            self.tr("Collection steps"),
            [
                Column(self.tr("Date"), lambda r: r.done_on),
                Column(self.tr("Step"), lambda r: r.step),
                Column(self.tr("Done by"), lambda r: r.done_by),
                Column(
                    self.tr("Acknowledged"),
                    lambda r: (r.acknowledged, r.covers_contract),
                    self._acknowledged_text,
                ),
                Column(self.tr("Files"), lambda r: len(r.files), lambda v: str(v) if v else ""),
                Column(self.tr("Outcome"), lambda r: r.outcome),
            ],
            self,
        )
        self.steps.add_button.setText(self.tr("Record step…"))
        self.files = FilesButton(self)
        self.files.setToolTip(self.tr("Evidence: signed letters, proof of receipt, recordings"))
        self.steps.buttons.insertWidget(self.steps.buttons.count() - 1, self.files)
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.claims, 1)
        upper_layout.addWidget(self.clock)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(upper)
        splitter.addWidget(self.steps)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.claims.selection_changed.connect(self._on_claim_selected)
        self.steps.add_requested.connect(lambda: self.edit_action(None))
        self.steps.edit_requested.connect(self.edit_action)
        self.steps.delete_requested.connect(
            lambda row: self.delete_part(
                Part.COLLECTION_ACTION,
                row.id,
                self.tr("the step {step}").format(step=display(row.step)),
            )
        )
        self.steps.selection_changed.connect(
            lambda row: self.files.set_files(None if row is None else row.files)
        )
        self.files.attach_requested.connect(
            lambda: self.attach_to(
                Part.COLLECTION_ACTION, getattr(self.steps.selected(), "id", None)
            )
        )
        self.files.remove_requested.connect(self.detach)
        self.files.open_requested.connect(self.open_file)

    def plan_next_step(self) -> None:
        """The selected claim's next collection step as an action (docs/actions.md)."""
        row = self.claims.selected()
        if row is None:
            return
        ladder = None if row.claim is None else row.claim.ladder
        step = display(ladder.next_step) if ladder and ladder.next_step else ""
        title = f"{step} · {row.name}" if step else row.name
        due = self.ctx.clock.today() if ladder and ladder.next_due else None
        actions = self.ctx.services.actions
        draft = actions.draft(AboutKind.MILESTONE, row.id, title=title, due_on=due)
        make_action(self.ctx, draft, self)

    # ---- cells ---------------------------------------------------------------------------

    def _money(self, value) -> str:
        return money(value, self.currency)

    def _bucket(self, row: MilestoneRow) -> str:
        if row.claim is None or row.claim.bucket is None:
            return ""
        return render(buckets(list(self.shown.bounds))[row.claim.bucket].label())

    @staticmethod
    def _last_step(row: MilestoneRow) -> str:
        ladder = None if row.claim is None else row.claim.ladder
        return "" if ladder is None or ladder.highest is None else display(ladder.highest)

    def _next_step(self, row: MilestoneRow) -> str:
        if row.claim is None or not row.days_overdue:
            return ""
        return self._ladder_text(row.claim.ladder)

    def _ladder_text(self, ladder: LadderStatus) -> str:
        if ladder.next_step is None:
            return self.tr("ladder complete")
        text = display(ladder.next_step)
        if ladder.next_due:
            text = self.tr("{step} (due now)").format(step=text)
        if ladder.next_step in NEEDS_APPROVAL:
            text = self.tr("{step}, needs approval").format(step=text)
        return text

    @staticmethod
    def _clock(row: MilestoneRow) -> str:
        return "" if row.claim is None else clock_summary(row.claim.limitation)

    # ---- showing -------------------------------------------------------------------------

    def _claim_rows(self) -> list[MilestoneRow]:
        acted = {a.milestone_id for a in self.shown.actions}
        return [
            m
            for m in self.shown.milestones
            if (m.claim is not None and m.claim.days_overdue is not None) or m.id in acted
        ]

    def refresh(self) -> None:
        if self.detail is None:
            self.claims.set_rows([])
            self.steps.set_rows([])
            self.clock.clear()
            return
        rows = self._claim_rows()
        keep = self.claims.selected()
        self.claims.set_rows(rows, getattr(keep, "id", None))
        if self.claims.selected() is None and rows:
            self.claims.select_id(rows[0].id)
        self._on_claim_selected(self.claims.selected())

    def _on_claim_selected(self, row: MilestoneRow | None) -> None:
        if self.detail is None:
            return
        if row is None:
            self.clock.setText(
                self.tr("Nothing is overdue on this contract.") if not self._claim_rows() else ""
            )
            self.steps.set_rows([])
            self.files.set_files(None)
            return
        self.clock.setText(self._clock_html(row))
        keep = self.steps.selected()
        actions = [a for a in self.detail.actions if a.milestone_id == row.id]
        self.steps.set_rows(actions, getattr(keep, "id", None))
        selected = self.steps.selected()
        self.files.set_files(None if selected is None else selected.files)

    def _clock_html(self, row: MilestoneRow) -> str:
        if row.claim is None:
            return escape(self.tr("{name} is paid.").format(name=row.name), quote=False)
        clock = row.claim.limitation
        colour = LEVEL_COLOUR.get(clock.level)
        text = escape(
            self.tr("Limitation period: {detail}").format(detail=clock_detail(clock)), quote=False
        )
        if clock.level in (Level.WARNING, Level.URGENT, Level.EXPIRED):
            text = f"<b>{text}</b>"
        if colour is not None:
            text = f"<span style='color:{colour.name()}'>{text}</span>"
        if row.days_overdue:
            ladder = escape(
                self.tr("Next collection step: {step}").format(
                    step=self._ladder_text(row.claim.ladder)
                ),
                quote=False,
            )
            text += f"<br>{ladder}"
        return text

    def _acknowledged_text(self, value: tuple[bool, bool]) -> str:
        acknowledged, whole_contract = value
        if not acknowledged:
            return ""
        return self.tr("Yes, whole contract") if whole_contract else self.tr("Yes")

    # ---- actions -------------------------------------------------------------------------

    def edit_action(self, row: ActionRow | None) -> None:
        if self.detail is None:
            return
        claim = self.claims.selected()
        if row is None:
            if claim is None:
                return
            ladder = None if claim.claim is None else claim.claim.ladder
            step = None if ladder is None else ladder.next_step
            data = CollectionActionData(
                milestone_id=claim.id,
                done_on=self.ctx.clock.today(),
                done_by=self.ctx.db.default_owner,
                **({"step": step} if step is not None else {}),
            )
        else:
            data = read_from(CollectionActionData, row)
        choices = [(m.name, m.id) for m in self.detail.milestones]
        self.open_part_dialog(
            action_dialog,
            row,
            data,
            self.tr("Record collection step"),
            self.tr("Edit collection step"),
            milestones=choices,
        )
