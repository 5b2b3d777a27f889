"""Checklist progress and the deadline rules: pure functions of the items and an injected
"today", so they are tested with hand-computed cases."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from desktop.models.enums import ChecklistStatus, TenderResult
from desktop.services.messages import QT_TRANSLATE_NOOP
from desktop.services.settings import SettingKey, within

from .sections import section_rank

# Required items still open this many days (or fewer) before the deadline are highlighted.
WARN_DAYS = SettingKey(
    "bids.warn_days",
    3,
    within(0, 60, QT_TRANSLATE_NOOP("BidSettings", "Checklist warning: from 0 to 60 days ahead.")),
)

OUTSTANDING = frozenset({ChecklistStatus.OPEN, ChecklistStatus.PROBLEM})


class Tickable(Protocol):
    section: str
    required: bool
    status: ChecklistStatus


@dataclass(frozen=True)
class Progress:
    total: int = 0
    done: int = 0
    not_applicable: int = 0
    problems: int = 0
    required_outstanding: int = 0  # required items open or with a problem

    @property
    def applicable(self) -> int:
        return self.total - self.not_applicable

    @property
    def outstanding(self) -> int:
        """Items neither done nor marked not applicable (open or with a problem)."""
        return self.applicable - self.done

    @property
    def percent(self) -> float:
        """Done items as a share of the applicable ones; an empty or all-N/A list is 100 %."""
        return 100.0 if self.applicable == 0 else 100.0 * self.done / self.applicable

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.outstanding == 0

    def __add__(self, other: Progress) -> Progress:
        return Progress(
            self.total + other.total,
            self.done + other.done,
            self.not_applicable + other.not_applicable,
            self.problems + other.problems,
            self.required_outstanding + other.required_outstanding,
        )


def progress_of(items: Iterable[Tickable]) -> Progress:
    total = done = not_applicable = problems = required_outstanding = 0
    for item in items:
        total += 1
        done += item.status is ChecklistStatus.DONE
        not_applicable += item.status is ChecklistStatus.NOT_APPLICABLE
        problems += item.status is ChecklistStatus.PROBLEM
        required_outstanding += item.required and item.status in OUTSTANDING
    return Progress(total, done, not_applicable, problems, required_outstanding)


def progress_by_section(items: Iterable[Tickable]) -> list[tuple[str, Progress]]:
    """Each section's progress, sections in checklist order."""
    grouped: dict[str, list[Tickable]] = {}
    for item in items:
        grouped.setdefault(item.section, []).append(item)
    return [
        (section, progress_of(grouped[section]))
        for section in sorted(grouped, key=lambda code: (section_rank(code), code))
    ]


def days_left(deadline: datetime | None, today: date) -> int | None:
    """Whole calendar days from ``today`` to the deadline's day (0: due today, < 0: passed)."""
    return None if deadline is None else (deadline.date() - today).days


def is_open_tender(result: TenderResult, submitted_at: datetime | None) -> bool:
    """Still being prepared: no result yet and not handed in."""
    return result is TenderResult.PENDING and submitted_at is None


def in_warning_window(
    deadline: datetime | None,
    today: date,
    warn_days: int,
    *,
    result: TenderResult = TenderResult.PENDING,
    submitted_at: datetime | None = None,
) -> bool:
    """True while a tender being prepared is ``warn_days`` days or less from its deadline
    (also once the deadline has passed without the tender being marked as submitted)."""
    left = days_left(deadline, today)
    return left is not None and left <= warn_days and is_open_tender(result, submitted_at)


def is_highlighted(item: Tickable, window: bool) -> bool:
    """A required item still open (or with a problem) while the tender is in its window."""
    return window and item.required and item.status in OUTSTANDING
