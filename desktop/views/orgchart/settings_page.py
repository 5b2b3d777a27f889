"""Settings ▸ Preferences ▸ Org chart: when a key person counts as not met for too long."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QWidget

from desktop.services.orgchart.coverage import STALE_CONTACT_DAYS, STALE_DAYS_RANGE
from desktop.views.context import AppContext
from desktop.views.settings_dialog import SettingsPage


class OrgChartSettingsPage(SettingsPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        days = ctx.services.settings.get(STALE_CONTACT_DAYS)
        self.stale_days = QSpinBox(self)
        self.stale_days.setRange(*STALE_DAYS_RANGE)
        self.stale_days.setValue(days)
        self.stale_days.setSuffix(self.tr(" days"))
        hint = QLabel(
            self.tr(
                "A key decision maker or gatekeeper with no interaction logged for longer "
                "than this is a red flag of the coverage analysis."
            ),
            self,
        )
        hint.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Not met for more than"), self.stale_days)
        form.addRow(hint)

    def title(self) -> str:
        return self.tr("Org chart")

    def save(self) -> None:
        self.ctx.services.settings.set(STALE_CONTACT_DAYS, self.stale_days.value())
