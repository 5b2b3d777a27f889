"""Everything the tab shows about one contract, read with a fixed number of queries."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.models import (
    Acceptance,
    Account,
    Amendment,
    Attachment,
    CollectionAction,
    Contract,
    DeliveryLine,
    Invoice,
    Opportunity,
    Payment,
    PaymentAllocation,
    PaymentMilestone,
    ShippingException,
)
from desktop.models.enums import (
    CustomerClass,
    InvoiceStatus,
)
from desktop.services import paths
from desktop.services.attachments import AttachmentRow, row_of
from desktop.services.clock import Clock
from desktop.services.database import Database
from desktop.services.messages import QT_TRANSLATE_NOOP
from desktop.services.settings import SettingKey, within

from .claims import load_claims
from .detail_rows import (
    AcceptanceRow,
    ActionRow,
    AllocationPart,
    AmendmentRow,
    ContractDetail,
    ContractHeader,
    DeliveryRow,
    ExceptionRow,
    InvoiceRow,
    MilestoneRow,
    PaymentRow,
)
from .receivables import claim_policy
from .schedule import MilestoneTerms, schedule_total, terms_problems
from .shipping import DueMoney, ExceptionWindow, shipping_gate

# Invoice rules are settings, not code (docs/domain.md#invoices): an invoice the customer has had
# this many days without booking it is flagged, so that they are asked to book it.
INVOICE_BOOKING_DAYS = SettingKey(
    "contracts.invoice_booking_days",
    30,
    within(1, 3650, QT_TRANSLATE_NOOP("ContractSettings", "Invoice booking: from 1 to 3650 days.")),
)


def _files(
    session: Session, database: Path | None, **owners: list[int]
) -> dict[tuple[str, int], tuple[AttachmentRow, ...]]:
    """Attachments of many owners in one query: {(key, owner id): (rows...)}."""
    conditions = [getattr(Attachment, key).in_(ids) for key, ids in owners.items() if ids]
    if not conditions:
        return {}
    folder = paths.attachments_dir_for(database, create=False) if database is not None else None
    found: dict[tuple[str, int], list[AttachmentRow]] = {}
    for record in session.scalars(
        select(Attachment).where(or_(*conditions)).order_by(Attachment.added_at, Attachment.id)
    ):
        row = row_of(record, folder)
        for key in owners:
            owner = getattr(record, key)
            if owner is not None:
                found.setdefault((key, owner), []).append(row)
    return {key: tuple(rows) for key, rows in found.items()}


def contract_detail(
    session: Session, contract_id: int, today: date, database: Path | None = None
) -> ContractDetail | None:
    row = session.execute(
        select(Contract, Account.name, Opportunity.name)
        .join(Account, Contract.account_id == Account.id)
        .outerjoin(Opportunity, Contract.opportunity_id == Opportunity.id)
        .where(Contract.id == contract_id)
    ).first()
    if row is None:
        return None
    contract, account_name, opportunity_name = row
    amendments = tuple(
        AmendmentRow(a.id, a.signed_on, a.description, a.amount_delta)
        for a in session.scalars(
            select(Amendment)
            .where(Amendment.contract_id == contract_id)
            .order_by(Amendment.signed_on, Amendment.id)
        )
    )
    policy = claim_policy(session)
    claims = {
        c.milestone_id: c for c in load_claims(session, today, policy, contract_id=contract_id)
    }
    invoiced = dict(
        session.execute(
            select(Invoice.milestone_id, func.sum(Invoice.amount))
            .where(Invoice.contract_id == contract_id, Invoice.status != InvoiceStatus.RETURNED)
            .group_by(Invoice.milestone_id)
        ).all()
    )
    milestones = []
    for m in session.scalars(
        select(PaymentMilestone)
        .where(PaymentMilestone.contract_id == contract_id)
        .order_by(PaymentMilestone.position, PaymentMilestone.id)
    ):
        claim = claims.get(m.id)
        milestones.append(
            MilestoneRow(
                m.id,
                m.position,
                m.name,
                m.percent,
                m.amount,
                m.trigger,
                m.due_rule,
                m.due_days,
                m.fixed_due_on,
                m.trigger_on,
                m.due_on,
                m.amount if claim is None else claim.paid,
                invoiced.get(m.id, Decimal(0)),
                claim,
            )
        )
    total = schedule_total(contract.amount, [a.amount_delta for a in amendments])
    problems = terms_problems(
        total,
        [
            MilestoneTerms(m.name, m.amount, m.trigger, m.due_rule, m.fixed_due_on)
            for m in milestones
        ],
    )
    payments_query = select(Payment).where(Payment.contract_id == contract_id)
    payments = list(session.scalars(payments_query.order_by(Payment.received_on, Payment.id)))
    names = {m.id: m.name for m in milestones}
    parts: dict[int, list[AllocationPart]] = {}
    for allocation in session.scalars(
        select(PaymentAllocation)
        .join(Payment, PaymentAllocation.payment_id == Payment.id)
        .where(Payment.contract_id == contract_id)
        .order_by(PaymentAllocation.id)
    ):
        parts.setdefault(allocation.payment_id, []).append(
            AllocationPart(
                allocation.milestone_id,
                names.get(allocation.milestone_id, ""),
                allocation.amount,
                allocation.manual,
            )
        )
    exceptions = list(
        session.scalars(
            select(ShippingException)
            .where(ShippingException.contract_id == contract_id)
            .order_by(ShippingException.approved_on, ShippingException.id)
        )
    )
    acceptances = list(
        session.scalars(
            select(Acceptance)
            .where(Acceptance.contract_id == contract_id)
            .order_by(Acceptance.accepted_on, Acceptance.id)
        )
    )
    actions = list(
        session.scalars(
            select(CollectionAction)
            .where(CollectionAction.milestone_id.in_(list(names)))
            .order_by(CollectionAction.done_on, CollectionAction.id)
        )
    )
    files = _files(
        session,
        database,
        acceptance_id=[a.id for a in acceptances],
        collection_action_id=[a.id for a in actions],
        shipping_exception_id=[e.id for e in exceptions],
    )
    booking_days = INVOICE_BOOKING_DAYS.get(session)
    invoices = tuple(
        InvoiceRow(
            i.id,
            i.milestone_id,
            names.get(i.milestone_id, "") if i.milestone_id else "",
            i.kind,
            i.number,
            i.amount,
            i.issued_on,
            i.received_on,
            i.status,
            i.status_on,
            i.note,
            i.status is InvoiceStatus.ISSUED
            and i.received_on is not None
            and (today - i.received_on).days > booking_days,
        )
        for i in session.scalars(
            select(Invoice)
            .where(Invoice.contract_id == contract_id)
            .order_by(Invoice.issued_on, Invoice.id)
        )
    )
    exception_rows = tuple(
        ExceptionRow(
            e.id,
            e.reason,
            e.commitment_letter,
            e.approver,
            e.approved_on,
            e.close_by,
            e.closed_on,
            files.get(("shipping_exception_id", e.id), ()),
        )
        for e in exceptions
    )
    gate = shipping_gate(
        contract.customer_class,
        today,
        [DueMoney(m.due_on, m.outstanding) for m in milestones],
        [ExceptionWindow(e.id, e.approver, e.approved_on, e.closed_on) for e in exceptions],
    )
    received = sum((p.amount for p in payments), Decimal(0))
    header = ContractHeader(
        contract.id,
        contract.account_id,
        account_name,
        contract.opportunity_id,
        opportunity_name or "",
        contract.number,
        contract.title,
        contract.signed_on,
        contract.amount,
        contract.currency,
        contract.customer_class,
        contract.warranty_months,
        contract.reviewed_by,
        contract.reviewed_on,
        contract.terms_closed,
        contract.status,
        contract.terminated_on,
        contract.termination_reason,
        contract.notes,
        total,
        received,
    )
    return ContractDetail(
        header=header,
        amendments=amendments,
        milestones=tuple(milestones),
        problems=tuple(problems),
        difference=total - sum((m.amount for m in milestones), Decimal(0)),
        deliveries=tuple(
            DeliveryRow(
                d.id,
                d.position,
                d.item,
                d.quantity,
                d.unit,
                d.planned_on,
                d.shipped_on,
                d.arrived_on,
                d.note,
            )
            for d in session.scalars(
                select(DeliveryLine)
                .where(DeliveryLine.contract_id == contract_id)
                .order_by(DeliveryLine.position, DeliveryLine.id)
            )
        ),
        gate=gate,
        exceptions=exception_rows,
        acceptances=tuple(
            AcceptanceRow(
                a.id,
                a.kind,
                a.accepted_on,
                a.document,
                a.note,
                files.get(("acceptance_id", a.id), ()),
            )
            for a in acceptances
        ),
        invoices=invoices,
        payments=tuple(
            PaymentRow(
                p.id,
                p.received_on,
                p.amount,
                p.method,
                p.reference,
                p.note,
                tuple(parts.get(p.id, ())),
            )
            for p in payments
        ),
        actions=tuple(
            ActionRow(
                a.id,
                a.milestone_id,
                a.step,
                a.done_on,
                a.done_by,
                a.outcome,
                a.acknowledged,
                a.covers_contract,
                files.get(("collection_action_id", a.id), ()),
            )
            for a in actions
        ),
        warn_days=policy.limitation.warn_days,
        bounds=policy.bounds,
    )


class ContractQueries:
    """Read-only access for the views."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def detail(self, contract_id: int) -> ContractDetail | None:
        with self._db.read() as s:
            return contract_detail(s, contract_id, self._clock.today(), self._db.path)

    def opportunities(self, account_id: int) -> list[tuple[str, int]]:
        """(name, id) of the account's opportunities, by name."""
        with self._db.read() as s:
            return [
                (name, opportunity_id)
                for opportunity_id, name in s.execute(
                    select(Opportunity.id, Opportunity.name)
                    .where(Opportunity.account_id == account_id)
                    .order_by(Opportunity.name)
                )
            ]

    def account_class(self, account_id: int) -> CustomerClass | None:
        with self._db.read() as s:
            return s.scalar(select(Account.customer_class).where(Account.id == account_id))
