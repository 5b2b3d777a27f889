"""One lead: its four elements, the temperature checklist that suggests the temperature, the
MAN screen, and the three criteria that make it an opportunity."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import LeadStatus, LeadTemperature
from desktop.services.accounts import AccountService
from desktop.services.labels import label
from desktop.services.opportunities.leads import (
    MAN_CHECKS,
    OPPORTUNITY_CRITERIA,
    TEMPERATURE_CHECKS,
    LeadData,
    suggest_temperature,
)
from desktop.views.common.widgets import EnumCombo, MoneyEdit, OptionalDateEdit
from desktop.views.i18n import translate

from .inputs import text_box


class LeadEditor(QWidget):
    """Shows a lead's data; ``save_requested``/``convert_requested`` ask the page to act."""

    save_requested = Signal()
    convert_requested = Signal()
    open_requested = Signal(int)

    def __init__(
        self, accounts: AccountService, thresholds: dict[str, int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.thresholds = thresholds
        self.lead_id: int | None = None
        self.loaded: LeadData | None = None
        self.opportunity_id: int | None = None
        self.account = QComboBox(self)
        self.title = QLineEdit(self)
        self.source_channel = QLineEdit(self)
        self.window_start = OptionalDateEdit(self)
        self.window_end = OptionalDateEdit(self)
        self.estimated_amount = MoneyEdit(self)
        self.estimated_amount.setMinimum(0)
        self.estimated_amount.setSpecialValueText("—")  # none estimated yet
        self.estimated_amount.setToolTip(self.tr("The opportunity starts with this amount"))
        self.description = text_box(self)
        self.pain = text_box(self)
        self.solution_idea = text_box(self)
        self.budget_note = text_box(self)
        self.relationship_note = text_box(self)
        self.temperature = EnumCombo(LeadTemperature, self, allow_none=False)
        self.suggestion = QLabel(self)
        self.use_suggestion = QPushButton(self.tr("Use it"), self)
        self.status = EnumCombo(LeadStatus, self, allow_none=False)
        self.checks = {
            key: QCheckBox(text.render(translate), self) for key, text in TEMPERATURE_CHECKS
        }
        self.man = {key: QCheckBox(text.render(translate), self) for key, text in MAN_CHECKS}
        self.criteria = {
            key: QCheckBox(text.render(translate), self) for key, text in OPPORTUNITY_CRITERIA
        }
        self.man_summary = QLabel(self)
        self.qualifies = QLabel(self)
        self.qualifies.setWordWrap(True)
        self.notice = QLabel(self)  # why a save was refused
        self.notice.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.convert_button = QPushButton(self.tr("Convert to opportunity"), self)
        self.open_button = QPushButton(self.tr("Open the opportunity"), self)
        self._build()
        self._connect()
        self.load(None, None)

    def _build(self) -> None:
        facts = QFormLayout()
        facts.addRow(self.tr("Account"), self.account)
        facts.addRow(self.tr("Title"), self.title)
        facts.addRow(self.tr("Source channel"), self.source_channel)
        window = QHBoxLayout()
        window.addWidget(self.window_start)
        window.addWidget(QLabel("–", self))
        window.addWidget(self.window_end)
        window.addStretch(1)
        facts.addRow(self.tr("Time window"), window)
        facts.addRow(self.tr("Estimated amount"), self.estimated_amount)
        facts.addRow(self.tr("Description"), self.description)
        facts.addRow(self.tr("Pain or expectation"), self.pain)
        facts.addRow(self.tr("Solution idea"), self.solution_idea)
        facts.addRow(self.tr("Investment plan and budget"), self.budget_note)
        facts.addRow(self.tr("Customer relationship"), self.relationship_note)
        facts.addRow(self.tr("Status"), self.status)

        temperature = QGroupBox(self.tr("Temperature"), self)
        t_layout = QVBoxLayout(temperature)
        for box in self.checks.values():
            t_layout.addWidget(box)
        chosen = QHBoxLayout()
        chosen.addWidget(self.temperature)
        chosen.addWidget(self.suggestion, 1)
        chosen.addWidget(self.use_suggestion)
        t_layout.addLayout(chosen)
        man = QGroupBox(self.tr("MAN screen"), self)
        m_layout = QVBoxLayout(man)
        for box in self.man.values():
            m_layout.addWidget(box)
        m_layout.addWidget(self.man_summary)
        criteria = QGroupBox(self.tr("Is it an opportunity?"), self)
        c_layout = QVBoxLayout(criteria)
        for box in self.criteria.values():
            c_layout.addWidget(box)
        c_layout.addWidget(self.qualifies)
        checks = QVBoxLayout()
        checks.addWidget(temperature)
        checks.addWidget(man)
        checks.addWidget(criteria)

        body = QWidget(self)
        inner = QVBoxLayout(body)
        inner.addLayout(facts)
        inner.addLayout(checks)
        inner.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.convert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        for box in (*self.checks.values(), *self.man.values(), *self.criteria.values()):
            box.toggled.connect(self._update)
        for line in (self.title, self.source_channel):
            line.textChanged.connect(self._update)
        for text in (
            self.description,
            self.pain,
            self.solution_idea,
            self.budget_note,
            self.relationship_note,
        ):
            text.textChanged.connect(self._update)
        for combo in (self.temperature, self.status, self.account):
            combo.currentIndexChanged.connect(self._update)
        for edit in (self.window_start, self.window_end):
            edit.dateChanged.connect(self._update)
        self.estimated_amount.valueChanged.connect(self._update)
        self.use_suggestion.clicked.connect(self._on_use_suggestion_clicked)
        self.save_button.clicked.connect(self.save_requested)
        self.convert_button.clicked.connect(self.convert_requested)
        self.open_button.clicked.connect(self._on_open_button_clicked)

    # ---- values --------------------------------------------------------------------------

    def load(
        self,
        lead_id: int | None,
        data: LeadData | None,
        opportunity_id: int | None = None,
        shown: LeadData | None = None,
    ) -> None:
        """``shown``: what the form shows instead of ``data``, as unsaved edits (the user's,
        reapplied on the lead as saved meanwhile)."""
        self.lead_id = lead_id
        self.loaded = data
        self.opportunity_id = opportunity_id
        self.notice.clear()
        data = shown or data
        self.account.blockSignals(True)
        self.account.clear()
        for row in self.accounts.list():
            self.account.addItem(row.name, row.id)
        self.account.blockSignals(False)
        data = data or LeadData(account_id=0, title="")
        self.account.setCurrentIndex(max(self.account.findData(data.account_id), 0))
        self.account.setEnabled(lead_id is None)
        self.title.setText(data.title)
        self.source_channel.setText(data.source_channel)
        self.window_start.set_value(data.window_start)
        self.window_end.set_value(data.window_end)
        self.estimated_amount.set_decimal(data.estimated_amount)
        self.description.setPlainText(data.description)
        self.pain.setPlainText(data.pain)
        self.solution_idea.setPlainText(data.solution_idea)
        self.budget_note.setPlainText(data.budget_note)
        self.relationship_note.setPlainText(data.relationship_note)
        self.temperature.set_value(data.temperature)
        self.status.set_value(data.status)
        for key, box in self.checks.items():
            box.setChecked(bool(data.temperature_checks.get(key)))
        for key, box in {**self.man, **self.criteria}.items():
            box.setChecked(bool(getattr(data, key)))
        self._update()

    def data(self) -> LeadData:
        base = self.loaded or LeadData(account_id=self.account.currentData() or 0, title="")
        return replace(
            base,
            account_id=self.account.currentData() or base.account_id,
            title=self.title.text().strip(),
            source_channel=self.source_channel.text().strip(),
            description=self.description.toPlainText().strip(),
            pain=self.pain.toPlainText().strip(),
            solution_idea=self.solution_idea.toPlainText().strip(),
            budget_note=self.budget_note.toPlainText().strip(),
            relationship_note=self.relationship_note.toPlainText().strip(),
            window_start=self.window_start.value(),
            window_end=self.window_end.value(),
            estimated_amount=self._estimated_amount(),
            temperature=self.temperature.value() or base.temperature,
            temperature_checks={key: box.isChecked() for key, box in self.checks.items()},
            status=self.status.value() or base.status,
            **{key: box.isChecked() for key, box in {**self.man, **self.criteria}.items()},
        )

    def _estimated_amount(self) -> Decimal | None:
        amount = self.estimated_amount.value_decimal()
        return amount or None  # "—": none estimated yet

    def is_dirty(self) -> bool:
        return self.loaded is not None and self.data() != self.loaded

    def suggested(self) -> LeadTemperature:
        checks = {key: box.isChecked() for key, box in self.checks.items()}
        return suggest_temperature(checks, self.thresholds)

    # ---- state -----------------------------------------------------------------------------

    def _update(self, *_args) -> None:
        ticked = sum(box.isChecked() for box in self.checks.values())
        suggested = self.suggested()
        self.suggestion.setText(
            self.tr("Suggested: {temperature} ({count} of {total})").format(
                temperature=label(suggested, translate), count=ticked, total=len(self.checks)
            )
        )
        self.use_suggestion.setEnabled(self.temperature.value() is not suggested)
        man = sum(box.isChecked() for box in self.man.values())
        self.man_summary.setText(self.tr("{count} of 3").format(count=man))
        holds = all(box.isChecked() for box in self.criteria.values())
        converted = self.loaded is not None and self.loaded.status is LeadStatus.CONVERTED
        if converted:
            self.qualifies.setText(self.tr("Converted to an opportunity."))
        elif holds:
            self.qualifies.setText(
                self.tr("<b style='color:#1b7f3b'>All three hold: convert it.</b>")
            )
        else:
            self.qualifies.setText(self.tr("Not yet: all three must hold."))
        has_lead = self.lead_id is not None
        self.convert_button.setEnabled(
            has_lead and holds and not converted and self.status.value() is LeadStatus.OPEN
        )
        self.open_button.setVisible(self.opportunity_id is not None)
        dirty = self.lead_id is None or self.is_dirty()
        self.save_button.setEnabled(dirty and bool(self.title.text().strip()))
        self.status.setEnabled(not converted)

    def _on_use_suggestion_clicked(self) -> None:
        self.temperature.set_value(self.suggested())

    def _on_open_button_clicked(self) -> None:
        if self.opportunity_id is not None:
            self.open_requested.emit(self.opportunity_id)
