"""The reminders grouped for the dock: by kind, then by account (the current account's group
first), each group with its count and money total (docs/actions.md#the-reminders-dock)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .reminders import Reminder, ReminderKind, ReminderList

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


def _total(items: tuple[Reminder, ...]) -> Decimal | None:
    amounts = [r.amount for r in items if r.amount is not None]
    return sum(amounts, Decimal(0)) if amounts else None


@dataclass(frozen=True)
class AccountGroup:
    kind: ReminderKind
    account_id: int
    account: str
    items: tuple[Reminder, ...]  # soonest first
    total: Decimal | None  # the money of the reminders that have an amount

    @property
    def count(self) -> int:
        return len(self.items)


@dataclass(frozen=True)
class KindGroup:
    kind: ReminderKind
    accounts: tuple[AccountGroup, ...]
    count: int
    total: Decimal | None


def grouped(found: ReminderList, current_account: int | None = None) -> list[KindGroup]:
    """Non-empty kinds in the dock's order; within a kind, the current account first, then
    the accounts with the most money at stake, then the most reminders."""
    groups = []
    for kind in ORDER:
        by_account: dict[int, list[Reminder]] = {}
        for reminder in found.of(kind):
            by_account.setdefault(reminder.account_id, []).append(reminder)
        if not by_account:
            continue
        accounts = [
            AccountGroup(kind, account_id, items[0].account, tuple(items), _total(tuple(items)))
            for account_id, items in by_account.items()
        ]
        accounts.sort(
            key=lambda g: (
                g.account_id != current_account,
                -(g.total or 0),
                -g.count,
                g.account,
            )
        )
        items = found.of(kind)
        groups.append(KindGroup(kind, tuple(accounts), len(items), _total(tuple(items))))
    return groups
