"""The reminders grouped for the dock: by kind, then by account (the current account's group
first), each group with its count and money total (docs/actions.md#the-reminders-dock)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .reminders import (
    AccountGroup,
    ReminderGroups,
    ReminderKind,
    ReminderList,
    account_groups,
    total_of,
)

__all__ = ["ORDER", "AccountGroup", "KindGroup", "arranged", "grouped", "summarised"]

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
