"""Contracts and their follow-up: milestones, delivery, acceptance, invoices, payments."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Record
from .enums import (
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
from .types import Money, enum_column

if TYPE_CHECKING:
    from .account import Account


class Contract(Record, Base):
    __tablename__ = "contract"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    opportunity_id: Mapped[int | None] = mapped_column(
        ForeignKey("opportunity.id", ondelete="SET NULL"), index=True
    )
    number: Mapped[str] = mapped_column(String(80), index=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    signed_on: Mapped[date | None] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    customer_class: Mapped[CustomerClass | None] = mapped_column(enum_column(CustomerClass))
    warranty_months: Mapped[int | None] = mapped_column(Integer)
    # Review before signing: payment terms must be "closed" (trigger and date for each payment).
    reviewed_by: Mapped[str] = mapped_column(String(80), default="")
    reviewed_on: Mapped[date | None] = mapped_column(Date)
    terms_closed: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[ContractStatus] = mapped_column(
        enum_column(ContractStatus), default=ContractStatus.ACTIVE
    )
    terminated_on: Mapped[date | None] = mapped_column(Date)
    termination_reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    account: Mapped[Account] = relationship(back_populates="contracts")
    amendments: Mapped[list[Amendment]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Amendment.signed_on"
    )
    milestones: Mapped[list[PaymentMilestone]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="PaymentMilestone.position"
    )
    deliveries: Mapped[list[DeliveryLine]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="DeliveryLine.position"
    )
    acceptances: Mapped[list[Acceptance]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    invoices: Mapped[list[Invoice]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    payments: Mapped[list[Payment]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    shipping_exceptions: Mapped[list[ShippingException]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class Amendment(Record, Base):
    __tablename__ = "amendment"

    contract_id: Mapped[int] = mapped_column(
        ForeignKey("contract.id", ondelete="CASCADE"), index=True
    )
    signed_on: Mapped[date | None] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text, default="")
    amount_delta: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))


class PaymentMilestone(Record, Base):
    """A payment the contract promises: how much, on which trigger, due when."""

    __tablename__ = "payment_milestone"
    # Covers what receivables add up by due date (no row read per milestone).
    __table_args__ = (Index("ix_payment_milestone_due_on_amount", "due_on", "amount"),)

    contract_id: Mapped[int] = mapped_column(
        ForeignKey("contract.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(120), default="")
    percent: Mapped[Decimal | None] = mapped_column(Money)  # of the contract amount, if so agreed
    amount: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    trigger: Mapped[MilestoneTrigger] = mapped_column(
        enum_column(MilestoneTrigger), default=MilestoneTrigger.SIGNING
    )
    due_rule: Mapped[DueRule] = mapped_column(enum_column(DueRule), default=DueRule.DAYS_AFTER)
    due_days: Mapped[int] = mapped_column(Integer, default=0)
    fixed_due_on: Mapped[date | None] = mapped_column(Date)
    trigger_on: Mapped[date | None] = mapped_column(Date)  # when the trigger event happened
    due_on: Mapped[date | None] = mapped_column(Date)  # computed once triggered


class DeliveryLine(Record, Base):
    __tablename__ = "delivery_line"

    contract_id: Mapped[int] = mapped_column(
        ForeignKey("contract.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    item: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[Decimal] = mapped_column(Money, default=Decimal(1))
    unit: Mapped[str] = mapped_column(String(20), default="")
    planned_on: Mapped[date | None] = mapped_column(Date, index=True)
    shipped_on: Mapped[date | None] = mapped_column(Date)
    arrived_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class ShippingException(Record, Base):
    """Shipping before the agreed money arrived, approved against the customer's 承诺函."""

    __tablename__ = "shipping_exception"

    contract_id: Mapped[int] = mapped_column(
        ForeignKey("contract.id", ondelete="CASCADE"), index=True
    )
    reason: Mapped[str] = mapped_column(Text, default="")
    commitment_letter: Mapped[str] = mapped_column(Text, default="")  # what the customer promised
    approver: Mapped[str] = mapped_column(String(80), default="")
    approved_on: Mapped[date | None] = mapped_column(Date)
    close_by: Mapped[date | None] = mapped_column(Date, index=True)
    closed_on: Mapped[date | None] = mapped_column(Date)


