"""Filling in a rated scoring form: the opportunity evaluation (4/3/2/1), the customer's
payment capacity (4/3/2/1) or the ten-item assessment (1..5 with a comment per item). The
result and how it is computed are shown while the form is filled in."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QWidget,
)

from desktop.models.enums import AssessmentKind
from desktop.services.messages import UserError
from desktop.services.opportunities import scoring
from desktop.services.opportunities import scoring_forms as forms
from desktop.services.opportunities.scoring import ScoringParams
from desktop.services.opportunities.scoring_forms import Criterion
from desktop.views.common.widgets import OptionalDateEdit
from desktop.views.i18n import translate

from .dialog_layout import finish_dialog
from .score_text import evaluation_text, payment_text, ten_item_text


def _criteria(kind: AssessmentKind) -> tuple[Criterion, ...]:
    if kind is AssessmentKind.EVALUATION:
        return forms.EVALUATION_CRITERIA
    if kind is AssessmentKind.PAYMENT_CAPACITY:
        return forms.PAYMENT_CRITERIA
    return forms.TEN_ITEMS


class RatingFormDialog(QDialog):
    def __init__(
        self,
        kind: AssessmentKind,
        params: ScoringParams,
        today: date,
        subject: str,
        initial: dict[str, int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.params = params
        self.criteria = _criteria(kind)
        self.groups: dict[str, QButtonGroup] = {}
        self.comments: dict[str, QLineEdit] = {}
        self.setWindowTitle(self._title())
        intro = QLabel(self._intro().format(subject=subject), self)
        intro.setWordWrap(True)

        body = QWidget(self)
        grid = QGridLayout(body)
        grid.setHorizontalSpacing(14)
        row = 0
        for number, criterion in enumerate(self.criteria):
            if kind is AssessmentKind.TEN_ITEM and number in (0, 5):
                question = forms.TEN_ITEM_QUESTIONS[criterion.key]
                header = QLabel(
                    f"<h3>{forms.QUESTION_LABELS[question].render(translate)}</h3>", body
                )
                grid.addWidget(header, row, 0, 1, 6)
                row += 1
            row = self._add_criterion(grid, row, number, criterion, body)
        grid.setColumnStretch(5, 1)
        grid.setRowStretch(row, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        self.assessed_on_edit = OptionalDateEdit(self)
        self.assessed_on_edit.set_value(today)
        self.comment_edit = QLineEdit(self)
        meta = QFormLayout()
        meta.addRow(self.tr("Date"), self.assessed_on_edit)
        meta.addRow(self.tr("Overall comment"), self.comment_edit)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e")
        self.error.setWordWrap(True)
        finish_dialog(self, intro, scroll, meta, self.result, self.error, save=True)
        for key, rating in (initial or {}).items():
            self.set_rating(key, rating)
        self._update_result()
        self.resize(*((900, 680) if kind is AssessmentKind.TEN_ITEM else (980, 470)))

    def _title(self) -> str:
        if self.kind is AssessmentKind.EVALUATION:
            return self.tr("Opportunity evaluation")
        if self.kind is AssessmentKind.PAYMENT_CAPACITY:
            return self.tr("Customer payment capacity")
        return self.tr("Sales opportunity assessment")

    def _intro(self) -> str:
        if self.kind is AssessmentKind.EVALUATION:
            return self.tr(
                "<b>{subject}</b>: rate each criterion 4 (best) to 1. The points give the "
                "estimated win chance."
            )
        if self.kind is AssessmentKind.PAYMENT_CAPACITY:
            return self.tr(
                "<b>{subject}</b>: rate the customer's ability to pay, 4 (best) to 1. "
                "Ratings read from the account's record are filled in already."
            )
        return self.tr(
            "<b>{subject}</b>: rate each item 5 (very favourable to us) to 1 (very "
            "unfavourable) and say why. “Can we win?” is answered by the opportunity evaluation."
        )

    def _add_criterion(
        self, grid: QGridLayout, row: int, number: int, criterion: Criterion, body: QWidget
    ) -> int:
        title = QLabel(f"<b>{number + 1}. {criterion.title.render(translate)}</b>", body)
        title.setWordWrap(True)
        title.setMinimumWidth(190)
        grid.addWidget(title, row, 0)
        group = QButtonGroup(self)
        group.setExclusive(True)
        if criterion.levels:
            choices = [
                (4 - n, f"{4 - n} · {text.render(translate)}")
                for n, text in enumerate(criterion.levels)
            ]
        else:
            choices = [(value, str(value)) for value in range(5, 0, -1)]
        buttons = QHBoxLayout()
        for value, text in choices:
            button = QRadioButton(text, body)
            group.addButton(button, value)
            buttons.addWidget(button)
        buttons.addStretch(1)
        grid.addLayout(buttons, row, 1, 1, 5)
        group.idToggled.connect(self._on_rating_toggled)
        self.groups[criterion.key] = group
        comment = QLineEdit(body)
        comment.setPlaceholderText(
            criterion.hint.render(translate) if criterion.hint else self.tr("Comment (evidence)")
        )
        grid.addWidget(comment, row + 1, 1, 1, 5)
        self.comments[criterion.key] = comment
        return row + 2

    # ---- values --------------------------------------------------------------------------

    def set_rating(self, key: str, rating: int) -> None:
        button = self.groups[key].button(rating)
        if button is not None:
            button.setChecked(True)

    def set_comment(self, key: str, text: str) -> None:
        self.comments[key].setText(text)

    def answers(self) -> dict[str, dict[str, Any]]:
        found = {}
        for criterion in self.criteria:
            rating = self.groups[criterion.key].checkedId()
            if rating > 0:
                found[criterion.key] = {
                    "rating": rating,
                    "comment": self.comments[criterion.key].text().strip(),
                }
        return found

    def assessed_on(self) -> date:
        return self.assessed_on_edit.value() or date.today()

    def comment(self) -> str:
        return self.comment_edit.text().strip()

    # ---- the live result -------------------------------------------------------------------

    def _on_rating_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._update_result()

    def _update_result(self) -> None:
        answers = self.answers()
        missing = len(self.criteria) - len(answers)
        if missing:
            self.result.setText(
                self.tr("{count} still to rate.").format(count=missing) + "<br>" + self._rule()
            )
            return
        self.error.clear()
        self.result.setText(self.describe(answers) + "<br>" + self._rule())

    def describe(self, answers: dict[str, Any]) -> str:
        if self.kind is AssessmentKind.EVALUATION:
            return evaluation_text(scoring.evaluate(answers, self.params))
        if self.kind is AssessmentKind.PAYMENT_CAPACITY:
            return payment_text(scoring.rate_payment_capacity(answers, self.params))
        return ten_item_text(scoring.assess_ten_items(answers, self.params))

    def _rule(self) -> str:
        params = self.params
        if self.kind is AssessmentKind.EVALUATION:
            return self.tr("<i>Rule: {formula}.</i>").format(
                formula=params.formula.describe().render(translate)
            )
        if self.kind is AssessmentKind.PAYMENT_CAPACITY:
            bands = ", ".join(
                self.tr("{grade} from {points} points").format(grade=g, points=p)
                for g, p in params.payment_grades
            )
            return self.tr("<i>Rule: {bands}; {lowest} below.</i>").format(
                bands=bands, lowest=scoring.LOWEST_GRADE
            )
        bands = ", ".join(
            self.tr("{verdict} from an average of {value}").format(
                verdict=forms.VERDICT_LABELS[v].render(translate), value=float(b)
            )
            for v, b in params.ten_item_bands
        )
        return self.tr("<i>Rule, per question: {bands}; otherwise no.</i>").format(bands=bands)

    def accept(self) -> None:
        try:
            scoring.derive_result(self.kind, self.answers(), self.params)
        except UserError as error:
            self.error.setText(error.message.render(translate))
            return
        super().accept()
