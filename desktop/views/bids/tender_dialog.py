"""Creating or editing a tender: the opportunity it is for, the documents, dates, the bid
bond, prices and lots; a new tender also gets a copy of a checklist template."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import BidDecision
from desktop.services.bids.templates import TemplateRow
from desktop.services.bids.tenders import LotData, OpportunityChoice, TenderData
from desktop.services.messages import UserError
from desktop.services.versions import ChangedMeanwhile, ReadRecord
from desktop.views.common.changed_meanwhile import refused
from desktop.views.common.formatting import display
from desktop.views.common.widgets import MoneyEdit, OptionalDateEdit, widget_as
from desktop.views.i18n import translate

from .datetime_edit import OptionalDateTimeEdit
from .forms import error_label, form_group, save_cancel
from .text import template_name

UUID_ROLE = Qt.ItemDataRole.UserRole + 1


def _money(edit: MoneyEdit) -> Decimal | None:
    value = edit.value_decimal()
    return value if value > 0 else None


def _money_edit(parent: QWidget) -> MoneyEdit:
    edit = MoneyEdit(parent)
    edit.setMinimum(0)
    edit.setSpecialValueText("—")
    return edit


class TenderDialog(QDialog):
    """``save(data, template_id)`` is given by the caller; it writes and may refuse."""

    def __init__(
        self,
        choices: list[OpportunityChoice],
        templates: list[TemplateRow] | None,
        data: TenderData | None,
        save,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._choices = choices
        # the tender edited, when its version guards the save (docs/team-server.md#versions)
        self.record: ReadRecord[TenderData] | None = None
        self.setWindowTitle(self.tr("New tender") if data is None else self.tr("Edit tender"))
        self.opportunity = QComboBox(self)
        for choice in choices:
            label = f"{choice.account} — {choice.name}"
            if choice.bid_decision is not BidDecision.BID:
                label += f" ({display(choice.bid_decision)})"
            self.opportunity.addItem(label, choice.id)
        self.template = QComboBox(self)
        self.template.setVisible(templates is not None)
        if templates is not None:
            for row in templates:
                self.template.addItem(template_name(row.name, row.builtin_key, language), row.id)
            self.template.addItem(self.tr("No checklist for now"), None)
        self.gate = QLabel(self)
        self.gate.setWordWrap(True)
        self.gate.setStyleSheet("color: #8e1b10")
        self.override = QLineEdit(self)
        self.override.setPlaceholderText(self.tr("Why we bid although the decision was no-bid"))
        self.tender_no = QLineEdit(self)
        self.title = QLineEdit(self)
        self.buyer = QLineEdit(self)
        self.agency = QLineEdit(self)
        self.documents = QLineEdit(self)
        self.documents.setPlaceholderText(self.tr("Where and how, e.g. the e-bidding platform"))
        self.documents_on = OptionalDateEdit(self)
        self.clarification = OptionalDateTimeEdit(self)
        self.deadline = OptionalDateTimeEdit(self)
        self.place = QLineEdit(self)
        self.opening = OptionalDateTimeEdit(self)
        self.bond = _money_edit(self)
        self.bond_due = OptionalDateEdit(self)
        self.bond_method = QLineEdit(self)
        self.bond_paid = OptionalDateEdit(self)
        self.refund_due = OptionalDateEdit(self)
        self.refunded = OptionalDateEdit(self)
        self.ceiling = _money_edit(self)
        self.responsible = QLineEdit(self)
        self.lots = QTableWidget(0, 3, self)
        self.lots.setHorizontalHeaderLabels([self.tr("Lot"), self.tr("Name"), self.tr("Our price")])
        self.lots.verticalHeader().setVisible(False)
        self.lots.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.lots.setColumnWidth(0, 80)
        self.lots.setColumnWidth(2, 150)
        self.lots.setMinimumHeight(110)
        self.add_lot = QPushButton(self.tr("Add lot"), self)
        self.remove_lot = QPushButton(self.tr("Remove lot"), self)
        self.error = error_label(self)
        self._layout(data is None and templates is not None)
        self.opportunity.currentIndexChanged.connect(self._on_opportunity_changed)
        self.add_lot.clicked.connect(lambda: self._append_lot(LotData("", "")))
        self.remove_lot.clicked.connect(self._remove_lot)
        if data is not None:
            self._load(data)
        else:
            self._on_opportunity_changed()

    def _layout(self, new: bool) -> None:
        main = self._form = QFormLayout()
        main.addRow(self.tr("Opportunity"), self.opportunity)
        main.addRow("", self.gate)
        main.addRow(self.tr("Bid anyway because"), self.override)
        if new:
            main.addRow(self.tr("Checklist template"), self.template)
        main.addRow(self.tr("Tender number"), self.tender_no)
        main.addRow(self.tr("Title"), self.title)
        main.addRow(self.tr("Buyer"), self.buyer)
        main.addRow(self.tr("Tender agency"), self.agency)
        main.addRow(self.tr("Documents obtained"), self.documents)
        main.addRow(self.tr("Obtained on"), self.documents_on)
        main.addRow(self.tr("Responsible"), self.responsible)
        dates = form_group(
            self.tr("Dates"),
            [
                (self.tr("Clarification deadline"), self.clarification),
                (self.tr("Submission deadline"), self.deadline),
                (self.tr("Place of submission"), self.place),
                (self.tr("Opening"), self.opening),
            ],
            self,
        )
        bond = form_group(
            self.tr("Bid bond"),
            [
                (self.tr("Amount"), self.bond),
                (self.tr("Due on"), self.bond_due),
                (self.tr("How paid"), self.bond_method),
                (self.tr("Paid on"), self.bond_paid),
                (self.tr("Refund due on"), self.refund_due),
                (self.tr("Refunded on"), self.refunded),
            ],
            self,
        )
        prices = QGroupBox(self.tr("Prices and lots"), self)
        price_form = QFormLayout(prices)
        price_form.addRow(self.tr("Price ceiling"), self.ceiling)
        price_form.addRow(self.lots)
        lot_buttons = QHBoxLayout()
        lot_buttons.addWidget(self.add_lot)
        lot_buttons.addWidget(self.remove_lot)
        lot_buttons.addStretch(1)
        price_form.addRow(lot_buttons)
        left = QVBoxLayout()
        left.addLayout(main)
        left.addWidget(dates)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(bond)
        right.addWidget(prices, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 5)
        columns.addLayout(right, 4)
        buttons = save_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(980, 620)

    def _choice(self) -> OpportunityChoice | None:
        index = self.opportunity.currentIndex()
        return self._choices[index] if 0 <= index < len(self._choices) else None

    def _on_opportunity_changed(self, *_args) -> None:
        choice = self._choice()
        if choice is None:
            self.gate.setText(self.tr("There is no open opportunity to prepare a tender for."))
            return
        no_bid = choice.bid_decision is BidDecision.NO_BID
        # The override is asked for, and kept, only against a no-bid (docs/domain.md#bid-decision)
        self._set_override_shown(no_bid or bool(self.override.text()))
        if no_bid:
            self.gate.setText(
                self.tr(
                    "This opportunity is marked no-bid. To prepare a tender anyway, say why "
                    "below; the reason is kept with the tender."
                )
            )
        elif choice.bid_decision is BidDecision.UNDECIDED:
            self.gate.setText(self.tr("No bid/no-bid decision on this opportunity yet."))
        else:
            self.gate.setText("")
        self.gate.setVisible(bool(self.gate.text()))
        if not self.title.text():
            self.title.setText(choice.name)
        if not self.buyer.text():
            self.buyer.setText(choice.account)

    def _set_override_shown(self, shown: bool) -> None:
        self.override.setVisible(shown)
        label = self._form.labelForField(self.override)
        if label is not None:
            label.setVisible(shown)

    def _append_lot(self, lot: LotData) -> None:
        row = self.lots.rowCount()
        self.lots.insertRow(row)
        number = QTableWidgetItem(lot.lot_no)
        number.setData(UUID_ROLE, lot.uuid)
        self.lots.setItem(row, 0, number)
        self.lots.setItem(row, 1, QTableWidgetItem(lot.name))
        price = _money_edit(self.lots)
        price.set_decimal(lot.our_price)
        self.lots.setCellWidget(row, 2, price)
        self.lots.setCurrentCell(row, 0)

    def _remove_lot(self) -> None:
        row = self.lots.currentRow()
        if row >= 0:
            self.lots.removeRow(row)

    def _load(self, data: TenderData) -> None:
        index = self.opportunity.findData(data.opportunity_id)
        if index < 0:  # a closed opportunity: keep it choosable for this tender
            self.opportunity.addItem(self.tr("(current opportunity)"), data.opportunity_id)
            self._choices.append(OpportunityChoice(data.opportunity_id, "", "", BidDecision.BID, 1))
            index = self.opportunity.count() - 1
        self.opportunity.setCurrentIndex(index)
        for edit, value in (
            (self.tender_no, data.tender_no),
            (self.title, data.title),
            (self.buyer, data.buyer),
            (self.agency, data.agency),
            (self.documents, data.documents_obtained),
            (self.place, data.submission_place),
            (self.bond_method, data.bond_method),
            (self.responsible, data.responsible),
            (self.override, data.no_bid_override),
        ):
            edit.setText(value)
            edit.setCursorPosition(0)
        self.documents_on.set_value(data.documents_obtained_on)
        self.clarification.set_value(data.clarification_deadline)
        self.deadline.set_value(data.submission_deadline)
        self.opening.set_value(data.opening_at)
        self.bond.set_decimal(data.bond_amount)
        self.bond_due.set_value(data.bond_due_on)
        self.bond_paid.set_value(data.bond_paid_on)
        self.refund_due.set_value(data.bond_refund_due_on)
        self.refunded.set_value(data.bond_refunded_on)
        self.ceiling.set_decimal(data.price_ceiling)
        for lot in data.lots:
            self._append_lot(lot)
        self._on_opportunity_changed()

    def data(self) -> TenderData:
        lots = []
        for row in range(self.lots.rowCount()):
            number, name = self.lots.item(row, 0), self.lots.item(row, 1)
            lots.append(
                LotData(
                    number.text() if number else "",
                    name.text() if name else "",
                    _money(widget_as(self.lots.cellWidget(row, 2), MoneyEdit)),
                    number.data(UUID_ROLE) if number else None,
                )
            )
        choice = self._choice()
        return TenderData(
            opportunity_id=choice.id if choice else 0,
            tender_no=self.tender_no.text(),
            title=self.title.text(),
            buyer=self.buyer.text(),
            agency=self.agency.text(),
            documents_obtained=self.documents.text(),
            documents_obtained_on=self.documents_on.value(),
            clarification_deadline=self.clarification.value(),
            submission_deadline=self.deadline.value(),
            submission_place=self.place.text(),
            opening_at=self.opening.value(),
            bond_amount=_money(self.bond),
            bond_due_on=self.bond_due.value(),
            bond_method=self.bond_method.text(),
            bond_paid_on=self.bond_paid.value(),
            bond_refund_due_on=self.refund_due.value(),
            bond_refunded_on=self.refunded.value(),
            price_ceiling=_money(self.ceiling),
            responsible=self.responsible.text(),
            no_bid_override=self.override.text(),
            lots=tuple(lots),
        )

    def template_id(self) -> int | None:
        return self.template.currentData()

    def _reload(self, data: TenderData) -> None:
        self.lots.setRowCount(0)
        self._load(data)

    def accept(self) -> None:
        try:
            self._save(self.data(), self.template_id())
        except ChangedMeanwhile as error:
            if self.record is None:
                self.error.setText(error.message.render(translate))
            else:
                refused(self, error, self.record, self.data(), self._reload, self.error.setText)
            return
        except UserError as error:
            self.error.setText(error.message.render(translate))
            return
        super().accept()
