"""The payment schedule: when each milestone's trigger happened, when it falls due, how much it
is, and whether the contract's payment terms are "closed" (docs/domain.md#payment-milestones:
every payment has a trigger and a date, and together they make up the contract amount).

Trigger events come from the contract's own records, so a due date is recomputed in the same
transaction whenever one of them changes:

* signing: the signing date;
* delivery: the latest arrival of a delivery line;
* acceptance: the initial acceptance (the final one when there was no initial acceptance);
* final acceptance: the final acceptance;
* end of warranty: final acceptance plus the warranty months (calendar months, art. 202);
* fixed date: the milestone's fixed date.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy.orm import Session

from desktop.models import Contract, PaymentMilestone
from desktop.models.enums import AcceptanceKind, DueRule, MilestoneTrigger
from desktop.models.types import CENT
from desktop.services.messages import QT_TRANSLATE_NOOP, Message

from .allocation import reallocate
from .dates import add_months


@dataclass(frozen=True)
class TriggerEvents:
    signed_on: date | None = None
    last_arrival: date | None = None
    initial_acceptance: date | None = None
    final_acceptance: date | None = None
    warranty_months: int | None = None


def trigger_date(
    trigger: MilestoneTrigger, events: TriggerEvents, fixed_on: date | None
) -> date | None:
    """When the milestone's trigger event happened (or will, for the warranty's end)."""
    if trigger is MilestoneTrigger.SIGNING:
        return events.signed_on
    if trigger is MilestoneTrigger.DELIVERY:
        return events.last_arrival
    if trigger is MilestoneTrigger.ACCEPTANCE:
        return events.initial_acceptance or events.final_acceptance
    if trigger is MilestoneTrigger.FINAL_ACCEPTANCE:
        return events.final_acceptance
    if trigger is MilestoneTrigger.WARRANTY_END:
        if events.final_acceptance is None or events.warranty_months is None:
            return None
        return add_months(events.final_acceptance, events.warranty_months)
    return fixed_on  # MilestoneTrigger.FIXED_DATE


def due_date(
    rule: DueRule, due_days: int, fixed_on: date | None, trigger_on: date | None
) -> date | None:
    """The due date: the fixed date, or ``due_days`` after the trigger once it happened."""
    if rule is DueRule.FIXED_DATE:
        return fixed_on
    if trigger_on is None:
        return None
    return trigger_on + timedelta(days=due_days or 0)


def percent_amount(percent: Decimal, base: Decimal) -> Decimal:
    return (base * percent / 100).quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class MilestoneTerms:
    name: str
    amount: Decimal
    trigger: MilestoneTrigger
    due_rule: DueRule
    fixed_due_on: date | None


def schedule_total(amount: Decimal, deltas: Sequence[Decimal]) -> Decimal:
    """What the milestones must add up to: the contract amount plus the amendments' deltas."""
    return amount + sum(deltas, Decimal(0))


def terms_problems(total: Decimal, milestones: Sequence[MilestoneTerms]) -> list[Message]:
    """Why the payment terms are not closed; empty when they are."""
    if not milestones:
        return [QT_TRANSLATE_NOOP("Schedule", "The contract has no payment milestones.")]
    problems: list[Message] = []
    for number, milestone in enumerate(milestones, start=1):
        name = milestone.name or str(number)
        needs_date = (
            milestone.trigger is MilestoneTrigger.FIXED_DATE
            or milestone.due_rule is DueRule.FIXED_DATE
        )
        if needs_date and milestone.fixed_due_on is None:
            problems.append(
                QT_TRANSLATE_NOOP("Schedule", "Milestone {name} has no fixed date.").with_(
                    name=name
                )
            )
        if milestone.amount <= 0:
            problems.append(
                QT_TRANSLATE_NOOP("Schedule", "Milestone {name} has no amount.").with_(name=name)
            )
    difference = total - sum((m.amount for m in milestones), Decimal(0))
    if difference > 0:
        problems.append(
            QT_TRANSLATE_NOOP(
                "Schedule",
                "The milestones add up to {difference} less than the total {total}.",
            ).with_(difference=difference, total=total)
        )
    elif difference < 0:
        problems.append(
            QT_TRANSLATE_NOOP(
                "Schedule",
                "The milestones add up to {difference} more than the total {total}.",
            ).with_(difference=-difference, total=total)
        )
    return problems


def contract_terms_problems(contract: Contract) -> list[Message]:
    """Why the contract's payment terms are not closed (its milestones as they are now)."""
    total = schedule_total(contract.amount, [a.amount_delta for a in contract.amendments])
    return terms_problems(total, [terms_of(m) for m in contract.milestones])


def events_of(contract: Contract) -> TriggerEvents:
    arrivals = [d.arrived_on for d in contract.deliveries if d.arrived_on is not None]

    def accepted(kind: AcceptanceKind) -> date | None:
        days = [a.accepted_on for a in contract.acceptances if a.kind is kind and a.accepted_on]
        return max(days, default=None)

    return TriggerEvents(
        signed_on=contract.signed_on,
        last_arrival=max(arrivals, default=None),
        initial_acceptance=accepted(AcceptanceKind.INITIAL),
        final_acceptance=accepted(AcceptanceKind.FINAL),
        warranty_months=contract.warranty_months,
    )


def settle(session: Session, contract: Contract) -> None:
    """Bring the contract's derived data up to date after any change to it: milestone
    amounts from percentages, trigger and due dates, whether the terms are closed, and the
    automatic allocation of payments. Runs inside the caller's transaction."""
    session.flush()
    session.refresh(contract)
    events = events_of(contract)
    for milestone in contract.milestones:
        if milestone.percent is not None:
            milestone.amount = percent_amount(milestone.percent, contract.amount)
        milestone.trigger_on = trigger_date(milestone.trigger, events, milestone.fixed_due_on)
        milestone.due_on = due_date(
            milestone.due_rule, milestone.due_days, milestone.fixed_due_on, milestone.trigger_on
        )
    contract.terms_closed = not contract_terms_problems(contract)
    session.flush()
    reallocate(session, contract.id)


def terms_of(milestone: PaymentMilestone) -> MilestoneTerms:
    return MilestoneTerms(
        milestone.name,
        milestone.amount,
        milestone.trigger,
        milestone.due_rule,
        milestone.fixed_due_on,
    )
