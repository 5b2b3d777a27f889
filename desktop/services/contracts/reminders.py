"""What needs attention today and in the next days, across all tabs: open actions falling due,
payments due and overdue, limitation periods running out, deliveries due, shipping exceptions
to close, tender deadlines and key people's birthdays. A fixed number of queries, whatever the
data size; every reminder is listed (the dock groups them by kind and account,
docs/actions.md#the-reminders-dock)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, func, select, type_coerce
from sqlalchemy.orm import Session

from desktop.models import (
    Account,
    Contact,
    Contract,
    DeliveryLine,
    Opportunity,
    PaymentAllocation,
    PaymentMilestone,
    ShippingException,
    Tender,
)
from desktop.models.enums import TenderResult
from desktop.models.types import Money
from desktop.services.clock import Clock
from desktop.services.database import Database
from desktop.services.messages import QT_TRANSLATE_NOOP
from desktop.services.settings import SettingKey, within

from ..actions import actions_due
from .dates import next_anniversary
from .receivables import claim_policy, limitation_alerts

REMINDER_DAYS = SettingKey(
    "contracts.reminder_days",
    7,
    within(1, 90, QT_TRANSLATE_NOOP("ContractSettings", "Reminders: from 1 to 90 days.")),
)


class ReminderKind(StrEnum):
    ACTION = "action"  # an open action overdue or falling due (docs/actions.md)
    OVERDUE = "overdue"  # milestone past its due date
    DUE = "due"  # milestone falling due within the window
    LIMITATION = "limitation"
    DELIVERY = "delivery"
    EXCEPTION = "exception"
    TENDER = "tender"
    BIRTHDAY = "birthday"


@dataclass(frozen=True)
class Reminder:
    kind: ReminderKind
    day: date  # when: due date, expiry, planned date, close-by date, deadline, birthday
    subject: str  # milestone, delivery item, tender title, person
    reference: str  # contract number, tender number, organisation
    account: str
    record_kind: str  # EventHub.open_record's "contract", "tender" or "contact"; or "action"
    record_id: int
    amount: Decimal | None = None
    moment: datetime | None = None  # a tender's deadline
    expired: bool = False  # a limitation period already over
    account_id: int = 0
    uuid: str = ""  # of the milestone, tender or person itself: the calendar's stable UIDs


@dataclass(frozen=True)
class ReminderList:
    today: date
    days: int
    items: tuple[Reminder, ...]
    totals: dict[ReminderKind, int]

    def of(self, kind: ReminderKind) -> list[Reminder]:
        return [r for r in self.items if r.kind is kind]


def _milestones(session: Session, today: date, end: date) -> list[Reminder]:
    """Unpaid milestones overdue or falling due by ``end``, read by due date (the amount
    paid is a correlated, indexed subquery)."""
    paid_each = (
        select(func.coalesce(func.sum(PaymentAllocation.amount), 0))
        .where(PaymentAllocation.milestone_id == PaymentMilestone.id)
        .scalar_subquery()
    )
    query = (
        select(
            PaymentMilestone.due_on,
            PaymentMilestone.name,
            Contract.number,
            Account.name,
            Contract.id,
            type_coerce(PaymentMilestone.amount - paid_each, Money),
            Account.id,
            PaymentMilestone.uuid,
        )
        .join(Contract, PaymentMilestone.contract_id == Contract.id)
        .join(Account, Contract.account_id == Account.id)
        .where(PaymentMilestone.due_on <= end, PaymentMilestone.amount > paid_each)
        .order_by(PaymentMilestone.due_on, PaymentMilestone.id)
    )
    return [
        Reminder(
            ReminderKind.OVERDUE if day < today else ReminderKind.DUE,
            day,
            name,
            number,
            account,
            "contract",
            contract_id,
            amount,
            account_id=account_id,
            uuid=uuid,
        )
        for day, name, number, account, contract_id, amount, account_id, uuid in session.execute(
            query
        )
        if day is not None  # the query has only milestones with a due date
    ]


def _limitation(session: Session, today: date) -> list[Reminder]:
    return [
        Reminder(
            ReminderKind.LIMITATION,
            c.limitation.expires_on or today,
            c.milestone,
            c.contract_number,
            c.account,
            "contract",
            c.contract_id,
            c.outstanding,
            expired=c.limitation.days_left is not None and c.limitation.days_left < 0,
            account_id=c.account_id,
        )
        for c in limitation_alerts(session, today, claim_policy(session))
    ]


def _contract_reminders(
    session: Session,
    kind: ReminderKind,
    model: type[DeliveryLine] | type[ShippingException],
    day: Any,
    subject: Any,
    condition: Any,
) -> list[Reminder]:
    """Reminders about a contract's parts (``model``) matching ``condition``, soonest first."""
    query = (
        select(day, subject, Contract.number, Account.name, Contract.id, Account.id)
        .join(Contract, model.contract_id == Contract.id)
        .join(Account, Contract.account_id == Account.id)
        .where(condition)
        .order_by(day, model.id)
    )
    return [
        Reminder(kind, when, what, number, account, "contract", contract_id, account_id=account_id)
        for when, what, number, account, contract_id, account_id in session.execute(query)
    ]


