"""Reminders for today and the next 7 days, across the tabs, in a fixed number of queries."""

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from desktop.models import Contact, Opportunity, Tender
from desktop.models.enums import CustomerClass, TenderResult
from desktop.services.contracts.data import (
    DeliveryData,
    PaymentData,
    ShippingExceptionData,
)
from desktop.services.contracts.reminders import ReminderKind, birthday_keys, reminders
from desktop.services.stages import stages_by_code

from .conftest import QueryCounter, fixed

pytestmark = pytest.mark.both_engines

TODAY = date(2026, 11, 23)


def _subjects(found, kind):
    return [(r.subject, r.day) for r in found.of(kind)]


@pytest.fixture
def people(db, account_id):
    def add(name: str, born: date) -> None:
        with db.session() as s:
            s.add(Contact(account_id=account_id, name=name, birthday=born))

    return add


def test_birthdays_in_the_window_with_29_february_on_28_february(db, people):
    people("Today", date(1970, 11, 23))
    people("Last day", date(1980, 11, 30))
    people("Too late", date(1980, 12, 1))
    people("Yesterday", date(1980, 11, 22))
    with db.read() as s:
        found = reminders(s, TODAY)
    assert _subjects(found, ReminderKind.BIRTHDAY) == [
        ("Today", date(2026, 11, 23)),
        ("Last day", date(2026, 11, 30)),
    ]
    people("Leap", date(1968, 2, 29))
    with db.read() as s:
        common = reminders(s, date(2027, 2, 22))
        leap = reminders(s, date(2028, 2, 22))
        after = reminders(s, date(2027, 3, 1))
    assert ("Leap", date(2027, 2, 28)) in _subjects(common, ReminderKind.BIRTHDAY)
    assert ("Leap", date(2028, 2, 29)) in _subjects(leap, ReminderKind.BIRTHDAY)
    assert "Leap" not in [name for name, _ in _subjects(after, ReminderKind.BIRTHDAY)]


def test_birthday_keys():
    assert birthday_keys(date(2027, 2, 27), date(2027, 3, 1)) == {
        "02-27",
        "02-28",
        "02-29",
        "03-01",
    }
    assert "02-29" not in birthday_keys(date(2028, 2, 27), date(2028, 2, 28))


def test_payments_due_and_overdue_deliveries_and_exceptions(db, service, make_contract):
    contract = make_contract(
        amount="1000",
        customer_class=CustomerClass.IN_SYSTEM,
        milestones=[
            fixed("overdue", "100", date(2026, 11, 22)),
            fixed("today", "200", TODAY),
            fixed("in a week", "300", date(2026, 11, 30)),
            fixed("later", "400", date(2026, 12, 1)),
        ],
    )
    service.save_part(contract, None, DeliveryData("due", planned_on=date(2026, 11, 30)))
    service.save_part(contract, None, DeliveryData("late", planned_on=date(2026, 11, 1)))
    service.save_part(contract, None, DeliveryData("later", planned_on=date(2026, 12, 1)))
    service.save_part(
        contract,
        None,
        DeliveryData("shipped", planned_on=date(2026, 11, 1), shipped_on=date(2026, 11, 2)),
    )
    service.save_part(
        contract,
        None,
        ShippingExceptionData("r", "letter", "Zhang Tao", date(2026, 11, 1), date(2026, 11, 25)),
    )
    service.save_part(
        contract,
        None,
        ShippingExceptionData(
            "r", "letter", "Li", date(2026, 11, 1), date(2026, 11, 20), date(2026, 11, 21)
        ),
    )
    with db.read() as s:
        found = reminders(s, TODAY)
    assert _subjects(found, ReminderKind.OVERDUE) == [("overdue", date(2026, 11, 22))]
    assert _subjects(found, ReminderKind.DUE) == [
        ("today", TODAY),
        ("in a week", date(2026, 11, 30)),
    ]
    assert [r.amount for r in found.of(ReminderKind.DUE)] == [Decimal(200), Decimal(300)]
    assert _subjects(found, ReminderKind.DELIVERY) == [
        ("late", date(2026, 11, 1)),
        ("due", date(2026, 11, 30)),
    ]
    assert _subjects(found, ReminderKind.EXCEPTION) == [("Zhang Tao", date(2026, 11, 25))]
    assert all(r.record_kind == "contract" and r.record_id == contract for r in found.items)
    # Paying the overdue milestone removes its reminder.
    service.save_part(contract, None, PaymentData(TODAY, Decimal(100)))
    with db.read() as s:
        assert reminders(s, TODAY).of(ReminderKind.OVERDUE) == []


def test_tender_deadlines_in_the_window(db, account_id):
    with db.session() as s:
        stage = stages_by_code(s)["bid"]
        opportunity = Opportunity(
            account_id=account_id, name="o", stage_id=stage.id, stage_entered_on=TODAY
        )
        s.add(opportunity)
        s.flush()
        for number, moment, result in (
            ("T-today", datetime(2026, 11, 23, 9, 0), TenderResult.PENDING),
            ("T-last", datetime(2026, 11, 30, 23, 59), TenderResult.PENDING),
            ("T-after", datetime(2026, 12, 1, 0, 0), TenderResult.PENDING),
            ("T-done", datetime(2026, 11, 25, 9, 0), TenderResult.WON),
        ):
            s.add(
                Tender(
                    opportunity_id=opportunity.id,
                    tender_no=number,
                    title=number,
                    submission_deadline=moment,
                    result=result,
                )
            )
    with db.read() as s:
        found = reminders(s, TODAY)
    assert [r.reference for r in found.of(ReminderKind.TENDER)] == ["T-today", "T-last"]
    assert found.of(ReminderKind.TENDER)[0].record_kind == "tender"


def test_limitation_periods_running_out(db, service, make_contract):
    make_contract(amount="10", milestones=[fixed("old", "10", date(2023, 12, 20))])
    with db.read() as s:
        found = reminders(s, TODAY)
    (reminder,) = found.of(ReminderKind.LIMITATION)
    assert reminder.day == date(2026, 12, 20) and not reminder.expired
    assert found.totals[ReminderKind.LIMITATION] == 1


def test_a_fixed_number_of_queries(db, service, make_contract, people):
    def run() -> int:
        with QueryCounter(db) as counter, db.read() as s:
            reminders(s, TODAY)
        return counter.count

    make_contract(amount="10", milestones=[fixed("x", "10", date(2026, 11, 20))])
    few = run()
    for number in range(2, 10):
        contract = make_contract(
            f"HT-{number}",
            amount="10",
            milestones=[fixed("x", "10", TODAY - timedelta(days=number))],
        )
        service.save_part(contract, None, DeliveryData("d", planned_on=TODAY))
        people(f"P{number}", date(1970, 11, 24))
    assert run() == few
