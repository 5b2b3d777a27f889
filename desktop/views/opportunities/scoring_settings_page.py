"""Settings ▸ Scoring: the probability formula, the criteria weights, the grade and verdict
bands, and the lead temperature thresholds."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.opportunities import scoring
from desktop.services.opportunities import scoring_forms as forms
from desktop.services.opportunities.leads import TEMPERATURE_CHECKS
from desktop.services.opportunities.scoring import ScoringParams, WinChanceFormula
from desktop.services.opportunities.scoring_forms import Verdict
from desktop.views.context import AppContext
from desktop.views.i18n import translate
from desktop.views.settings_dialog import SettingsPage

from . import inputs


def _spin(parent: QWidget, low: int, high: int, value: int, suffix: str = "") -> QSpinBox:
    box = inputs.spin(parent, low, high, value, suffix)
    box.setMaximumWidth(110)
    return box


class ScoringSettingsPage(SettingsPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = ctx.services.assessments
        params = self.service.params()
        self.loaded = params
        self.loaded_thresholds = ctx.services.leads.thresholds()
        body = QWidget(self)
        layout = QVBoxLayout(body)

        formula = QGroupBox(self.tr("Estimated win chance from the evaluation"), body)
        f = params.formula
        self.low_points = _spin(formula, 4, 16, f.low_points)
        self.low_percent = _spin(formula, 0, 100, f.low_percent, " %")
        self.high_points = _spin(formula, 4, 16, f.high_points)
        self.high_percent = _spin(formula, 0, 100, f.high_percent, " %")
        self.formula_text = QLabel(formula)
        self.formula_text.setWordWrap(True)
        grid = QGridLayout(formula)
        grid.addWidget(QLabel(self.tr("From"), formula), 0, 0)
        grid.addWidget(self.low_points, 0, 1)
        grid.addWidget(QLabel(self.tr("points ="), formula), 0, 2)
        grid.addWidget(self.low_percent, 0, 3)
        grid.addWidget(QLabel(self.tr("to"), formula), 1, 0)
        grid.addWidget(self.high_points, 1, 1)
        grid.addWidget(QLabel(self.tr("points ="), formula), 1, 2)
        grid.addWidget(self.high_percent, 1, 3)
        grid.addWidget(self.formula_text, 2, 0, 1, 5)
        grid.setColumnStretch(4, 1)
        for box in (self.low_points, self.low_percent, self.high_points, self.high_percent):
            box.valueChanged.connect(self._update_formula_text)

        self.evaluation_weights = self._weights(
            body,
            self.tr("Evaluation weights"),
            forms.EVALUATION_CRITERIA,
            params.evaluation_weights,
        )
        self.payment_weights = self._weights(
            body,
            self.tr("Payment capacity weights"),
            forms.PAYMENT_CRITERIA,
            params.payment_weights,
        )
        grades = QGroupBox(self.tr("Payment capacity grades (lowest points)"), body)
        grades_form = QFormLayout(grades)
        self.grades: list[tuple[str, QSpinBox]] = []
        for grade, points in params.payment_grades:
            spin = _spin(grades, 4, 16, points)
            grades_form.addRow(grade, spin)
            self.grades.append((grade, spin))
        grades_form.addRow(
            QLabel(self.tr("Below the last: {grade}").format(grade=scoring.LOWEST_GRADE), grades)
        )

        bands = QGroupBox(self.tr("Ten-item verdicts (lowest average rating)"), body)
        bands_form = QFormLayout(bands)
        self.bands: list[tuple[Verdict, QDoubleSpinBox]] = []
        for verdict, value in params.ten_item_bands:
            band = QDoubleSpinBox(bands)
            band.setRange(1, 5)
            band.setDecimals(1)
            band.setSingleStep(0.1)
            band.setValue(float(value))
            band.setMaximumWidth(110)
            bands_form.addRow(forms.VERDICT_LABELS[verdict].render(translate), band)
            self.bands.append((verdict, band))

        leads = QGroupBox(
            self.tr("Lead temperature (criteria ticked, of {total})").format(
                total=len(TEMPERATURE_CHECKS)
            ),
            body,
        )
        leads_form = QFormLayout(leads)
        self.hot = _spin(leads, 1, len(TEMPERATURE_CHECKS), self.loaded_thresholds["hot"])
        self.warm = _spin(leads, 1, len(TEMPERATURE_CHECKS), self.loaded_thresholds["warm"])
        leads_form.addRow(self.tr("Hot from"), self.hot)
        leads_form.addRow(self.tr("Warm from"), self.warm)

        for group in (
            formula,
            self.evaluation_weights[0],
            self.payment_weights[0],
            grades,
            bands,
            leads,
        ):
            layout.addWidget(group)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._update_formula_text()

    def _weights(
        self, parent: QWidget, title: str, criteria, weights
    ) -> tuple[QGroupBox, dict[str, QSpinBox]]:
        box = QGroupBox(title, parent)
        form = QFormLayout(box)
        spins = {}
        for criterion in criteria:
            spin = _spin(box, 0, scoring.MAX_WEIGHT, weights.get(criterion.key, 1))
            form.addRow(criterion.title.render(translate), spin)
            spins[criterion.key] = spin
        return box, spins

    def title(self) -> str:
        return self.tr("Scoring")

    def _formula(self) -> WinChanceFormula:
        return WinChanceFormula(
            self.low_points.value(),
            self.low_percent.value(),
            self.high_points.value(),
            self.high_percent.value(),
        )

    def _update_formula_text(self) -> None:
        formula = self._formula()
        examples = ", ".join(f"{p} → {formula.percent(p)} %" for p in (4, 8, 10, 12, 16))
        self.formula_text.setText(
            self.tr("{formula}. For example: {examples}.").format(
                formula=formula.describe().render(translate), examples=examples
            )
        )

    def params(self) -> ScoringParams:
        return replace(
            self.loaded,
            formula=self._formula(),
            evaluation_weights={k: s.value() for k, s in self.evaluation_weights[1].items()},
            payment_weights={k: s.value() for k, s in self.payment_weights[1].items()},
            payment_grades=tuple((grade, spin.value()) for grade, spin in self.grades),
            ten_item_bands=tuple(
                (verdict, Fraction(str(round(spin.value(), 1)))) for verdict, spin in self.bands
            ),
        )

    def thresholds(self) -> dict[str, int]:
        return {"hot": self.hot.value(), "warm": self.warm.value()}

    def save(self) -> None:
        # every value: those the user left as shown keep what is stored (ShownSettings)
        self.service.save_params(self.params(), self.thresholds())
