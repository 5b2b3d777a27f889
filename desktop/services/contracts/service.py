"""Writing contracts and their parts. Every method is one transaction that also brings the
derived data up to date (due dates, terms check, allocation) and returns an :class:`Edit`
holding the rows it changed, before and after (a :class:`~desktop.services.row_delta.Delta`):
undo and redo reverse exactly that, and refuse when a later change would be lost
(docs/undo.md).

(Deleting a contract moves it to the trash: :class:`~desktop.services.trash.TrashService`.)"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import func, select
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
from desktop.models.enums import ContractStatus
from desktop.services import attachments, raw_rows, row_delta, versions
from desktop.services.changes import CONTRACTS, ChangeSet
from desktop.services.clock import Clock
from desktop.services.database import Database
from desktop.services.messages import QT_TRANSLATE_NOOP, Message, Sentences, UserError
from desktop.services.raw_rows import Graph
from desktop.services.records import copy_to
from desktop.services.row_delta import WHOLE_ROW, Delta

from .allocation import payment_excess
from .data import (
    VALIDATORS,
    AcceptanceData,
    AmendmentData,
    CollectionActionData,
    ContractData,
    DeliveryData,
    InvoiceData,
    MilestoneData,
    PaymentData,
    ShippingExceptionData,
)
from .parts import MODELS, Part
from .schedule import contract_terms_problems, settle
from .shipping import gate_facts, shipping_gate
from .templates import Template

# The record each kind of editable data is kept in.
PARTS: dict[type, type] = {
    AmendmentData: Amendment,
    MilestoneData: PaymentMilestone,
    DeliveryData: DeliveryLine,
    ShippingExceptionData: ShippingException,
    AcceptanceData: Acceptance,
    InvoiceData: Invoice,
    PaymentData: Payment,
    CollectionActionData: CollectionAction,
}
ATTACHMENT_OWNERS = {
    Acceptance: "acceptance_id",
    CollectionAction: "collection_action_id",
    ShippingException: "shipping_exception_id",
}
T = TypeVar("T")
GONE = QT_TRANSLATE_NOOP("ContractService", "This record no longer exists.")
PAYMENT_EXCESS = QT_TRANSLATE_NOOP(
    "ContractService",
    "This payment is {excess} more than the contract's open balance of {open}: the "
    "excess will stay unallocated, as a credit on the contract's payments, until a milestone "
    "or an amendment takes it. Record it anyway?",
)
EXCESS_NOT_RECORDED = QT_TRANSLATE_NOOP(
    "ContractService", "Not recorded: correct the amount, or save again and answer Yes."
)
REVIEW_BLOCKED = QT_TRANSLATE_NOOP(
    "ContractService",
    "The payment terms are not closed, so the contract cannot be marked reviewed: {problems} "
    "Correct the milestones first, or clear the review date to save it as a draft.",
)


@dataclass(frozen=True)
class Edit:
    contract_id: int
    delta: Delta  # the rows the edit inserted, deleted or changed
    changes: ChangeSet
    record_id: int | None = None  # the record created or changed


def take(session: Session, contract_id: int) -> Graph | None:
    """The contract and everything under it, as rows (None when it does not exist)."""
    graph = raw_rows.capture(session, Contract.__tablename__, [contract_id])
    return graph if graph.count(Contract.__tablename__) else None


def _rows(graph: Graph | None) -> Mapping[str, Any]:
    return {} if graph is None else graph.rows


def derived(table: str, row: Mapping[str, Any]) -> Collection[str]:
    """What :func:`~.schedule.settle` computes from the rest: automatic allocations, due
    dates, amounts from percentages, whether the terms are closed."""
    if table == PaymentAllocation.__tablename__ and not row.get("manual"):
        return WHOLE_ROW
    if table == PaymentMilestone.__tablename__:
        return ("trigger_on", "due_on", *(("amount",) if row.get("percent") is not None else ()))
    if table == Contract.__tablename__:
        return ("terms_closed",)
    return ()


def _check_review(contract: Contract, reviewed_before: date | None) -> None:
    """A review date given now needs closed payment terms (docs/domain.md#payment-milestones);
    without one the contract saves as a draft."""
    if contract.reviewed_on is None or contract.reviewed_on == reviewed_before:
        return
    problems = contract_terms_problems(contract)
    if problems:
        raise UserError(REVIEW_BLOCKED.with_(problems=Sentences(tuple(problems))))


def reapply(session: Session, contract_id: int, delta: Delta) -> None:
    """Apply an edit's rows (backwards for undo), then bring the derived data up to date."""
    row_delta.apply(session, delta, derived)
    contract = session.get(Contract, contract_id)
    if contract is not None:
        settle(session, contract)


def contract_of(session: Session, model: type[Any], record_id: int) -> int:
    """The contract a part belongs to."""
    if model is CollectionAction:
        query = (
            select(PaymentMilestone.contract_id)
            .join(CollectionAction, CollectionAction.milestone_id == PaymentMilestone.id)
            .where(CollectionAction.id == record_id)
        )
    elif model is PaymentAllocation:
        query = (
            select(Payment.contract_id)
            .join(PaymentAllocation, PaymentAllocation.payment_id == Payment.id)
            .where(PaymentAllocation.id == record_id)
        )
    else:
        query = select(model.contract_id).where(model.id == record_id)
    found = session.scalar(query)
    if found is None:
        raise UserError(GONE)
    return found


class ContractService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    # ---- the generic edit ---------------------------------------------------------------

    def _edit(self, contract_id: int, change: Callable[[Session, Contract], int | None]) -> Edit:
        with self._db.session() as s:
            before = take(s, contract_id)
            contract = s.get(Contract, contract_id)
            if before is None or contract is None:
                raise UserError(GONE)
            old_account = contract.account_id
            reviewed_on = contract.reviewed_on
            record_id = change(s, contract)
            settle(s, contract)
            _check_review(contract, reviewed_on)
            after = take(s, contract_id)
            account = contract.account_id if contract.account_id == old_account else None
            delta = row_delta.diff(_rows(before), _rows(after))
            changes = ChangeSet.of(CONTRACTS, account_id=account, ids={"contract": [contract_id]})
            return Edit(contract_id, delta, changes, record_id)

    def undo(self, edit: Edit) -> ChangeSet:
        """Reverse exactly what ``edit`` did; refused when a later change would be lost."""
        with self._db.session() as s:
            reapply(s, edit.contract_id, edit.delta.reversed())
        # the rows the edit touched, so what it changed (no account when it moved the contract)
        return edit.changes

    def redo(self, edit: Edit) -> ChangeSet:
        with self._db.session() as s:
            reapply(s, edit.contract_id, edit.delta)
        return edit.changes

    def _validate(self, data: Any) -> None:
        VALIDATORS[type(data)](data, self._clock.today())

    # ---- the contract itself ------------------------------------------------------------

    def create_contract(self, data: ContractData) -> Edit:
        self._validate(data)
        with self._db.session() as s:
            self._check_links(s, data, None)
            contract = Contract(account_id=data.account_id, number=data.number)
            copy_to(data, contract)
            if contract.customer_class is None:
                contract.customer_class = s.get_one(Account, data.account_id).customer_class
            s.add(contract)
            s.flush()
            settle(s, contract)
            _check_review(contract, None)
            delta = row_delta.diff({}, _rows(take(s, contract.id)))
            changes = ChangeSet.of(
                CONTRACTS, account_id=data.account_id, ids={"contract": [contract.id]}
            )
            return Edit(contract.id, delta, changes, contract.id)

    def read_contract(self, contract_id: int) -> tuple[ContractData, int]:
        """The contract's fields and the version they were read at (for :meth:`update_contract`)."""
        with self._db.read() as s:
            return versions.read_with_version(s, Contract, contract_id, ContractData, GONE)

    def update_contract(
        self, contract_id: int, data: ContractData, read_version: int | None = None
    ) -> Edit:
        """Refused (:class:`~..versions.ChangedMeanwhile`) when the contract changed since it
        was read at ``read_version``."""
        self._validate(data)

        def change(s: Session, contract: Contract) -> int:
            versions.check(s, contract, read_version)
            self._check_links(s, data, contract_id)
            copy_to(data, contract)
            return contract_id

        return self._edit(contract_id, change)

    def terminate(self, contract_id: int, on: date | None, reason: str) -> Edit:
        if on is None:
            raise UserError(QT_TRANSLATE_NOOP("ContractService", "Termination: give the date."))
        if not reason.strip():
            raise UserError(
                QT_TRANSLATE_NOOP("ContractService", "Termination: say why the contract ends.")
            )
        if on > self._clock.today():
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "ContractService", "Termination: the date cannot be in the future."
                )
            )

        def change(s: Session, contract: Contract) -> int:
            contract.status = ContractStatus.TERMINATED
            contract.terminated_on = on
            contract.termination_reason = reason.strip()
            return contract_id

        return self._edit(contract_id, change)

    def reopen(self, contract_id: int) -> Edit:
        def change(s: Session, contract: Contract) -> int:
            contract.status = ContractStatus.ACTIVE
            contract.terminated_on = None
            contract.termination_reason = ""
            return contract_id

        return self._edit(contract_id, change)

    def _check_links(self, s: Session, data: ContractData, contract_id: int | None) -> None:
        if s.get(Account, data.account_id) is None:
            raise UserError(QT_TRANSLATE_NOOP("ContractService", "Account: please choose one."))
        if data.opportunity_id is not None:
            owner = s.scalar(
                select(Opportunity.account_id).where(Opportunity.id == data.opportunity_id)
            )
            if owner != data.account_id:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "ContractService", "Opportunity: it belongs to another account."
                    )
                )
        clash = select(Contract.id).where(Contract.number == data.number.strip())
        if contract_id is not None:
            clash = clash.where(Contract.id != contract_id)
        if s.scalar(clash) is not None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "ContractService", "Contract number: {number} is already used."
                ).with_(number=data.number.strip())
            )

    # ---- parts ----------------------------------------------------------------------------

    def read_part(self, kind: type[T], record_id: int) -> tuple[T, int]:
        """A part's fields (``kind``, one of the ``PARTS`` data) and the version they were
        read at (for :meth:`save_part`)."""
        with self._db.read() as s:
            return versions.read_with_version(s, PARTS[kind], record_id, kind, GONE)

    def save_part(
        self, contract_id: int, record_id: int | None, data: Any, read_version: int | None = None
    ) -> Edit:
        """Create (``record_id`` None) or change an amendment, milestone, delivery line,
        shipping exception, acceptance, invoice, payment or collection step; a change is
        refused (:class:`~..versions.ChangedMeanwhile`) when the part changed since it was
        read at ``read_version``."""
        self._validate(data)
        model = PARTS[type(data)]

        def change(s: Session, contract: Contract) -> int:
            if record_id is None:
                record = self._new_part(s, model, contract, data)
            else:
                record = s.get(model, record_id)
                if record is None or contract_of(s, model, record_id) != contract_id:
                    raise UserError(GONE)
                versions.check(s, record, read_version)
            if isinstance(data, DeliveryData):
                self._check_gate(s, contract, record, data)
            if isinstance(data, InvoiceData | CollectionActionData):
                self._check_milestone(s, contract_id, data.milestone_id)
            copy_to(data, record)
            s.add(record)
            s.flush()
            return int(record.id)

        return self._edit(contract_id, change)

    def _new_part(self, s: Session, model: type[Any], contract: Contract, data: Any) -> Any:
        """A new record of ``model`` for the contract, not yet in the session (so that no
        query autoflushes it half-filled)."""
        record: Any
        if model is CollectionAction:
            record = CollectionAction(milestone_id=data.milestone_id, step=data.step)
        else:
            record = model(contract_id=contract.id)
        if hasattr(model, "position"):
            last = s.scalar(
                select(func.max(model.position)).where(model.contract_id == contract.id)
            )
            record.position = 0 if last is None else last + 1
        return record

    def _check_milestone(self, s: Session, contract_id: int, milestone_id: int | None) -> None:
        if milestone_id is None:
            return
        owner = s.scalar(
            select(PaymentMilestone.contract_id).where(PaymentMilestone.id == milestone_id)
        )
        if owner != contract_id:
            raise UserError(
                QT_TRANSLATE_NOOP("ContractService", "Milestone: choose one of this contract's.")
            )

    def _check_gate(
        self, s: Session, contract: Contract, record: DeliveryLine, data: DeliveryData
    ) -> None:
        if data.shipped_on is None or data.shipped_on == record.shipped_on:
            return
        milestones, exceptions = gate_facts(s, contract.id, data.shipped_on)
        gate = shipping_gate(contract.customer_class, data.shipped_on, milestones, exceptions)
        if not gate.allowed:
            raise UserError(gate.reason)

    def delete_part(self, part: Part, record_id: int) -> Edit:
        model = MODELS[part]
        with self._db.read() as s:
            contract_id = contract_of(s, model, record_id)

        def change(s: Session, contract: Contract) -> None:
            record = s.get(model, record_id)
            if record is None:
                raise UserError(GONE)
            s.delete(record)
            s.flush()

        return self._edit(contract_id, change)

    def close_exception(self, exception_id: int, closed_on: date) -> Edit:
        with self._db.read() as s:
            contract_id = contract_of(s, ShippingException, exception_id)
            record = s.get_one(ShippingException, exception_id)
            data = ShippingExceptionData(
                record.reason,
                record.commitment_letter,
                record.approver,
                record.approved_on,
                record.close_by,
                closed_on,
            )
            version = record.version
        # the other fields as read: a change made since is refused, not written over
        return self.save_part(contract_id, exception_id, data, version)

    # ---- templates and allocation -------------------------------------------------------

    def apply_template(self, contract_id: int, template: Template, language: str) -> Edit:
        def change(s: Session, contract: Contract) -> None:
            ids = [m.id for m in contract.milestones]
            used = (
                s.scalar(
                    select(func.count())
                    .select_from(CollectionAction)
                    .where(CollectionAction.milestone_id.in_(ids))
                )
                or s.scalar(
                    select(func.count()).select_from(Invoice).where(Invoice.milestone_id.in_(ids))
                )
                or s.scalar(
                    select(func.count())
                    .select_from(PaymentAllocation)
                    .where(PaymentAllocation.milestone_id.in_(ids), PaymentAllocation.manual)
                )
            )
            if used:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "ContractService",
                        "A template replaces the milestones, but invoices, collection steps "
                        "or hand-made allocations refer to them. Edit the milestones instead.",
                    )
                )
            for milestone in list(contract.milestones):
                s.delete(milestone)
            s.flush()
            for position, data in enumerate(template.milestones(language)):
                milestone = PaymentMilestone(contract_id=contract.id, position=position)
                copy_to(data, milestone)
                s.add(milestone)

        return self._edit(contract_id, change)

    def allocate_by_hand(self, payment_id: int, amounts: Mapping[int, Decimal]) -> Edit:
        """Split a payment over milestones by hand (milestone id → amount)."""
        with self._db.read() as s:
            contract_id = contract_of(s, Payment, payment_id)

        def change(s: Session, contract: Contract) -> int:
            payment = s.get_one(Payment, payment_id)
            milestones = {m.id: m for m in contract.milestones}
            if any(m not in milestones for m in amounts):
                raise UserError(GONE)
            if any(a < 0 for a in amounts.values()):
                raise UserError(
                    QT_TRANSLATE_NOOP("ContractService", "Allocation: amounts cannot be negative.")
                )
            if sum(amounts.values(), Decimal(0)) > payment.amount:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "ContractService", "Allocation: more than the payment's {amount}."
                    ).with_(amount=payment.amount)
                )
            others = dict(
                s.execute(
                    select(PaymentAllocation.milestone_id, func.sum(PaymentAllocation.amount))
                    .where(
                        PaymentAllocation.manual,
                        PaymentAllocation.payment_id != payment_id,
                        PaymentAllocation.milestone_id.in_(list(milestones)),
                    )
                    .group_by(PaymentAllocation.milestone_id)
                ).all()
            )
            for milestone_id, amount in amounts.items():
                room = milestones[milestone_id].amount - others.get(milestone_id, Decimal(0))
                if amount > room:
                    raise UserError(
                        QT_TRANSLATE_NOOP(
                            "ContractService", "Allocation: {name} can take at most {amount}."
                        ).with_(name=milestones[milestone_id].name, amount=room)
                    )
            for allocation in list(payment.allocations):
                s.delete(allocation)
            s.flush()
            for milestone_id, amount in sorted(amounts.items()):
                if amount > 0:
                    s.add(
                        PaymentAllocation(
                            payment_id=payment_id,
                            milestone_id=milestone_id,
                            amount=amount,
                            manual=True,
                        )
                    )
            return payment_id

        return self._edit(contract_id, change)

    def payment_excess(
        self, contract_id: int, payment_id: int | None, amount: Decimal
    ) -> Message | None:
        """What to ask before recording a payment of ``amount`` larger than the contract's
        open balance, or None when it fits."""
        with self._db.read() as s:
            excess, open_balance = payment_excess(s, contract_id, payment_id, amount)
        if excess <= 0:
            return None
        return PAYMENT_EXCESS.with_(excess=excess, open=open_balance)

    def allocate_automatically(self, payment_id: int) -> Edit:
        """Drop a payment's hand-made split: it is allocated oldest due first again."""
        with self._db.read() as s:
            contract_id = contract_of(s, Payment, payment_id)

        def change(s: Session, contract: Contract) -> int:
            for allocation in list(s.get_one(Payment, payment_id).allocations):
                if allocation.manual:
                    s.delete(allocation)
            return payment_id

        return self._edit(contract_id, change)

    # ---- evidence -----------------------------------------------------------------------

    def attach(self, part: Part, record_id: int, source: Path) -> Edit:
        """Keep a file (commitment letter, acceptance certificate, proof of receipt...)."""
        model = MODELS[part]
        key = ATTACHMENT_OWNERS[model]
        with self._db.read() as s:
            contract_id = contract_of(s, model, record_id)

        def change(s: Session, contract: Contract) -> int:
            return attachments.attach(s, self._db.path, source, **{key: record_id}).id

        return self._edit(contract_id, change)

    def detach(self, attachment_id: int) -> Edit:
        with self._db.read() as s:
            record = s.get(Attachment, attachment_id)
            if record is None:
                raise UserError(GONE)
            for model, key in ATTACHMENT_OWNERS.items():
                owner = getattr(record, key)
                if owner is not None:
                    contract_id = contract_of(s, model, owner)
                    break
            else:
                raise UserError(GONE)

        def change(s: Session, contract: Contract) -> None:
            attachments.detach(s, attachment_id)

        return self._edit(contract_id, change)
