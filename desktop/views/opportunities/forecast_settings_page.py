"""Settings ▸ Forecast: the pipeline coverage rule and the commit accuracy band."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from desktop.views.context import AppContext
from desktop.views.settings_dialog import SettingsPage

from .inputs import spin


class ForecastSettingsPage(SettingsPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = ctx.services.forecast
        self.loaded = self.service.settings()
        coverage, accuracy = self.loaded
        self.months = spin(self, 1, 12, coverage["months"], self.tr(" months"))
        self.minimum = spin(self, 0, 1000, coverage["minimum"], " %")
        self.low = spin(self, 0, 100, accuracy["low"], " %")
        self.high = spin(self, 100, 1000, accuracy["high"], " %")
        form = QFormLayout(self)
        form.addRow(
            QLabel(
                self.tr(
                    "Cisco's discipline: the open pipeline should cover the target of the coming "
                    "months at least 1.5 times; what closes should stay within 95–110 % of last "
                    "week's commit."
                ),
                self,
                wordWrap=True,
            )
        )
        form.addRow(self.tr("Coverage period"), self.months)
        form.addRow(self.tr("Minimum coverage"), self.minimum)
        form.addRow(self.tr("Commit accuracy from"), self.low)
        form.addRow(self.tr("Commit accuracy up to"), self.high)

    def title(self) -> str:
        return self.tr("Forecast")

    def save(self) -> None:
        values = (
            {"months": self.months.value(), "minimum": self.minimum.value()},
            {"low": self.low.value(), "high": self.high.value()},
        )
        self.service.save_settings(*values)  # what the user left as shown stays as stored
