"""What needs attention today and in the next days, across all tabs: open actions falling due,
payments due and overdue, limitation periods running out, deliveries due, shipping exceptions
to close, tender deadlines and key people's birthdays. A fixed number of queries, whatever the
data size: every reminder listed (the calendar), and each kind's reader, of some accounts only
if asked (the dock's reading: reminder_groups.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, and_, func, select, type_coerce
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


def _paid_each() -> Any:
    """The amount paid of each milestone: a correlated, indexed subquery."""
    return (
        select(func.coalesce(func.sum(PaymentAllocation.amount), 0))
        .where(PaymentAllocation.milestone_id == PaymentMilestone.id)
        .scalar_subquery()
    )


def _unpaid(end: date, *columns: Any) -> Select[Any]:
    """``columns`` of the unpaid milestones overdue or falling due by ``end``, with their
    contract and account."""
    return (
        select(*columns)
        .select_from(PaymentMilestone)
        .join(Contract, PaymentMilestone.contract_id == Contract.id)
        .join(Account, Contract.account_id == Account.id)
        .where(PaymentMilestone.due_on <= end, PaymentMilestone.amount > _paid_each())
    )


def payment_reminders(
    session: Session, today: date, end: date, account_ids: Sequence[int] | None = None
) -> list[Reminder]:
    """Unpaid milestones overdue or falling due by ``end``, read by due date (of the accounts
    ``account_ids`` only, if given)."""
    query = _unpaid(
        end,
        PaymentMilestone.due_on,
        PaymentMilestone.name,
        Contract.number,
        Account.name,
        Contract.id,
        type_coerce(PaymentMilestone.amount - _paid_each(), Money),
        Account.id,
        PaymentMilestone.uuid,
    ).order_by(PaymentMilestone.due_on, PaymentMilestone.id)
    if account_ids is not None:
        query = query.where(Contract.account_id.in_(account_ids))
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


def of_account(column: Any, account_id: int | None) -> list[Any]:
    """The condition that ``column`` is the account ``account_id``; none for every account."""
    return [] if account_id is None else [column == account_id]


def limitation_reminders(
    session: Session, today: date, account_id: int | None = None
) -> list[Reminder]:
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
        for c in limitation_alerts(session, today, claim_policy(session), account_id)
    ]


def _contract_reminders(
    session: Session,
    kind: ReminderKind,
    model: type[DeliveryLine] | type[ShippingException],
    day: Any,
    subject: Any,
    condition: Any,
    account_id: int | None,
) -> list[Reminder]:
    """Reminders about a contract's parts (``model``) matching ``condition``, soonest first."""
    query = (
        select(day, subject, Contract.number, Account.name, Contract.id, Account.id)
        .join(Contract, model.contract_id == Contract.id)
        .join(Account, Contract.account_id == Account.id)
        .where(condition, *of_account(Contract.account_id, account_id))
        .order_by(day, model.id)
    )
    return [
        Reminder(kind, when, what, number, account, "contract", contract_id, account_id=account_id)
        for when, what, number, account, contract_id, account_id in session.execute(query)
    ]


def delivery_reminders(
    session: Session, end: date, account_id: int | None = None
) -> list[Reminder]:
    condition = and_(DeliveryLine.shipped_on.is_(None), DeliveryLine.planned_on <= end)
    return _contract_reminders(
        session,
        ReminderKind.DELIVERY,
        DeliveryLine,
        DeliveryLine.planned_on,
        DeliveryLine.item,
        condition,
        account_id,
    )


def exception_reminders(
    session: Session, end: date, account_id: int | None = None
) -> list[Reminder]:
    condition = and_(ShippingException.closed_on.is_(None), ShippingException.close_by <= end)
    return _contract_reminders(
        session,
        ReminderKind.EXCEPTION,
        ShippingException,
        ShippingException.close_by,
        ShippingException.approver,
        condition,
        account_id,
    )


def tender_reminders(
    session: Session, today: date, end: date, account_id: int | None = None
) -> list[Reminder]:
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
        .where(condition, *of_account(Opportunity.account_id, account_id))
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


def born_in_window(session: Session, today: date, end: date, *columns: Any) -> Select[Any]:
    """``columns`` of the people whose birthday falls from ``today`` to ``end``, through the
    index on birth dates: every date of every birth year whose day falls in the window (the
    years from the oldest and youngest known), looked up directly, instead of computing the
    day of each of 100,000 people's birth date."""
    # Two subqueries: each reads one end of the index (min and max together read the table).
    first, last = session.execute(
        select(
            select(func.min(Contact.birthday)).scalar_subquery(),
            select(func.max(Contact.birthday)).scalar_subquery(),
        )
    ).one()
    years = (
        range(first.year, last.year + 1) if first and last else range(today.year, today.year + 1)
    )
    keys = sorted(birthday_keys(today, end))
    # Real dates only (no 29 February of a common year): a server compares dates as dates.
    days = [day for year in years for key in keys if (day := _real_day(year, key))]
    return (
        select(*columns)
        .select_from(Contact)
        .join(Account, Contact.account_id == Account.id)
        .where(Contact.birthday.in_(days))
    )


def birthday_reminders(
    session: Session, today: date, end: date, account_ids: Sequence[int] | None = None
) -> list[Reminder]:
    query = born_in_window(
        session,
        today,
        end,
        Contact.birthday,
        Contact.name,
        Contact.organisation,
        Account.name,
        Contact.id,
        Account.id,
        Contact.uuid,
    )
    if account_ids is not None:
        query = query.where(Contact.account_id.in_(account_ids))
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


def action_reminders(
    session: Session, today: date, days: int, account_ids: Sequence[int] | None = None
) -> list[Reminder]:
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
        for a in actions_due(session, today, days, account_ids).all()
    ]


def reminders(session: Session, today: date, days: int | None = None) -> ReminderList:
    """Reminders for ``today`` and the next ``days`` days (a setting, 7 by default)."""
    days = REMINDER_DAYS.get(session) if days is None else days
    end = today + timedelta(days=days)
    items = [
        *action_reminders(session, today, days),
        *payment_reminders(session, today, end),
        *limitation_reminders(session, today),
        *delivery_reminders(session, end),
        *exception_reminders(session, end),
        *tender_reminders(session, today, end),
        *birthday_reminders(session, today, end),
    ]
    totals = {kind: 0 for kind in ReminderKind}
    for item in items:
        totals[item.kind] += 1
    return ReminderList(today, days, tuple(items), totals)
