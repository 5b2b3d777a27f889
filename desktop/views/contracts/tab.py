"""The Contracts tab: contracts of the selected account (all accounts when none)."""

from __future__ import annotations

from desktop.services.changes import CONTRACTS
from desktop.services.overview import OverviewService
from desktop.views.common.formatting import format_number
from desktop.views.common.record_list_tab import RecordListTab
from desktop.views.common.row_table import Column


class ContractsTab(RecordListTab):
    watched = frozenset({CONTRACTS})

    def title(self) -> str:
        return self.tr("Contracts")

    def columns(self):
        return [
            Column(self.tr("Number"), lambda r: r.number),
            Column(self.tr("Title"), lambda r: r.title),
            Column(self.tr("Signed on"), lambda r: r.signed_on),
            Column(self.tr("Amount"), lambda r: r.amount),
            Column(self.tr("Received"), lambda r: r.received),
            Column(self.tr("Outstanding"), lambda r: r.amount - r.received),
            Column(self.tr("Status"), lambda r: r.status),
        ]

    def rows(self):
        return OverviewService(self.ctx.db).contracts(self.account_id)

    def summary_text(self, count: int) -> str:
        return self.tr("Contracts: {count}").format(count=format_number(count))
