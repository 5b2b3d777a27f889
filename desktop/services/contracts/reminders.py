"""What needs attention today and in the next days, across all tabs: payments due and overdue,
limitation periods running out, deliveries due, shipping exceptions to close, tender
deadlines and key people's birthdays. A fixed number of queries, whatever the data size."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import String, and_, case, func, select, type_coerce
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

from .dates import next_anniversary
from .receivables import claim_policy, limitation_alerts

REMINDER_DAYS = SettingKey(
    "contracts.reminder_days",
    7,
    within(1, 90, QT_TRANSLATE_NOOP("ContractSettings", "Reminders: from 1 to 90 days.")),
)
PER_KIND = 200  # at most this many reminders of one kind are listed (all are counted)


class ReminderKind(StrEnum):
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
    record_kind: str  # for EventHub.open_record: "contract", "tender" or "contact"
    record_id: int
    amount: Decimal | None = None
    moment: datetime | None = None  # a tender's deadline
    expired: bool = False  # a limitation period already over
    uuid: str = ""  # of the milestone, tender or person itself: the calendar's stable UIDs


@dataclass(frozen=True)
class ReminderList:
    today: date
    days: int
    items: tuple[Reminder, ...]
    totals: dict[ReminderKind, int]

    def of(self, kind: ReminderKind) -> list[Reminder]:
        return [r for r in self.items if r.kind is kind]


def _milestones(
    session: Session, today: date, end: date
) -> tuple[list[Reminder], dict[ReminderKind, int]]:
    """Unpaid milestones overdue or falling due by ``end``: the lists read milestones by due
    date and stop at the limit (the amount paid is a correlated, indexed subquery); only when
    a list is cut short does a grouped query count them all."""
    paid_each = (
        select(func.coalesce(func.sum(PaymentAllocation.amount), 0))
        .where(PaymentAllocation.milestone_id == PaymentMilestone.id)
        .scalar_subquery()
    )
    base = (
        select(
            PaymentMilestone.due_on,
            PaymentMilestone.name,
            Contract.number,
            Account.name,
            Contract.id,
            type_coerce(PaymentMilestone.amount - paid_each, Money),
            PaymentMilestone.uuid,
        )
        .join(Contract, PaymentMilestone.contract_id == Contract.id)
        .join(Account, Contract.account_id == Account.id)
        .where(PaymentMilestone.due_on.is_not(None), PaymentMilestone.amount > paid_each)
    )
    overdue = base.where(PaymentMilestone.due_on < today).order_by(
        PaymentMilestone.due_on, PaymentMilestone.id
    )
    due = base.where(PaymentMilestone.due_on >= today, PaymentMilestone.due_on <= end).order_by(
        PaymentMilestone.due_on, PaymentMilestone.id
    )
    items: list[Reminder] = []
    totals: dict[ReminderKind, int] = {}
    for kind, query in ((ReminderKind.OVERDUE, overdue), (ReminderKind.DUE, due)):
        found = session.execute(query.limit(PER_KIND)).all()
        totals[kind] = len(found)
        items += [
            Reminder(kind, day, name, number, account, "contract", contract_id, amount, uuid=uuid)
            for day, name, number, account, contract_id, amount, uuid in found
            if day is not None  # the query has only milestones with a due date
        ]
    if all(count < PER_KIND for count in totals.values()):
        return items, totals
    # A list was cut short: count them all (along the due-date index, each milestone's
    # payments through the covering index on allocations).
    is_due_soon = and_(PaymentMilestone.due_on >= today, PaymentMilestone.due_on <= end)
    counts = session.execute(
        select(
            func.coalesce(func.sum(case((PaymentMilestone.due_on < today, 1), else_=0)), 0),
            func.coalesce(func.sum(case((is_due_soon, 1), else_=0)), 0),
        ).where(PaymentMilestone.due_on <= end, PaymentMilestone.amount > paid_each)
    ).one()
    return items, {ReminderKind.OVERDUE: counts[0], ReminderKind.DUE: counts[1]}


def _limitation(session: Session, today: date) -> tuple[list[Reminder], int]:
    claims = limitation_alerts(session, today, claim_policy(session))
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
        )
        for c in claims[:PER_KIND]
    ], len(claims)


def _contract_reminders(
    session: Session,
    kind: ReminderKind,
    model: type[DeliveryLine] | type[ShippingException],
    day: Any,
    subject: Any,
    condition: Any,
) -> tuple[list[Reminder], int]:
    """Reminders about a contract's parts (``model``) matching ``condition``, soonest first."""
    query = (
        select(day, subject, Contract.number, Account.name, Contract.id)
        .join(Contract, model.contract_id == Contract.id)
        .join(Account, Contract.account_id == Account.id)
        .where(condition)
        .order_by(day, model.id)
    )
    rows = session.execute(query.limit(PER_KIND)).all()
    count = session.scalar(select(func.count()).select_from(model).where(condition))
    return [
        Reminder(kind, when, what, number, account, "contract", contract_id)
        for when, what, number, account, contract_id in rows
    ], count or 0


