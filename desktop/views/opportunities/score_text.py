"""How scoring results read: the result and the numbers it comes from."""

from __future__ import annotations

from fractions import Fraction

from desktop.services.opportunities import scoring_forms as forms
from desktop.services.opportunities.scoring import EvaluationResult, PaymentResult, TenItemResult
from desktop.services.opportunities.scoring_forms import Question, Verdict
from desktop.views.common.formatting import format_number
from desktop.views.i18n import translate

VERDICT_COLOURS = {
    Verdict.YES: "#1b7f3b",
    Verdict.PROBABLY: "#2e7d32",
    Verdict.DOUBTFUL: "#c25e00",
    Verdict.NO: "#b3261e",
}


def points_text(points: Fraction) -> str:
    return format_number(points, 0 if points.denominator == 1 else 1)


def evaluation_text(result: EvaluationResult) -> str:
    return translate(
        "ScoreText",
        "<b>{points} points</b> of 16 → estimated win chance <b>{percent}&nbsp;%</b>",
    ).format(points=points_text(result.points), percent=result.win_chance)


def payment_text(result: PaymentResult) -> str:
    return translate("ScoreText", "<b>{points} points</b> of 16 → grade <b>{grade}</b>").format(
        points=points_text(result.points), grade=result.grade
    )


def verdict_html(verdict: Verdict) -> str:
    colour = VERDICT_COLOURS[verdict]
    return f"<b style='color:{colour}'>{forms.VERDICT_LABELS[verdict].render(translate)}</b>"


def question_text(result: TenItemResult, question: Question) -> str:
    summary = result.summary(question)
    return translate("ScoreText", "{question} {verdict} (average {average} of 5)").format(
        question=forms.QUESTION_LABELS[question].render(translate),
        verdict=verdict_html(summary.verdict),
        average=format_number(summary.average, 1),
    )


def ten_item_text(result: TenItemResult) -> str:
    return " · ".join(question_text(result, q) for q in (Question.REAL, Question.WORTH))


def trend_arrow(previous: float | None, latest: float | None) -> str:
    if previous is None or latest is None or previous == latest:
        return "→"
    return "▲" if latest > previous else "▼"
