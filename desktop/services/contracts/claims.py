"""Unpaid claims: each milestone's outstanding amount with what the ageing, the collection
ladder and the limitation clock need, read in one query for any number of milestones.

These are plain functions over a session returning DTOs, so that the tab, the reminders and
the manager's Excel summary compute the same figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    ScalarSelect,
    Select,
    String,
    Subquery,
    and_,
    case,
    func,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session, aliased

from desktop.models import (
    Acceptance,
    Account,
    CollectionAction,
    Contract,
    Payment,
    PaymentAllocation,
    PaymentMilestone,
)
from desktop.models.enums import AcceptanceKind, CollectionStep
from desktop.models.types import Money, known_member
from desktop.services.sql_types import AnySelect

from .ageing import bucket_of
from .collection import LADDER, LadderStatus, ladder_status, step_at
from .limitation import Acknowledgements, LimitationClock, LimitationPolicy, limitation_clock


@dataclass(frozen=True)
class ClaimPolicy:
    """The settings the claim figures depend on."""

    limitation: LimitationPolicy
    bounds: tuple[int, ...]
    ladder_days: dict[str, int]


@dataclass(frozen=True)
class Claim:
    milestone_id: int
    milestone: str
    contract_id: int
    contract_number: str
    account_id: int
    account: str
    amount: Decimal
    paid: Decimal
    due_on: date | None
    days_overdue: int | None  # None: not due yet or no due date
    bucket: int | None
    ladder: LadderStatus
    limitation: LimitationClock

    @property
    def outstanding(self) -> Decimal:
        return self.amount - self.paid


def allocated_per_milestone(
    contract_ids: Select[int] | list[int] | None = None,
) -> Subquery[Any]:
    """Subquery: milestone_id, paid (sum of its allocations) — the light one, for amounts.
    ``contract_ids`` (a select of contract ids) narrows it to those contracts."""
    query = select(
        PaymentAllocation.milestone_id.label("milestone_id"),
        func.sum(PaymentAllocation.amount).label("paid"),
    ).group_by(PaymentAllocation.milestone_id)
    if contract_ids is not None:
        query = query.join(Payment, PaymentAllocation.payment_id == Payment.id).where(
            Payment.contract_id.in_(contract_ids)
        )
    return query.subquery("allocated")


def _rank_expression() -> ColumnElement[int]:
    return case(
        {step.value: number for number, step in enumerate(LADDER, start=1)},
        value=CollectionAction.step,
        else_=0,
    )


def _ack_key() -> ColumnElement[str]:
    """``"YYYY-MM-DD|step"``: its maximum names the latest acknowledged step and its date."""
    return (
        type_coerce(CollectionAction.done_on, String)
        + "|"
        + type_coerce(CollectionAction.step, String)
    )


def parse_ack_key(key: str | None) -> tuple[date | None, CollectionStep | None]:
    if not key:
        return None, None
    day, _, step = key.partition("|")
    return date.fromisoformat(day), known_member(CollectionStep, step)


def _action_columns(condition: ColumnElement[bool]) -> list[Any]:
    """Correlated subqueries over the collection steps matching ``condition``: the highest
    rung, the latest step, the latest acknowledged step, the first litigation."""

    def over(expression: ColumnElement[Any]) -> ScalarSelect[Any]:
        return select(expression).select_from(CollectionAction).where(condition).scalar_subquery()

    litigation = CollectionAction.step == CollectionStep.LITIGATION
    return [
        over(func.max(_rank_expression())),
        over(func.max(CollectionAction.done_on)),
        over(func.max(case((CollectionAction.acknowledged, _ack_key())))),
        over(func.min(case((litigation, CollectionAction.done_on)))),
    ]


def _whole_balance_ack(milestone: type[PaymentMilestone]) -> ScalarSelect[Any]:
    """The latest acknowledged step of the milestone's contract that acknowledges its whole
    open balance (docs/domain.md#the-limitation-clock): found through the contract's
    milestones, then their steps, both by index."""
    other = aliased(PaymentMilestone)
    return (
        select(func.max(case((CollectionAction.acknowledged, _ack_key()))))
        .select_from(other)
        .join(CollectionAction, CollectionAction.milestone_id == other.id)
        .where(other.contract_id == milestone.contract_id, CollectionAction.covers_contract)
        .scalar_subquery()
    )


def claims_query(
    today: date,
    *,
    instalments: bool,
    account_id: int | None = None,
    contract_id: int | None = None,
    overdue_only: bool = False,
    due_by: date | None = None,
    owner: str | None = None,
) -> AnySelect:
    """Unpaid milestones that are due (today or earlier) — or, with ``contract_id``, every
    unpaid milestone of that contract — oldest due first.

    The facts of each milestone are correlated subqueries on indexed columns, so the cost
    follows the rows read (a page, or the old claims), not the size of the database.
    """
    milestone = PaymentMilestone
    paid = (
        select(func.coalesce(func.sum(PaymentAllocation.amount), 0))
        .where(PaymentAllocation.milestone_id == milestone.id)
        .scalar_subquery()
    )
    last_payment = (
        select(func.max(Payment.received_on))
        .join(PaymentAllocation, PaymentAllocation.payment_id == Payment.id)
        .where(PaymentAllocation.milestone_id == milestone.id)
        .scalar_subquery()
    )
    certificate = (
        select(func.max(Acceptance.accepted_on))
        .where(
            Acceptance.contract_id == milestone.contract_id,
            Acceptance.kind.in_([AcceptanceKind.INITIAL, AcceptanceKind.FINAL]),
        )
        .scalar_subquery()
    )
    highest, last_on, ack_key, litigation_on = _action_columns(
        CollectionAction.milestone_id == milestone.id
    )
    query = (
        select(
            milestone.id,
            milestone.name,
            Contract.id,
            Contract.number,
            Account.id,
            Account.name,
            milestone.amount,
            type_coerce(paid, Money),
            milestone.due_on,
            highest,
            last_on,
            last_payment,
            ack_key,
            certificate,
            litigation_on,
            _whole_balance_ack(milestone),
        )
        .join(Contract, milestone.contract_id == Contract.id)
        .join(Account, Contract.account_id == Account.id)
        .where(milestone.amount > paid)
        .order_by(milestone.due_on, milestone.id)
    )
    if instalments:
        query = query.add_columns(*_whole_contract_columns())
    if contract_id is not None:
        query = query.where(milestone.contract_id == contract_id)
    else:
        limit = milestone.due_on < today if overdue_only else milestone.due_on <= today
        query = query.where(and_(milestone.due_on.is_not(None), limit))
    if account_id is not None:
        query = query.where(Contract.account_id == account_id)
    if owner is not None:
        query = query.where(Contract.owner == owner)
    if due_by is not None:
        query = query.where(milestone.due_on <= due_by)
    return query


def _whole_contract_columns() -> list[Any]:
    """For instalments (art. 189): the contract's last due date, how many milestones have no
    due date yet, and the latest acknowledgement on any of its milestones."""
    other = aliased(PaymentMilestone)
    of_contract = other.contract_id == Contract.id
    last_due = select(func.max(other.due_on)).where(of_contract).scalar_subquery()
    undated = (
        select(func.count()).select_from(other).where(of_contract, other.due_on.is_(None))
    ).scalar_subquery()
    last_payment = (
        select(func.max(Payment.received_on))
        .where(Payment.contract_id == Contract.id)
        .scalar_subquery()
    )
    steps = CollectionAction.milestone_id.in_(select(other.id).where(of_contract))
    _, _, ack_key, litigation_on = _action_columns(steps)
    return [last_due, undated, last_payment, ack_key, litigation_on]


def claim_from_row(row: Any, today: date, policy: ClaimPolicy) -> Claim:
    (milestone_id, name, contract_id, number, account_id, account, amount, paid, due_on) = row[:9]
    highest, last_on, last_payment, ack_key, accepted_on, litigation_on, whole = row[9:16]
    # ISO dates lead the keys, so the later acknowledgement is the greater key
    ack_key = max(ack_key or "", whole or "") or None
    clock_from = due_on
    if policy.limitation.instalments:
        last_due, undated, last_payment, ack_key, litigation_on = row[16:21]
        clock_from = None if undated else last_due
    ack_on, ack_step = parse_ack_key(ack_key)
    acks = Acknowledgements(last_payment, ack_on, ack_step, accepted_on, litigation_on)
    overdue = None if due_on is None or due_on > today else (today - due_on).days
    if overdue is None:
        clock_from = None
    clock = limitation_clock(clock_from, acks, today, policy.limitation)
    return Claim(
        milestone_id=milestone_id,
        milestone=name,
        contract_id=contract_id,
        contract_number=number,
        account_id=account_id,
        account=account,
        amount=amount,
        paid=paid,
        due_on=due_on,
        days_overdue=overdue,
        bucket=None if due_on is None else bucket_of(due_on, today, list(policy.bounds)),
        ladder=ladder_status(overdue or 0, step_at(highest), last_on, policy.ladder_days),
        limitation=clock,
    )


def load_claims(
    session: Session,
    today: date,
    policy: ClaimPolicy,
    *,
    account_id: int | None = None,
    contract_id: int | None = None,
    overdue_only: bool = False,
    due_by: date | None = None,
    offset: int = 0,
    limit: int | None = None,
    owner: str | None = None,
) -> list[Claim]:
    query = claims_query(
        today,
        instalments=policy.limitation.instalments,
        account_id=account_id,
        contract_id=contract_id,
        overdue_only=overdue_only,
        due_by=due_by,
        owner=owner,
    )
    if limit is not None:
        query = query.limit(limit).offset(offset)
    return [claim_from_row(row, today, policy) for row in session.execute(query)]
