"""Receivables across the selected account's contracts (or all): headline figures, ageing by
account, the two charts and the overdue claims with their collection ladder and clock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.contracts.ageing import AgeingReport, AgeingRow
from desktop.services.contracts.receivables import ReceivablesService
from desktop.views.common.formatting import format_number
from desktop.views.common.row_table import Column
from desktop.views.common.table_view import RowTableView
from desktop.views.context import AppContext

from .claims_model import ClaimsModel
from .text import BAD, WARN, money, render

if TYPE_CHECKING:  # matplotlib loads with the first chart shown
    from .ageing_chart import AgeingChart
    from .collection_chart import CollectionChart


def _amount(value) -> str:
    return money(value) if value else ""


class ReceivablesPage(QWidget):
    def __init__(
        self, ctx: AppContext, service: ReceivablesService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = service
        self.account_id: int | None = None
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.ageing_holder = QWidget(self)
        self._ageing_layout = QVBoxLayout(self.ageing_holder)
        self._ageing_layout.setContentsMargins(0, 0, 0, 0)
        self._ageing_layout.addWidget(QLabel(self.tr("Receivables ageing by account"), self))
        self.ageing: RowTableView | None = None
        self._ageing_titles: list[str] = []
        self.charts = QWidget(self)
        self._charts_layout = QHBoxLayout(self.charts)
        self._charts_layout.setContentsMargins(0, 0, 0, 0)
        # Made when first shown: matplotlib loads only then.
        self.ageing_chart: AgeingChart | None = None
        self.collection_chart: CollectionChart | None = None
        self.claims = ClaimsModel(service, self)
        self.claims_view = QTableView(self)
        self.claims_view.setModel(self.claims)
        self.claims_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.claims_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.claims_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.claims_view.setAlternatingRowColors(True)
        self.claims_view.setWordWrap(False)
        self.claims_view.verticalHeader().setVisible(False)
        self.claims_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Not stretched: a last section stretched into what the others leave can end up
        # narrower than its text, cutting off the limitation period.
        self.claims_view.horizontalHeader().setStretchLastSection(False)
        self.claims_view.horizontalHeader().setResizeContentsPrecision(40)
        claims_box = QWidget(self)
        claims_layout = QVBoxLayout(claims_box)
        claims_layout.setContentsMargins(0, 0, 0, 0)
        self.claims_caption = QLabel(self)
        claims_layout.addWidget(self.claims_caption)
        claims_layout.addWidget(self.claims_view)
        self.charts.setMinimumHeight(220)
        claims_box.setMinimumHeight(140)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.charts)
        self.splitter.addWidget(claims_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self._layout = layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.ageing_holder)
        layout.addWidget(self.splitter, 1)
        self.claims_view.doubleClicked.connect(self._on_claims_double_clicked)

    def reload(self, account_id: int | None) -> None:
        self.account_id = account_id
        summary = self.service.summary(account_id)
        alerts = self.service.alerts(account_id)
        self.summary.setText(self._summary_html(summary, len(alerts)))
        report = self.service.ageing(account_id)
        self._show_ageing(report)
        ageing_chart, collection_chart = self._charts()
        ageing_chart.plot(
            report,
            [render(b.label()) for b in report.buckets],
            self.tr("Not due yet"),
            self.tr("Other accounts"),
        )
        collection_chart.plot(
            self.service.monthly(account_id),
            self.ctx.clock.today(),
            self.tr("Falling due"),
            self.tr("Collected"),
            self.tr("ahead"),
        )
        self.claims.load(account_id, summary.overdue_milestones)
        self.claims_caption.setText(
            self.tr("Overdue milestones: {count}, oldest first").format(
                count=format_number(summary.overdue_milestones)
            )
        )
        self.claims_view.resizeColumnsToContents()
        # Laid out now, before the charts draw when idle: the ageing table made on the first
        # reload would otherwise resize them after their first draw, drawing them twice.
        self._layout.activate()

    def _summary_html(self, summary, alerts: int) -> str:
        parts = [
            self.tr("Contracts: {count}").format(count=format_number(summary.contracts)),
            self.tr("amount {value}").format(value=money(summary.value)),
            self.tr("received {value}").format(value=money(summary.received)),
            self.tr("outstanding {value}").format(value=money(summary.outstanding)),
            self.tr("due {value}").format(value=money(summary.due)),
        ]
        html = " · ".join(escape(p, quote=False) for p in parts)
        if summary.overdue > 0:
            overdue = self.tr(
                "overdue {value} in %Ln milestone(s)", "", summary.overdue_milestones
            ).format(value=money(summary.overdue))
            html += f" · <b style='color:{BAD.name()}'>{escape(overdue, quote=False)}</b>"
        if alerts:
            text = self.tr("%Ln limitation period(s) expiring soon or expired", "", alerts)
            html += f"<br><b style='color:{WARN.name()}'>⚠ {escape(text, quote=False)}</b>"
        return html

    def _show_ageing(self, report: AgeingReport) -> None:
        titles = [render(b.label()) for b in report.buckets]
        if self.ageing is None or titles != self._ageing_titles:
            if self.ageing is not None:
                self.ageing.deleteLater()
            columns = [
                Column(self.tr("Account"), lambda r: r.account),
                Column(self.tr("Not due yet"), lambda r: r.not_due, _amount),
                *[Column(title, _bucket(index), _amount) for index, title in enumerate(titles)],
                Column(self.tr("Due"), lambda r: r.due, _amount),
            ]
            self.ageing = RowTableView(columns, self.ageing_holder)
            self.ageing.setSortingEnabled(False)
            self.ageing.horizontalHeader().setResizeContentsPrecision(40)
            self._ageing_layout.addWidget(self.ageing)
            self.ageing.show()  # now, not at the next turn: the charts are laid out once
            self._ageing_titles = titles
        total = report.totals()
        rows = [*report.rows, AgeingRow(0, self.tr("Total"), total.not_due, total.buckets)]
        self.ageing.set_rows(rows if report.rows else [])
        shown = min(len(rows), 7) if report.rows else 1
        header = self.ageing.horizontalHeader()  # its hint: a new table is not laid out yet
        height = max(header.minimumHeight(), header.sizeHint().height())
        height += 2 * self.ageing.frameWidth()
        height += shown * self.ageing.verticalHeader().defaultSectionSize()
        scrollbar = self.ageing.horizontalScrollBar().sizeHint().height()
        self.ageing.setFixedHeight(height + scrollbar)

    def _charts(self) -> tuple[AgeingChart, CollectionChart]:
        if self.ageing_chart is None or self.collection_chart is None:
            from .ageing_chart import AgeingChart
            from .collection_chart import CollectionChart

            self.ageing_chart = AgeingChart(self.charts)
            self.collection_chart = CollectionChart(self.charts)
            self._charts_layout.addWidget(self.ageing_chart, 1)
            self._charts_layout.addWidget(self.collection_chart, 1)
        return self.ageing_chart, self.collection_chart

    def prepare_charts(self) -> Iterator[None]:
        """The charts made and drawn once, empty, at idle moments before the page is first
        shown (docs/speed.md#the-first-chart)."""
        charts = self._charts()
        yield
        for chart in charts:
            chart.prepare()
            yield

    def _on_claims_double_clicked(self, index) -> None:
        if index.isValid():
            claim = self.claims.row_at(index.row())
            self.ctx.events.open_record.emit("contract", claim.contract_id)


def _bucket(index: int) -> Callable[[AgeingRow], Decimal]:
    return lambda row: row.buckets[index]
