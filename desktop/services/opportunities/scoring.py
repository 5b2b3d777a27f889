"""Transparent scoring of opportunities (docs/domain.md#scoring): every number says where it
comes from.

* Opportunity evaluation (机会点评估): four criteria rated 4/3/2/1. Their (weighted) points,
  4..16, map linearly to an estimated win chance: by default 4 points = 5 %, 16 points = 90 %,
  rounded half up to a whole percent. The seed gives no formula; this one is stated in the
  interface and its two anchor points are settings.
* Customer payment capacity (客户付款能力): four criteria rated 4/3/2/1 -> a grade A/B/C/D by
  bands of points (settings).
* Sales opportunity assessment (销售机会评估表): ten items rated 1..5 with a comment,
  summarised per question: items 1-5 answer "is it real?", items 6-10 "is it worth winning?";
  "can we win?" is answered by the evaluation's estimated win chance.
* Bid / no-bid decision: any of the three veto conditions means no bid.

Weights: points = sum(weight x rating) / sum(weights) x number of criteria, so that with equal
weights the points are the plain total and stay in 4..16 whatever the weights.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from sqlalchemy.orm import Session

from desktop.models.enums import (
    AssessmentKind,
    FinancialCondition,
    IndustryStage,
    OwnershipType,
    PaymentHistory,
)
from desktop.services.messages import QT_TRANSLATE_NOOP, Message, UserError
from desktop.services.settings import SettingKey

from .scoring_forms import (
    BID_KEY,
    EVALUATION_CRITERIA,
    FOUR_LEVEL_SCALE,
    PAYMENT_CRITERIA,
    TEN_ITEM_QUESTIONS,
    TEN_ITEM_SCALE,
    TEN_ITEMS,
    VETOES,
    Criterion,
    Question,
    Verdict,
)

# ---- parameters (settings) -------------------------------------------------------------

PROBABILITY_FORMULA = SettingKey(
    "opportunities.probability_formula",
    {"low_points": 4, "low_percent": 5, "high_points": 16, "high_percent": 90},
)
EVALUATION_WEIGHTS = SettingKey(
    "opportunities.evaluation_weights", {c.key: 1 for c in EVALUATION_CRITERIA}
)
PAYMENT_WEIGHTS = SettingKey("opportunities.payment_weights", {c.key: 1 for c in PAYMENT_CRITERIA})
# Lowest points for each grade, best grade first; below the last one: "D".
PAYMENT_GRADES = SettingKey("opportunities.payment_grades", [["A", 14], ["B", 11], ["C", 8]])
LOWEST_GRADE = "D"
# Lowest average rating (1..5) for each verdict of the ten-item summary; below: "no".
TEN_ITEM_BANDS = SettingKey(
    "opportunities.ten_item_bands", {"yes": "4", "probably": "3", "doubtful": "2"}
)
MAX_WEIGHT = 10


@dataclass(frozen=True)
class WinChanceFormula:
    """Linear from (low_points, low_percent) to (high_points, high_percent), flat outside."""

    low_points: int = 4
    low_percent: int = 5
    high_points: int = 16
    high_percent: int = 90

    def percent(self, points: Fraction | int) -> int:
        points = Fraction(points)
        if points <= self.low_points:
            value = Fraction(self.low_percent)
        elif points >= self.high_points:
            value = Fraction(self.high_percent)
        else:
            slope = Fraction(self.high_percent - self.low_percent) / (
                self.high_points - self.low_points
            )
            value = self.low_percent + (points - self.low_points) * slope
        return round_half_up(value)

    def describe(self) -> Message:
        return QT_TRANSLATE_NOOP(
            "Scoring",
            "{low_points} points = {low_percent} %, {high_points} points = {high_percent} %, "
            "linear in between, rounded to a whole percent",
        ).with_(
            low_points=self.low_points,
            low_percent=self.low_percent,
            high_points=self.high_points,
            high_percent=self.high_percent,
        )


def round_half_up(value: Fraction) -> int:
    return int((value + Fraction(1, 2)).__floor__())


@dataclass(frozen=True)
class ScoringParams:
    formula: WinChanceFormula = WinChanceFormula()
    evaluation_weights: Mapping[str, int] = field(
        default_factory=lambda: dict(EVALUATION_WEIGHTS.default)
    )
    payment_weights: Mapping[str, int] = field(
        default_factory=lambda: dict(PAYMENT_WEIGHTS.default)
    )
    payment_grades: tuple[tuple[str, int], ...] = tuple(
        (str(grade), int(points)) for grade, points in PAYMENT_GRADES.default
    )
    ten_item_bands: tuple[tuple[Verdict, Fraction], ...] = tuple(
        (Verdict(verdict), Fraction(value)) for verdict, value in TEN_ITEM_BANDS.default.items()
    )


def load_params(session: Session) -> ScoringParams:
    bands = {**TEN_ITEM_BANDS.default, **TEN_ITEM_BANDS.get(session)}
    return ScoringParams(
        formula=WinChanceFormula(**PROBABILITY_FORMULA.get(session)),
        evaluation_weights={
            **EVALUATION_WEIGHTS.default,
            **EVALUATION_WEIGHTS.get(session),
        },
        payment_weights={**PAYMENT_WEIGHTS.default, **PAYMENT_WEIGHTS.get(session)},
        payment_grades=tuple((str(g), int(p)) for g, p in PAYMENT_GRADES.get(session)),
        ten_item_bands=tuple(
            (verdict, Fraction(str(bands[verdict.value])))
            for verdict in (Verdict.YES, Verdict.PROBABLY, Verdict.DOUBTFUL)
        ),
    )


def _invalid(message: Message, **params: Any) -> UserError:
    return UserError(message.with_(**params))


def validate_params(params: ScoringParams) -> None:
    """Raise UserError naming the setting that does not make sense."""
    f = params.formula
    if not (4 <= f.low_points < f.high_points <= 16):
        raise _invalid(
            QT_TRANSLATE_NOOP(
                "Scoring",
                "Win-chance formula: the low points must be below the high points, both 4 to 16.",
            )
        )
    for percent in (f.low_percent, f.high_percent):
        if not 0 <= percent <= 100:
            raise _invalid(
                QT_TRANSLATE_NOOP("Scoring", "Win-chance formula: percentages must be 0 to 100.")
            )
    for criteria, weights in (
        (EVALUATION_CRITERIA, params.evaluation_weights),
        (PAYMENT_CRITERIA, params.payment_weights),
    ):
        for criterion in criteria:
            if not 0 <= weights.get(criterion.key, 1) <= MAX_WEIGHT:
                raise _invalid(
                    QT_TRANSLATE_NOOP("Scoring", "Weight of “{criterion}”: must be 0 to {most}."),
                    criterion=criterion.title,
                    most=MAX_WEIGHT,
                )
        if sum(weights.get(c.key, 1) for c in criteria) == 0:
            raise _invalid(
                QT_TRANSLATE_NOOP(
                    "Scoring", "At least one criterion of a form needs a weight above 0."
                )
            )
    thresholds = [points for _, points in params.payment_grades]
    if any(not 4 <= p <= 16 for p in thresholds) or thresholds != sorted(
        set(thresholds), reverse=True
    ):
        raise _invalid(
            QT_TRANSLATE_NOOP(
                "Scoring",
                "Payment capacity grades: each grade needs fewer points than the one above, "
                "all between 4 and 16.",
            )
        )
    bands = [value for _, value in params.ten_item_bands]
    if any(not 1 <= b <= 5 for b in bands) or bands != sorted(set(bands), reverse=True):
        raise _invalid(
            QT_TRANSLATE_NOOP(
                "Scoring",
                "Ten-item verdicts: each verdict needs a lower average than the one above, "
                "all between 1 and 5.",
            )
        )


def save_params(session: Session, params: ScoringParams) -> None:
    validate_params(params)
    f = params.formula
    PROBABILITY_FORMULA.set(
        session,
        {
            "low_points": f.low_points,
            "low_percent": f.low_percent,
            "high_points": f.high_points,
            "high_percent": f.high_percent,
        },
    )
    EVALUATION_WEIGHTS.set(session, dict(params.evaluation_weights))
    PAYMENT_WEIGHTS.set(session, dict(params.payment_weights))
    PAYMENT_GRADES.set(session, [[g, p] for g, p in params.payment_grades])
    TEN_ITEM_BANDS.set(session, {v.value: str(b) for v, b in params.ten_item_bands})


# ---- the arithmetic ------------------------------------------------------------------


def ratings(
    answers: Mapping[str, Any], criteria: Sequence[Criterion], scale: tuple[int, int]
) -> dict[str, int]:
    """The rating of every criterion; UserError names the first one missing or out of range."""
    low, high = scale
    found = {}
    for criterion in criteria:
        answer = answers.get(criterion.key) or {}
        rating = answer.get("rating") if isinstance(answer, Mapping) else None
        if isinstance(rating, bool) or not isinstance(rating, int) or not low <= rating <= high:
            raise UserError(
                QT_TRANSLATE_NOOP("Scoring", "Rate “{criterion}” from {low} to {high}.").with_(
                    criterion=criterion.title, low=low, high=high
                )
            )
        found[criterion.key] = rating
    return found


def weighted_points(
    values: Mapping[str, int], criteria: Sequence[Criterion], weights: Mapping[str, int]
) -> Fraction:
    total_weight = sum(weights.get(c.key, 1) for c in criteria)
    weighted = sum(weights.get(c.key, 1) * values[c.key] for c in criteria)
    return Fraction(weighted, total_weight) * len(criteria)


@dataclass(frozen=True)
class EvaluationResult:
    total: int  # plain sum of the ratings, 4..16 (Opportunity.score)
    points: Fraction  # weighted points, 4..16 (= total with equal weights)
    win_chance: int  # percent: the estimated win chance, not a stage probability

    @property
    def code(self) -> str:
        return f"{self.win_chance}%"


def evaluate(answers: Mapping[str, Any], params: ScoringParams) -> EvaluationResult:
    values = ratings(answers, EVALUATION_CRITERIA, FOUR_LEVEL_SCALE)
    points = weighted_points(values, EVALUATION_CRITERIA, params.evaluation_weights)
    return EvaluationResult(sum(values.values()), points, params.formula.percent(points))


@dataclass(frozen=True)
class PaymentResult:
    total: int
    points: Fraction
    grade: str

    @property
    def code(self) -> str:
        return self.grade


def payment_grade(points: Fraction | int, grades: Sequence[tuple[str, int]]) -> str:
    for grade, lowest in grades:
        if points >= lowest:
            return grade
    return LOWEST_GRADE


def rate_payment_capacity(answers: Mapping[str, Any], params: ScoringParams) -> PaymentResult:
    values = ratings(answers, PAYMENT_CRITERIA, FOUR_LEVEL_SCALE)
    points = weighted_points(values, PAYMENT_CRITERIA, params.payment_weights)
    return PaymentResult(sum(values.values()), points, payment_grade(points, params.payment_grades))


def suggested_payment_ratings(
    ownership: OwnershipType | None,
    financial: FinancialCondition | None,
    history: PaymentHistory | None,
    industry: IndustryStage | None,
) -> dict[str, int]:
    """Ratings read off the account's record (4 for its enum's first member ... 1 for the last)."""
    found = {}
    for criterion, value in zip(
        PAYMENT_CRITERIA, (ownership, financial, history, industry), strict=True
    ):
        if value is not None:
            found[criterion.key] = 4 - list(type(value)).index(value)
    return found


@dataclass(frozen=True)
class QuestionSummary:
    question: Question
    items: int
    total: int
    average: Fraction
    verdict: Verdict


def verdict_for(average: Fraction, bands: Sequence[tuple[Verdict, Fraction]]) -> Verdict:
    for verdict, lowest in bands:
        if average >= lowest:
            return verdict
    return Verdict.NO


@dataclass(frozen=True)
class TenItemResult:
    total: int
    summaries: tuple[QuestionSummary, ...]

    def summary(self, question: Question) -> QuestionSummary:
        return next(s for s in self.summaries if s.question is question)

    @property
    def code(self) -> str:
        return ";".join(f"{s.question.value}={s.verdict.value}" for s in self.summaries)


def assess_ten_items(answers: Mapping[str, Any], params: ScoringParams) -> TenItemResult:
    values = ratings(answers, TEN_ITEMS, TEN_ITEM_SCALE)
    summaries = []
    for question in (Question.REAL, Question.WORTH):
        mine = [values[key] for key, q in TEN_ITEM_QUESTIONS.items() if q is question]
        average = Fraction(sum(mine), len(mine))
        summaries.append(
            QuestionSummary(
                question, len(mine), sum(mine), average, verdict_for(average, params.ten_item_bands)
            )
        )
    return TenItemResult(sum(values.values()), tuple(summaries))


def parse_ten_item_code(code: str) -> dict[Question, Verdict]:
    found = {}
    for part in code.split(";"):
        key, _, value = part.partition("=")
        if key in Question._value2member_map_ and value in Verdict._value2member_map_:
            found[Question(key)] = Verdict(value)
    return found


@dataclass(frozen=True)
class BidResult:
    vetoes: tuple[str, ...]  # keys of the veto conditions that hold
    bid: bool

    @property
    def code(self) -> str:
        return "bid" if self.bid else "no_bid"


def _ticked(answers: Mapping[str, Any], key: str, default: bool = False) -> bool:
    answer = answers.get(key)
    if not isinstance(answer, Mapping) or not isinstance(answer.get("rating"), bool):
        return default
    return answer["rating"]


def decide_bid(answers: Mapping[str, Any]) -> BidResult:
    """Any veto condition means no bid, whatever ``answers["bid"]`` wanted ("tracked ≠ must
    bid"); without a veto the user's own decision stands (default: bid)."""
    vetoes = tuple(v.key for v in VETOES if _ticked(answers, v.key))
    return BidResult(vetoes, _ticked(answers, BID_KEY, True) and not vetoes)


def total_of(kind: AssessmentKind, answers: Mapping[str, Any]) -> int | None:
    """The plain sum of a form's ratings (what ``Assessment.total`` stores)."""
    if kind is AssessmentKind.BID_DECISION:
        return None
    values = [
        answer.get("rating")
        for answer in answers.values()
        if isinstance(answer, Mapping) and not isinstance(answer.get("rating"), bool)
    ]
    return sum(v for v in values if isinstance(v, int))


def derive_result(
    kind: AssessmentKind, answers: Mapping[str, Any], params: ScoringParams | None = None
) -> str:
    """``Assessment.result`` for a complete form: "48%", a grade, "real=yes;worth=no", "bid"."""
    params = params or ScoringParams()
    if kind is AssessmentKind.EVALUATION:
        return evaluate(answers, params).code
    if kind is AssessmentKind.PAYMENT_CAPACITY:
        return rate_payment_capacity(answers, params).code
    if kind is AssessmentKind.TEN_ITEM:
        return assess_ten_items(answers, params).code
    return decide_bid(answers).code
