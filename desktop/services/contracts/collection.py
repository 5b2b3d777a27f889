"""The collection ladder for an overdue milestone: reminder call, reconciliation letter (对账函),
dunning letter (催款函), lawyer's letter (律师函), litigation.

docs/domain.md#collection-ladder: escalate hard cases early; a lawyer's letter and litigation need
approvals. Each rung has a number of days overdue from which it is suggested (a setting); the
suggestion is the rung after the highest one taken so far.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.models.enums import CollectionStep
from desktop.services.settings import SettingKey

LADDER: tuple[CollectionStep, ...] = tuple(CollectionStep)
NEEDS_APPROVAL = frozenset({CollectionStep.LAWYER_LETTER, CollectionStep.LITIGATION})
# Days overdue from which each rung is suggested.
LADDER_DAYS = SettingKey(
    "contracts.ladder_days",
    {
        CollectionStep.REMINDER_CALL.value: 1,
        CollectionStep.RECONCILIATION_LETTER.value: 30,
        CollectionStep.DUNNING_LETTER.value: 60,
        CollectionStep.LAWYER_LETTER.value: 90,
        CollectionStep.LITIGATION.value: 180,
    },
)


def rank(step: CollectionStep) -> int:
    """1 for the first rung of the ladder, 5 for litigation."""
    return LADDER.index(step) + 1


def step_at(rank_value: int | None) -> CollectionStep | None:
    return LADDER[rank_value - 1] if rank_value else None


@dataclass(frozen=True)
class LadderStatus:
    highest: CollectionStep | None  # the highest rung taken so far
    last_on: date | None  # the latest step's date
    next_step: CollectionStep | None  # None: the ladder is exhausted
    next_due: bool  # the next rung's threshold of days overdue is reached

    @property
    def next_needs_approval(self) -> bool:
        return self.next_step in NEEDS_APPROVAL


def ladder_status(
    days_overdue: int,
    highest: CollectionStep | None,
    last_on: date | None,
    thresholds: dict[str, int],
) -> LadderStatus:
    """Where an overdue milestone stands on the ladder and which rung comes next."""
    position = 0 if highest is None else rank(highest)
    if position >= len(LADDER):
        return LadderStatus(highest, last_on, None, False)
    next_step = LADDER[position]
    threshold = thresholds.get(next_step.value, LADDER_DAYS.default[next_step.value])
    return LadderStatus(highest, last_on, next_step, days_overdue >= threshold)


def check_thresholds(thresholds: dict[str, int]) -> dict[str, int]:
    """Keep one non-negative whole number per rung, filling gaps with the defaults."""
    result = {}
    for step in LADDER:
        value = thresholds.get(step.value, LADDER_DAYS.default[step.value])
        result[step.value] = max(0, int(value))
    return result
