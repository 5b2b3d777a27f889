"""What needs attention today and in the next days, across all tabs: open actions falling due,
payments due and overdue, limitation periods running out, deliveries due, shipping exceptions
to close, tender deadlines and key people's birthdays. A fixed number of queries, whatever the
data size: every reminder listed (the calendar), or, for the dock, the many counted per
account and listed per account when opened (docs/actions.md#the-reminders-dock)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, and_, func, select, type_coerce
from sqlalchemy.orm import Session

from desktop.models import (
    Account,
    Action,
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
from desktop.services.changes import (
    ACCOUNTS,
    ACTIONS,
    CONTACTS,
    CONTRACTS,
    SETTINGS,
    TENDERS,
    ChangeSet,
)
from desktop.services.clock import Clock
from desktop.services.database import Database
from desktop.services.messages import QT_TRANSLATE_NOOP
from desktop.services.settings import SettingKey, within

from ..actions import actions_due, due_by
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


def _milestones(
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


def _of(column: Any, account_id: int | None) -> list[Any]:
    """The condition that ``column`` is the account ``account_id``; none for every account."""
    return [] if account_id is None else [column == account_id]


def _limitation(session: Session, today: date, account_id: int | None = None) -> list[Reminder]:
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
        .where(condition, *_of(Contract.account_id, account_id))
        .order_by(day, model.id)
    )
    return [
        Reminder(kind, when, what, number, account, "contract", contract_id, account_id=account_id)
        for when, what, number, account, contract_id, account_id in session.execute(query)
    ]


def _deliveries(session: Session, end: date, account_id: int | None = None) -> list[Reminder]:
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


def _exceptions(session: Session, end: date, account_id: int | None = None) -> list[Reminder]:
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


def _tenders(
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
        .where(condition, *_of(Opportunity.account_id, account_id))
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


def _born_in_window(session: Session, today: date, end: date, *columns: Any) -> Select[Any]:
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


def _birthdays(
    session: Session, today: date, end: date, account_ids: Sequence[int] | None = None
) -> list[Reminder]:
    query = _born_in_window(
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


def _actions(
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


@dataclass(frozen=True)
class AccountGroup:
    """An account's reminders of one kind: counted, and listed once read."""

    kind: ReminderKind
    account_id: int
    account: str
    count: int
    total: Decimal | None  # the money of the reminders that have an amount
    items: tuple[Reminder, ...] | None = None  # soonest first; None: not read yet

    @property
    def key(self) -> tuple[ReminderKind, int]:
        return (self.kind, self.account_id)


@dataclass(frozen=True)
class ReminderGroups:
    """Every kind's account groups (unordered), as the dock shows them."""

    today: date
    days: int
    groups: tuple[AccountGroup, ...]


# Thousands each on a large book: counted per account in SQL, listed when an account is opened
# (docs/actions.md#the-reminders-dock). The other kinds are few, and read whole.
COUNTED = frozenset(
    {ReminderKind.ACTION, ReminderKind.OVERDUE, ReminderKind.DUE, ReminderKind.BIRTHDAY}
)


# The reminders each kind of change can alter. An account's name is in all of them, and the
# settings hold the window and the limitation policy: those changes alter every kind.
ALTERED_BY: dict[str, frozenset[ReminderKind]] = {
    ACTIONS: frozenset({ReminderKind.ACTION}),
    CONTRACTS: frozenset(
        {
            ReminderKind.OVERDUE,
            ReminderKind.DUE,
            ReminderKind.LIMITATION,
            ReminderKind.DELIVERY,
            ReminderKind.EXCEPTION,
        }
    ),
    TENDERS: frozenset({ReminderKind.TENDER}),
    CONTACTS: frozenset({ReminderKind.BIRTHDAY}),
    ACCOUNTS: frozenset(ReminderKind),
    SETTINGS: frozenset(ReminderKind),
}


@dataclass(frozen=True)
class Scope:
    """The reminders a change may have altered: those of ``kinds``, of one account (None:
    of every account)."""

    kinds: frozenset[ReminderKind]
    account_id: int | None = None

    def covers(self, kind: ReminderKind, account_id: int) -> bool:
        return kind in self.kinds and self.account_id in (None, account_id)

    def __or__(self, other: Scope) -> Scope:
        if not (self.kinds and other.kinds):
            return self if self.kinds else other
        account_id = self.account_id if self.account_id == other.account_id else None
        return Scope(self.kinds | other.kinds, account_id)


