"""The contract record: its facts, the review before signing, amendments and termination."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import ContractStatus
from desktop.services.contracts.data import AmendmentData
from desktop.services.contracts.detail_rows import AmendmentRow
from desktop.services.contracts.parts import Part
from desktop.services.versions import ReadRecord
from desktop.views.common.formatting import display, format_date, format_number
from desktop.views.common.read_only import edits
from desktop.views.common.row_table import Column
from desktop.views.context import AppContext

from .contract_dialog import contract_dialog
from .editor import ContractEditor
from .forms import Termination, amendment_dialog, termination_dialog
from .panel import ContractPanel
from .section import PartSection
from .text import BAD, GOOD, money, render


def _value_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class OverviewPanel(ContractPanel):
    def __init__(self, ctx: AppContext, editor: ContractEditor, parent: QWidget | None = None):
        super().__init__(ctx, editor, parent)
        self.values: dict[str, QLabel] = {}
        facts = QGridLayout()
        rows = [
            ("number", self.tr("Contract number"), "status", self.tr("Status")),
            ("title", self.tr("Title"), "customer_class", self.tr("Customer class")),
            ("account", self.tr("Account"), "opportunity", self.tr("Opportunity")),
            ("signed_on", self.tr("Signed on"), "warranty", self.tr("Warranty")),
            ("amount", self.tr("Contract amount"), "total", self.tr("With amendments")),
        ]
        for number, (left, left_text, right, right_text) in enumerate(rows):
            for column, (key, text) in enumerate(((left, left_text), (right, right_text))):
                caption = QLabel(text, self)
                caption.setStyleSheet("color: #555")
                self.values[key] = _value_label(self)
                facts.addWidget(caption, number, column * 2)
                facts.addWidget(self.values[key], number, column * 2 + 1)
        facts.setColumnStretch(1, 3)
        facts.setColumnStretch(3, 2)
        self.notes = _value_label(self)
        self.review = _value_label(self)
        self.review.setTextFormat(Qt.TextFormat.RichText)
        self.termination = _value_label(self)
        self.termination.setStyleSheet(f"color: {BAD.name()}")

        self.edit_button = edits(QPushButton(self.tr("Edit contract…"), self))
        self.terminate_button = edits(QPushButton(self.tr("Terminate…"), self))
        self.reopen_button = edits(QPushButton(self.tr("Reopen"), self))
        self.delete_button = edits(QPushButton(self.tr("Delete contract"), self))
        buttons = QHBoxLayout()
        for button in (
            self.edit_button,
            self.terminate_button,
            self.reopen_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        review_box = QGroupBox(self.tr("Review before signing"), self)
        review_layout = QVBoxLayout(review_box)
        review_layout.addWidget(self.review)

        self.amendments = PartSection(
            self.tr("Amendments"),
            [
                Column(self.tr("Signed on"), lambda r: r.signed_on),
                Column(self.tr("Amount change"), lambda r: r.amount_delta),
                Column(self.tr("What changes"), lambda r: r.description),
            ],
            self,
        )
        layout = QVBoxLayout(self)
        layout.addLayout(facts)
        layout.addWidget(self.notes)
        layout.addWidget(self.termination)
        layout.addLayout(buttons)
        layout.addWidget(review_box)
        layout.addWidget(self.amendments)
        layout.addStretch(1)
        self.amendments.table.setMaximumHeight(160)

        self.edit_button.clicked.connect(self.edit_contract)
        self.terminate_button.clicked.connect(self.terminate)
        self.reopen_button.clicked.connect(self.reopen)
        self.delete_button.clicked.connect(self.delete_contract)
        self.amendments.add_requested.connect(lambda: self.edit_amendment(None))
        self.amendments.edit_requested.connect(self.edit_amendment)
        self.amendments.delete_requested.connect(self.delete_amendment)

    def refresh(self) -> None:
        detail = self.detail
        if detail is None:
            for label in self.values.values():
                label.clear()
            self.notes.clear()
            self.review.clear()
            self.termination.clear()
            self.amendments.set_rows([])
            return
        head = detail.header
        warranty = (
            ""
            if head.warranty_months is None
            else self.tr("{months} months").format(months=format_number(head.warranty_months))
        )
        texts = {
            "number": head.number,
            "status": display(head.status),
            "title": head.title,
            "customer_class": display(head.customer_class),
            "account": head.account,
            "opportunity": head.opportunity or "—",
            "signed_on": format_date(head.signed_on) or "—",
            "warranty": warranty or "—",
            "amount": money(head.amount, head.currency),
            "total": money(head.total, head.currency),
        }
        for key, text in texts.items():
            self.values[key].setText(text)
        self.notes.setText(head.notes)
        self.notes.setVisible(bool(head.notes))
        self.review.setText(self._review_html())
        terminated = head.status is ContractStatus.TERMINATED
        self.termination.setVisible(terminated)
        if terminated:
            self.termination.setText(
                self.tr("Terminated on {date}: {reason}").format(
                    date=format_date(head.terminated_on), reason=head.termination_reason
                )
            )
        self.terminate_button.setVisible(not terminated)
        self.reopen_button.setVisible(terminated)
        keep = self.amendments.selected()
        self.amendments.set_rows(detail.amendments, getattr(keep, "id", None))

    def _review_html(self) -> str:
        head = self.shown.header
        if head.reviewed_by or head.reviewed_on:
            who = self.tr("Reviewed by {name} on {date}.").format(
                name=escape(head.reviewed_by or "—", quote=False),
                date=format_date(head.reviewed_on) or "—",
            )
        else:
            who = self.tr("Not reviewed yet.")
        if not self.shown.problems:
            terms = self.tr(
                "Payment terms closed: every milestone has a trigger and a due date, and they "
                "add up to the contract total."
            )
            return f"{who}<br><span style='color:{GOOD.name()}'>✔ {terms}</span>"
        items = "".join(f"<li>{escape(render(p), quote=False)}</li>" for p in self.shown.problems)
        heading = self.tr("Payment terms not closed:")
        return f"{who}<br><span style='color:{BAD.name()}'>✘ {heading}</span><ul>{items}</ul>"

    # ---- actions -------------------------------------------------------------------------

    def edit_contract(self) -> None:
        if self.detail is None:
            return
        contract_id = self.contract_id
        assert contract_id is not None
        record = ReadRecord(lambda: self.service.read_contract(contract_id))
        dialog = contract_dialog(
            self.ctx,
            self,
            record.data,
            lambda data: self.editor.run(
                self.tr("Edit contract"),
                lambda: self.service.update_contract(contract_id, data, record.version),
            ),
            new=False,
        )
        dialog.guard(record).exec()

    def terminate(self) -> None:
        if self.detail is None:
            return
        contract_id = self.contract_id

        def save(data: Termination):
            return self.editor.run(
                self.tr("Terminate contract"),
                lambda: self.service.terminate(contract_id, data.on, data.reason),
            )

        termination_dialog(self, self.ctx.clock.today(), save).exec()

    def reopen(self) -> None:
        if self.contract_id is not None:
            contract_id = self.contract_id
            self.editor.attempt(
                self.tr("Reopen contract"), lambda: self.service.reopen(contract_id)
            )

    def delete_contract(self) -> None:
        if self.detail is None:
            return
        head = self.shown.header
        question = self.tr(
            "Move contract {number} with its milestones, deliveries, invoices, payments and "
            "collection records to the trash? You can restore it from Edit ▸ Trash for 30 "
            "days."
        ).format(number=head.number)
        if self.ctx.dialogs.confirm(self.tr("Delete contract"), question):
            self.editor.delete(
                self.tr("Delete contract {number}").format(number=head.number), head.id
            )

    def edit_amendment(self, row: AmendmentRow | None) -> None:
        if self.detail is None:
            return
        data = (
            AmendmentData(signed_on=self.ctx.clock.today())
            if row is None
            else AmendmentData(row.signed_on, row.description, row.amount_delta)
        )
        self.open_part_dialog(
            amendment_dialog,
            row,
            data,
            self.tr("Add amendment"),
            self.tr("Edit amendment"),
            currency=self.currency,
        )

    def delete_amendment(self, row: AmendmentRow) -> None:
        self.delete_part(Part.AMENDMENT, row.id, self.tr("the amendment"))
