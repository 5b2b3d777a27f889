"""One contract in detail: a headline with its money, and a page per part of the follow-up."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from desktop.services.contracts.detail_rows import ContractDetail
from desktop.views.common.formatting import display
from desktop.views.context import AppContext

from .billing_panel import BillingPanel
from .collection_panel import CollectionPanel
from .delivery_panel import DeliveryPanel
from .editor import ContractEditor
from .milestones_panel import MilestonesPanel
from .overview_panel import OverviewPanel
from .panel import ContractPanel
from .text import BAD, money


class ContractDetailView(QWidget):
    def __init__(self, ctx: AppContext, editor: ContractEditor, parent: QWidget | None = None):
        super().__init__(parent)
        self.headline = QLabel(self)
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.headline.setWordWrap(True)
        self.overview = OverviewPanel(ctx, editor, self)
        self.milestones = MilestonesPanel(ctx, editor, self)
        self.delivery = DeliveryPanel(ctx, editor, self)
        self.billing = BillingPanel(ctx, editor, self)
        self.collection = CollectionPanel(ctx, editor, self)
        self.pages = QTabWidget(self)
        for panel, text in (
            (self.overview, self.tr("Contract")),
            (self.milestones, self.tr("Milestones")),
            (self.delivery, self.tr("Delivery")),
            (self.billing, self.tr("Invoices && payments")),
            (self.collection, self.tr("Collection")),
        ):
            scroll = QScrollArea(self.pages)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(panel)
            self.pages.addTab(scroll, text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.headline)
        layout.addWidget(self.pages, 1)
        self.detail: ContractDetail | None = None

    def panels(self) -> list[ContractPanel]:
        return [self.overview, self.milestones, self.delivery, self.billing, self.collection]

    def show_detail(self, detail: ContractDetail | None) -> None:
        self.detail = detail
        self.headline.setText(self._headline())
        for panel in self.panels():
            panel.show_detail(detail)

    def _headline(self) -> str:
        if self.detail is None:
            return self.tr("Choose a contract on the left, or create one.")
        head = self.detail.header
        currency = head.currency
        figures = [
            self.tr("Amount {value}").format(value=money(head.total, currency)),
            self.tr("Received {value}").format(value=money(head.received, currency)),
            self.tr("Outstanding {value}").format(value=money(self.detail.outstanding, currency)),
        ]
        overdue = self.detail.overdue
        parts = " · ".join(escape(f, quote=False) for f in figures)
        if overdue > 0:
            text = escape(
                self.tr("Overdue {value}").format(value=money(overdue, currency)), quote=False
            )
            parts += f" · <span style='color:{BAD.name()}'><b>{text}</b></span>"
        title = escape(f"{head.number}  {head.title}", quote=False)
        who = escape(
            f"{head.account} · {display(head.customer_class)} · {display(head.status)}", quote=False
        )
        return f"<span style='font-size:13pt'><b>{title}</b></span><br>{who}<br>{parts}"