class Acceptance(Record, Base):
    __tablename__ = "acceptance"

    contract_id: Mapped[int] = mapped_column(
        ForeignKey("contract.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[AcceptanceKind] = mapped_column(enum_column(AcceptanceKind))
    accepted_on: Mapped[date | None] = mapped_column(Date)
    document: Mapped[str] = mapped_column(String(200), default="")  # certificate reference
    note: Mapped[str] = mapped_column(Text, default="")


class Invoice(Record, Base):
    __tablename__ = "invoice"

    contract_id: Mapped[int] = mapped_column(
        ForeignKey("contract.id", ondelete="CASCADE"), index=True
    )
    milestone_id: Mapped[int | None] = mapped_column(
        ForeignKey("payment_milestone.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[InvoiceKind] = mapped_column(
        enum_column(InvoiceKind), default=InvoiceKind.VAT_SPECIAL
    )
    number: Mapped[str] = mapped_column(String(40), default="")
    amount: Mapped[Decimal] = mapped_column(Money)
    issued_on: Mapped[date | None] = mapped_column(Date)
    received_on: Mapped[date | None] = mapped_column(Date)  # the customer received it
    status: Mapped[InvoiceStatus] = mapped_column(
        enum_column(InvoiceStatus), default=InvoiceStatus.ISSUED
    )
    status_on: Mapped[date | None] = mapped_column(Date)  # booked or returned on
    note: Mapped[str] = mapped_column(Text, default="")  # e.g. why it was returned


class Payment(Record, Base):
    __tablename__ = "payment"
    # Covers the money collected month by month.
    __table_args__ = (Index("ix_payment_received_on_amount", "received_on", "amount"),)

    contract_id: Mapped[int] = mapped_column(
        ForeignKey("contract.id", ondelete="CASCADE"), index=True
    )
    received_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)
    method: Mapped[PaymentMethod] = mapped_column(
        enum_column(PaymentMethod), default=PaymentMethod.BANK_TRANSFER
    )
    reference: Mapped[str] = mapped_column(String(80), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    allocations: Mapped[list[PaymentAllocation]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class PaymentAllocation(Record, Base):
    """How much of a payment settles which milestone (automatic or set by hand)."""

    __tablename__ = "payment_allocation"
    # Covers "how much of each milestone is paid", summed for every receivables figure.
    __table_args__ = (Index("ix_payment_allocation_milestone_id_amount", "milestone_id", "amount"),)

    payment_id: Mapped[int] = mapped_column(
        ForeignKey("payment.id", ondelete="CASCADE"), index=True
    )
    milestone_id: Mapped[int] = mapped_column(
        ForeignKey("payment_milestone.id", ondelete="CASCADE")
    )
    amount: Mapped[Decimal] = mapped_column(Money)
    manual: Mapped[bool] = mapped_column(Boolean, default=False)


class CollectionAction(Record, Base):
    """A step of the collection ladder for an overdue milestone."""

    __tablename__ = "collection_action"

    milestone_id: Mapped[int] = mapped_column(
        ForeignKey("payment_milestone.id", ondelete="CASCADE"), index=True
    )
    step: Mapped[CollectionStep] = mapped_column(enum_column(CollectionStep))
    done_on: Mapped[date] = mapped_column(Date)
    done_by: Mapped[str] = mapped_column(String(80), default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    # A signed reconciliation letter or a dunning letter with proof of receipt restarts
    # the limitation period (PRC Civil Code art. 195).
    acknowledged: Mapped[bool] = mapped_column(Boolean, default=False)
    # The customer acknowledged the whole open balance of the contract, restarting the clock
    # of every open milestone, not only this one.
    covers_contract: Mapped[bool] = mapped_column(Boolean, default=False)
