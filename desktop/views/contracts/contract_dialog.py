"""Creating or editing a contract record: account, opportunity, amounts, review."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from desktop.models.enums import ContractStatus, CustomerClass
from desktop.services.contracts.data import ContractData
from desktop.services.contracts.detail import ContractQueries
from desktop.services.labels import label
from desktop.views.context import AppContext
from desktop.views.i18n import translate

from .form_dialog import (
    ChoiceField,
    DateField,
    EnumField,
    Field,
    FormDialog,
    IntField,
    MoneyField,
    NoteField,
    TextField,
    fill_choices,
)

CURRENCIES = ("CNY", "USD", "EUR", "HKD", "JPY", "GBP")


class CurrencyField(Field):
    def make(self, parent: QWidget) -> QComboBox:
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.addItems(CURRENCIES)
        return combo

    def get(self, widget: QComboBox) -> str:
        return widget.currentText().strip().upper()

    def set(self, widget: QComboBox, value: str) -> None:
        widget.setCurrentText(value or "CNY")


def contract_dialog(
    ctx: AppContext,
    parent: QWidget,
    data: ContractData,
    save: Callable[[ContractData], Any],
    *,
    new: bool,
) -> FormDialog:
    queries = ContractQueries(ctx.db, ctx.clock)
    accounts = [(row.name, row.id) for row in ctx.services.accounts.list()]
    statuses = [(label(s, translate), s) for s in ContractStatus]
    if data.status is not ContractStatus.TERMINATED:
        statuses = [(text, s) for text, s in statuses if s is not ContractStatus.TERMINATED]
    fields: list[Field] = [
        ChoiceField("account_id", translate("ContractDialog", "Account"), accounts),
        ChoiceField("opportunity_id", translate("ContractDialog", "Opportunity"), []),
        TextField("number", translate("ContractDialog", "Contract number")),
        TextField("title", translate("ContractDialog", "Title")),
        DateField("signed_on", translate("ContractDialog", "Signed on")),
        MoneyField("amount", translate("ContractDialog", "Amount"), currency=data.currency),
        CurrencyField("currency", translate("ContractDialog", "Currency")),
        EnumField(
            "customer_class",
            translate("ContractDialog", "Customer class"),
            CustomerClass,
            allow_none=True,
        ),
        IntField(
            "warranty_months",
            translate("ContractDialog", "Warranty"),
            maximum=240,
            suffix=translate("ContractDialog", " months"),
            optional=True,
        ),
        TextField("reviewed_by", translate("ContractDialog", "Reviewed by")),
        DateField("reviewed_on", translate("ContractDialog", "Reviewed on")),
        ChoiceField("status", translate("ContractDialog", "Status"), statuses),
        NoteField("notes", translate("ContractDialog", "Notes")),
    ]
    title = (
        translate("ContractDialog", "New contract")
        if new
        else translate("ContractDialog", "Edit contract")
    )
    dialog = FormDialog(title, fields, data, save, parent)
    widgets = dialog.widgets
    account_combo: QComboBox = widgets["account_id"]
    opportunity_combo: QComboBox = widgets["opportunity_id"]

    def load_opportunities(keep: int | None) -> None:
        account_id = account_combo.currentData()
        choices = [(translate("ContractDialog", "(none)"), None)]
        if account_id is not None:
            choices += queries.opportunities(account_id)
        fill_choices(opportunity_combo, choices)
        opportunity_combo.setCurrentIndex(max(0, opportunity_combo.findData(keep)))

    def on_account_changed(_index: int) -> None:
        load_opportunities(None)
        account_id = account_combo.currentData()
        if new and account_id is not None:
            widgets["customer_class"].set_value(queries.account_class(account_id))

    def on_currency_changed(text: str) -> None:
        code = text.strip().upper()
        widgets["amount"].setPrefix(("¥" if code == "CNY" else code) + " ")

    load_opportunities(data.opportunity_id)
    if new and data.customer_class is None and account_combo.currentData() is not None:
        widgets["customer_class"].set_value(queries.account_class(account_combo.currentData()))
    account_combo.currentIndexChanged.connect(on_account_changed)
    widgets["currency"].currentTextChanged.connect(on_currency_changed)
    return dialog
