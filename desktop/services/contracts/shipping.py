"""The shipping gate (docs/domain.md#shipping-gate).

When agreed money has not arrived — a milestone due on or before the shipping date is not
fully paid — an in-system customer still ships normally. Class A, B and C customers do not,
unless the contract is paid in full or a shipping exception approved against the customer's
written commitment (承诺函) covers the date; the exception is then tracked until closed. A
contract without a customer class is treated like class C, the strictest.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import Payment, PaymentAllocation, PaymentMilestone, ShippingException
from desktop.models.enums import CustomerClass
from desktop.services.messages import QT_TRANSLATE_NOOP, Message


@dataclass(frozen=True)
class DueMoney:
    due_on: date | None
    outstanding: Decimal  # unpaid on the shipping date


@dataclass(frozen=True)
class ExceptionWindow:
    id: int
    approver: str
    approved_on: date | None
    closed_on: date | None

    def covers(self, day: date) -> bool:
        return (
            self.approved_on is not None
            and self.approved_on <= day
            and (self.closed_on is None or day <= self.closed_on)
        )


@dataclass(frozen=True)
class ShippingGate:
    allowed: bool
    missing: Decimal  # agreed money due by the date and not received
    reason: Message
    exception_id: int | None = None


def shipping_gate(
    customer_class: CustomerClass | None,
    day: date,
    milestones: Sequence[DueMoney],
    exceptions: Sequence[ExceptionWindow],
) -> ShippingGate:
    """May the contract ship on ``day``?"""
    missing = sum(
        (m.outstanding for m in milestones if m.due_on is not None and m.due_on <= day),
        Decimal(0),
    )
    if missing <= 0:
        return ShippingGate(
            True, Decimal(0), QT_TRANSLATE_NOOP("Shipping", "The agreed payments have arrived.")
        )
    if customer_class is CustomerClass.IN_SYSTEM:
        return ShippingGate(
            True,
            missing,
            QT_TRANSLATE_NOOP(
                "Shipping", "In-system customer: ships although {missing} has not arrived."
            ).with_(missing=missing),
        )
    if sum((m.outstanding for m in milestones), Decimal(0)) <= 0:
        return ShippingGate(True, missing, QT_TRANSLATE_NOOP("Shipping", "Paid in full."))
    for exception in exceptions:
        if exception.covers(day):
            return ShippingGate(
                True,
                missing,
                QT_TRANSLATE_NOOP(
                    "Shipping",
                    "{missing} has not arrived; ships under the exception approved by {approver}.",
                ).with_(missing=missing, approver=exception.approver),
                exception.id,
            )
    return ShippingGate(
        False,
        missing,
        QT_TRANSLATE_NOOP(
            "Shipping",
            "Shipping is blocked: {missing} of agreed payments has not arrived. A class A, B "
            "or C customer ships only when paid in full or under an approved shipping "
            "exception with the customer's commitment letter.",
        ).with_(missing=missing),
    )


def gate_facts(
    session: Session, contract_id: int, day: date
) -> tuple[list[DueMoney], list[ExceptionWindow]]:
    """What the gate needs to know about a contract on ``day`` (money received by then)."""
    paid = (
        select(PaymentAllocation.milestone_id, func.sum(PaymentAllocation.amount).label("paid"))
        .join(Payment, PaymentAllocation.payment_id == Payment.id)
        .where(Payment.contract_id == contract_id, Payment.received_on <= day)
        .group_by(PaymentAllocation.milestone_id)
        .subquery()
    )
    milestones = [
        DueMoney(due_on, amount - (received or Decimal(0)))
        for due_on, amount, received in session.execute(
            select(PaymentMilestone.due_on, PaymentMilestone.amount, paid.c.paid)
            .outerjoin(paid, paid.c.milestone_id == PaymentMilestone.id)
            .where(PaymentMilestone.contract_id == contract_id)
        )
    ]
    exceptions = [
        ExceptionWindow(*row)
        for row in session.execute(
            select(
                ShippingException.id,
                ShippingException.approver,
                ShippingException.approved_on,
                ShippingException.closed_on,
            ).where(ShippingException.contract_id == contract_id)
        )
    ]
    return milestones, exceptions
