"""Weighted pipeline and forecast sums on a hand-computed set of deals (today 2026-11-23)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.models import MonthlyTarget
from desktop.models.enums import ForecastCategory as F
from desktop.services.opportunities import pipeline
from desktop.services.opportunities.pipeline import Scope

from .conftest import TODAY

pytestmark = pytest.mark.both_engines


@pytest.fixture
def deals(db, make):
    acme = make.account("Acme")
    other = make.account("Other")
    ids = {
        "A1": make.opportunity(
            acme, "A1", amount=1000, stage="validate", decision=date(2026, 11, 30), owner="li"
        ),
        "A2": make.opportunity(
            acme,
            "A2",
            amount=2000,
            stage="shape",
            category=F.COMMIT,
            decision=date(2026, 12, 15),
            owner="li",
        ),
        "A3": make.opportunity(
            acme,
            "A3",
            amount=3000,
            stage="bid",
            override=80,
            category=F.BEST_CASE,
            decision=date(2026, 10, 10),
            owner="li",
        ),
        "A4": make.opportunity(
            acme,
            "A4",
            amount=500,
            stage="bid",
            category=F.OMITTED,
            decision=date(2026, 12, 1),
            owner="li",
        ),
        "A5": make.opportunity(
            acme,
            "A5",
            amount=4000,
            stage="won",
            category=F.WON,
            closed_on=date(2026, 11, 5),
            owner="li",
        ),
        "A6": make.opportunity(
            acme,
            "A6",
            amount=700,
            stage="lost",
            category=F.LOST,
            closed_on=date(2026, 11, 10),
            owner="li",
        ),
        "A7": make.opportunity(
            acme, "A7", amount="100.50", stage="negotiate", category=F.COMMIT, owner="li"
        ),
        "A8": make.opportunity(
            other, "A8", amount=10000, stage="shape", decision=date(2027, 12, 1), owner="wang"
        ),
    }
    with db.session() as s:
        for month, amount in (
            (date(2026, 11, 1), 5000),
            (date(2026, 12, 1), 3000),
            (date(2027, 1, 1), 2000),
        ):
            s.add(MonthlyTarget(owner="li", month=month, amount=Decimal(amount)))
    return acme, ids


def test_pipeline_by_stage_counts_open_deals_weighted_by_their_probability(db, deals) -> None:
    with db.read() as s:
        rows = {row.code: row for row in pipeline.pipeline_by_stage(s)}
    assert list(rows) == ["validate", "shape", "bid", "selected", "negotiate"]
    assert (rows["validate"].count, rows["validate"].amount, rows["validate"].weighted) == (
        1,
        Decimal("1000.00"),
        Decimal("250.00"),
    )
    assert (rows["shape"].count, rows["shape"].amount, rows["shape"].weighted) == (
        2,
        Decimal("12000.00"),
        Decimal("6000.00"),
    )
    # A3 uses its own 80 % instead of the stage's 60 %.
    assert (rows["bid"].count, rows["bid"].weighted) == (2, Decimal("2700.00"))
    # ... so the stage's weighted amount is not its amount at 60 %: the label says so
    assert rows["bid"].weighting_percent == 77  # 2,700 of 3,500
    assert rows["shape"].weighting_percent == rows["shape"].probability == 50
    assert rows["selected"].count == 0
    assert rows["negotiate"].weighted == Decimal("90.45")


def test_pipeline_by_stage_for_one_account(db, deals) -> None:
    acme, _ = deals
    with db.read() as s:
        rows = {row.code: row for row in pipeline.pipeline_by_stage(s, Scope(account_id=acme))}
    assert rows["shape"].amount == Decimal("2000.00")


def test_pipeline_by_owner(db, deals) -> None:
    with db.read() as s:
        owners = {row.owner: row for row in pipeline.pipeline_by_owner(s)}
    li, wang = owners["li"], owners["wang"]
    assert (li.count, li.amount, li.weighted) == (5, Decimal("6600.50"), Decimal("4040.45"))
    assert (li.commit, li.best_case) == (Decimal("2100.50"), Decimal("3000.00"))
    assert (wang.count, wang.weighted, wang.commit) == (1, Decimal("5000.00"), Decimal("0.00"))
    assert list(owners) == ["wang", "li"]  # largest weighted first


def test_twelve_month_forecast_against_targets(db, deals) -> None:
    with db.read() as s:
        months = pipeline.monthly_forecast(s, TODAY)
    assert [m.month for m in months][:3] == [date(2026, 11, 1), date(2026, 12, 1), date(2027, 1, 1)]
    assert len(months) == 12 and months[-1].month == date(2027, 10, 1)
    november, december, january = months[:3]
    # A1 (250) in pipeline; A3 is overdue and counts in the current month (best case 2400).
    assert (november.pipeline, november.best_case, november.commit) == (
        Decimal("250.00"),
        Decimal("2400.00"),
        Decimal("0.00"),
    )
    assert november.overdue == Decimal("2400.00")
    assert november.weighted == Decimal("2650.00")
    assert (november.won, november.target) == (Decimal("4000.00"), Decimal("5000.00"))
    assert (december.commit, december.target) == (Decimal("1000.00"), Decimal("3000.00"))
    assert december.weighted == Decimal("1000.00")  # A4 is omitted
    assert (january.weighted, january.target) == (Decimal("0.00"), Decimal("2000.00"))
    assert months[3].target is None
    # A7 has no date and A8 is beyond twelve months: in no month.
    assert sum(m.weighted for m in months) == Decimal("3650.00")


def test_pipeline_coverage_flags_below_the_minimum(db, deals) -> None:
    with db.read() as s:
        coverage = pipeline.pipeline_coverage(s, TODAY)
    assert (coverage.first, coverage.last) == (date(2026, 11, 1), date(2027, 1, 31))
    assert coverage.pipeline == Decimal("6000.00")  # A1 + A2 + A3 (overdue); not A4 (omitted)
    assert coverage.target == Decimal("10000.00")
    assert coverage.percent == Decimal("60.0")
    assert coverage.below


def test_coverage_settings_change_the_period_and_the_flag(db, deals) -> None:
    with db.session() as s:
        pipeline.COVERAGE.set(s, {"months": 1, "minimum": 50})
    with db.read() as s:
        coverage = pipeline.pipeline_coverage(s, TODAY)
    assert (coverage.pipeline, coverage.target, coverage.percent) == (
        Decimal("4000.00"),
        Decimal("5000.00"),
        Decimal("80.0"),
    )
    assert not coverage.below


def test_coverage_without_target_has_no_ratio(db, make) -> None:
    make.opportunity(make.account(), decision=TODAY)
    with db.read() as s:
        coverage = pipeline.pipeline_coverage(s, TODAY)
    assert coverage.percent is None and not coverage.below


def test_commit_versus_upside(db, deals) -> None:
    with db.read() as s:
        summary = pipeline.commit_vs_upside(s, TODAY)
    assert (summary.commit, summary.commit_count) == (Decimal("0.00"), 0)
    assert (summary.best_case, summary.best_case_count) == (Decimal("3000.00"), 1)
    assert (summary.commit_all, summary.best_case_all) == (Decimal("2100.50"), Decimal("3000.00"))
    assert (summary.won, summary.target) == (Decimal("4000.00"), Decimal("5000.00"))


def test_win_loss_with_reasons(db, deals, make) -> None:
    with db.read() as s:
        result = pipeline.win_loss(s, date(2026, 11, 1), date(2026, 11, 30))
    assert [(d.name, d.won, d.amount) for d in result.deals] == [  # newest first
        ("A6", False, Decimal("700.00")),
        ("A5", True, Decimal("4000.00")),
    ]
    with db.read() as s:
        empty = pipeline.win_loss(s, date(2025, 1, 1), date(2025, 1, 31))
    assert empty.deals == ()


def test_month_helpers() -> None:
    assert pipeline.month_start(date(2026, 11, 23), 2) == date(2027, 1, 1)
    assert pipeline.month_start(date(2026, 1, 5), -1) == date(2025, 12, 1)
    assert pipeline.month_end(date(2028, 2, 10)) == date(2028, 2, 29)
