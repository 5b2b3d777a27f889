"""After an edit the dock reads again only the reminders the change may have altered: the
kinds of its kind of data, of its account (docs/speed.md#the-reminders-dock); what it shows is
then what a full read shows."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from desktop.services.actions import ActionService
from desktop.services.changes import ACCOUNTS, CONTACTS, CONTRACTS, SETTINGS, ChangeSet
from desktop.services.contracts.data import PaymentData
from desktop.services.contracts.reminder_groups import (
    EVERYTHING,
    NOTHING,
    ReminderGroups,
    Scope,
    group_items,
    reminder_groups,
    reread,
    scope_of,
)
from desktop.services.contracts.reminders import ReminderKind
from desktop.services.contracts.service import ContractService

from .conftest import QueryCounter

pytestmark = pytest.mark.both_engines

TODAY = date(2026, 11, 23)
PAYMENTS = frozenset(
    {
        ReminderKind.OVERDUE,
        ReminderKind.DUE,
        ReminderKind.LIMITATION,
        ReminderKind.DELIVERY,
        ReminderKind.EXCEPTION,
    }
)


def _groups(found: ReminderGroups) -> list:
    return sorted(found.groups, key=lambda g: g.key)


def _group(found: ReminderGroups, kind: ReminderKind, account: str):
    return next(g for g in found.groups if g.kind is kind and g.account.startswith(account))


def test_a_payment_reads_again_the_payments_of_its_account_only(demo_db, clock) -> None:
    with demo_db.read() as s:
        before = reminder_groups(s, TODAY)
        owed = _group(before, ReminderKind.OVERDUE, "Huaihai University")
        (claim,) = group_items(s, [owed], TODAY, before.days)[owed.key]
    payment = PaymentData(TODAY, Decimal(1000), reference="R-1")
    changes = ContractService(demo_db, clock).save_part(claim.record_id, None, payment).changes
    assert scope_of(changes) == Scope(PAYMENTS, owed.account_id)
    with demo_db.read() as s, QueryCounter(demo_db) as seen:
        after, read = reread(s, before, scope_of(changes), TODAY)
    assert read == Scope(PAYMENTS, owed.account_id)
    assert seen.read("payment_milestone")
    assert not seen.read("FROM action") and not seen.read("contact.birthday")
    assert _group(after, ReminderKind.OVERDUE, "Huaihai University").total == owed.total - 1000
    with demo_db.read() as s:
        assert _groups(after) == _groups(reminder_groups(s, TODAY))


def test_closing_an_action_reads_again_the_actions_of_its_account_only(demo_db, clock) -> None:
    with demo_db.read() as s:
        before = reminder_groups(s, TODAY)
        group = _group(before, ReminderKind.ACTION, "State Grid")
        action = group_items(s, [group], TODAY, before.days)[group.key][0]
    changes = ActionService(demo_db, clock).close(action.record_id, done=True, outcome="Met")
    with demo_db.read() as s, QueryCounter(demo_db) as seen:
        after, _read = reread(s, before, scope_of(changes), TODAY)
    assert seen.read("FROM action")
    assert not seen.read("payment_milestone") and not seen.read("contact.birthday")
    assert _group(after, ReminderKind.ACTION, "State Grid").count == group.count - 1
    with demo_db.read() as s:
        assert _groups(after) == _groups(reminder_groups(s, TODAY))


def test_a_new_day_reads_everything_again(demo_db) -> None:
    tomorrow = TODAY + timedelta(days=1)
    with demo_db.read() as s:
        before = reminder_groups(s, TODAY)
        after, read = reread(s, before, scope_of(ChangeSet.of(CONTACTS, account_id=1)), tomorrow)
        assert read == EVERYTHING
        assert after.today == tomorrow
        assert _groups(after) == _groups(reminder_groups(s, tomorrow))


def test_what_each_change_may_alter() -> None:
    assert scope_of(ChangeSet.of(SETTINGS)) == EVERYTHING
    assert scope_of(ChangeSet.of(ACCOUNTS, account_id=3)) == Scope(frozenset(ReminderKind), 3)
    assert scope_of(ChangeSet.of(CONTRACTS, account_id=3)) == Scope(PAYMENTS, 3)
    assert scope_of(ChangeSet.of("interactions", account_id=3)) == NOTHING
    # changes waiting for a hidden dock add up; of two accounts, every account is read
    actions, birthdays = (
        Scope(frozenset({ReminderKind.ACTION}), 1),
        scope_of(ChangeSet.of(CONTACTS, account_id=2)),
    )
    assert NOTHING | actions == actions | NOTHING == actions
    assert actions | actions == actions
    assert actions | birthdays == Scope(frozenset({ReminderKind.ACTION, ReminderKind.BIRTHDAY}))


def test_an_opportunity_removed_takes_its_tenders_and_actions_reminders_with_it(demo_db) -> None:
    """Removing an opportunity (undoing its creation or a lead's conversion) removes its
    tenders and actions too: the change says so, and the dock's read after it is a full read's."""
    from sqlalchemy import select

    from desktop.models import Tender
    from desktop.services.opportunities.deals import OpportunityService

    with demo_db.read() as s:
        before = reminder_groups(s, TODAY)
        group = next(g for g in before.groups if g.kind is ReminderKind.TENDER)
        (tender, *_others) = group.items or ()
        query = select(Tender.opportunity_id).where(Tender.id == tender.record_id)
        opportunity_id = s.scalar(query)
    service = OpportunityService(demo_db)
    changes, graph = service.remove(opportunity_id)
    for change in (changes, service.restore(graph)):
        assert scope_of(change).covers(ReminderKind.TENDER, group.account_id)
        assert scope_of(change).covers(ReminderKind.ACTION, group.account_id)
        with demo_db.read() as s:
            before, _read = reread(s, before, scope_of(change), TODAY)
            assert _groups(before) == _groups(reminder_groups(s, TODAY))
