"""The Bid Checklist tab: tenders of the selected account (all accounts when none)."""

from __future__ import annotations

from desktop.services.changes import TENDERS
from desktop.services.overview import OverviewService
from desktop.views.common.formatting import format_number
from desktop.views.common.record_list_tab import RecordListTab
from desktop.views.common.row_table import Column


class BidChecklistTab(RecordListTab):
    watched = frozenset({TENDERS})

    def title(self) -> str:
        return self.tr("Bid Checklist")

    def columns(self):
        return [
            Column(self.tr("Tender number"), lambda r: r.tender_no),
            Column(self.tr("Title"), lambda r: r.title),
            Column(self.tr("Opportunity"), lambda r: r.opportunity),
            Column(self.tr("Submission deadline"), lambda r: r.submission_deadline),
            Column(self.tr("Result"), lambda r: r.result),
        ]

    def rows(self):
        return OverviewService(self.ctx.db).tenders(self.account_id)

    def summary_text(self, count: int) -> str:
        return self.tr("Tenders: {count}").format(count=format_number(count))
