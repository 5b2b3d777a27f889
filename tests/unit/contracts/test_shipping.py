"""The shipping gate per customer class (docs/domain.md#shipping-gate)."""

from datetime import date
from decimal import Decimal

import pytest

from desktop.models.enums import CustomerClass
from desktop.services.contracts.data import (
    DeliveryData,
    PaymentData,
    ShippingExceptionData,
)
from desktop.services.contracts.shipping import DueMoney, ExceptionWindow, shipping_gate
from desktop.services.messages import UserError

from .conftest import fixed

D = Decimal
DAY = date(2026, 5, 10)
ADVANCE_UNPAID = [DueMoney(date(2026, 5, 1), D(300)), DueMoney(None, D(700))]
NOTHING_DUE = [DueMoney(date(2026, 6, 1), D(300)), DueMoney(None, D(700))]


@pytest.mark.parametrize("customer_class", [*CustomerClass, None])
def test_when_the_agreed_money_arrived_everyone_ships(customer_class):
    gate = shipping_gate(customer_class, DAY, NOTHING_DUE, [])
    assert gate.allowed and gate.missing == 0


def test_in_system_customers_ship_without_the_agreed_money():
    gate = shipping_gate(CustomerClass.IN_SYSTEM, DAY, ADVANCE_UNPAID, [])
    assert gate.allowed and gate.missing == D(300)


@pytest.mark.parametrize(
    "customer_class", [CustomerClass.A, CustomerClass.B, CustomerClass.C, None]
)
def test_classes_a_b_c_are_blocked_without_the_agreed_money(customer_class):
    gate = shipping_gate(customer_class, DAY, ADVANCE_UNPAID, [])
    assert not gate.allowed and gate.missing == D(300)
    assert "300" in gate.reason.render()


def test_money_due_on_the_shipping_day_counts():
    due_today = [DueMoney(DAY, D(300))]
    assert not shipping_gate(CustomerClass.A, DAY, due_today, []).allowed


@pytest.mark.parametrize(
    ("approved_on", "closed_on", "allowed"),
    [
        (date(2026, 5, 10), None, True),  # approved that day
        (date(2026, 5, 1), None, True),
        (date(2026, 5, 1), date(2026, 5, 10), True),  # closed that day: still covered
        (date(2026, 5, 11), None, False),  # approved only later
        (date(2026, 4, 1), date(2026, 5, 9), False),  # closed before
        (None, None, False),  # not approved
    ],
)
def test_an_approved_exception_covers_its_days(approved_on, closed_on, allowed):
    window = ExceptionWindow(7, "Zhang Tao", approved_on, closed_on)
    gate = shipping_gate(CustomerClass.B, DAY, ADVANCE_UNPAID, [window])
    assert gate.allowed is allowed
    assert gate.exception_id == (7 if allowed else None)


def test_the_service_refuses_a_blocked_shipment_and_accepts_it_with_an_exception(
    db, service, make_contract
):
    contract = make_contract(
        amount="1000",
        customer_class=CustomerClass.C,
        milestones=[
            fixed("advance", "300", date(2026, 5, 1)),
            fixed("rest", "700", date(2026, 9, 1)),
        ],
    )
    line = DeliveryData("switches", planned_on=DAY, shipped_on=DAY)
    with pytest.raises(UserError, match="Shipping is blocked"):
        service.save_part(contract, None, line)
    planned = service.save_part(contract, None, DeliveryData("switches", planned_on=DAY))
    exception = ShippingExceptionData(
        "cut-over window", "pays by 30 May", "Zhang Tao", date(2026, 5, 8), date(2026, 5, 30)
    )
    service.save_part(contract, None, exception)
    service.save_part(contract, planned.record_id, line)  # now allowed


def test_paying_the_advance_opens_the_gate(db, service, make_contract):
    contract = make_contract(
        amount="1000",
        customer_class=CustomerClass.A,
        milestones=[
            fixed("advance", "300", date(2026, 5, 1)),
            fixed("rest", "700", date(2026, 9, 1)),
        ],
    )
    service.save_part(contract, None, PaymentData(date(2026, 5, 9), D(300)))
    service.save_part(contract, None, DeliveryData("switches", shipped_on=DAY))
    # A payment that came after the shipping date does not open the gate for that date.
    late = make_contract(
        number="HT-2",
        amount="1000",
        customer_class=CustomerClass.A,
        milestones=[
            fixed("advance", "300", date(2026, 5, 1)),
            fixed("rest", "700", date(2026, 9, 1)),
        ],
    )
    service.save_part(late, None, PaymentData(date(2026, 5, 12), D(300)))
    with pytest.raises(UserError):
        service.save_part(late, None, DeliveryData("switches", shipped_on=DAY))


def test_closing_an_exception_never_writes_over_a_change_made_meanwhile(
    service, make_contract, monkeypatch
):
    """Closing reads the exception, then saves it with the closing date: a colleague's save
    in between is not overwritten with what was read (docs/team-server.md#versions)."""
    from dataclasses import replace

    from desktop.services.versions import ChangedMeanwhile

    contract = make_contract(customer_class=CustomerClass.A)
    exception = ShippingExceptionData(
        "cut-over window", "pays by 30 May", "Zhang Tao", date(2026, 5, 8), date(2026, 5, 30)
    )
    saved = service.save_part(contract, None, exception)
    save_part = service.save_part

    def colleague_first(contract_id, record_id, data, read_version=None):
        save_part(contract_id, record_id, replace(exception, approver="Li Ming"))
        monkeypatch.setattr(service, "save_part", save_part)
        return save_part(contract_id, record_id, data, read_version)

    monkeypatch.setattr(service, "save_part", colleague_first)
    with pytest.raises(ChangedMeanwhile):
        service.close_exception(saved.record_id, DAY)
