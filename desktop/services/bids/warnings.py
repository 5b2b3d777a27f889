"""What a tender should warn about: the bid/no-bid gate, negative deviations, required items
still open near the deadline, the bid bond and the price ceiling. Pure rules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from desktop.models.enums import BidDecision, TenderResult
from desktop.services.messages import QT_TRANSLATE_NOOP, Message

from .progress import Progress, days_left, in_warning_window, is_open_tender


class Severity(StrEnum):
    NOTICE = "notice"
    WARNING = "warning"
    DANGER = "danger"


@dataclass(frozen=True)
class TenderFacts:
    """Everything the warnings depend on, read in one query per page of tenders."""

    submission_deadline: datetime | None
    submitted_at: datetime | None
    result: TenderResult
    bid_decision: BidDecision
    no_bid_reason: str
    bond_amount: Decimal | None
    bond_due_on: date | None
    bond_paid_on: date | None
    bond_refund_due_on: date | None
    bond_refunded_on: date | None
    price_ceiling: Decimal | None
    our_total_price: Decimal | None
    progress: Progress
    negative_deviations: int
    negative_without_strategy: int


@dataclass(frozen=True)
class TenderWarning:
    code: str
    severity: Severity
    message: Message


def tender_warnings(facts: TenderFacts, today: date, warn_days: int) -> list[TenderWarning]:
    found: list[TenderWarning] = []

    def add(code: str, severity: Severity, message: Message) -> None:
        found.append(TenderWarning(code, severity, message))

    preparing = is_open_tender(facts.result, facts.submitted_at)
    if facts.bid_decision is BidDecision.NO_BID:
        reason = facts.no_bid_reason.strip()
        add(
            "no_bid",
            Severity.DANGER,
            QT_TRANSLATE_NOOP(
                "TenderWarnings",
                "The opportunity is marked no-bid ({reason}), yet this tender is being prepared.",
            ).with_(reason=reason or QT_TRANSLATE_NOOP("TenderWarnings", "no reason given")),
        )
    elif facts.bid_decision is BidDecision.UNDECIDED and preparing:
        add(
            "undecided",
            Severity.WARNING,
            QT_TRANSLATE_NOOP("TenderWarnings", "No bid/no-bid decision on the opportunity yet."),
        )
    left = days_left(facts.submission_deadline, today)
    window = in_warning_window(
        facts.submission_deadline,
        today,
        warn_days,
        result=facts.result,
        submitted_at=facts.submitted_at,
    )
    if preparing and left is not None and left < 0:
        add(
            "deadline_passed",
            Severity.DANGER,
            QT_TRANSLATE_NOOP(
                "TenderWarnings",
                "The submission deadline has passed and the tender is not marked as submitted.",
            ),
        )
    if window and facts.progress.required_outstanding:
        add(
            "required_open",
            Severity.DANGER,
            QT_TRANSLATE_NOOP(
                "TenderWarnings",
                "Required checklist items still open {days} days before the deadline: {count}.",
            ).with_(days=max(left or 0, 0), count=facts.progress.required_outstanding),
        )
    if preparing and facts.progress.problems:
        add(
            "problems",
            Severity.WARNING,
            QT_TRANSLATE_NOOP(
                "TenderWarnings", "Checklist items marked as a problem: {count}."
            ).with_(count=facts.progress.problems),
        )
    if preparing and facts.progress.total == 0:
        add(
            "no_checklist",
            Severity.NOTICE,
            QT_TRANSLATE_NOOP(
                "TenderWarnings", "This tender has no checklist yet: copy a template into it."
            ),
        )
    if facts.negative_deviations:
        add(
            "negative_deviations",
            Severity.DANGER if facts.negative_without_strategy else Severity.WARNING,
            QT_TRANSLATE_NOOP(
                "TenderWarnings",
                "Negative deviations in the deviation table: {count} ({missing} without a "
                "strategy). The panel may reject a bid that misses a substantive requirement.",
            ).with_(count=facts.negative_deviations, missing=facts.negative_without_strategy),
        )
    if (
        preparing
        and facts.price_ceiling is not None
        and facts.our_total_price is not None
        and facts.our_total_price > facts.price_ceiling
    ):
        add(
            "above_ceiling",
            Severity.DANGER,
            QT_TRANSLATE_NOOP(
                "TenderWarnings",
                "Our price {price} is above the price ceiling {ceiling}: the bid would be "
                "rejected (Regulations on the Implementation of the Bidding Law, art. 51).",
            ).with_(price=facts.our_total_price, ceiling=facts.price_ceiling),
        )
    if (
        preparing
        and facts.bond_amount
        and facts.bond_paid_on is None
        and facts.bond_due_on is not None
        and (facts.bond_due_on - today).days <= warn_days
    ):
        add(
            "bond_unpaid",
            Severity.DANGER,
            QT_TRANSLATE_NOOP(
                "TenderWarnings", "The bid bond of {amount} is not paid yet; it is due on {due}."
            ).with_(amount=facts.bond_amount, due=facts.bond_due_on),
        )
    if (
        facts.bond_amount
        and facts.bond_paid_on is not None
        and facts.bond_refunded_on is None
        and facts.bond_refund_due_on is not None
        and facts.bond_refund_due_on < today
    ):
        add(
            "bond_refund_overdue",
            Severity.WARNING,
            QT_TRANSLATE_NOOP(
                "TenderWarnings", "The bid bond of {amount} should have been refunded by {due}."
            ).with_(amount=facts.bond_amount, due=facts.bond_refund_due_on),
        )
    return found
