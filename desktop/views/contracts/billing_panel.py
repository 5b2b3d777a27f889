"""Invoices and payments, and how each payment is allocated to the milestones."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from desktop.services.contracts.data import InvoiceData, PaymentData
from desktop.services.contracts.detail_rows import InvoiceRow, PaymentRow
from desktop.services.contracts.parts import Part
from desktop.services.contracts.service import EXCESS_NOT_RECORDED
from desktop.services.messages import UserError
from desktop.services.records import read_from
from desktop.views.common.formatting import format_date
from desktop.views.common.row_table import Column
from desktop.views.context import AppContext

from .allocation_dialog import AllocationDialog
from .editor import ContractEditor
from .forms import invoice_dialog, payment_dialog
from .panel import ContractPanel
from .section import PartSection
from .text import money, render


class BillingPanel(ContractPanel):
    def __init__(self, ctx: AppContext, editor: ContractEditor, parent: QWidget | None = None):
        super().__init__(ctx, editor, parent)
        self.invoices = PartSection(
            self.tr("Invoices"),
            [
                Column(self.tr("Number"), lambda r: r.number),
                Column(self.tr("Kind"), lambda r: r.kind),
                Column(self.tr("Milestone"), lambda r: r.milestone),
                Column(self.tr("Amount"), lambda r: r.amount, self._money),
                Column(self.tr("Issued"), lambda r: r.issued_on),
                Column(self.tr("Customer received"), lambda r: r.received_on),
                Column(self.tr("Status"), lambda r: r.status),
                Column(self.tr("Booked / returned"), lambda r: r.status_on),
                Column(self.tr("Follow-up"), lambda r: r, self._follow_up),
                Column(self.tr("Note"), lambda r: r.note),
            ],
            self,
        )
        self.payments = PartSection(
            self.tr("Payments"),
            [
                Column(self.tr("Received on"), lambda r: r.received_on),
                Column(self.tr("Amount"), lambda r: r.amount, self._money),
                Column(self.tr("Method"), lambda r: r.method),
                Column(self.tr("Reference"), lambda r: r.reference),
                Column(self.tr("Settles"), lambda r: r, self._settles),
                Column(
                    self.tr("Unallocated"),
                    lambda r: r.unallocated,
                    lambda v: self._money(v) if v else "",
                ),
                Column(
                    self.tr("Split"),
                    lambda r: r.by_hand,
                    lambda v: self.tr("by hand") if v else self.tr("automatic"),
                ),
            ],
            self,
        )
        self.payments.add_button.setText(self.tr("Record payment…"))
        self.split_button = self.payments.add_button_for(self.tr("Split by hand…"))
        self.automatic_button = self.payments.add_button_for(self.tr("Allocate automatically"))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.invoices)
        splitter.addWidget(self.payments)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.invoices.add_requested.connect(lambda: self.edit_invoice(None))
        self.invoices.edit_requested.connect(self.edit_invoice)
        self.invoices.delete_requested.connect(
            lambda row: self.delete_part(
                Part.INVOICE, row.id, self.tr("invoice {number}").format(number=row.number)
            )
        )
        self.payments.add_requested.connect(lambda: self.edit_payment(None))
        self.payments.edit_requested.connect(self.edit_payment)
        self.payments.delete_requested.connect(
            lambda row: self.delete_part(
                Part.PAYMENT,
                row.id,
                self.tr("the payment of {amount}").format(amount=self._money(row.amount)),
            )
        )
        self.split_button.clicked.connect(self.split_by_hand)
        self.automatic_button.clicked.connect(self.allocate_automatically)

    def _money(self, value) -> str:
        return money(value, self.currency)

    def _follow_up(self, row: InvoiceRow) -> str:
        return self.tr("Ask the customer to book it") if row.booking_late else ""

    def _settles(self, row: PaymentRow) -> str:
        return "; ".join(f"{part.milestone} {self._money(part.amount)}" for part in row.allocations)

    def refresh(self) -> None:
        rows = ((), ()) if self.detail is None else (self.detail.invoices, self.detail.payments)
        for section, items in zip((self.invoices, self.payments), rows, strict=True):
            keep = section.selected()
            section.set_rows(items, getattr(keep, "id", None))

    # ---- actions -------------------------------------------------------------------------

    def _milestone_choices(self) -> list[tuple[str, int | None]]:
        choices: list[tuple[str, int | None]] = [(self.tr("(none)"), None)]
        for m in self.shown.milestones:
            due = format_date(m.due_on)
            text = f"{m.name} · {self._money(m.amount)}" + (f" · {due}" if due else "")
            choices.append((text, m.id))
        return choices

    def edit_invoice(self, row: InvoiceRow | None) -> None:
        if self.detail is None:
            return
        if row is None:
            unbilled = next(
                (m for m in self.detail.milestones if m.invoiced < m.amount and m.due_on), None
            )
            data = InvoiceData(
                milestone_id=None if unbilled is None else unbilled.id,
                amount=Decimal(0) if unbilled is None else unbilled.amount - unbilled.invoiced,
                issued_on=self.ctx.clock.today(),
            )
        else:
            data = read_from(InvoiceData, row)
        self.open_part_dialog(
            invoice_dialog,
            row,
            data,
            self.tr("Add invoice"),
            self.tr("Edit invoice"),
            currency=self.currency,
            milestones=self._milestone_choices(),
        )

    def edit_payment(self, row: PaymentRow | None) -> None:
        if self.detail is None:
            return
        if row is None:
            data = PaymentData(received_on=self.ctx.clock.today())
        else:
            data = read_from(PaymentData, row)
        record_id = None if row is None else row.id

        def confirm_excess(data: PaymentData) -> None:
            # More than the open balance: the user decides, knowing where the excess goes.
            question = self.service.payment_excess(self.shown.header.id, record_id, data.amount)
            if question is not None and not self.ctx.dialogs.confirm(
                self.tr("Payment larger than the open balance"), render(question)
            ):
                raise UserError(EXCESS_NOT_RECORDED)

        self.open_part_dialog(
            payment_dialog,
            row,
            data,
            self.tr("Record payment"),
            self.tr("Edit payment"),
            before_save=confirm_excess,
            currency=self.currency,
        )

    def split_by_hand(self) -> None:
        row = self.payments.selected()
        if row is None or self.detail is None:
            return

        def save(amounts):
            return self.editor.run(
                self.tr("Split payment by hand"),
                lambda: self.service.allocate_by_hand(row.id, amounts),
            )

        AllocationDialog(self.detail, row, save, self).exec()

    def allocate_automatically(self) -> None:
        row = self.payments.selected()
        if row is not None:
            self.editor.attempt(
                self.tr("Allocate payment automatically"),
                lambda: self.service.allocate_automatically(row.id),
            )
