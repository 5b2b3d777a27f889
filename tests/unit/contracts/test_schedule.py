"""Due dates from triggers, recomputed whenever a trigger's event changes; the terms check."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from desktop.models import Contract, PaymentMilestone
from desktop.models.enums import AcceptanceKind, CustomerClass, DueRule, MilestoneTrigger
from desktop.services.contracts.data import AcceptanceData, AmendmentData, DeliveryData
from desktop.services.contracts.detail import contract_detail
from desktop.services.contracts.parts import Part
from desktop.services.contracts.schedule import (
    MilestoneTerms,
    TriggerEvents,
    due_date,
    percent_amount,
    terms_problems,
    trigger_date,
)

from .conftest import fixed, milestone

EVENTS = TriggerEvents(
    signed_on=date(2026, 1, 10),
    last_arrival=date(2026, 3, 2),
    initial_acceptance=date(2026, 4, 1),
    final_acceptance=date(2026, 7, 31),
    warranty_months=7,
)


@pytest.mark.parametrize(
    ("trigger", "expected"),
    [
        (MilestoneTrigger.SIGNING, date(2026, 1, 10)),
        (MilestoneTrigger.DELIVERY, date(2026, 3, 2)),
        (MilestoneTrigger.ACCEPTANCE, date(2026, 4, 1)),
        (MilestoneTrigger.FINAL_ACCEPTANCE, date(2026, 7, 31)),
        (MilestoneTrigger.WARRANTY_END, date(2027, 2, 28)),  # 31 Jul + 7 months
        (MilestoneTrigger.FIXED_DATE, date(2026, 5, 5)),
    ],
)
def test_trigger_dates(trigger, expected):
    assert trigger_date(trigger, EVENTS, date(2026, 5, 5)) == expected


def test_triggers_that_did_not_happen_give_no_date():
    nothing = TriggerEvents()
    for trigger in MilestoneTrigger:
        assert trigger_date(trigger, nothing, None) is None
    only_final = TriggerEvents(final_acceptance=date(2026, 7, 31))
    assert trigger_date(MilestoneTrigger.ACCEPTANCE, only_final, None) == date(2026, 7, 31)
    assert trigger_date(MilestoneTrigger.WARRANTY_END, only_final, None) is None


def test_due_dates():
    assert due_date(DueRule.DAYS_AFTER, 30, None, date(2026, 1, 10)) == date(2026, 2, 9)
    assert due_date(DueRule.DAYS_AFTER, 0, None, date(2026, 1, 10)) == date(2026, 1, 10)
    assert due_date(DueRule.DAYS_AFTER, 30, None, None) is None
    assert due_date(DueRule.FIXED_DATE, 30, date(2026, 6, 30), None) == date(2026, 6, 30)


def test_percentages_round_to_the_cent():
    assert percent_amount(Decimal("33.33"), Decimal("1000.00")) == Decimal("333.30")
    assert percent_amount(Decimal("12.5"), Decimal("0.99")) == Decimal("0.12")


def test_terms_are_closed_when_every_milestone_has_a_date_rule_and_they_add_up():
    terms = [
        MilestoneTerms("advance", Decimal(300), MilestoneTrigger.SIGNING, DueRule.DAYS_AFTER, None),
        MilestoneTerms("rest", Decimal(700), MilestoneTrigger.FIXED_DATE, DueRule.FIXED_DATE, None),
    ]
    problems = [p.render() for p in terms_problems(Decimal(1100), terms)]
    assert problems == [
        "Milestone rest has no fixed date.",
        "The milestones add up to 100 less than the total 1100.",
    ]
    over = [p.render() for p in terms_problems(Decimal(900), terms[:1] * 4)]
    assert over == ["The milestones add up to 300 more than the total 900."]
    assert [p.render() for p in terms_problems(Decimal(1), [])] == [
        "The contract has no payment milestones."
    ]


def _milestones(db, contract_id):
    with db.read() as s:
        return {
            m.name: m for m in s.query(PaymentMilestone).filter_by(contract_id=contract_id).all()
        }


def _header(db, contract_id):
    with db.read() as s:
        return contract_detail(s, contract_id, date(2026, 11, 23)).header


def test_due_dates_follow_every_event_in_the_same_transaction(db, service, make_contract):
    contract = make_contract(
        amount="1000000",
        signed_on=date(2026, 1, 10),
        warranty_months=12,
        customer_class=CustomerClass.IN_SYSTEM,
        milestones=[
            milestone("advance", 30, MilestoneTrigger.SIGNING, 30),
            milestone("delivery", 30, MilestoneTrigger.DELIVERY, 15),
            milestone("acceptance", 30, MilestoneTrigger.ACCEPTANCE, 30),
            milestone("retention", 10, MilestoneTrigger.WARRANTY_END, 30),
        ],
    )
    m = _milestones(db, contract)
    assert m["advance"].due_on == date(2026, 2, 9)
    assert m["advance"].amount == Decimal("300000.00")
    assert m["delivery"].due_on is None and m["retention"].due_on is None

    # The signing date moves: the advance moves with it.
    service.update_contract(
        contract, replace(_header(db, contract).data(), signed_on=date(2026, 1, 20))
    )
    assert _milestones(db, contract)["advance"].due_on == date(2026, 2, 19)

    # Two lines arrive on different days: the last arrival triggers "delivery".
    shipped = date(2026, 3, 1)
    first = service.save_part(
        contract, None, DeliveryData("servers", shipped_on=shipped, arrived_on=date(2026, 3, 3))
    )
    service.save_part(
        contract, None, DeliveryData("racks", shipped_on=shipped, arrived_on=date(2026, 3, 9))
    )
    assert _milestones(db, contract)["delivery"].due_on == date(2026, 3, 24)
    service.save_part(
        contract,
        first.record_id,
        DeliveryData("servers", shipped_on=shipped, arrived_on=date(2026, 3, 12)),
    )
    assert _milestones(db, contract)["delivery"].trigger_on == date(2026, 3, 12)

    # Initial and final acceptance, then the warranty months change.
    service.save_part(contract, None, AcceptanceData(AcceptanceKind.INITIAL, date(2026, 4, 1)))
    final = service.save_part(
        contract, None, AcceptanceData(AcceptanceKind.FINAL, date(2026, 6, 30))
    )
    m = _milestones(db, contract)
    assert m["acceptance"].due_on == date(2026, 5, 1)
    assert m["retention"].trigger_on == date(2027, 6, 30)
    assert m["retention"].due_on == date(2027, 7, 30)
    service.update_contract(contract, replace(_header(db, contract).data(), warranty_months=24))
    assert _milestones(db, contract)["retention"].due_on == date(2028, 7, 30)
    service.delete_part(Part.ACCEPTANCE, final.record_id)
    assert _milestones(db, contract)["retention"].due_on is None


def test_a_new_contract_amount_rescales_the_percentages(db, service, make_contract):
    contract = make_contract(
        amount="1000",
        milestones=[milestone("a", 30), milestone("b", 70), fixed("c", "5", date(2026, 12, 1))],
    )
    service.update_contract(contract, replace(_header(db, contract).data(), amount=Decimal(2000)))
    m = _milestones(db, contract)
    assert (m["a"].amount, m["b"].amount, m["c"].amount) == (
        Decimal(600),
        Decimal(1400),
        Decimal(5),
    )


def test_terms_closed_is_kept_up_to_date(db, service, make_contract):
    contract = make_contract(amount="1000", milestones=[fixed("all", "1000", date(2026, 12, 1))])
    with db.read() as s:
        assert s.get(Contract, contract).terms_closed
    service.save_part(contract, None, AmendmentData(date(2026, 2, 1), "more", Decimal("50")))
    with db.read() as s:
        assert not s.get(Contract, contract).terms_closed
    service.save_part(contract, None, fixed("amendment", "50", date(2026, 12, 1)))
    with db.read() as s:
        assert s.get(Contract, contract).terms_closed
