"""The reminders as the dock reads and shows them (docs/actions.md#the-reminders-dock): the
kinds that run into thousands counted per account in SQL, an account's reminders read when it
is opened, and after a change only the groups it may have altered read again
(docs/speed.md#the-reminders-dock); grouped by kind, then by account (the current account's
group first), each group with its count and money total."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select, type_coerce
from sqlalchemy.orm import Session

from desktop.models import Account, Action, Contact, Contract, PaymentAllocation, PaymentMilestone
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

from ..actions import due_by
from .reminders import (
    REMINDER_DAYS,
    Reminder,
    ReminderKind,
    ReminderList,
    action_reminders,
    birthday_reminders,
    born_in_window,
    delivery_reminders,
    exception_reminders,
    limitation_reminders,
    of_account,
    payment_reminders,
    reminders,
    tender_reminders,
)

ORDER = (
    ReminderKind.ACTION,
    ReminderKind.OVERDUE,
    ReminderKind.DUE,
    ReminderKind.LIMITATION,
    ReminderKind.DELIVERY,
    ReminderKind.EXCEPTION,
    ReminderKind.TENDER,
    ReminderKind.BIRTHDAY,
)


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
        .where(*due_by(today, days), *of_account(Action.account_id, account_id))
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
    born = born_in_window(
        session, today, today + timedelta(days=days), Contact.account_id, Account.name
    ).where(*of_account(Contact.account_id, account_id))
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
        ReminderKind.LIMITATION: lambda: account_groups(
            limitation_reminders(session, today, account_id)
        ),
        ReminderKind.DELIVERY: lambda: account_groups(delivery_reminders(session, end, account_id)),
        ReminderKind.EXCEPTION: lambda: account_groups(
            exception_reminders(session, end, account_id)
        ),
        ReminderKind.TENDER: lambda: account_groups(
            tender_reminders(session, today, end, account_id)
        ),
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
        ReminderKind.ACTION: lambda ids: action_reminders(session, today, days, ids),
        ReminderKind.OVERDUE: lambda ids: payment_reminders(session, today, end, ids),
        ReminderKind.BIRTHDAY: lambda ids: birthday_reminders(session, today, end, ids),
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


@dataclass(frozen=True)
class KindGroup:
    kind: ReminderKind
    accounts: tuple[AccountGroup, ...]
    count: int
    total: Decimal | None


def summarised(found: ReminderList) -> ReminderGroups:
    """A list read whole, as groups (every group's reminders known)."""
    return ReminderGroups(found.today, found.days, tuple(account_groups(found.items)))


def arranged(found: ReminderGroups, current_account: int | None = None) -> list[KindGroup]:
    """Non-empty kinds in the dock's order; within a kind, the current account first, then
    the accounts with the most money at stake, then the most reminders."""
    by_kind: dict[ReminderKind, list[AccountGroup]] = {}
    for group in found.groups:
        by_kind.setdefault(group.kind, []).append(group)
    groups = []
    for kind in ORDER:
        accounts = by_kind.get(kind)
        if not accounts:
            continue
        accounts.sort(
            key=lambda g: (
                g.account_id != current_account,
                -(g.total or 0),
                -g.count,
                g.account,
                g.account_id,
            )
        )
        count = sum(g.count for g in accounts)
        groups.append(KindGroup(kind, tuple(accounts), count, total_of(g.total for g in accounts)))
    return groups


def grouped(found: ReminderList, current_account: int | None = None) -> list[KindGroup]:
    return arranged(summarised(found), current_account)


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
