"""Payment milestones: amount or share, trigger, due rule, due date, what is paid and owed."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from desktop.models.enums import DueRule
from desktop.services.contracts.data import MilestoneData
from desktop.services.contracts.detail_rows import MilestoneRow
from desktop.services.contracts.parts import Part
from desktop.services.contracts.templates import Template
from desktop.views.common.formatting import format_date, format_number, format_percent
from desktop.views.common.read_only import edits
from desktop.views.common.row_table import Column
from desktop.views.context import AppContext

from .editor import ContractEditor
from .forms import milestone_dialog
from .panel import ContractPanel
from .section import PartSection
from .text import BAD, GOOD, money


class MilestonesPanel(ContractPanel):
    def __init__(self, ctx: AppContext, editor: ContractEditor, parent: QWidget | None = None):
        super().__init__(ctx, editor, parent)
        self.schedule = QLabel(self)
        self.schedule.setWordWrap(True)
        self.section = PartSection(
            self.tr("Payment milestones"),
            [
                Column(self.tr("Milestone"), lambda r: r.name),
                Column(
                    self.tr("Share"),
                    lambda r: r.percent,
                    lambda v: "" if v is None else format_percent(v, 0 if v % 1 == 0 else 2),
                ),
                Column(self.tr("Amount"), lambda r: r.amount, self._money),
                Column(self.tr("Due on"), lambda r: r.due_on),
                Column(self.tr("Paid"), lambda r: r.paid, self._money),
                Column(self.tr("Outstanding"), lambda r: r.outstanding, self._money),
                Column(
                    self.tr("Days overdue"),
                    lambda r: r.days_overdue,
                    lambda v: "" if not v else format_number(v),
                ),
                Column(self.tr("Trigger"), lambda r: r.trigger),
                Column(self.tr("Due rule"), lambda r: r, self._rule_text),
                Column(self.tr("Triggered on"), lambda r: r.trigger_on),
                Column(self.tr("Invoiced"), lambda r: r.invoiced, self._money),
            ],
            self,
        )
        self.template_button = edits(QPushButton(self.tr("Apply template"), self))
        self.template_menu = QMenu(self.template_button)
        self.template_button.setMenu(self.template_menu)
        self.section.buttons.insertWidget(3, self.template_button)
        self.template_menu.aboutToShow.connect(self._fill_templates)
        layout = QVBoxLayout(self)
        layout.addWidget(self.schedule)
        layout.addWidget(self.section, 1)
        self.section.add_requested.connect(lambda: self.edit(None))
        self.section.edit_requested.connect(self.edit)
        self.section.delete_requested.connect(self.delete)

    def _money(self, value) -> str:
        return money(value, self.currency)

    def _rule_text(self, row: MilestoneRow) -> str:
        if row.due_rule is DueRule.FIXED_DATE:
            return self.tr("On {date}").format(date=format_date(row.fixed_due_on) or "—")
        return self.tr("{days} days after").format(days=format_number(row.due_days))

    def refresh(self) -> None:
        if self.detail is None:
            self.schedule.clear()
            self.section.set_rows([])
            return
        head = self.detail.header
        scheduled = head.total - self.detail.difference
        text = self.tr(
            "Contract with amendments: {total} · milestones: {scheduled} · difference: {difference}"
        ).format(
            total=money(head.total, head.currency),
            scheduled=money(scheduled, head.currency),
            difference=money(self.detail.difference, head.currency),
        )
        colour = GOOD if self.detail.difference == 0 else BAD
        self.schedule.setText(text)
        self.schedule.setStyleSheet(f"color: {colour.name()}")
        keep = self.section.selected()
        self.section.set_rows(self.detail.milestones, getattr(keep, "id", None))

    def _fill_templates(self) -> None:
        self.template_menu.clear()
        for template in self.ctx.services.contract_settings.templates():
            action = self.template_menu.addAction(template.name)
            action.triggered.connect(lambda _checked=False, t=template: self.apply_template(t))

    def apply_template(self, template: Template) -> None:
        if self.detail is None:
            return
        if self.detail.milestones and not self.ctx.dialogs.confirm(
            self.tr("Apply template"),
            self.tr(
                "Replace the %n milestone(s) by the template {name}?",
                "",
                len(self.detail.milestones),
            ).format(name=template.name),
        ):
            return
        contract_id = self.contract_id
        self.editor.attempt(
            self.tr("Apply template {name}").format(name=template.name),
            lambda: self.service.apply_template(contract_id, template, self.ctx.language),
        )

    def edit(self, row: MilestoneRow | None) -> None:
        if self.detail is None:
            return
        data = MilestoneData(percent=None) if row is None else row.data()
        self.open_part_dialog(
            milestone_dialog,
            row,
            data,
            self.tr("Add milestone"),
            self.tr("Edit milestone"),
            currency=self.currency,
        )

    def delete(self, row: MilestoneRow) -> None:
        self.delete_part(
            Part.MILESTONE, row.id, self.tr("the milestone {name}").format(name=row.name)
        )
