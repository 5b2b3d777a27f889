"""Receivables from the database: claims with their ladder and clock, headline figures,
collected vs due by month — each in a fixed number of queries."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from desktop.models.enums import AcceptanceKind, CollectionStep, CustomerClass
from desktop.services.contracts.claims import load_claims
from desktop.services.contracts.data import (
    AcceptanceData,
    CollectionActionData,
    PaymentData,
)
from desktop.services.contracts.limitation import (
    LIMITATION_INSTALMENTS,
    Level,
    Restart,
)
from desktop.services.contracts.receivables import (
    claim_policy,
    limitation_alerts,
    monthly_collection,
    overdue_claims,
    receivables_summary,
)
from desktop.services.messages import UserError

from .conftest import QueryCounter, fixed

pytestmark = pytest.mark.both_engines

D = Decimal
TODAY = date(2026, 11, 23)


@pytest.fixture
def contract(make_contract):
    return make_contract(
        amount="1000",
        customer_class=CustomerClass.IN_SYSTEM,
        milestones=[
            fixed("old", "300", date(2023, 12, 1)),
            fixed("recent", "500", date(2026, 10, 1)),
            fixed("future", "200", date(2027, 1, 1)),
        ],
    )


def _claims(db, **kwargs):
    with db.read() as s:
        return {c.milestone: c for c in overdue_claims(s, TODAY, claim_policy(s), **kwargs)}


def test_overdue_claims_with_ladder_and_clock(db, service, contract):
    claims = _claims(db)
    assert list(claims) == ["old", "recent"]  # oldest first; "future" is not due
    old = claims["old"]
    assert (old.days_overdue, old.bucket, old.outstanding) == (1088, 4, D(300))  # over 365 days
    assert old.limitation.expires_on == date(2026, 12, 1)
    assert old.limitation.level is Level.URGENT and old.limitation.days_left == 8
    assert old.ladder.next_step is CollectionStep.REMINDER_CALL and old.ladder.next_due
    recent = claims["recent"]
    assert recent.days_overdue == 53 and recent.bucket == 1
    assert recent.ladder.next_step is CollectionStep.REMINDER_CALL


def test_a_signed_reconciliation_letter_restarts_the_clock_and_climbs_the_ladder(
    db, service, contract
):
    old = _claims(db)["old"].milestone_id
    service.save_part(
        contract,
        None,
        CollectionActionData(old, CollectionStep.REMINDER_CALL, date(2026, 11, 2)),
    )
    claim = _claims(db)["old"]
    assert claim.limitation.restart is Restart.DUE  # a call proves nothing
    assert claim.ladder.highest is CollectionStep.REMINDER_CALL
    assert claim.ladder.next_step is CollectionStep.RECONCILIATION_LETTER
    service.save_part(
        contract,
        None,
        CollectionActionData(
            old, CollectionStep.RECONCILIATION_LETTER, date(2026, 11, 20), acknowledged=True
        ),
    )
    claim = _claims(db)["old"]
    assert claim.limitation.restart is Restart.ACKNOWLEDGED_STEP
    assert claim.limitation.step is CollectionStep.RECONCILIATION_LETTER
    assert claim.limitation.expires_on == date(2029, 11, 20)
    assert claim.limitation.level is Level.RUNNING
    assert claim.ladder.last_on == date(2026, 11, 20)


def test_a_step_acknowledging_the_whole_open_balance_restarts_every_open_milestone(
    db, service, contract
):
    old, recent = (_claims(db)[name].milestone_id for name in ("old", "recent"))
    letter = CollectionActionData(
        recent, CollectionStep.RECONCILIATION_LETTER, date(2026, 11, 20), acknowledged=True
    )
    service.save_part(contract, None, letter)
    claims = _claims(db)
    assert claims["recent"].limitation.restart is Restart.ACKNOWLEDGED_STEP
    assert claims["old"].limitation.restart is Restart.DUE  # only its own milestone
    edit = service.save_part(contract, None, replace(letter, covers_contract=True))
    claims = _claims(db)
    for name in ("old", "recent"):
        assert claims[name].limitation.restart is Restart.ACKNOWLEDGED_STEP
        assert claims[name].limitation.expires_on == date(2029, 11, 20)
    assert claims["old"].ladder.highest is None  # the ladder stays the milestone's own
    assert claims["old"].milestone_id == old
    # A milestone not yet due has no clock to restart
    with db.read() as s:
        future = load_claims(s, TODAY, claim_policy(s), contract_id=contract)[-1]
    assert future.milestone == "future" and future.limitation.level is Level.NOT_STARTED
    # Covering the whole balance needs a written acknowledgement
    with pytest.raises(UserError, match="Whole open balance"):
        service.save_part(
            contract, edit.record_id, replace(letter, acknowledged=False, covers_contract=True)
        )


def test_a_partial_payment_and_an_acceptance_certificate_restart_the_clock(db, service, contract):
    service.save_part(contract, None, PaymentData(date(2026, 2, 1), D(100)))
    claim = _claims(db)["old"]
    assert claim.paid == D(100) and claim.outstanding == D(200)
    assert (claim.limitation.restart, claim.limitation.runs_from) == (
        Restart.PAYMENT,
        date(2026, 2, 1),
    )
    service.save_part(contract, None, AcceptanceData(AcceptanceKind.FINAL, date(2026, 5, 5)))
    claim = _claims(db)["old"]
    assert (claim.limitation.restart, claim.limitation.expires_on) == (
        Restart.ACCEPTANCE,
        date(2029, 5, 5),
    )
    # An arrival receipt is not an acceptance certificate.
    service.save_part(contract, None, AcceptanceData(AcceptanceKind.ARRIVAL, date(2026, 6, 6)))
    assert _claims(db)["old"].limitation.runs_from == date(2026, 5, 5)


def test_litigation_interrupts_the_clock(db, service, contract):
    old = _claims(db)["old"].milestone_id
    service.save_part(
        contract, None, CollectionActionData(old, CollectionStep.LITIGATION, date(2026, 11, 15))
    )
    claim = _claims(db)["old"]
    assert claim.limitation.level is Level.INTERRUPTED
    assert claim.ladder.next_step is None


def test_instalments_run_from_the_last_due_date(db, service, contract):
    with db.session() as s:
        LIMITATION_INSTALMENTS.set(s, True)
    claims = _claims(db)
    # The last instalment is due on 1 Jan 2027, after today: no clock runs yet.
    assert claims["old"].limitation.level is Level.NOT_STARTED
    with db.read() as s:
        alerts = limitation_alerts(s, TODAY, claim_policy(s))
    assert alerts == []


def test_limitation_alerts(db, service, contract):
    with db.read() as s:
        alerts = limitation_alerts(s, TODAY, claim_policy(s))
    assert [a.milestone for a in alerts] == ["old"]


def test_summary_and_months(db, service, contract, make_contract):
    service.save_part(contract, None, PaymentData(date(2026, 10, 20), D(400)))
    make_contract("HT-2", amount="50", milestones=[fixed("x", "50", date(2026, 11, 23))])
    with db.read() as s:
        summary = receivables_summary(s, TODAY)
        months = monthly_collection(s, TODAY, months_back=2, months_ahead=2)
    assert summary.contracts == 2
    assert (summary.value, summary.received, summary.outstanding) == (D(1050), D(400), D(650))
    # 400 settled "old" (300) and 100 of "recent"; "x" is due today, not overdue.
    assert (summary.due, summary.overdue, summary.overdue_milestones) == (D(450), D(400), 1)
    assert [(m.month, m.due, m.collected) for m in months] == [
        (date(2026, 9, 1), D(0), D(0)),
        (date(2026, 10, 1), D(500), D(400)),
        (date(2026, 11, 1), D(50), D(0)),
        (date(2026, 12, 1), D(0), D(0)),
        (date(2027, 1, 1), D(200), D(0)),
    ]


def test_a_fixed_number_of_queries_whatever_the_number_of_contracts(
    db, service, make_contract, contract
):
    def run() -> int:
        with QueryCounter(db) as counter, db.read() as s:
            policy = claim_policy(s)
            overdue_claims(s, TODAY, policy)
            limitation_alerts(s, TODAY, policy)
            receivables_summary(s, TODAY)
            monthly_collection(s, TODAY)
        return counter.count

    few = run()
    for number in range(2, 8):
        make_contract(f"HT-{number}", amount="10", milestones=[fixed("x", "10", date(2026, 1, 1))])
    assert run() == few
