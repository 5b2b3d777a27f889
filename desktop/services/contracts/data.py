"""The editable fields of a contract and of each of its parts, and their validation.

Each validator raises :class:`UserError` naming the field and the reason; nothing is written
then. ``today`` is given for the rules about events that cannot lie in the future.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Table

from desktop.models import Contract, Payment
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
from desktop.services import field_rules
from desktop.services.messages import QT_TRANSLATE_NOOP, Message, UserError
from desktop.services.sql_types import table_of

ZERO = Decimal(0)


@dataclass(frozen=True)
class ContractData:
    account_id: int
    number: str
    title: str = ""
    opportunity_id: int | None = None
    signed_on: date | None = None
    amount: Decimal = ZERO
    currency: str = "CNY"
    customer_class: CustomerClass | None = None
    warranty_months: int | None = None
    reviewed_by: str = ""
    reviewed_on: date | None = None
    status: ContractStatus = ContractStatus.ACTIVE
    notes: str = ""


@dataclass(frozen=True)
class AmendmentData:
    signed_on: date | None = None
    description: str = ""
    amount_delta: Decimal = ZERO


@dataclass(frozen=True)
class MilestoneData:
    name: str = ""
    percent: Decimal | None = None  # of the contract amount; None: a fixed amount
    amount: Decimal = ZERO
    trigger: MilestoneTrigger = MilestoneTrigger.SIGNING
    due_rule: DueRule = DueRule.DAYS_AFTER
    due_days: int = 30
    fixed_due_on: date | None = None


@dataclass(frozen=True)
class DeliveryData:
    item: str = ""
    quantity: Decimal = Decimal(1)
    unit: str = ""
    planned_on: date | None = None
    shipped_on: date | None = None
    arrived_on: date | None = None
    note: str = ""


@dataclass(frozen=True)
class ShippingExceptionData:
    reason: str = ""
    commitment_letter: str = ""
    approver: str = ""
    approved_on: date | None = None
    close_by: date | None = None
    closed_on: date | None = None


@dataclass(frozen=True)
class AcceptanceData:
    kind: AcceptanceKind = AcceptanceKind.ARRIVAL
    accepted_on: date | None = None
    document: str = ""
    note: str = ""


@dataclass(frozen=True)
class InvoiceData:
    milestone_id: int | None = None
    kind: InvoiceKind = InvoiceKind.VAT_SPECIAL
    number: str = ""
    amount: Decimal = ZERO
    issued_on: date | None = None
    received_on: date | None = None
    status: InvoiceStatus = InvoiceStatus.ISSUED
    status_on: date | None = None
    note: str = ""


@dataclass(frozen=True)
class PaymentData:
    received_on: date | None = None
    amount: Decimal = ZERO
    method: PaymentMethod = PaymentMethod.BANK_TRANSFER
    reference: str = ""
    note: str = ""


@dataclass(frozen=True)
class CollectionActionData:
    milestone_id: int = 0
    step: CollectionStep = CollectionStep.REMINDER_CALL
    done_on: date | None = None
    done_by: str = ""
    outcome: str = ""
    acknowledged: bool = False
    # The acknowledgement covers the contract's whole open balance, not only this milestone
    covers_contract: bool = False


def _fail(text: Message, **params: Any) -> None:
    raise UserError(text.with_(**params) if params else text)


def _require(value: Any, field: Message) -> None:
    if value is None or (isinstance(value, str) and not value.strip()):
        _fail(QT_TRANSLATE_NOOP("ContractData", "{field}: please fill this in."), field=field)


def _not_future(day: date | None, field: Message, today: date) -> None:
    if day is not None and day > today:
        _fail(
            QT_TRANSLATE_NOOP("ContractData", "{field}: cannot be later than today."),
            field=field,
        )


def _not_before(later: date | None, earlier: date | None, field: Message, other: Message) -> None:
    if later is not None and earlier is not None and later < earlier:
        _fail(
            QT_TRANSLATE_NOOP("ContractData", "{field}: cannot be before {other}."),
            field=field,
            other=other,
        )


def _positive(amount: Decimal, field: Message) -> None:
    if amount <= 0:
        _fail(QT_TRANSLATE_NOOP("ContractData", "{field}: must be more than zero."), field=field)


F = {
    "number": QT_TRANSLATE_NOOP("ContractData", "Contract number"),
    "amount": QT_TRANSLATE_NOOP("ContractData", "Amount"),
    "currency": QT_TRANSLATE_NOOP("ContractData", "Currency"),
    "signed_on": QT_TRANSLATE_NOOP("ContractData", "Signing date"),
    "reviewed_on": QT_TRANSLATE_NOOP("ContractData", "Review date"),
    "warranty": QT_TRANSLATE_NOOP("ContractData", "Warranty months"),
    "description": QT_TRANSLATE_NOOP("ContractData", "Description"),
    "delta": QT_TRANSLATE_NOOP("ContractData", "Amount change"),
    "percent": QT_TRANSLATE_NOOP("ContractData", "Percentage"),
    "fixed": QT_TRANSLATE_NOOP("ContractData", "Fixed date"),
    "due_days": QT_TRANSLATE_NOOP("ContractData", "Days after the trigger"),
    "item": QT_TRANSLATE_NOOP("ContractData", "Item"),
    "quantity": QT_TRANSLATE_NOOP("ContractData", "Quantity"),
    "shipped_on": QT_TRANSLATE_NOOP("ContractData", "Shipped on"),
    "arrived_on": QT_TRANSLATE_NOOP("ContractData", "Arrived on"),
    "reason": QT_TRANSLATE_NOOP("ContractData", "Reason"),
    "letter": QT_TRANSLATE_NOOP("ContractData", "Commitment letter"),
    "approver": QT_TRANSLATE_NOOP("ContractData", "Approver"),
    "approved_on": QT_TRANSLATE_NOOP("ContractData", "Approved on"),
    "close_by": QT_TRANSLATE_NOOP("ContractData", "Close by"),
    "closed_on": QT_TRANSLATE_NOOP("ContractData", "Closed on"),
    "accepted_on": QT_TRANSLATE_NOOP("ContractData", "Acceptance date"),
    "invoice_number": QT_TRANSLATE_NOOP("ContractData", "Invoice number"),
    "issued_on": QT_TRANSLATE_NOOP("ContractData", "Issue date"),
    "received_by_customer": QT_TRANSLATE_NOOP("ContractData", "Received by the customer on"),
    "status_on": QT_TRANSLATE_NOOP("ContractData", "Booked or returned on"),
    "return_note": QT_TRANSLATE_NOOP("ContractData", "Why it was returned"),
    "payment_date": QT_TRANSLATE_NOOP("ContractData", "Payment date"),
    "done_on": QT_TRANSLATE_NOOP("ContractData", "Date"),
    "milestone": QT_TRANSLATE_NOOP("ContractData", "Milestone"),
}


def _rules(table: Table, values: dict[str, tuple[Any, Message]], today: date) -> None:
    """The rules every import applies too (docs/field-rules.md): {column: (value, label)}."""
    plain = {name: value for name, (value, _label) in values.items()}
    for name, message in field_rules.problems(table, plain, today):
        _fail(message, field=values[name][1])


def validate_contract(data: ContractData, today: date) -> None:
    _require(data.number, F["number"])
    _rules(
        table_of(Contract),
        {
            "amount": (data.amount, F["amount"]),
            "currency": (data.currency or "?", F["currency"]),  # empty: not three letters
            "warranty_months": (data.warranty_months, F["warranty"]),
            "signed_on": (data.signed_on, F["signed_on"]),
            "reviewed_on": (data.reviewed_on, F["reviewed_on"]),
        },
        today,
    )


def validate_amendment(data: AmendmentData, today: date) -> None:
    _require(data.description, F["description"])
    _not_future(data.signed_on, F["signed_on"], today)


def validate_milestone(data: MilestoneData, today: date) -> None:
    if data.percent is not None:
        if not ZERO < data.percent <= 100:
            _fail(
                QT_TRANSLATE_NOOP("ContractData", "{field}: between 0 and 100."),
                field=F["percent"],
            )
    else:
        _positive(data.amount, F["amount"])
    needs_date = data.trigger is MilestoneTrigger.FIXED_DATE or data.due_rule is DueRule.FIXED_DATE
    if needs_date:
        _require(data.fixed_due_on, F["fixed"])
    if data.due_days < 0:
        _fail(
            QT_TRANSLATE_NOOP("ContractData", "{field}: cannot be negative."), field=F["due_days"]
        )


def validate_delivery(data: DeliveryData, today: date) -> None:
    _require(data.item, F["item"])
    _positive(data.quantity, F["quantity"])
    _not_future(data.shipped_on, F["shipped_on"], today)
    _not_future(data.arrived_on, F["arrived_on"], today)
    if data.arrived_on is not None:
        _require(data.shipped_on, F["shipped_on"])
    _not_before(data.arrived_on, data.shipped_on, F["arrived_on"], F["shipped_on"])


def validate_exception(data: ShippingExceptionData, today: date) -> None:
    _require(data.reason, F["reason"])
    _require(data.commitment_letter, F["letter"])
    _require(data.approver, F["approver"])
    _require(data.approved_on, F["approved_on"])
    _require(data.close_by, F["close_by"])
    _not_future(data.approved_on, F["approved_on"], today)
    _not_future(data.closed_on, F["closed_on"], today)
    _not_before(data.close_by, data.approved_on, F["close_by"], F["approved_on"])
    _not_before(data.closed_on, data.approved_on, F["closed_on"], F["approved_on"])


def validate_acceptance(data: AcceptanceData, today: date) -> None:
    _require(data.accepted_on, F["accepted_on"])
    _not_future(data.accepted_on, F["accepted_on"], today)


def validate_invoice(data: InvoiceData, today: date) -> None:
    _require(data.number, F["invoice_number"])
    _positive(data.amount, F["amount"])
    _require(data.issued_on, F["issued_on"])
    _not_future(data.issued_on, F["issued_on"], today)
    _not_future(data.received_on, F["received_by_customer"], today)
    _not_before(data.received_on, data.issued_on, F["received_by_customer"], F["issued_on"])
    if data.status is not InvoiceStatus.ISSUED:
        _require(data.status_on, F["status_on"])
        _not_future(data.status_on, F["status_on"], today)
        _not_before(data.status_on, data.issued_on, F["status_on"], F["issued_on"])
    if data.status is InvoiceStatus.RETURNED:
        _require(data.note, F["return_note"])


def validate_payment(data: PaymentData, today: date) -> None:
    _require(data.received_on, F["payment_date"])
    _rules(
        table_of(Payment),
        {
            "received_on": (data.received_on, F["payment_date"]),
            "amount": (data.amount, F["amount"]),
        },
        today,
    )


def validate_action(data: CollectionActionData, today: date) -> None:
    if not data.milestone_id:
        _fail(
            QT_TRANSLATE_NOOP("ContractData", "{field}: please fill this in."), field=F["milestone"]
        )
    _require(data.done_on, F["done_on"])
    _not_future(data.done_on, F["done_on"], today)
    if data.covers_contract and not data.acknowledged:
        _fail(
            QT_TRANSLATE_NOOP(
                "ContractData",
                "Whole open balance: only a step the customer acknowledged in writing can cover "
                "it; tick the acknowledgement too, or untick the whole balance.",
            )
        )


VALIDATORS: dict[type, Callable[[Any, date], None]] = {
    ContractData: validate_contract,
    AmendmentData: validate_amendment,
    MilestoneData: validate_milestone,
    DeliveryData: validate_delivery,
    ShippingExceptionData: validate_exception,
    AcceptanceData: validate_acceptance,
    InvoiceData: validate_invoice,
    PaymentData: validate_payment,
    CollectionActionData: validate_action,
}
