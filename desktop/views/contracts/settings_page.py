"""Settings ▸ Preferences ▸ Contracts: limitation clock, ageing, ladder, invoices, reminders."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.contracts.ageing import parse_bounds
from desktop.services.contracts.collection import LADDER
from desktop.services.contracts.preferences import ContractSettings
from desktop.views.common.formatting import display
from desktop.views.context import AppContext
from desktop.views.settings_dialog import SettingsPage


def _spin(parent: QWidget, low: int, high: int, value: int, suffix: str) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setSuffix(suffix)
    return spin


class ContractsSettingsPage(SettingsPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = ctx.services.contract_settings
        current = self.service.get()
        days = self.tr(" days")
        warn = sorted(current.warn_days, reverse=True) or [90, 30]
        self.years = _spin(self, 1, 20, current.limitation_years, self.tr(" years"))
        self.first_warning = _spin(self, 1, 3650, warn[0], days)
        self.last_warning = _spin(self, 1, 3650, warn[-1], days)
        self.instalments = QCheckBox(
            self.tr("Treat a contract's milestones as instalments of one debt (art. 189)"), self
        )
        self.instalments.setChecked(current.instalments)
        law = QLabel(
            self.tr(
                "PRC Civil Code art. 188: three years from the day the creditor knew of the "
                "harm; art. 195: a demand, the debtor's acknowledgement or a suit restarts it. "
                "With instalments, the period of every milestone runs from the last one's due "
                "date (art. 189) — a court decides whether that applies, so it is off by default."
            ),
            self,
        )
        law.setWordWrap(True)
        law.setStyleSheet("color: #555")
        limitation = QGroupBox(self.tr("Limitation period"), self)
        form = QFormLayout(limitation)
        form.addRow(self.tr("Period"), self.years)
        form.addRow(self.tr("First warning"), self.first_warning)
        form.addRow(self.tr("Last warning"), self.last_warning)
        form.addRow(self.instalments)
        form.addRow(law)

        self.bounds = QLineEdit(", ".join(str(b) for b in current.ageing_bounds), self)
        self.bounds.setToolTip(self.tr("Upper ends of the buckets in days, e.g. 30, 60, 90"))
        self.booking = _spin(self, 1, 3650, current.booking_days, days)
        self.reminder_days = _spin(self, 1, 90, current.reminder_days, days)
        other = QGroupBox(self.tr("Receivables and reminders"), self)
        other_form = QFormLayout(other)
        other_form.addRow(self.tr("Ageing buckets (days)"), self.bounds)
        other_form.addRow(self.tr("Ask the customer to book an invoice after"), self.booking)
        other_form.addRow(self.tr("Reminders look ahead"), self.reminder_days)

        ladder = QGroupBox(self.tr("Collection ladder: suggest each step from"), self)
        grid = QGridLayout(ladder)
        self.ladder: dict[str, QSpinBox] = {}
        for row, step in enumerate(LADDER):
            spin = _spin(self, 0, 3650, current.ladder_days[step.value], self.tr(" days overdue"))
            self.ladder[step.value] = spin
            grid.addWidget(QLabel(display(step), self), row, 0)
            grid.addWidget(spin, row, 1)
        grid.setColumnStretch(2, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(limitation)
        layout.addWidget(other)
        layout.addWidget(ladder)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Contracts")

    def save(self) -> None:
        data = ContractSettings(
            self.years.value(),
            (self.first_warning.value(), self.last_warning.value()),
            self.instalments.isChecked(),
            tuple(parse_bounds(self.bounds.text())),
            {step: spin.value() for step, spin in self.ladder.items()},
            self.booking.value(),
            self.reminder_days.value(),
        )
        self.service.save(data)
