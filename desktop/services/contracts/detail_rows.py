"""What the tab shows about one contract: plain rows, read by ``detail``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from desktop.models.enums import (
    AcceptanceKind,
    CollectionStep,
    ContractStatus,
    CustomerClass,
    DueRule,
    InvoiceKind,
    InvoiceStatus,
    MilestoneTrigger,
    PaymentMethod,
)
from desktop.services.attachments import AttachmentRow
from desktop.services.messages import Message
from desktop.services.records import read_from

from .claims import Claim
from .data import ContractData, MilestoneData
from .shipping import ShippingGate


@dataclass(frozen=True)
class ContractHeader:
    id: int
    account_id: int
    account: str
    opportunity_id: int | None
    opportunity: str
    number: str
    title: str
    signed_on: date | None
    amount: Decimal
    currency: str
    customer_class: CustomerClass | None
    warranty_months: int | None
    reviewed_by: str
    reviewed_on: date | None
    terms_closed: bool
    status: ContractStatus
    terminated_on: date | None
    termination_reason: str
    notes: str
    total: Decimal  # amount plus amendments
    received: Decimal

    def data(self) -> ContractData:
        return read_from(ContractData, self)


@dataclass(frozen=True)
class AmendmentRow:
    id: int
    signed_on: date | None
    description: str
    amount_delta: Decimal


@dataclass(frozen=True)
class MilestoneRow:
    id: int
    position: int
    name: str
    percent: Decimal | None
    amount: Decimal
    trigger: MilestoneTrigger
    due_rule: DueRule
    due_days: int
    fixed_due_on: date | None
    trigger_on: date | None
    due_on: date | None
    paid: Decimal
    invoiced: Decimal
    claim: Claim | None  # None once fully paid

    @property
    def outstanding(self) -> Decimal:
        return self.amount - self.paid

    @property
    def days_overdue(self) -> int | None:
        days = None if self.claim is None else self.claim.days_overdue
        return days if days else None

    def data(self) -> MilestoneData:
        return read_from(MilestoneData, self)


@dataclass(frozen=True)
class DeliveryRow:
    id: int
    position: int
    item: str
    quantity: Decimal
    unit: str
    planned_on: date | None
    shipped_on: date | None
    arrived_on: date | None
    note: str


@dataclass(frozen=True)
class ExceptionRow:
    id: int
    reason: str
    commitment_letter: str
    approver: str
    approved_on: date | None
    close_by: date | None
    closed_on: date | None
    files: tuple[AttachmentRow, ...] = ()


@dataclass(frozen=True)
class AcceptanceRow:
    id: int
    kind: AcceptanceKind
    accepted_on: date | None
    document: str
    note: str
    files: tuple[AttachmentRow, ...] = ()


@dataclass(frozen=True)
class InvoiceRow:
    id: int
    milestone_id: int | None
    milestone: str
    kind: InvoiceKind
    number: str
    amount: Decimal
    issued_on: date | None
    received_on: date | None
    status: InvoiceStatus
    status_on: date | None
    note: str
    booking_late: bool  # received long ago and still not booked


@dataclass(frozen=True)
class AllocationPart:
    milestone_id: int
    milestone: str
    amount: Decimal
    manual: bool


@dataclass(frozen=True)
class PaymentRow:
    id: int
    received_on: date
    amount: Decimal
    method: PaymentMethod
    reference: str
    note: str
    allocations: tuple[AllocationPart, ...]

    @property
    def unallocated(self) -> Decimal:
        return self.amount - sum((a.amount for a in self.allocations), Decimal(0))

    @property
    def by_hand(self) -> bool:
        return any(a.manual for a in self.allocations)


@dataclass(frozen=True)
class ActionRow:
    id: int
    milestone_id: int
    step: CollectionStep
    done_on: date
    done_by: str
    outcome: str
    acknowledged: bool
    covers_contract: bool
    files: tuple[AttachmentRow, ...] = ()


@dataclass(frozen=True)
class ContractDetail:
    header: ContractHeader
    amendments: tuple[AmendmentRow, ...]
    milestones: tuple[MilestoneRow, ...]
    problems: tuple[Message, ...]  # why the payment terms are not closed
    difference: Decimal  # contract total minus the milestones
    deliveries: tuple[DeliveryRow, ...]
    gate: ShippingGate
    exceptions: tuple[ExceptionRow, ...]
    acceptances: tuple[AcceptanceRow, ...]
    invoices: tuple[InvoiceRow, ...]
    payments: tuple[PaymentRow, ...]
    actions: tuple[ActionRow, ...]
    warn_days: tuple[int, ...] = field(default=())
    bounds: tuple[int, ...] = field(default=())  # ageing buckets

    @property
    def outstanding(self) -> Decimal:
        return sum((m.outstanding for m in self.milestones), Decimal(0))

    @property
    def overdue(self) -> Decimal:
        return sum((m.outstanding for m in self.milestones if m.days_overdue), Decimal(0))

    def milestone(self, milestone_id: int) -> MilestoneRow | None:
        return next((m for m in self.milestones if m.id == milestone_id), None)
