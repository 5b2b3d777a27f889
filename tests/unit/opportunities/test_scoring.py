"""Scoring arithmetic on hand-computed cases, including the edges of every band."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

import pytest

from desktop.models.enums import (
    AssessmentKind,
    FinancialCondition,
    IndustryStage,
    OwnershipType,
    PaymentHistory,
)
from desktop.services.messages import UserError
from desktop.services.opportunities import scoring
from desktop.services.opportunities import scoring_forms as forms
from desktop.services.opportunities.scoring import ScoringParams, WinChanceFormula
from desktop.services.opportunities.scoring_forms import Question, Verdict

DEFAULT = ScoringParams()


def answers(**ratings):
    return {key: {"rating": value, "comment": ""} for key, value in ratings.items()}


def evaluation(brand, maturity, share, price):
    return answers(brand=brand, maturity=maturity, competitor_share=share, price=price)


# 5 + (points - 4) x 85 / 12, rounded half up: 4 -> 5, 5 -> 12.08 -> 12, 10 -> 47.5 -> 48,
# 11 -> 54.58 -> 55, 13 -> 68.75 -> 69, 15 -> 82.9 -> 83, 16 -> 90.
@pytest.mark.parametrize(
    ("ratings", "total", "percent"),
    [
        ((1, 1, 1, 1), 4, 5),
        ((2, 1, 1, 1), 5, 12),
        ((3, 3, 2, 2), 10, 48),
        ((3, 3, 3, 2), 11, 55),
        ((4, 3, 3, 3), 13, 69),
        ((4, 4, 4, 3), 15, 83),
        ((4, 4, 4, 4), 16, 90),
    ],
)
def test_evaluation_maps_points_linearly_to_probability(ratings, total, percent) -> None:
    result = scoring.evaluate(evaluation(*ratings), DEFAULT)
    assert (result.total, result.points, result.win_chance) == (total, total, percent)
    assert result.code == f"{percent}%"


def test_formula_is_flat_outside_its_anchor_points_and_rounds_half_up() -> None:
    formula = WinChanceFormula(low_points=6, low_percent=10, high_points=14, high_percent=80)
    assert formula.percent(4) == 10  # below the low anchor
    assert formula.percent(6) == 10
    assert formula.percent(7) == 19  # 10 + 70/8 = 18.75
    assert formula.percent(Fraction(69, 7)) == 44  # 10 + (27/7) x 70/8 = 43.75 -> 44
    assert formula.percent(14) == 80
    assert formula.percent(16) == 80
    assert WinChanceFormula(4, 0, 6, 1).percent(5) == 1  # 0.5 rounds up, not to even


def test_weights_scale_points_back_to_four_to_sixteen() -> None:
    params = replace(
        DEFAULT, evaluation_weights={"brand": 3, "maturity": 1, "competitor_share": 0, "price": 0}
    )
    # (3 x 4 + 1 x 2) / 4 x 4 = 14 points, whatever the share and price.
    result = scoring.evaluate(evaluation(4, 2, 1, 1), params)
    assert result.total == 8
    assert result.points == 14
    assert result.win_chance == 76  # 5 + 10 x 85/12 = 75.83


def test_evaluation_names_the_missing_or_wrong_criterion() -> None:
    with pytest.raises(UserError, match="Price competitiveness"):
        scoring.evaluate(answers(brand=4, maturity=4, competitor_share=4), DEFAULT)
    with pytest.raises(UserError, match=r"Customer maturity.*1 to 4"):
        scoring.evaluate(evaluation(4, 5, 4, 4), DEFAULT)
    with pytest.raises(UserError, match="Brand"):
        scoring.evaluate(evaluation(True, 4, 4, 4), DEFAULT)


def payment(o, f, h, i):
    return answers(ownership=o, financial=f, payment_history=h, industry_stage=i)


@pytest.mark.parametrize(
    ("ratings", "grade"),
    [
        ((4, 4, 4, 4), "A"),
        ((4, 4, 3, 3), "A"),  # 14: the lowest A
        ((4, 3, 3, 3), "B"),  # 13
        ((3, 3, 3, 2), "B"),  # 11: the lowest B
        ((3, 3, 2, 2), "C"),  # 10
        ((2, 2, 2, 2), "C"),  # 8: the lowest C
        ((2, 2, 2, 1), "D"),  # 7
        ((1, 1, 1, 1), "D"),
    ],
)
def test_payment_capacity_grade_bands(ratings, grade) -> None:
    result = scoring.rate_payment_capacity(payment(*ratings), DEFAULT)
    assert result.grade == grade
    assert result.total == sum(ratings)


def test_payment_grades_follow_the_settings() -> None:
    params = replace(DEFAULT, payment_grades=(("A", 16), ("B", 12)))
    assert scoring.rate_payment_capacity(payment(4, 4, 4, 3), params).grade == "B"
    assert scoring.rate_payment_capacity(payment(3, 3, 3, 2), params).grade == "D"


def test_payment_ratings_suggested_from_the_account_record() -> None:
    assert scoring.suggested_payment_ratings(
        OwnershipType.STATE_CENTRAL,
        FinancialCondition.AVERAGE,
        PaymentHistory.BAD_DEBT,
        None,
    ) == {"ownership": 4, "financial": 2, "payment_history": 1}
    assert scoring.suggested_payment_ratings(None, None, None, IndustryStage.GROWTH) == {
        "industry_stage": 3
    }


def ten(real, worth):
    keys = [item.key for item in forms.TEN_ITEMS]
    return answers(**dict(zip(keys, [*real, *worth], strict=True)))


@pytest.mark.parametrize(
    ("real", "verdict"),
    [
        ((4, 4, 4, 4, 4), Verdict.YES),  # average 4.0: the lowest yes
        ((4, 4, 4, 4, 3), Verdict.PROBABLY),  # 3.8
        ((3, 3, 3, 3, 3), Verdict.PROBABLY),  # 3.0
        ((3, 3, 3, 3, 2), Verdict.DOUBTFUL),  # 2.8
        ((2, 2, 2, 2, 2), Verdict.DOUBTFUL),  # 2.0
        ((2, 2, 2, 2, 1), Verdict.NO),  # 1.8
    ],
)
def test_ten_item_verdict_bands(real, verdict) -> None:
    result = scoring.assess_ten_items(ten(real, (5, 5, 5, 5, 5)), DEFAULT)
    assert result.summary(Question.REAL).verdict is verdict
    assert result.summary(Question.REAL).average == Fraction(sum(real), 5)
    assert result.summary(Question.WORTH).verdict is Verdict.YES
    assert result.total == sum(real) + 25


def test_ten_item_code_round_trips() -> None:
    result = scoring.assess_ten_items(ten((5, 4, 4, 3, 3), (2, 2, 2, 2, 1)), DEFAULT)
    assert result.code == "real=probably;worth=no"
    assert scoring.parse_ten_item_code(result.code) == {
        Question.REAL: Verdict.PROBABLY,
        Question.WORTH: Verdict.NO,
    }
    assert scoring.parse_ten_item_code("garbage") == {}


def test_ten_item_ratings_run_from_one_to_five() -> None:
    with pytest.raises(UserError, match=r"Our risk.*1 to 5"):
        scoring.assess_ten_items(ten((5, 5, 5, 5, 5), (5, 5, 5, 0, 5)), DEFAULT)


def test_any_veto_means_no_bid_whatever_was_wanted() -> None:
    assert scoring.decide_bid({}).bid is True
    assert scoring.decide_bid(answers(bid=False)).bid is False
    vetoed = scoring.decide_bid(answers(no_product_need=True, bid=True, against_strategy=False))
    assert vetoed.bid is False
    assert vetoed.vetoes == ("no_product_need",)
    assert vetoed.code == "no_bid"


def test_derived_results_and_totals_per_kind() -> None:
    assert scoring.derive_result(AssessmentKind.EVALUATION, evaluation(4, 4, 4, 4)) == "90%"
    assert scoring.derive_result(AssessmentKind.PAYMENT_CAPACITY, payment(4, 4, 4, 3)) == "A"
    assert (
        scoring.derive_result(AssessmentKind.BID_DECISION, answers(customer_rejects=True))
        == "no_bid"
    )
    assert scoring.total_of(AssessmentKind.EVALUATION, evaluation(4, 3, 2, 1)) == 10
    assert scoring.total_of(AssessmentKind.BID_DECISION, answers(bid=True)) is None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"formula": WinChanceFormula(10, 5, 10, 90)}, "low points"),
        ({"formula": WinChanceFormula(4, 5, 16, 101)}, "0 to 100"),
        ({"evaluation_weights": {"brand": 11}}, "Weight of “Brand"),
        ({"payment_weights": {c.key: 0 for c in forms.PAYMENT_CRITERIA}}, "above 0"),
        ({"payment_grades": (("A", 11), ("B", 14))}, "Payment capacity grades"),
        ({"payment_grades": (("A", 17),)}, "Payment capacity grades"),
        (
            {"ten_item_bands": ((Verdict.YES, Fraction(3)), (Verdict.PROBABLY, Fraction(3)))},
            "Ten-item",
        ),
    ],
)
def test_invalid_settings_are_refused_with_the_reason(change, message) -> None:
    with pytest.raises(UserError, match=message):
        scoring.validate_params(replace(DEFAULT, **change))


def test_settings_round_trip_through_the_database(db) -> None:
    params = replace(
        DEFAULT,
        formula=WinChanceFormula(5, 10, 15, 80),
        evaluation_weights={"brand": 2, "maturity": 1, "competitor_share": 1, "price": 1},
        payment_grades=(("A", 15), ("B", 12), ("C", 9)),
        ten_item_bands=(
            (Verdict.YES, Fraction(9, 2)),
            (Verdict.PROBABLY, Fraction(7, 2)),
            (Verdict.DOUBTFUL, Fraction(5, 2)),
        ),
    )
    with db.session() as s:
        scoring.save_params(s, params)
    with db.read() as s:
        assert scoring.load_params(s) == params
