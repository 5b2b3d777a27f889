"""Receivables ageing: which bucket of days overdue a due, unpaid amount falls in.

The buckets are set by their upper bounds in days, ``[30, 90, 180, 365]`` by default: the five
buckets of docs/domain.md#ageing, 0–30, 31–90, 91–180, 181–365 and over 365 days (a user's
saved bounds stay theirs). A milestone due today is 0 days overdue (first bucket); one due
tomorrow is not due yet and stays out of the ageing.

:meth:`Bucket.holds` is the one definition: a claim's bucket (:func:`bucket_of`) and the
report's sums in SQL both evaluate it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from itertools import pairwise
from typing import Any

from desktop.services.messages import QT_TRANSLATE_NOOP, Message, UserError
from desktop.services.settings import SettingKey

# (check_bounds is defined below)
AGEING_BOUNDS = SettingKey(
    "contracts.ageing_bounds", [30, 90, 180, 365], lambda bounds: check_bounds(bounds)
)


@dataclass(frozen=True)
class Bucket:
    index: int
    low: int  # days overdue, inclusive
    high: int | None  # inclusive; None: no upper end

    def holds(self, due_on: Any, today: date) -> Any:
        """Whether an amount due on ``due_on`` is in this bucket on ``today``: given a date,
        a bool (a claim's bucket); given a SQL date column, the condition the ageing report
        sums by. One expression for both, comparing dates (no days computed per row)."""
        latest = today - timedelta(days=self.low)
        if self.high is None:
            return due_on <= latest
        return (due_on >= today - timedelta(days=self.high)) & (due_on <= latest)

    def label(self) -> Message:
        if self.high is None:
            return QT_TRANSLATE_NOOP("Ageing", "Over {days} days").with_(days=self.low - 1)
        return QT_TRANSLATE_NOOP("Ageing", "{low}–{high} days").with_(low=self.low, high=self.high)


def buckets(bounds: list[int]) -> list[Bucket]:
    result = []
    low = 0
    for index, high in enumerate(bounds):
        result.append(Bucket(index, low, high))
        low = high + 1
    result.append(Bucket(len(bounds), low, None))
    return result


def bucket_of(due_on: date, today: date, bounds: list[int]) -> int | None:
    """The bucket of an amount due on ``due_on`` (None: not due yet)."""
    return next((b.index for b in buckets(bounds) if b.holds(due_on, today)), None)


def check_bounds(bounds: list[int]) -> list[int]:
    """Validate bucket bounds: whole days, rising, the first at least 1."""
    if not bounds:
        raise UserError(QT_TRANSLATE_NOOP("Ageing", "Ageing buckets: give at least one bound."))
    if any(not isinstance(b, int) or b < 1 for b in bounds):
        raise UserError(
            QT_TRANSLATE_NOOP("Ageing", "Ageing buckets: each bound is a whole number of days.")
        )
    if any(later <= earlier for earlier, later in pairwise(bounds)):
        raise UserError(
            QT_TRANSLATE_NOOP("Ageing", "Ageing buckets: each bound must be above the one before.")
        )
    return list(bounds)


def parse_bounds(text: str) -> list[int]:
    """``"30, 60, 90"`` → ``[30, 60, 90]`` (commas, spaces or Chinese commas)."""
    parts = [p for p in text.replace("，", ",").replace(" ", ",").split(",") if p]
    try:
        values = [int(p) for p in parts]
    except ValueError:
        raise UserError(
            QT_TRANSLATE_NOOP("Ageing", "Ageing buckets: each bound is a whole number of days.")
        ) from None
    return check_bounds(values)


@dataclass(frozen=True)
class AgeingRow:
    account_id: int
    account: str
    not_due: Decimal  # due later than today
    buckets: tuple[Decimal, ...]  # due today or earlier, by bucket
    short_name: str = ""

    @property
    def label(self) -> str:
        return self.short_name or self.account

    @property
    def due(self) -> Decimal:
        return sum(self.buckets, Decimal(0))


@dataclass(frozen=True)
class AgeingReport:
    today: date
    buckets: tuple[Bucket, ...]
    rows: tuple[AgeingRow, ...]  # accounts with something outstanding, most due first

    def totals(self) -> AgeingRow:
        width = len(self.buckets)
        sums = [sum((r.buckets[i] for r in self.rows), Decimal(0)) for i in range(width)]
        not_due = sum((r.not_due for r in self.rows), Decimal(0))
        return AgeingRow(0, "", not_due, tuple(sums))
