"""The Org Chart tab: the selected account's people."""

from __future__ import annotations

from desktop.services.changes import CONTACTS, INTERACTIONS
from desktop.services.overview import OverviewService
from desktop.views.common.formatting import format_number
from desktop.views.common.record_list_tab import RecordListTab
from desktop.views.common.row_table import Column


class OrgChartTab(RecordListTab):
    watched = frozenset({CONTACTS, INTERACTIONS})

    def title(self) -> str:
        return self.tr("Org Chart")

    def columns(self):
        return [
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Title"), lambda r: r.title),
            Column(self.tr("Department"), lambda r: r.department),
            Column(self.tr("Layer"), lambda r: r.layer),
            Column(self.tr("Roles"), lambda r: r.roles),
            Column(self.tr("Stance"), lambda r: r.stance),
            Column(self.tr("Influence"), lambda r: r.influence_level),
            Column(self.tr("Closeness"), lambda r: r.closeness),
            Column(self.tr("Trust"), lambda r: r.trust),
            Column(self.tr("Mobile"), lambda r: r.mobile),
        ]

    def rows(self):
        if self.account_id is None:
            return []
        return OverviewService(self.ctx.db).contacts(self.account_id)

    def summary_text(self, count: int) -> str:
        if self.account_id is None:
            return self.tr("Select an account to see its people.")
        return self.tr("People in this account: {count}").format(count=format_number(count))
