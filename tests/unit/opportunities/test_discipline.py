"""Forecast discipline on hand-made deals and their stage history (today 2026-11-23):
each figure of docs/forecast-discipline.md against numbers worked out by hand."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.models import (
    Amendment,
    ChangeEntry,
    Competitor,
    Contract,
    DeliveryLine,
    Opportunity,
    Payment,
    StageChange,
)
from desktop.models.enums import ContractStatus, ForecastCategory, OrderPriority
from desktop.services.opportunities import discipline, order_priority, slips
from desktop.services.opportunities.deals import OpportunityService
from desktop.services.stages import stages_by_code

from .conftest import TODAY

pytestmark = pytest.mark.both_engines


def deal(db, make, account, name, entered, *path, **more) -> int:
    """A deal that entered the first stage on ``entered`` and then moved along ``path``,
    (day, stage code) pairs, ending where the path ends."""
    deal_id = make.opportunity(account, name, entered=entered, **more)
    with db.session() as s:
        stages = stages_by_code(s)
        opportunity = s.get_one(Opportunity, deal_id)
        for day, code in path:
            s.add(
                StageChange(
                    opportunity_id=deal_id,
                    to_stage_id=stages[code].id,
                    changed_at=datetime.combine(day, datetime.min.time()),
                )
            )
            opportunity.stage_id, opportunity.stage_entered_on = stages[code].id, day
            if code in ("won", "lost"):
                opportunity.closed_on = day
                opportunity.forecast_category = ForecastCategory(code)
    return deal_id


def test_growth_is_the_open_amount_at_each_month_end_from_the_stage_history(db, make) -> None:
    account = make.account()
    # 1000 open since August; 500 opened in October; 300 opened in September, won in November
    deal(db, make, account, "Old", date(2026, 8, 10), amount=1000)
    deal(db, make, account, "New", date(2026, 10, 5), amount=500)
    deal(db, make, account, "Won", date(2026, 9, 1), (date(2026, 11, 2), "won"), amount=300)

    with db.read() as s:
        g = discipline.growth(s, TODAY, months=3)
    assert [(p.day, p.amount) for p in g.points] == [
        (date(2026, 8, 31), Decimal("1000.00")),
        (date(2026, 9, 30), Decimal("1300.00")),
        (date(2026, 10, 31), Decimal("1800.00")),
        (TODAY, Decimal("1500.00")),
    ]
    # The band judges the last complete month: October, 1300 → 1800 = +38.5 %.
    assert [p.growth for p in g.points] == [
        None,  # nothing was open at the end of July
        Decimal("30.0"),
        Decimal("38.5"),
        Decimal("-16.7"),
    ]
    assert g.percent == Decimal("38.5")
    assert g.flagged


def test_growth_within_the_band_is_not_flagged_and_no_history_is_no_figure(db, make) -> None:
    with db.read() as s:
        empty = discipline.growth(s, TODAY)
    assert empty.percent is None and not empty.flagged
    account = make.account()
    deal(db, make, account, "A", date(2026, 9, 15), amount=1000)
    deal(db, make, account, "B", date(2026, 10, 20), amount=80)
    with db.read() as s:
        g = discipline.growth(s, TODAY)
    assert g.percent == Decimal("8.0") and not g.flagged


def contract(db, account, amount, signed, *, status=ContractStatus.ACTIVE, opportunity=None):
    with db.session() as s:
        c = Contract(
            account_id=account,
            opportunity_id=opportunity,
            number=f"C-{amount}-{signed}",
            amount=Decimal(amount),
            signed_on=signed,
            status=status,
        )
        s.add(c)
        s.flush()
        return c.id


def delivery(db, contract_id, planned, arrived=None) -> None:
    with db.session() as s:
        s.add(
            DeliveryLine(
                contract_id=contract_id, item="Servers", planned_on=planned, arrived_on=arrived
            )
        )


def test_booked_not_delivered_counts_contracts_with_a_delivery_due_and_not_arrived(
    db, make
) -> None:
    account = make.account()
    late = contract(db, account, 100, date(2026, 3, 1))
    delivery(db, late, date(2026, 6, 1), date(2026, 6, 3))
    delivery(db, late, date(2026, 11, 1))  # due, not arrived: not delivered
    on_time = contract(db, account, 800, date(2026, 5, 1))
    delivery(db, on_time, date(2026, 12, 10))  # not due yet
    contract(db, account, 100, date(2026, 9, 1))  # no delivery plan: booked, not judged
    contract(db, account, 5000, date(2025, 10, 1))  # signed more than a year ago
    contract(db, account, 7000, date(2026, 2, 1), status=ContractStatus.TERMINATED)

    with db.read() as s:
        u = discipline.undelivered(s, TODAY)
    assert (u.booked, u.booked_count, u.undelivered, u.undelivered_count, u.without_plan) == (
        Decimal("1000.00"),
        3,
        Decimal("100.00"),
        1,
        1,
    )
    assert u.percent == Decimal("10.0") and u.flagged  # above 5 %


def test_funnel_counts_the_share_that_reached_each_stage_against_the_rule(db, make) -> None:
    account = make.account()
    start = date(2026, 1, 5)
    for n in range(4):  # four stay in the first stage
        deal(db, make, account, f"Early {n}", start)
    deal(db, make, account, "Shaped", start, (date(2026, 2, 1), "shape"))
    deal(db, make, account, "Skipped to bid", start, (date(2026, 2, 1), "bid"))  # passed "shape"
    deal(
        db,
        make,
        account,
        "Lost at bid",
        start,
        (date(2026, 2, 1), "bid"),
        (date(2026, 3, 1), "lost"),
    )
    deal(
        db, make, account, "Won", start, (date(2026, 2, 1), "negotiate"), (date(2026, 3, 1), "won")
    )

    with db.read() as s:
        steps = discipline.funnel(s)
    assert [(s.name_en, s.reached, s.share, s.rule) for s in steps] == [
        ("Validate opportunity", 8, Decimal("100.0"), Decimal("100.0")),
        ("Shape the customer", 4, Decimal("50.0"), Decimal("70.0")),
        ("Solution and bid", 3, Decimal("37.5"), Decimal("46.0")),
        ("Customer chose us", 1, Decimal("12.5"), Decimal("34.0")),
        ("Negotiate and sign", 1, Decimal("12.5"), Decimal("22.0")),
        ("Won (order)", 1, Decimal("12.5"), Decimal("10.0")),
    ]
    assert [s.below for s in steps] == [False, True, True, True, True, False]


def test_rule_share_spreads_10_5_3_1_over_any_number_of_stages() -> None:
    assert [discipline.rule_share(n, 4) for n in range(4)] == [100, 50, 30, 10]
    assert [discipline.rule_share(n, 7) for n in range(7)] == [100, 75, 50, 40, 30, 20, 10]


def test_time_in_stage_and_the_deals_stuck_far_longer_than_usual(db, make) -> None:
    account = make.account()
    # history: two deals spent 10 and 20 days in "validate" (average 15, stuck beyond 30)
    for name, days in (("Fast", 10), ("Slow", 20)):
        deal(db, make, account, name, date(2026, 6, 1), (date(2026, 6, 1 + days), "shape"))
    deal(db, make, account, "Stuck", date(2026, 10, 1))  # 53 days
    deal(db, make, account, "Fine", date(2026, 11, 3))  # 20 days

    with db.read() as s:
        times, stuck = discipline.time_in_stage(s, TODAY)
    validate, shape = times[0], times[1]
    assert (validate.open_count, validate.current_days, validate.past_days, validate.limit) == (
        2,
        Decimal("36.5"),
        Decimal("15.0"),
        30,
    )
    # nothing ever left "shape": the fixed limit of 90 days applies
    assert (shape.open_count, shape.current_days, shape.past_days, shape.limit) == (
        2,
        Decimal("160.0"),
        None,
        discipline.STUCK_DAYS,
    )
    assert [(d.name, d.days, d.limit) for d in stuck] == [
        ("Fast", 165, 90),
        ("Slow", 155, 90),
        ("Stuck", 53, 30),
    ]


def test_editing_the_decision_date_later_counts_a_slip_and_keeps_the_first_date(db, make) -> None:
    account = make.account()
    service = OpportunityService(db)
    deal_id = make.opportunity(account, "Core", decision=date(2026, 12, 1))
    facts = service.detail(deal_id).facts
    for day in (date(2027, 1, 15), date(2026, 12, 20), date(2027, 3, 1)):
        facts = replace(facts, expected_decision_date=day)
        service.save_facts(deal_id, facts)
    service.save_facts(deal_id, replace(facts, description="same date"))
    detail = service.detail(deal_id)
    # later, earlier, later: two slips; the first date is the one held before the first edit
    assert (detail.first_decision_date, detail.slip_count) == (date(2026, 12, 1), 2)
    with db.read() as s:
        found = slips.slipped(s)
    assert [(d.name, d.first, d.expected, d.count, d.days, d.from_log) for d in found] == [
        ("Core", date(2026, 12, 1), date(2027, 3, 1), 2, 90, False)
    ]


def test_slips_before_the_columns_existed_are_read_back_from_the_change_log(db, make) -> None:
    account = make.account()
    deal_id = make.opportunity(account, "Legacy", decision=date(2027, 2, 1))
    with db.session() as s:
        uuid = s.get_one(Opportunity, deal_id).uuid
        for n, (old, new) in enumerate(
            (
                ("2026-10-01", "2026-12-01"),
                ("2026-12-01", "2026-11-15"),
                ("2026-11-15", "2027-02-01"),
            )
        ):
            s.add(
                ChangeEntry(
                    record_uuid=uuid,
                    kind="opportunity",
                    action="CHANGED",
                    field="expected_decision_date",
                    old_value=old,
                    new_value=new,
                    changed_at=datetime(2026, 9 + n, 1),
                )
            )
    with db.read() as s:
        found = slips.slipped(s)
    assert [(d.first, d.count, d.from_log) for d in found] == [(date(2026, 10, 1), 2, True)]
    # the next edit records them for good, continuing from the log
    service = OpportunityService(db)
    facts = service.detail(deal_id).facts
    service.save_facts(deal_id, replace(facts, expected_decision_date=date(2027, 4, 1)))
    detail = service.detail(deal_id)
    assert (detail.first_decision_date, detail.slip_count) == (date(2026, 10, 1), 3)


def test_next_slip_rules() -> None:
    d = date
    assert slips.next_slip(None, 0, None, d(2027, 1, 1)) == (d(2027, 1, 1), 0)
    assert slips.next_slip(None, 0, d(2027, 1, 1), d(2027, 2, 1)) == (d(2027, 1, 1), 1)
    assert slips.next_slip(d(2026, 1, 1), 3, d(2027, 2, 1), d(2027, 1, 1)) == (d(2026, 1, 1), 3)
    assert slips.next_slip(d(2026, 1, 1), 3, d(2027, 2, 1), None) == (d(2026, 1, 1), 3)


def test_win_rate_by_score_band_competitor_and_stage_reached(db, make) -> None:
    account = make.account()
    start = date(2026, 1, 5)
    feb, mar = date(2026, 2, 1), date(2026, 3, 1)
    won_high = deal(db, make, account, "Won high", start, (feb, "negotiate"), (mar, "won"))
    lost_high = deal(db, make, account, "Lost high", start, (feb, "bid"), (mar, "lost"))
    lost_low = deal(db, make, account, "Lost low", start, (mar, "lost"))
    deal(db, make, account, "Won unscored", start, (mar, "won"))
    deal(db, make, account, "Open", start, (feb, "bid"))  # not closed: not counted
    with db.session() as s:
        for deal_id, score in ((won_high, 14), (lost_high, 15), (lost_low, 6)):
            s.get_one(Opportunity, deal_id).score = score
        for deal_id, name in (
            (won_high, "Huarui"),
            (lost_high, " huarui "),
            (lost_low, "Boyuan"),
            (lost_high, "Boyuan"),
        ):
            s.add(Competitor(opportunity_id=deal_id, name=name))

    with db.read() as s:
        a = discipline.win_loss_analysis(s)
    assert (a.closed, a.won, a.rate) == (4, 2, Decimal("50.0"))
    bands = [(r.closed, r.won, r.predicted) for r in a.by_score]
    # 4–7: one lost (6 points → 19 %); 14–16: one won of two (14 → 76 %, 15 → 83 %)
    assert bands == [(1, 0, 19), (0, 0, None), (0, 0, None), (2, 1, 80), (1, 1, None)]
    assert [(r.label, r.closed, r.won, r.rate) for r in a.by_competitor] == [
        ("Boyuan", 2, 0, Decimal("0.0")),
        ("Huarui", 2, 1, Decimal("50.0")),
    ]
    assert [(en, r.closed, r.won) for en, _zh, r in a.by_stage] == [
        ("Validate opportunity", 4, 2),
        ("Shape the customer", 3, 2),
        ("Solution and bid", 3, 2),
        ("Customer chose us", 2, 2),
        ("Negotiate and sign", 2, 2),
    ]


def test_order_priority_suggested_from_contract_payments_and_delivery_dates(db, make) -> None:
    account = make.account()
    names = ("paid, dated", "paid, undated", "part paid", "won, no contract", "open")
    ids = {
        name: deal(
            db,
            make,
            account,
            name,
            date(2026, 1, 5),
            (date(2026, 2, 1), "bid" if name == "open" else "won"),
        )
        for name in names
    }
    for name, paid, planned in (
        ("paid, dated", 1000, date(2026, 12, 1)),
        ("paid, undated", 1000, None),
        ("part paid", 400, date(2026, 12, 1)),
    ):
        c = contract(db, account, 900, date(2026, 2, 1), opportunity=ids[name])
        delivery(db, c, planned)
        with db.session() as s:
            s.add(Amendment(contract_id=c, amount_delta=Decimal(100)))
            s.add(Payment(contract_id=c, received_on=date(2026, 3, 1), amount=Decimal(paid)))
    with db.read() as s:
        found = order_priority.suggested(s, list(ids.values()))
    assert {name: found.get(ids[name]) for name in names} == {
        "paid, dated": OrderPriority.A,
        "paid, undated": OrderPriority.C,
        "part paid": OrderPriority.B,
        "won, no contract": OrderPriority.B,
        "open": None,
    }
    assert OpportunityService(db).detail(ids["part paid"]).suggested_priority is OrderPriority.B


def test_the_fact_sheet_saves_the_order_priority(db, make) -> None:
    account = make.account()
    service = OpportunityService(db)
    deal_id = make.opportunity(account)
    facts = replace(service.detail(deal_id).facts, order_priority=OrderPriority.D)
    service.save_facts(deal_id, facts)
    assert service.detail(deal_id).facts.order_priority is OrderPriority.D
    with db.read() as s:
        assert s.scalar(select(Opportunity.order_priority)) is OrderPriority.D


def test_priority_suggestions_for_more_deals_than_one_round_asks_about(
    demo_db, monkeypatch
) -> None:
    """The summary asks about every deal of a book: the ids go in rounds, none is lost."""
    from desktop.services.opportunities import order_priority

    with demo_db.read() as s:
        whole = order_priority.suggested(s, list(range(1, 2000)))
    monkeypatch.setattr(order_priority, "CHUNK", 3)
    with demo_db.read() as s:
        known = order_priority.suggested(s, list(range(1, 2000)))
    assert known and known == whole  # the sample book has won deals and contracts
