"""The order priority the deal's state suggests (docs/domain.md#order-priority). The rule
ranks orders, so only a deal that has become one gets a suggestion:

* a contract (not terminated) fully paid: **A** when every delivery line has a planned date,
  **C** when the delivery date is unclear (no delivery line, or one without a date);
* a contract not fully paid, or a won deal without a contract yet: **B**;
* anything else (an open deal): no suggestion; **D** (other, temporary) is the user's call.

The user's own choice (``Opportunity.order_priority``) always wins; this only proposes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from desktop.models import Amendment, Contract, DeliveryLine, Opportunity, Payment, Stage
from desktop.models.enums import ContractStatus, OrderPriority

CHUNK = 500  # opportunities per round: the summary asks for every deal of a large book


def suggested(session: Session, ids: Collection[int]) -> dict[int, OrderPriority]:
    """The suggestion for each of these opportunities that has one."""
    wanted = list(ids)
    result: dict[int, OrderPriority] = {}
    for start in range(0, len(wanted), CHUNK):
        result.update(_suggested(session, wanted[start : start + CHUNK]))
    return result


def _suggested(session: Session, wanted: list[int]) -> dict[int, OrderPriority]:
    contracts = session.execute(
        select(Contract.id, Contract.opportunity_id, Contract.amount).where(
            Contract.opportunity_id.in_(wanted), Contract.status != ContractStatus.TERMINATED
        )
    ).all()
    contract_ids = [c.id for c in contracts]
    paid = _sums(session, Payment.contract_id, Payment.amount, contract_ids)
    amended = _sums(session, Amendment.contract_id, Amendment.amount_delta, contract_ids)
    lines: dict[int, list[bool]] = defaultdict(list)
    for contract_id, planned_on in session.execute(
        select(DeliveryLine.contract_id, DeliveryLine.planned_on).where(
            DeliveryLine.contract_id.in_(contract_ids)
        )
    ):
        lines[contract_id].append(planned_on is not None)
    result: dict[int, OrderPriority] = {}
    for contract_id, opportunity_id, amount in contracts:
        if opportunity_id is None:  # the query asked for deals' contracts only
            continue
        due = amount + amended.get(contract_id, Decimal(0))
        if paid.get(contract_id, Decimal(0)) < due:
            priority = OrderPriority.B
        elif lines[contract_id] and all(lines[contract_id]):
            priority = OrderPriority.A
        else:
            priority = OrderPriority.C
        # several contracts of one deal: the most urgent rank of theirs (A before B…)
        result[opportunity_id] = min(result.get(opportunity_id, priority), priority)
    won = session.scalars(
        select(Opportunity.id)
        .join(Stage, Opportunity.stage_id == Stage.id)
        .where(Opportunity.id.in_(wanted), Stage.is_won.is_(True))
    )
    for opportunity_id in won:
        result.setdefault(opportunity_id, OrderPriority.B)
    return result


def _sums(
    session: Session,
    key: InstrumentedAttribute[int],
    amount: InstrumentedAttribute[Decimal],
    ids: list[int],
) -> dict[int, Decimal]:
    rows = session.execute(select(key, func.sum(amount)).where(key.in_(ids)).group_by(key))
    return {k: v or Decimal(0) for k, v in rows}
