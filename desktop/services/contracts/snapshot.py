"""A contract and everything under it, as plain rows: what undo and redo put back exactly.

Every edit of a contract reads the contract's rows before and after the change; undo deletes
the contract (the database cascades to its parts) and inserts the earlier rows again with the
same ids, uuids and timestamps, attachments' records included (their files stay on disk).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, delete, insert, or_, select
from sqlalchemy.orm import Session

from desktop.models import (
    Acceptance,
    Amendment,
    Attachment,
    CollectionAction,
    Contract,
    DeliveryLine,
    Invoice,
    Payment,
    PaymentAllocation,
    PaymentMilestone,
    ShippingException,
)

Rows = tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class ContractSnapshot:
    contract_id: int
    tables: tuple[tuple[str, Rows], ...]  # in insertion order


def _queries(contract_id: int) -> list[tuple[Table, Any]]:
    milestones = select(PaymentMilestone.id).where(PaymentMilestone.contract_id == contract_id)
    payments = select(Payment.id).where(Payment.contract_id == contract_id)
    actions = select(CollectionAction.id).where(CollectionAction.milestone_id.in_(milestones))
    acceptances = select(Acceptance.id).where(Acceptance.contract_id == contract_id)
    exceptions = select(ShippingException.id).where(ShippingException.contract_id == contract_id)
    owned = [(model, model.contract_id == contract_id) for model in _CONTRACT_PARTS]
    return [
        (Contract.__table__, Contract.id == contract_id),
        *[(model.__table__, condition) for model, condition in owned],
        (
            PaymentAllocation.__table__,
            PaymentAllocation.payment_id.in_(payments),
        ),
        (CollectionAction.__table__, CollectionAction.milestone_id.in_(milestones)),
        (
            Attachment.__table__,
            or_(
                Attachment.acceptance_id.in_(acceptances),
                Attachment.collection_action_id.in_(actions),
                Attachment.shipping_exception_id.in_(exceptions),
            ),
        ),
    ]


# Tables keyed by contract_id, parents before children.
_CONTRACT_PARTS = (
    Amendment,
    PaymentMilestone,
    DeliveryLine,
    ShippingException,
    Acceptance,
    Invoice,
    Payment,
)


def take(session: Session, contract_id: int) -> ContractSnapshot | None:
    """The contract's rows, or None when it does not exist."""
    session.flush()
    tables = []
    for table, condition in _queries(contract_id):
        rows = tuple(
            dict(row) for row in session.execute(select(table).where(condition)).mappings()
        )
        tables.append((table.name, rows))
    if not tables[0][1]:
        return None
    return ContractSnapshot(contract_id, tuple(tables))


def put_back(session: Session, contract_id: int, snapshot: ContractSnapshot | None) -> None:
    """Make the contract exactly as in ``snapshot`` (None: make it not exist)."""
    session.flush()
    session.execute(delete(Contract.__table__).where(Contract.id == contract_id))
    session.expunge_all()
    if snapshot is None:
        return
    tables = {table.name: table for table, _ in _queries(contract_id)}
    for name, rows in snapshot.tables:
        if rows:
            session.execute(insert(tables[name]), list(rows))