NOTHING = Scope(frozenset())
EVERYTHING = Scope(frozenset(ReminderKind))


def scope_of(changes: ChangeSet) -> Scope:
    """The reminders ``changes`` may have altered (docs/architecture.md, "Refresh by what
    changed": a change that names its account changed nothing of another account)."""
    kinds = frozenset().union(*(ALTERED_BY.get(kind, ()) for kind in changes.kinds))
    return Scope(kinds, changes.account_id) if kinds else NOTHING


def total_of(amounts: Iterable[Decimal | None]) -> Decimal | None:
    present = [amount for amount in amounts if amount is not None]
    return sum(present, Decimal(0)) if present else None


def account_groups(items: Iterable[Reminder]) -> list[AccountGroup]:
    """Reminders read whole, grouped by kind and account (each keeps the items' order)."""
    by_key: dict[tuple[ReminderKind, int], list[Reminder]] = {}
    for reminder in items:
        by_key.setdefault((reminder.kind, reminder.account_id), []).append(reminder)
    return [
        AccountGroup(
            kind, account_id, found[0].account, len(found), total_of(r.amount for r in found),
            tuple(found),
        )
        for (kind, account_id), found in by_key.items()
    ]  # fmt: skip


def _action_counts(
    session: Session, today: date, days: int, account_id: int | None
) -> list[AccountGroup]:
    # Counted per account first, then named: grouping by the name too sorts every action's
    # row with it (twice the time on a large book).
    counts = (
        select(Action.account_id, func.count().label("count"))
        .where(*due_by(today, days), *_of(Action.account_id, account_id))
        .group_by(Action.account_id)
        .subquery()
    )
    actions = session.execute(
        select(counts.c.account_id, Account.name, counts.c.count).join(
            Account, counts.c.account_id == Account.id
        )
    )
    return [
        AccountGroup(ReminderKind.ACTION, account_id, name, count, None)
        for account_id, name, count in actions
    ]


def _owed_counts(
    session: Session, today: date, days: int, account_id: int | None
) -> list[AccountGroup]:
    """Payments overdue and falling due, counted and summed per account."""
    of_account = (
        []
        if account_id is None
        else [
            PaymentMilestone.contract_id.in_(
                select(Contract.id).where(Contract.account_id == account_id)
            )
        ]
    )
    # Each milestone's amount owed in one pass (a join, grouped), not a subquery per row.
    owed = (
        select(
            PaymentMilestone.contract_id,
            (PaymentMilestone.due_on < today).label("late"),
            (PaymentMilestone.amount - func.coalesce(func.sum(PaymentAllocation.amount), 0)).label(
                "owed"
            ),
        )
        .outerjoin(PaymentAllocation, PaymentAllocation.milestone_id == PaymentMilestone.id)
        .where(PaymentMilestone.due_on <= today + timedelta(days=days), *of_account)
        .group_by(PaymentMilestone.id)
        .subquery()
    )
    money = (
        select(
            Account.id,
            Account.name,
            owed.c.late,
            func.count(),
            type_coerce(func.sum(owed.c.owed), Money),
        )
        .select_from(owed)
        .join(Contract, Contract.id == owed.c.contract_id)
        .join(Account, Contract.account_id == Account.id)
        .where(owed.c.owed > 0)
        .group_by(Account.id, Account.name, owed.c.late)
    )
    return [
        AccountGroup(
            ReminderKind.OVERDUE if late else ReminderKind.DUE, account_id, name, count, total
        )
        for account_id, name, late, count, total in session.execute(money)
    ]


def _birthday_counts(
    session: Session, today: date, days: int, account_id: int | None
) -> list[AccountGroup]:
    # Every date the query matches falls in the window: the count is exact. Counted here, not
    # grouped in SQL: grouping would walk the people by account, hiding a lost birth-date index
    # from the query plan check.
    born = _born_in_window(
        session, today, today + timedelta(days=days), Contact.account_id, Account.name
    ).where(*_of(Contact.account_id, account_id))
    people = Counter(tuple(row) for row in session.execute(born))
    return [
        AccountGroup(ReminderKind.BIRTHDAY, account_id, name, count, None)
        for (account_id, name), count in people.items()
    ]


