"""The fact sheet (信息初始表): purchase time, amount, relationships, information source,
funding, project type and level, probability and forecast category; competitors below."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import (
    ForecastCategory,
    FundingSource,
    FundingStatus,
    OrderPriority,
    ProjectLevel,
)
from desktop.services.labels import label
from desktop.services.opportunities.deals import (
    OpportunityDetail,
    OpportunityFacts,
)
from desktop.views.common.formatting import format_date
from desktop.views.common.widgets import EnumCombo, MoneyEdit, OptionalDateEdit
from desktop.views.i18n import translate

from .competitors_panel import CompetitorsPanel
from .editing import Editing
from .facts_form import FactsForm
from .inputs import text_box

NO_OVERRIDE = -1


class FactSheetPanel(FactsForm):
    def __init__(self, editing: Editing, parent: QWidget | None = None) -> None:
        super().__init__(editing, parent)
        self.name = QLineEdit(self)
        self.amount = MoneyEdit(self)
        self.purchase_date = OptionalDateEdit(self)
        self.expected_decision_date = OptionalDateEdit(self)
        self.probability = QSpinBox(self)
        self.probability.setRange(NO_OVERRIDE, 100)
        self.probability.setSuffix(" %")
        self.forecast_category = EnumCombo(ForecastCategory, self, allow_none=False)
        self.key_contact = QComboBox(self)
        self.relationships = text_box(self, 2)
        self.information_source = QLineEdit(self)
        self.funding_source = EnumCombo(FundingSource, self)
        self.funding_status = EnumCombo(FundingStatus, self)
        self.project_type = QLineEdit(self)
        self.project_level = EnumCombo(ProjectLevel, self)
        self.order_priority = EnumCombo(OrderPriority, self)
        self.priority_hint = QLabel(self)
        self.priority_hint.setStyleSheet("color: #5f6368")
        self.priority_hint.setWordWrap(True)
        self.slips = QLabel(self)
        self.slips.setStyleSheet("color: #5f6368")
        self.slips.setWordWrap(True)
        self.description = text_box(self, 3)
        self.win_loss_reason = QLineEdit(self)
        self.competitors = CompetitorsPanel(editing, self)

        top = QFormLayout()
        top.addRow(self.tr("Name"), self.name)
        left = QFormLayout()
        left.addRow(self.tr("Amount"), self.amount)
        left.addRow(self.tr("Purchase time"), self.purchase_date)
        left.addRow(self.tr("Expected decision"), self.expected_decision_date)
        left.addRow("", self.slips)
        self._left = left
        left.addRow(self.tr("Probability"), self.probability)
        left.addRow(self.tr("Forecast category"), self.forecast_category)
        right = QFormLayout()
        right.addRow(self.tr("Funding source"), self.funding_source)
        right.addRow(self.tr("Funding status"), self.funding_status)
        right.addRow(self.tr("Project type"), self.project_type)
        right.addRow(self.tr("Project level"), self.project_level)
        right.addRow(self.tr("Key person"), self.key_contact)
        right.addRow(self.tr("Order priority"), self.order_priority)
        right.addRow("", self.priority_hint)
        self._right = right
        grid = QGridLayout()
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        wide = QFormLayout()
        wide.addRow(self.tr("Information source"), self.information_source)
        wide.addRow(self.tr("Relationships"), self.relationships)
        wide.addRow(self.tr("Description"), self.description)
        wide.addRow(self.tr("Win/loss reason"), self.win_loss_reason)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addLayout(wide)
        layout.addLayout(self.button_row())
        layout.addWidget(self.competitors, 1)

        self.relationships.setPlaceholderText(
            self.tr("Who supports us: the decision maker, supporters (人脉资源)")
        )
        for line in (self.name, self.information_source, self.project_type, self.win_loss_reason):
            line.textChanged.connect(self.edited)
        for box in (self.relationships, self.description):
            box.textChanged.connect(self.edited)
        for combo in (
            self.forecast_category,
            self.key_contact,
            self.funding_source,
            self.funding_status,
            self.project_level,
            self.order_priority,
        ):
            combo.currentIndexChanged.connect(self.edited)
        self.amount.valueChanged.connect(self.edited)
        self.probability.valueChanged.connect(self.edited)
        for date_edit in (self.purchase_date, self.expected_decision_date):
            date_edit.dateChanged.connect(self.edited)

    def fill(self, detail: OpportunityDetail) -> None:
        facts = detail.facts
        self.name.setText(facts.name)
        self.amount.set_decimal(facts.amount)
        self.purchase_date.set_value(facts.purchase_date)
        self.expected_decision_date.set_value(facts.expected_decision_date)
        self.probability.setSpecialValueText(
            self.tr("Stage's ({percent} %)").format(percent=detail.stage_probability)
        )
        self.probability.setValue(
            NO_OVERRIDE if facts.probability_override is None else facts.probability_override
        )
        self.forecast_category.set_value(facts.forecast_category)
        self.key_contact.clear()
        self.key_contact.addItem("—", None)
        people = self.editing.ctx.services.opportunities.people(detail.account_id)
        for person in people:
            self.key_contact.addItem(person.label, person.id)
        self.key_contact.setCurrentIndex(max(self.key_contact.findData(facts.key_contact_id), 0))
        self.relationships.setPlainText(facts.relationships)
        self.information_source.setText(facts.information_source)
        self.funding_source.set_value(facts.funding_source)
        self.funding_status.set_value(facts.funding_status)
        self.project_type.setText(facts.project_type)
        self.project_level.set_value(facts.project_level)
        self.order_priority.set_value(facts.order_priority)
        self.priority_hint.setText(
            self.tr("Suggested from the contract and payments: {priority}").format(
                priority=label(detail.suggested_priority, translate)
            )
            if detail.suggested_priority is not None
            else ""
        )
        self.slips.setText(self._slips(detail))
        # an empty note takes no row (the two columns stay aligned)
        self._left.setRowVisible(self.slips, bool(self.slips.text()))
        self._right.setRowVisible(self.priority_hint, bool(self.priority_hint.text()))
        self.description.setPlainText(facts.description)
        self.win_loss_reason.setText(facts.win_loss_reason)
        self.competitors.show_opportunity(detail.id)

    def read(self, facts: OpportunityFacts) -> OpportunityFacts:
        probability = self.probability.value()
        return replace(
            facts,
            name=self.name.text(),
            amount=self.amount.value_decimal(),
            purchase_date=self.purchase_date.value(),
            expected_decision_date=self.expected_decision_date.value(),
            probability_override=None if probability == NO_OVERRIDE else probability,
            forecast_category=self.forecast_category.value() or facts.forecast_category,
            key_contact_id=self.key_contact.currentData(),
            relationships=self.relationships.toPlainText(),
            information_source=self.information_source.text(),
            funding_source=self.funding_source.value(),
            funding_status=self.funding_status.value(),
            project_type=self.project_type.text(),
            project_level=self.project_level.value(),
            order_priority=self.order_priority.value(),
            description=self.description.toPlainText(),
            win_loss_reason=self.win_loss_reason.text(),
        )

    def _slips(self, detail: OpportunityDetail) -> str:
        first = detail.first_decision_date
        if first is None or first == detail.facts.expected_decision_date:
            return ""
        if detail.slip_count == 0:
            return self.tr("First promised for {date}").format(date=format_date(first))
        return self.tr("First promised for {date}; slips: {count}").format(
            date=format_date(first), count=detail.slip_count
        )

    def load(self, detail: OpportunityDetail | None, *, keep_edits: bool = False) -> None:
        super().load(detail, keep_edits=keep_edits)
        if detail is None:
            self.competitors.show_opportunity(None)
        elif keep_edits:
            self.competitors.show_opportunity(detail.id)
