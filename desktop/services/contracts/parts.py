"""The kinds of record a contract holds besides itself, as the views name them: a view says
which part to delete or attach a file to by kind, and never handles a model class
(docs/architecture.md#layers)."""

from __future__ import annotations

from enum import StrEnum

from desktop.models import (
    Acceptance,
    Amendment,
    CollectionAction,
    DeliveryLine,
    Invoice,
    Payment,
    PaymentMilestone,
    ShippingException,
)


class Part(StrEnum):
    AMENDMENT = "amendment"
    MILESTONE = "milestone"
    DELIVERY = "delivery"
    SHIPPING_EXCEPTION = "shipping_exception"
    ACCEPTANCE = "acceptance"
    INVOICE = "invoice"
    PAYMENT = "payment"
    COLLECTION_ACTION = "collection_action"


MODELS: dict[Part, type] = {
    Part.AMENDMENT: Amendment,
    Part.MILESTONE: PaymentMilestone,
    Part.DELIVERY: DeliveryLine,
    Part.SHIPPING_EXCEPTION: ShippingException,
    Part.ACCEPTANCE: Acceptance,
    Part.INVOICE: Invoice,
    Part.PAYMENT: Payment,
    Part.COLLECTION_ACTION: CollectionAction,
}
