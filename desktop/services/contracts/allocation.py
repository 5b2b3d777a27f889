"""Which milestones a payment settles.

Automatic: payments in the order they arrived settle the milestones oldest due first; those
not yet due come last, in contract order. Manual override: the user sets a payment's split by
hand; those amounts are kept, the payment takes no automatic share (what is left of it stays
unallocated), and the other payments are allocated around them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Payment, PaymentAllocation, PaymentMilestone
from desktop.services.sql_types import money_sum

Key = tuple[int, int]  # (payment id, milestone id)


@dataclass(frozen=True)
class OpenMilestone:
    id: int
    amount: Decimal
    due_on: date | None
    position: int


@dataclass(frozen=True)
class IncomingPayment:
    id: int
    amount: Decimal
    received_on: date


def settling_order(milestones: Sequence[OpenMilestone]) -> list[OpenMilestone]:
    return sorted(
        milestones, key=lambda m: (m.due_on is None, m.due_on or date.max, m.position, m.id)
    )


def allocate(
    milestones: Sequence[OpenMilestone],
    payments: Sequence[IncomingPayment],
    manual: Mapping[Key, Decimal],
) -> dict[Key, Decimal]:
    """The automatic allocations, given the manual ones (which they never change)."""
    open_amount = {m.id: m.amount for m in milestones}
    by_hand = {payment_id for payment_id, _ in manual}
    for (_, milestone_id), amount in manual.items():
        if milestone_id in open_amount:
            open_amount[milestone_id] = max(Decimal(0), open_amount[milestone_id] - amount)
    order = settling_order(milestones)
    result: dict[Key, Decimal] = {}
    for payment in sorted(payments, key=lambda p: (p.received_on, p.id)):
        if payment.id in by_hand:
            continue
        left = payment.amount
        for milestone in order:
            if left <= 0:
                break
            take = min(left, open_amount[milestone.id])
            if take > 0:
                result[(payment.id, milestone.id)] = take
                open_amount[milestone.id] -= take
                left -= take
    return result


def reallocate(session: Session, contract_id: int) -> None:
    """Recompute the contract's automatic allocations in place (rows that stay keep their
    uuid, so undo and merging see the same records)."""
    milestones = [
        OpenMilestone(*row)
        for row in session.execute(
            select(
                PaymentMilestone.id,
                PaymentMilestone.amount,
                PaymentMilestone.due_on,
                PaymentMilestone.position,
            ).where(PaymentMilestone.contract_id == contract_id)
        )
    ]
    payments = [
        IncomingPayment(*row)
        for row in session.execute(
            select(Payment.id, Payment.amount, Payment.received_on).where(
                Payment.contract_id == contract_id
            )
        )
    ]
    existing = list(
        session.scalars(
            select(PaymentAllocation)
            .join(Payment, PaymentAllocation.payment_id == Payment.id)
            .where(Payment.contract_id == contract_id)
        )
    )
    manual = {(a.payment_id, a.milestone_id): a.amount for a in existing if a.manual}
    wanted = allocate(milestones, payments, manual)
    for row in existing:
        if row.manual:
            continue
        amount = wanted.pop((row.payment_id, row.milestone_id), None)
        if amount is None:
            session.delete(row)
        elif row.amount != amount:
            row.amount = amount
    for (payment_id, milestone_id), amount in sorted(wanted.items()):
        session.add(
            PaymentAllocation(
                payment_id=payment_id, milestone_id=milestone_id, amount=amount, manual=False
            )
        )
    session.flush()


def payment_excess(
    session: Session, contract_id: int, payment_id: int | None, amount: Decimal
) -> tuple[Decimal, Decimal]:
    """(excess, open balance): how much of a payment of ``amount`` (``payment_id`` None: a
    new one) the contract's milestones cannot take, the milestones' total less what the
    other payments settle. Allocation leaves that excess unallocated, on this payment or, if
    it was received before others, on a later one (docs/domain.md#payment-allocation)."""
    total = session.scalar(
        select(money_sum(PaymentMilestone.amount)).where(
            PaymentMilestone.contract_id == contract_id
        )
    )
    others = session.scalar(
        select(money_sum(PaymentAllocation.amount))
        .join(Payment, PaymentAllocation.payment_id == Payment.id)
        .where(Payment.contract_id == contract_id, Payment.id != (payment_id or 0))
    )
    open_balance = max(Decimal(0), (total or Decimal(0)) - (others or Decimal(0)))
    return max(Decimal(0), amount - open_balance), open_balance
