"""Splitting a payment over the milestones by hand."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.services.contracts.detail_rows import ContractDetail, PaymentRow
from desktop.services.messages import UserError
from desktop.views.common.formatting import format_date
from desktop.views.common.widgets import MoneyEdit

from .text import money, render


class AllocationDialog(QDialog):
    def __init__(
        self,
        detail: ContractDetail,
        payment: PaymentRow,
        save: Callable[[dict[int, Decimal]], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Split the payment by hand"))
        self._payment = payment
        self._save = save
        currency = detail.header.currency
        self._currency = currency
        mine = {part.milestone_id: part.amount for part in payment.allocations}
        grid = QGridLayout()
        for column, text in enumerate(
            (self.tr("Milestone"), self.tr("Due on"), self.tr("Amount"),
             self.tr("Owed before this payment"), self.tr("From this payment"))
        ):  # fmt: skip
            caption = QLabel(f"<b>{text}</b>", self)
            grid.addWidget(caption, 0, column)
        self.edits: dict[int, MoneyEdit] = {}
        for number, milestone in enumerate(detail.milestones, start=1):
            owed = milestone.outstanding + mine.get(milestone.id, Decimal(0))
            edit = MoneyEdit(self, currency=currency)
            edit.setMinimum(0)
            edit.set_decimal(mine.get(milestone.id, Decimal(0)))
            edit.valueChanged.connect(self._update_left)
            self.edits[milestone.id] = edit
            grid.addWidget(QLabel(milestone.name, self), number, 0)
            grid.addWidget(QLabel(format_date(milestone.due_on), self), number, 1)
            grid.addWidget(QLabel(money(milestone.amount, currency), self), number, 2)
            grid.addWidget(QLabel(money(owed, currency), self), number, 3)
            grid.addWidget(edit, number, 4)
        intro = QLabel(
            self.tr(
                "Payment of {amount} received on {date}. Amounts you set here are kept; what "
                "is left of the payment stays unallocated."
            ).format(amount=money(payment.amount, currency), date=format_date(payment.received_on)),
            self,
        )
        intro.setWordWrap(True)
        self.left = QLabel(self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.left)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._update_left()

    def amounts(self) -> dict[int, Decimal]:
        return {milestone_id: edit.value_decimal() for milestone_id, edit in self.edits.items()}

    def _update_left(self, *_args) -> None:
        left = self._payment.amount - sum(self.amounts().values(), Decimal(0))
        self.left.setText(
            self.tr("Left unallocated: {amount}").format(amount=money(left, self._currency))
        )

    def accept(self) -> None:
        try:
            self._save(self.amounts())
        except UserError as error:
            self.error.setText(render(error.message))
            return
        super().accept()
