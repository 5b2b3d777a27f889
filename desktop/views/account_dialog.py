"""Creating or editing an account."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import (
    CustomerClass,
    FinancialCondition,
    IndustryStage,
    OwnershipType,
    PaymentHistory,
)
from desktop.services.accounts import AccountData, AccountService
from desktop.services.messages import UserError
from desktop.services.versions import ChangedMeanwhile, ReadRecord

from .common.changed_meanwhile import refused
from .common.widgets import EnumCombo
from .i18n import translate


class AccountDialog(QDialog):
    def __init__(self, service: AccountService, account_id: int | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.service = service
        self.account_id = account_id
        self.saved_id: int | None = None
        self.setWindowTitle(
            self.tr("New account") if account_id is None else self.tr("Edit account")
        )
        self.name = QLineEdit(self)
        self.short_name = QLineEdit(self)
        self.industry = QLineEdit(self)
        self.region = QLineEdit(self)
        self.address = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.tax_id = QLineEdit(self)
        self.source_channel = QLineEdit(self)
        self.customer_class = EnumCombo(CustomerClass, self)
        self.ownership_type = EnumCombo(OwnershipType, self)
        self.industry_stage = EnumCombo(IndustryStage, self)
        self.financial_condition = EnumCombo(FinancialCondition, self)
        self.payment_history = EnumCombo(PaymentHistory, self)
        self.notes = QPlainTextEdit(self)
        self.notes.setMaximumHeight(80)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Short name"), self.short_name)
        form.addRow(self.tr("Industry"), self.industry)
        form.addRow(self.tr("Region"), self.region)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Unified social credit code"), self.tax_id)
        form.addRow(self.tr("Source channel"), self.source_channel)
        form.addRow(self.tr("Customer class"), self.customer_class)
        form.addRow(self.tr("Ownership"), self.ownership_type)
        form.addRow(self.tr("Industry stage"), self.industry_stage)
        form.addRow(self.tr("Financial condition"), self.financial_condition)
        form.addRow(self.tr("Payment history"), self.payment_history)
        form.addRow(self.tr("Notes"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())
        self.record: ReadRecord[AccountData] | None = None
        if account_id is not None:
            self.record = ReadRecord(lambda: service.read(account_id))
            self._load(self.record.data)

    def _combos(self) -> dict[str, EnumCombo]:
        return {
            "customer_class": self.customer_class,
            "ownership_type": self.ownership_type,
            "industry_stage": self.industry_stage,
            "financial_condition": self.financial_condition,
            "payment_history": self.payment_history,
        }

    def _lines(self) -> dict[str, QLineEdit]:
        return {
            "name": self.name,
            "short_name": self.short_name,
            "industry": self.industry,
            "region": self.region,
            "address": self.address,
            "phone": self.phone,
            "tax_id": self.tax_id,
            "source_channel": self.source_channel,
        }

    def _load(self, data: AccountData) -> None:
        for field, edit in self._lines().items():
            edit.setText(getattr(data, field))
        for field, combo in self._combos().items():
            combo.set_value(getattr(data, field))
        self.notes.setPlainText(data.notes)

    def data(self) -> AccountData:
        values: dict[str, str | Enum | None] = {
            field: edit.text().strip() for field, edit in self._lines().items()
        }
        values.update({field: combo.value() for field, combo in self._combos().items()})
        # the form's fields are AccountData's, typed per field by the form that fills them
        return AccountData(notes=self.notes.toPlainText(), **values)  # type: ignore[arg-type]

    def accept(self) -> None:
        try:
            if self.account_id is None:
                self.saved_id, _ = self.service.create(self.data())
            else:
                assert self.record is not None
                self.service.update(self.account_id, self.data(), self.record.version)
                self.saved_id = self.account_id
        except ChangedMeanwhile as error:
            assert self.record is not None
            refused(self, error, self.record, self.data(), self._load, self.error.setText)
            return
        except UserError as error:
            self.error.setText(error.message.render(translate))
            return
        super().accept()
