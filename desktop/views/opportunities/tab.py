"""The Opportunities tab: the selected account's opportunities (all accounts when none)."""

from __future__ import annotations

from desktop.services.changes import OPPORTUNITIES
from desktop.services.labels import localized
from desktop.services.overview import OverviewService
from desktop.views.common.formatting import format_number, format_percent
from desktop.views.common.record_list_tab import RecordListTab
from desktop.views.common.row_table import Column
from desktop.views.i18n import current_language


class OpportunitiesTab(RecordListTab):
    watched = frozenset({OPPORTUNITIES})

    def title(self) -> str:
        return self.tr("Opportunities")

    def columns(self):
        return [
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Account"), lambda r: r.account),
            Column(self.tr("Amount"), lambda r: r.amount),
            Column(
                self.tr("Stage"), lambda r: localized(r.stage_en, r.stage_zh, current_language())
            ),
            Column(self.tr("Probability"), lambda r: r.probability, format_percent),
            Column(self.tr("Expected decision"), lambda r: r.expected_decision_date),
            Column(self.tr("Forecast category"), lambda r: r.forecast_category),
        ]

    def rows(self):
        return OverviewService(self.ctx.db).opportunities(self.account_id)

    def summary_text(self, count: int) -> str:
        return self.tr("Opportunities: {count}").format(count=format_number(count))
