"""Payments settle milestones oldest due first; a hand-made split overrides it."""

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.models import PaymentAllocation
from desktop.services.contracts.allocation import (
    IncomingPayment,
    OpenMilestone,
    allocate,
)
from desktop.services.contracts.data import PaymentData
from desktop.services.contracts.detail import contract_detail
from desktop.services.contracts.parts import Part
from desktop.services.messages import UserError

from .conftest import fixed

D = Decimal
A = OpenMilestone(1, D(300), date(2026, 2, 1), 0)
B = OpenMilestone(2, D(600), date(2026, 1, 15), 1)  # due before A although listed after it
C = OpenMilestone(3, D(100), None, 2)  # not due yet
E = OpenMilestone(4, D(50), None, 3)


def test_oldest_due_first_then_not_yet_due_in_contract_order():
    result = allocate([A, B, E, C], [IncomingPayment(10, D(1000), date(2026, 3, 1))], {})
    assert result == {(10, 2): D(600), (10, 1): D(300), (10, 3): D(100)}


def test_payments_settle_by_date_received_not_by_id_and_partial_amounts():
    # Payment 10 was recorded first but received after payment 11.
    payments = [
        IncomingPayment(10, D(500), date(2026, 3, 5)),
        IncomingPayment(11, D(200), date(2026, 3, 1)),
    ]
    result = allocate([A, B], payments, {})
    assert result == {(11, 2): D(200), (10, 2): D(400), (10, 1): D(100)}


def test_an_overpayment_stays_unallocated():
    result = allocate([A], [IncomingPayment(10, D(1000), date(2026, 3, 1))], {})
    assert result == {(10, 1): D(300)}


def test_manual_allocations_are_kept_and_worked_around():
    manual = {(10, 1): D(250)}  # payment 10 goes to A by hand (B is older)
    payments = [
        IncomingPayment(10, D(300), date(2026, 3, 1)),
        IncomingPayment(11, D(700), date(2026, 3, 2)),
    ]
    result = allocate([A, B], payments, manual)
    # Payment 10 takes no automatic share; payment 11 settles B, then A's remaining 50.
    assert result == {(11, 2): D(600), (11, 1): D(50)}


@pytest.fixture
def contract(make_contract):
    return make_contract(
        amount="1000",
        milestones=[
            fixed("late", "300", date(2026, 6, 1)),
            fixed("early", "700", date(2026, 3, 1)),
        ],
    )


def _detail(db, contract_id):
    with db.read() as s:
        return contract_detail(s, contract_id, date(2026, 11, 23))


def _paid(db, contract_id):
    return {m.name: m.paid for m in _detail(db, contract_id).milestones}


def test_recording_payments_allocates_and_keeps_allocation_records(db, service, contract):
    first = service.save_part(contract, None, PaymentData(date(2026, 4, 1), D(500)))
    assert _paid(db, contract) == {"late": D(0), "early": D(500)}
    with db.read() as s:
        uuids = set(s.scalars(select(PaymentAllocation.uuid)))
    service.save_part(contract, None, PaymentData(date(2026, 5, 1), D(400)))
    assert _paid(db, contract) == {"late": D(200), "early": D(700)}
    with db.read() as s:
        assert uuids <= set(s.scalars(select(PaymentAllocation.uuid)))
    payment = _detail(db, contract).payments[0]
    assert payment.allocations[0].milestone == "early" and not payment.by_hand
    service.delete_part(Part.PAYMENT, first.record_id)
    assert _paid(db, contract) == {"late": D(0), "early": D(400)}


def test_a_payment_entered_late_settles_before_later_ones(db, service, contract):
    """Entered in the wrong order (the later payment first, so its id is lower): the one
    received first still settles the oldest milestone."""
    service.save_part(contract, None, PaymentData(date(2026, 5, 1), D(500)))
    service.save_part(contract, None, PaymentData(date(2026, 4, 1), D(600)))
    allocations = {
        p.received_on: {a.milestone: a.amount for a in p.allocations}
        for p in _detail(db, contract).payments
    }
    assert allocations == {
        date(2026, 4, 1): {"early": D(600)},
        date(2026, 5, 1): {"early": D(100), "late": D(300)},
    }


def test_a_payment_above_the_open_balance_is_asked_about_with_where_the_excess_goes(
    db, service, contract
):
    first = service.save_part(contract, None, PaymentData(date(2026, 4, 1), D(600)))
    assert service.payment_excess(contract, None, D(400)) is None  # exactly the balance
    question = service.payment_excess(contract, None, D(5400))
    assert question is not None
    assert question.render().startswith(
        "This payment is 5000.00 more than the contract's open balance of 400.00: the excess "
        "will stay unallocated"
    )
    # Editing the first payment: its own share does not count against it.
    assert service.payment_excess(contract, first.record_id, D(1000)) is None
    assert "100.00 more" in service.payment_excess(contract, first.record_id, D(1100)).render()
    # What the question says is what happens: the excess stays unallocated.
    service.save_part(contract, None, PaymentData(date(2026, 5, 1), D(5400)))
    assert [p.unallocated for p in _detail(db, contract).payments] == [D(0), D(5000)]


def test_split_by_hand_then_back_to_automatic(db, service, contract):
    payment = service.save_part(contract, None, PaymentData(date(2026, 4, 1), D(500))).record_id
    detail = _detail(db, contract)
    ids = {m.name: m.id for m in detail.milestones}
    service.allocate_by_hand(payment, {ids["late"]: D(300), ids["early"]: D(100)})
    row = _detail(db, contract).payments[0]
    assert row.by_hand and row.unallocated == D(100)
    assert _paid(db, contract) == {"late": D(300), "early": D(100)}
    # A second payment is allocated around the hand-made split.
    service.save_part(contract, None, PaymentData(date(2026, 5, 1), D(650)))
    assert _paid(db, contract) == {"late": D(300), "early": D(700)}
    service.allocate_automatically(payment)
    # Oldest due first again: the first payment settles "early", the second the rest.
    assert _paid(db, contract) == {"late": D(300), "early": D(700)}
    first, second = _detail(db, contract).payments
    assert not first.by_hand and first.unallocated == 0
    assert [(p.milestone, p.amount) for p in first.allocations] == [("early", D(500))]
    assert second.unallocated == D(150)


@pytest.mark.parametrize(
    ("split", "message"),
    [
        ({"late": D(400), "early": D(200)}, "Allocation: more than the payment's 500.00."),
        ({"late": D(-1)}, "Allocation: amounts cannot be negative."),
        ({"late": D(301)}, "Allocation: late can take at most 300.00."),
    ],
)
def test_impossible_splits_are_refused_and_change_nothing(db, service, contract, split, message):
    payment = service.save_part(contract, None, PaymentData(date(2026, 4, 1), D(500))).record_id
    ids = {m.name: m.id for m in _detail(db, contract).milestones}
    before = _paid(db, contract)
    with pytest.raises(UserError) as error:
        service.allocate_by_hand(payment, {ids[name]: amount for name, amount in split.items()})
    assert str(error.value) == message
    assert _paid(db, contract) == before