def _deliveries(session: Session, end: date) -> list[Reminder]:
    condition = and_(DeliveryLine.shipped_on.is_(None), DeliveryLine.planned_on <= end)
    return _contract_reminders(
        session,
        ReminderKind.DELIVERY,
        DeliveryLine,
        DeliveryLine.planned_on,
        DeliveryLine.item,
        condition,
    )


def _exceptions(session: Session, end: date) -> list[Reminder]:
    condition = and_(ShippingException.closed_on.is_(None), ShippingException.close_by <= end)
    return _contract_reminders(
        session,
        ReminderKind.EXCEPTION,
        ShippingException,
        ShippingException.close_by,
        ShippingException.approver,
        condition,
    )


def _tenders(session: Session, today: date, end: date) -> list[Reminder]:
    start = datetime.combine(today, time.min)
    stop = datetime.combine(end + timedelta(days=1), time.min)
    condition = and_(
        Tender.submission_deadline >= start,
        Tender.submission_deadline < stop,
        Tender.result == TenderResult.PENDING,
    )
    query = (
        select(
            Tender.submission_deadline,
            Tender.title,
            Tender.tender_no,
            Account.name,
            Tender.id,
            Account.id,
            Tender.uuid,
        )
        .join(Opportunity, Tender.opportunity_id == Opportunity.id)
        .join(Account, Opportunity.account_id == Account.id)
        .where(condition)
        .order_by(Tender.submission_deadline, Tender.id)
    )
    return [
        Reminder(
            ReminderKind.TENDER,
            moment.date(),
            title,
            number,
            account,
            "tender",
            tender_id,
            moment=moment,
            account_id=account_id,
            uuid=uuid,
        )
        for moment, title, number, account, tender_id, account_id, uuid in session.execute(query)
        if moment is not None  # the query has only tenders with a deadline
    ]


def birthday_keys(today: date, end: date) -> set[str]:
    """The ``MM-DD`` of birth dates whose birthday falls from ``today`` to ``end``: in a
    common year, someone born on 29 February celebrates on 28 February."""
    keys = set()
    day = today
    while day <= end:
        keys.add(day.strftime("%m-%d"))
        if day.month == 2 and day.day == 28 and (day + timedelta(days=1)).month == 3:
            keys.add("02-29")
        day += timedelta(days=1)
    return keys


def _real_day(year: int, key: str) -> date | None:
    try:
        return date.fromisoformat(f"{year:04d}-{key}")
    except ValueError:  # 29 February of a common year
        return None


def _birthdays(session: Session, today: date, end: date) -> list[Reminder]:
    """Through the index on birth dates: every date of every birth year whose day falls in
    the window (the years from the oldest and youngest known), looked up directly, instead
    of computing the day of each of 100,000 people's birth date."""
    first, last = session.execute(
        select(func.min(Contact.birthday), func.max(Contact.birthday))
    ).one()
    years = (
        range(first.year, last.year + 1) if first and last else range(today.year, today.year + 1)
    )
    keys = sorted(birthday_keys(today, end))
    # Real dates only (no 29 February of a common year): a server compares dates as dates.
    days = [day for year in years for key in keys if (day := _real_day(year, key))]
    query = (
        select(
            Contact.birthday,
            Contact.name,
            Contact.organisation,
            Account.name,
            Contact.id,
            Account.id,
            Contact.uuid,
        )
        .join(Account, Contact.account_id == Account.id)
        .where(Contact.birthday.in_(days))
    )
    items = [
        Reminder(
            ReminderKind.BIRTHDAY,
            next_anniversary(born, today),
            name,
            organisation,
            account,
            "contact",
            contact_id,
            account_id=account_id,
            uuid=uuid,
        )
        for born, name, organisation, account, contact_id, account_id, uuid in session.execute(
            query
        )
        if born is not None  # the query matches birthdays only
    ]
    items = [r for r in items if r.day <= end]
    items.sort(key=lambda r: (r.day, r.subject))
    return items


def _actions(session: Session, today: date, days: int) -> list[Reminder]:
    return [
        Reminder(
            ReminderKind.ACTION,
            a.due_on or today,
            a.title,
            a.assignee,
            a.account,
            "action",
            a.id,
            account_id=a.account_id,
        )
        for a in actions_due(session, today, days).all()
    ]


def reminders(session: Session, today: date, days: int | None = None) -> ReminderList:
    """Reminders for ``today`` and the next ``days`` days (a setting, 7 by default)."""
    days = REMINDER_DAYS.get(session) if days is None else days
    end = today + timedelta(days=days)
    items = [
        *_actions(session, today, days),
        *_milestones(session, today, end),
        *_limitation(session, today),
        *_deliveries(session, end),
        *_exceptions(session, end),
        *_tenders(session, today, end),
        *_birthdays(session, today, end),
    ]
    totals = {kind: 0 for kind in ReminderKind}
    for item in items:
        totals[item.kind] += 1
    return ReminderList(today, days, tuple(items), totals)


class ReminderService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def current(self) -> ReminderList:
        with self._db.read() as s:
            return reminders(s, self._clock.today())