def _deliveries(session: Session, end: date) -> tuple[list[Reminder], int]:
    condition = and_(DeliveryLine.shipped_on.is_(None), DeliveryLine.planned_on <= end)
    return _contract_reminders(
        session,
        ReminderKind.DELIVERY,
        DeliveryLine,
        DeliveryLine.planned_on,
        DeliveryLine.item,
        condition,
    )


def _exceptions(session: Session, end: date) -> tuple[list[Reminder], int]:
    condition = and_(ShippingException.closed_on.is_(None), ShippingException.close_by <= end)
    return _contract_reminders(
        session,
        ReminderKind.EXCEPTION,
        ShippingException,
        ShippingException.close_by,
        ShippingException.approver,
        condition,
    )


def _tenders(session: Session, today: date, end: date) -> tuple[list[Reminder], int]:
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
            Tender.uuid,
        )
        .join(Opportunity, Tender.opportunity_id == Opportunity.id)
        .join(Account, Opportunity.account_id == Account.id)
        .where(condition)
        .order_by(Tender.submission_deadline, Tender.id)
    )
    rows = session.execute(query.limit(PER_KIND)).all()
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
            uuid=uuid,
        )
        for moment, title, number, account, tender_id, uuid in rows
        if moment is not None  # the query has only tenders with a deadline
    ], len(rows)


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


def _birthdays(session: Session, today: date, end: date) -> tuple[list[Reminder], int]:
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
    days = [f"{year:04d}-{key}" for year in years for key in keys]
    query = (
        select(
            Contact.birthday,
            Contact.name,
            Contact.organisation,
            Account.name,
            Contact.id,
            Contact.uuid,
        )
        .join(Account, Contact.account_id == Account.id)
        .where(type_coerce(Contact.birthday, String).in_(days))
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
            uuid=uuid,
        )
        for born, name, organisation, account, contact_id, uuid in session.execute(query)
        if born is not None  # the query matches birthdays only
    ]
    items = [r for r in items if r.day <= end]
    items.sort(key=lambda r: (r.day, r.subject))
    return items[:PER_KIND], len(items)


def reminders(session: Session, today: date, days: int | None = None) -> ReminderList:
    """Reminders for ``today`` and the next ``days`` days (a setting, 7 by default)."""
    days = REMINDER_DAYS.get(session) if days is None else days
    end = today + timedelta(days=days)
    items, totals = _milestones(session, today, end)
    for kind, (found, count) in (
        (ReminderKind.LIMITATION, _limitation(session, today)),
        (ReminderKind.DELIVERY, _deliveries(session, end)),
        (ReminderKind.EXCEPTION, _exceptions(session, end)),
        (ReminderKind.TENDER, _tenders(session, today, end)),
        (ReminderKind.BIRTHDAY, _birthdays(session, today, end)),
    ):
        items += found
        totals[kind] = count
    return ReminderList(today, days, tuple(items), totals)


class ReminderService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def current(self) -> ReminderList:
        with self._db.read() as s:
            return reminders(s, self._clock.today())
