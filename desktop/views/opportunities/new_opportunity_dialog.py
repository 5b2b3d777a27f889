"""Starting an opportunity by hand (most come from converting a lead)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.services.accounts import AccountService
from desktop.services.opportunities.deals import NewOpportunity
from desktop.views.common.widgets import MoneyEdit, OptionalDateEdit

from .dialog_layout import finish_dialog


class NewOpportunityDialog(QDialog):
    def __init__(
        self, accounts: AccountService, account_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New opportunity"))
        self.account = QComboBox(self)
        for row in accounts.list():
            self.account.addItem(row.name, row.id)
        if account_id is not None:
            self.account.setCurrentIndex(max(self.account.findData(account_id), 0))
        self.name = QLineEdit(self)
        self.amount = MoneyEdit(self)
        self.decision = OptionalDateEdit(self)
        hint = QLabel(
            self.tr("It starts in the first stage; fill in the fact sheet afterwards."), self
        )
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Account"), self.account)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.tr("Expected decision"), self.decision)
        finish_dialog(self, form, hint)
        self.resize(480, self.sizeHint().height())

    def data(self) -> NewOpportunity | None:
        account_id = self.account.currentData()
        if account_id is None:
            return None
        return NewOpportunity(
            account_id, self.name.text(), self.amount.value_decimal(), self.decision.value()
        )
