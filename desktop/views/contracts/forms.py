"""The dialogs that edit a contract's parts, each a :class:`FormDialog` over its dataclass."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtWidgets import QDoubleSpinBox, QWidget

from desktop.models.enums import (
    AcceptanceKind,
    CollectionStep,
    DueRule,
    InvoiceKind,
    InvoiceStatus,
    MilestoneTrigger,
    PaymentMethod,
)
from desktop.services.contracts.data import (
    AcceptanceData,
    AmendmentData,
    CollectionActionData,
    DeliveryData,
    InvoiceData,
    MilestoneData,
    PaymentData,
    ShippingExceptionData,
)
from desktop.views.common.widgets import EnumCombo
from desktop.views.i18n import translate

from .form_dialog import (
    BoolField,
    ChoiceField,
    DateField,
    DecimalField,
    EnumField,
    FormDialog,
    IntField,
    MoneyField,
    NoteField,
    TextField,
)

Save = Callable[[Any], Any]


def _title(new: bool, new_text: str, edit_text: str) -> str:
    return new_text if new else edit_text


def amendment_dialog(
    parent: QWidget, data: AmendmentData, save: Save, *, new: bool, currency: str
) -> FormDialog:
    return FormDialog(
        _title(
            new,
            translate("ContractForms", "New amendment"),
            translate("ContractForms", "Edit amendment"),
        ),
        [
            DateField("signed_on", translate("ContractForms", "Signed on")),
            NoteField("description", translate("ContractForms", "What changes")),
            MoneyField(
                "amount_delta",
                translate("ContractForms", "Amount change"),
                currency=currency,
                tip=translate("ContractForms", "Negative when the amendment lowers the amount"),
            ),
        ],
        data,
        save,
        parent,
        intro=translate(
            "ContractForms",
            "The payment milestones must add up to the contract amount plus every amendment: "
            "add a milestone for the amendment's money.",
        ),
    )


def milestone_dialog(
    parent: QWidget, data: MilestoneData, save: Save, *, new: bool, currency: str
) -> FormDialog:
    dialog = FormDialog(
        _title(
            new,
            translate("ContractForms", "New payment milestone"),
            translate("ContractForms", "Edit payment milestone"),
        ),
        [
            TextField("name", translate("ContractForms", "Name")),
            DecimalField(
                "percent",
                translate("ContractForms", "Share of the contract amount"),
                maximum=100,
                suffix=" %",
                optional=True,
                tip=translate("ContractForms", "Leave empty to enter a fixed amount"),
            ),
            MoneyField("amount", translate("ContractForms", "Amount"), currency=currency),
            EnumField("trigger", translate("ContractForms", "Trigger"), MilestoneTrigger),
            EnumField("due_rule", translate("ContractForms", "Due"), DueRule),
            IntField(
                "due_days",
                translate("ContractForms", "Days after the trigger"),
                maximum=3650,
            ),
            DateField("fixed_due_on", translate("ContractForms", "Fixed date")),
        ],
        data,
        save,
        parent,
    )
    widgets = dialog.widgets

    percent = dialog.widget("percent", QDoubleSpinBox)
    due_rule = dialog.widget("due_rule", EnumCombo)
    trigger = dialog.widget("trigger", EnumCombo)

    def sync(*_args: object) -> None:
        widgets["amount"].setEnabled(percent.value() <= percent.minimum())
        by_days = due_rule.value() is DueRule.DAYS_AFTER
        widgets["due_days"].setEnabled(by_days)
        widgets["fixed_due_on"].setEnabled(
            not by_days or trigger.value() is MilestoneTrigger.FIXED_DATE
        )

    percent.valueChanged.connect(sync)
    due_rule.currentIndexChanged.connect(sync)
    trigger.currentIndexChanged.connect(sync)
    sync()
    return dialog


def delivery_dialog(parent: QWidget, data: DeliveryData, save: Save, *, new: bool) -> FormDialog:
    return FormDialog(
        _title(
            new,
            translate("ContractForms", "New delivery line"),
            translate("ContractForms", "Edit delivery line"),
        ),
        [
            TextField("item", translate("ContractForms", "Item")),
            DecimalField("quantity", translate("ContractForms", "Quantity"), decimals=2),
            TextField("unit", translate("ContractForms", "Unit")),
            DateField("planned_on", translate("ContractForms", "Planned delivery")),
            DateField("shipped_on", translate("ContractForms", "Shipped on")),
            DateField("arrived_on", translate("ContractForms", "Arrived on")),
            NoteField("note", translate("ContractForms", "Note")),
        ],
        data,
        save,
        parent,
        intro=translate(
            "ContractForms",
            "Shipping is checked against the customer class: class A, B and C customers whose "
            "agreed payment has not arrived ship only when paid in full or under an approved "
            "shipping exception.",
        ),
    )


def exception_dialog(
    parent: QWidget, data: ShippingExceptionData, save: Save, *, new: bool
) -> FormDialog:
    return FormDialog(
        _title(
            new,
            translate("ContractForms", "New shipping exception"),
            translate("ContractForms", "Edit shipping exception"),
        ),
        [
            NoteField("reason", translate("ContractForms", "Why ship before payment")),
            NoteField(
                "commitment_letter",
                translate("ContractForms", "Customer's commitment letter"),
                tip=translate(
                    "ContractForms", "What the customer promises in writing, and by when"
                ),
            ),
            TextField("approver", translate("ContractForms", "Approved by")),
            DateField("approved_on", translate("ContractForms", "Approved on")),
            DateField("close_by", translate("ContractForms", "Close by")),
            DateField("closed_on", translate("ContractForms", "Closed on")),
        ],
        data,
        save,
        parent,
    )


def acceptance_dialog(
    parent: QWidget, data: AcceptanceData, save: Save, *, new: bool
) -> FormDialog:
    return FormDialog(
        _title(
            new,
            translate("ContractForms", "New acceptance"),
            translate("ContractForms", "Edit acceptance"),
        ),
        [
            EnumField("kind", translate("ContractForms", "Kind"), AcceptanceKind),
            DateField("accepted_on", translate("ContractForms", "Accepted on")),
            TextField("document", translate("ContractForms", "Certificate or document")),
            NoteField("note", translate("ContractForms", "Note")),
        ],
        data,
        save,
        parent,
    )


def invoice_dialog(
    parent: QWidget,
    data: InvoiceData,
    save: Save,
    *,
    new: bool,
    currency: str,
    milestones: Sequence[tuple[str, int | None]],
) -> FormDialog:
    dialog = FormDialog(
        _title(
            new,
            translate("ContractForms", "New invoice"),
            translate("ContractForms", "Edit invoice"),
        ),
        [
            ChoiceField("milestone_id", translate("ContractForms", "For milestone"), milestones),
            EnumField("kind", translate("ContractForms", "Kind"), InvoiceKind),
            TextField("number", translate("ContractForms", "Invoice number")),
            MoneyField("amount", translate("ContractForms", "Amount"), currency=currency),
            DateField("issued_on", translate("ContractForms", "Issued on")),
            DateField("received_on", translate("ContractForms", "Received by the customer")),
            EnumField("status", translate("ContractForms", "Status"), InvoiceStatus),
            DateField("status_on", translate("ContractForms", "Booked or returned on")),
            NoteField("note", translate("ContractForms", "Note (why it was returned)")),
        ],
        data,
        save,
        parent,
    )
    widgets = dialog.widgets

    status = dialog.widget("status", EnumCombo)

    def sync(*_args: object) -> None:
        widgets["status_on"].setEnabled(status.value() is not InvoiceStatus.ISSUED)

    status.currentIndexChanged.connect(sync)
    sync()
    return dialog


def payment_dialog(
    parent: QWidget, data: PaymentData, save: Save, *, new: bool, currency: str
) -> FormDialog:
    return FormDialog(
        _title(
            new,
            translate("ContractForms", "Record a payment"),
            translate("ContractForms", "Edit payment"),
        ),
        [
            DateField("received_on", translate("ContractForms", "Received on")),
            MoneyField("amount", translate("ContractForms", "Amount"), currency=currency),
            EnumField("method", translate("ContractForms", "Method"), PaymentMethod),
            TextField("reference", translate("ContractForms", "Reference")),
            NoteField("note", translate("ContractForms", "Note")),
        ],
        data,
        save,
        parent,
        intro=translate(
            "ContractForms",
            "The payment settles the milestones oldest due first; you can split it by hand "
            "afterwards.",
        ),
    )


def action_dialog(
    parent: QWidget,
    data: CollectionActionData,
    save: Save,
    *,
    new: bool,
    milestones: Sequence[tuple[str, int]],
) -> FormDialog:
    return FormDialog(
        _title(
            new,
            translate("ContractForms", "New collection step"),
            translate("ContractForms", "Edit collection step"),
        ),
        [
            ChoiceField("milestone_id", translate("ContractForms", "Milestone"), milestones),
            EnumField("step", translate("ContractForms", "Step"), CollectionStep),
            DateField("done_on", translate("ContractForms", "Date")),
            TextField("done_by", translate("ContractForms", "Done by")),
            NoteField("outcome", translate("ContractForms", "Outcome")),
            BoolField(
                "acknowledged",
                translate(
                    "ContractForms",
                    "The customer acknowledged the debt in writing (signed letter or proof "
                    "of receipt)",
                ),
                tip=translate(
                    "ContractForms",
                    "An acknowledged step restarts the limitation period (Civil Code art. 195)",
                ),
            ),
            BoolField(
                "covers_contract",
                translate(
                    "ContractForms",
                    "It acknowledges the contract's whole open balance (e.g. a signed "
                    "reconciliation letter), not only this milestone",
                ),
                tip=translate(
                    "ContractForms",
                    "Restarts the limitation period of every open milestone of the contract",
                ),
            ),
        ],
        data,
        save,
        parent,
        intro=translate(
            "ContractForms",
            "A lawyer's letter and litigation need approval before they are sent or filed.",
        ),
    )


@dataclass(frozen=True)
class Termination:
    on: date | None = None
    reason: str = ""


def termination_dialog(parent: QWidget, today: date, save: Save) -> FormDialog:
    return FormDialog(
        translate("ContractForms", "Terminate the contract"),
        [
            DateField("on", translate("ContractForms", "Terminated on")),
            NoteField("reason", translate("ContractForms", "Reason")),
        ],
        Termination(today, ""),
        save,
        parent,
        intro=translate(
            "ContractForms",
            "Unpaid milestones stay receivable: delete or change those the customer no longer "
            "owes.",
        ),
    )
