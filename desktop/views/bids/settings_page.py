"""Settings ▸ Preferences ▸ Bid checklist."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QWidget

from desktop.services.bids.progress import WARN_DAYS
from desktop.views.context import AppContext
from desktop.views.settings_dialog import SettingsPage


class BidsSettingsPage(SettingsPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        days = ctx.services.settings.get(WARN_DAYS)
        self.warn_days = QSpinBox(self)
        self.warn_days.setRange(0, 60)
        self.warn_days.setValue(days)
        self.warn_days.setSuffix(self.tr(" days"))
        hint = QLabel(
            self.tr(
                "Required checklist items still open this many days (or fewer) before the "
                "submission deadline are highlighted, and counted in the tender list."
            ),
            self,
        )
        hint.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Warn before the deadline"), self.warn_days)
        form.addRow(hint)

    def title(self) -> str:
        return self.tr("Bid checklist")

    def save(self) -> None:
        self.ctx.services.settings.set(WARN_DAYS, self.warn_days.value())  # only if changed