def reminder_groups(
    session: Session,
    today: date,
    days: int | None = None,
    scope: Scope | None = None,
) -> ReminderGroups:
    """What the dock shows: the counted kinds per account, the others whole; only the groups
    ``scope`` covers, if given."""
    days = REMINDER_DAYS.get(session) if days is None else days
    scope = EVERYTHING if scope is None else scope
    end = today + timedelta(days=days)
    account_id = scope.account_id
    readers: dict[ReminderKind, Callable[[], list[AccountGroup]]] = {
        ReminderKind.ACTION: lambda: _action_counts(session, today, days, account_id),
        ReminderKind.OVERDUE: lambda: _owed_counts(session, today, days, account_id),
        ReminderKind.LIMITATION: lambda: account_groups(_limitation(session, today, account_id)),
        ReminderKind.DELIVERY: lambda: account_groups(_deliveries(session, end, account_id)),
        ReminderKind.EXCEPTION: lambda: account_groups(_exceptions(session, end, account_id)),
        ReminderKind.TENDER: lambda: account_groups(_tenders(session, today, end, account_id)),
        ReminderKind.BIRTHDAY: lambda: _birthday_counts(session, today, days, account_id),
    }
    # overdue and due payments are read together: the same query
    wanted = scope.kinds | ({ReminderKind.OVERDUE} if ReminderKind.DUE in scope.kinds else set())
    groups = [
        group
        for kind, read in readers.items()
        if kind in wanted
        for group in read()
        if group.kind in scope.kinds
    ]
    return ReminderGroups(today, days, tuple(groups))


def reread(
    session: Session, found: ReminderGroups, scope: Scope, today: date
) -> tuple[ReminderGroups, Scope]:
    """``found`` with the groups ``scope`` covers read again, and the scope read: everything on
    a new day or with a new window (docs/speed.md#the-reminders-dock)."""
    days = REMINDER_DAYS.get(session)
    if (today, days) != (found.today, found.days):
        scope = EVERYTHING
    fresh = reminder_groups(session, today, days, scope)
    kept = tuple(group for group in found.groups if not scope.covers(*group.key))
    return ReminderGroups(today, days, kept + fresh.groups), scope


def group_items(
    session: Session, groups: Iterable[AccountGroup], today: date, days: int
) -> dict[tuple[ReminderKind, int], tuple[Reminder, ...]]:
    """The reminders of counted groups, by group: a query per kind, whatever the number of
    groups."""
    wanted = [g for g in groups if g.items is None]
    end = today + timedelta(days=days)
    readers: dict[ReminderKind, Callable[[list[int]], list[Reminder]]] = {
        ReminderKind.ACTION: lambda ids: _actions(session, today, days, ids),
        ReminderKind.OVERDUE: lambda ids: _milestones(session, today, end, ids),
        ReminderKind.BIRTHDAY: lambda ids: _birthdays(session, today, end, ids),
    }
    found: list[Reminder] = []
    for kind, read in readers.items():
        # overdue and due payments are read together: the same query
        same = {kind, ReminderKind.DUE} if kind is ReminderKind.OVERDUE else {kind}
        ids = sorted({g.account_id for g in wanted if g.kind in same})
        for start in range(0, len(ids), 500):  # SQLite's limit on bound parameters
            found += read(ids[start : start + 500])
    keys = {g.key for g in wanted}
    return {g.key: g.items for g in account_groups(found) if g.key in keys and g.items}


class ReminderService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def current(self) -> ReminderList:
        with self._db.read() as s:
            return reminders(s, self._clock.today())

    def groups(self) -> ReminderGroups:
        with self._db.read() as s:
            return reminder_groups(s, self._clock.today())

    def reread(self, found: ReminderGroups, scope: Scope) -> tuple[ReminderGroups, Scope]:
        with self._db.read() as s:
            return reread(s, found, scope, self._clock.today())

    def items(
        self, groups: Iterable[AccountGroup], today: date, days: int
    ) -> dict[tuple[ReminderKind, int], tuple[Reminder, ...]]:
        with self._db.read() as s:
            return group_items(s, groups, today, days)
