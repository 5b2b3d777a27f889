"""Settings ▸ Monthly targets: the salesperson's target for each of twelve months."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.opportunities.pipeline import month_start
from desktop.views.common.formatting import format_money
from desktop.views.common.widgets import MoneyEdit
from desktop.views.context import AppContext
from desktop.views.settings_dialog import SettingsPage

from .chart_format import month_label


class TargetsSettingsPage(SettingsPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = ctx.services.targets
        self.first = month_start(ctx.clock.today())
        self.edits: dict[date, MoneyEdit] = {}
        self.month_labels: list[QLabel] = []
        self.loaded: dict[date, Decimal | None] = {}
        self.pending: dict[date, Decimal | None] = {}
        self.previous = QPushButton(self.tr("◀ Earlier"), self)
        self.next = QPushButton(self.tr("Later ▶"), self)
        self.period = QLabel(self)
        self.total = QLabel(self)
        self.form = QFormLayout()
        owner = ctx.db.default_owner or self.tr("(no owner set)")
        hint = QLabel(
            self.tr(
                "Targets of {owner}. The forecast compares each month's expected and won "
                "amounts with them; 0 means no target."
            ).format(owner=owner),
            self,
        )
        hint.setWordWrap(True)
        navigation = QHBoxLayout()
        navigation.addWidget(self.previous)
        navigation.addWidget(self.period, 1)
        navigation.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(navigation)
        layout.addLayout(self.form)
        layout.addWidget(self.total)
        layout.addStretch(1)
        for offset in range(12):
            edit = MoneyEdit(self)
            edit.setMinimum(0)
            edit.valueChanged.connect(self._update_total)
            month = QLabel(self)
            self.month_labels.append(month)
            self.form.addRow(month, edit)
            self.edits[month_start(self.first, offset)] = edit
        self.previous.clicked.connect(lambda: self._shift(-12))
        self.next.clicked.connect(lambda: self._shift(12))
        self._show()

    def title(self) -> str:
        return self.tr("Monthly targets")

    def _show(self) -> None:
        self._keep()
        months = [month_start(self.first, offset) for offset in range(12)]
        rows = self.service.year(self.first)
        self.edits = dict(zip(months, self.edits.values(), strict=True))
        for n, (row, edit) in enumerate(zip(rows, self.edits.values(), strict=True)):
            self.loaded.setdefault(row.month, row.amount)
            value = self.pending.get(row.month, row.amount)
            edit.blockSignals(True)
            edit.set_decimal(value)
            edit.blockSignals(False)
            self.month_labels[n].setText(
                f"{row.month.year}-{row.month.month:02d} ({month_label(row.month)})"
            )
        self.period.setText(f"{months[0]:%Y-%m} – {months[-1]:%Y-%m}")
        self._update_total()

    def _keep(self) -> None:
        for month, edit in self.edits.items():
            value = edit.value_decimal() or None
            if month in self.loaded and value != self.loaded[month]:
                self.pending[month] = value

    def _shift(self, months: int) -> None:
        self._keep()
        self.first = month_start(self.first, months)
        self._show()

    def _update_total(self, *_args) -> None:
        total = sum((edit.value_decimal() for edit in self.edits.values()), Decimal(0))
        self.total.setText(self.tr("Twelve months: {total}").format(total=format_money(total)))

    def take_edits(self, refused: SettingsPage) -> None:
        assert isinstance(refused, TargetsSettingsPage)
        refused._keep()
        self.pending = dict(refused.pending)
        self._show()

    def save(self) -> None:
        self._keep()
        if self.pending:
            shown = {month: self.loaded[month] for month in self.pending if month in self.loaded}
            # kept after the save: the dialog's transaction may still be refused
            self.service.save(self.pending, shown=shown)
