"""A tender's record at a glance: documents, dates, the bid bond, prices and lots."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.bids.tenders import LotRow, TenderDetail
from desktop.views.common.formatting import (
    format_date,
    format_datetime,
    format_money,
    format_number,
)
from desktop.views.common.row_table import Column
from desktop.views.common.table_view import RowTableView

from .forms import scrolling
from .text import template_name


class TenderInfoPanel(QWidget):
    edit_requested = Signal()
    submitted_toggled = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.values: dict[str, QLabel] = {}
        self.edit = QPushButton(self.tr("Edit tender…"), self)
        self.submitted = QPushButton(self.tr("Mark as submitted"), self)
        self.lots = RowTableView(
            [
                Column(self.tr("Lot"), lambda r: r.lot_no),
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Our price"), lambda r: r.our_price),
            ],
            self,
        )
        self.lots.setMinimumHeight(90)
        body = QWidget(self)
        columns = QHBoxLayout(body)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self._group(self.tr("Tender"), self._tender_rows()))
        left.addWidget(self._group(self.tr("Dates"), self._date_rows()))
        left.addStretch(1)
        right.addWidget(self._group(self.tr("Bid bond"), self._bond_rows()))
        prices = self._group(self.tr("Prices and lots"), self._price_rows())
        form = prices.layout()
        assert isinstance(form, QFormLayout)  # _group() lays out a form
        form.addRow(self.lots)
        right.addWidget(prices, 1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        scroll = scrolling(body, self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit)
        buttons.addWidget(self.submitted)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(scroll, 1)
        self.edit.clicked.connect(self.edit_requested)
        self.submitted.clicked.connect(self.submitted_toggled)
        self.show_tender(None)

    def _tender_rows(self):
        return [
            ("tender_no", self.tr("Tender number")),
            ("title", self.tr("Title")),
            ("buyer", self.tr("Buyer")),
            ("agency", self.tr("Tender agency")),
            ("documents_obtained", self.tr("Documents obtained")),
            ("documents_obtained_on", self.tr("Obtained on")),
            ("responsible", self.tr("Responsible")),
            ("template", self.tr("Checklist from")),
        ]

    def _date_rows(self):
        return [
            ("clarification_deadline", self.tr("Clarification deadline")),
            ("submission_deadline", self.tr("Submission deadline")),
            ("submission_place", self.tr("Place of submission")),
            ("opening_at", self.tr("Opening")),
            ("submitted_at", self.tr("Submitted")),
        ]

    def _bond_rows(self):
        return [
            ("bond_amount", self.tr("Amount")),
            ("bond_due_on", self.tr("Due on")),
            ("bond_method", self.tr("How paid")),
            ("bond_paid_on", self.tr("Paid on")),
            ("bond_refund_due_on", self.tr("Refund due on")),
            ("bond_refunded_on", self.tr("Refunded on")),
        ]

    def _price_rows(self):
        return [
            ("price_ceiling", self.tr("Price ceiling")),
            ("our_total", self.tr("Our price (all lots)")),
        ]

    def _group(self, title: str, rows) -> QGroupBox:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key, caption in rows:
            value = QLabel(box)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            form.addRow(caption, value)
        return box

    def show_tender(self, tender: TenderDetail | None) -> None:
        self.edit.setEnabled(tender is not None)
        self.submitted.setEnabled(tender is not None)
        if tender is None:
            for label in self.values.values():
                label.clear()
            self.lots.set_rows([])
            return
        data = tender.data
        texts = {
            "tender_no": data.tender_no,
            "title": data.title,
            "buyer": data.buyer,
            "agency": data.agency,
            "documents_obtained": data.documents_obtained,
            "documents_obtained_on": format_date(data.documents_obtained_on),
            "responsible": data.responsible,
            "template": template_name(tender.template_name, "default", self._language),
            "clarification_deadline": format_datetime(data.clarification_deadline),
            "submission_deadline": format_datetime(data.submission_deadline),
            "submission_place": data.submission_place,
            "opening_at": format_datetime(data.opening_at),
            "submitted_at": format_datetime(tender.submitted_at),
            "bond_amount": format_money(data.bond_amount),
            "bond_due_on": format_date(data.bond_due_on),
            "bond_method": data.bond_method,
            "bond_paid_on": format_date(data.bond_paid_on),
            "bond_refund_due_on": format_date(data.bond_refund_due_on),
            "bond_refunded_on": format_date(data.bond_refunded_on),
            "price_ceiling": format_money(data.price_ceiling),
            "our_total": self._total(tender.lots, data.price_ceiling),
        }
        for key, text in texts.items():
            self.values[key].setText(text or "—")
        self.lots.set_rows(list(tender.lots))
        self.submitted.setText(
            self.tr("Not submitted after all")
            if tender.submitted_at
            else self.tr("Mark as submitted")
        )

    def _total(self, lots: tuple[LotRow, ...], ceiling: Decimal | None) -> str:
        prices = [lot.our_price for lot in lots if lot.our_price is not None]
        if not prices:
            return ""
        total = sum(prices, Decimal(0))
        text = format_money(total)
        if ceiling:
            share = format_number(float(total / ceiling * 100), 1)
            text = self.tr("{total} ({share}% of the ceiling)").format(total=text, share=share)
        return text
