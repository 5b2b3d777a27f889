"""Loading the whole demo file: accounts (and everything under them), monthly targets,
forecast snapshots, checklists and actions."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from desktop.models import Account, ForecastSnapshot, MonthlyTarget, SnapshotLine
from desktop.services.bids.demo import add_demo_checklists
from desktop.services.opportunities.probability import probability
from desktop.services.settings import DEFAULT_OWNER
from desktop.services.stages import stages_by_code

from .demo_actions import add_actions
from .demo_history import add_history
from .demo_people import PeopleBuilder
from .demo_records import DemoDataError, DemoSummary

# Keys of the file's records that hold nested records or references, not columns.
_ACCOUNT_PARTS = frozenset(
    {"payment_capacity", "contacts", "influence", "leads", "opportunities", "contracts"}
)


def _month_start(today: date, offset: int) -> date:
    years, month = divmod(today.month - 1 + offset, 12)
    return date(today.year + years, month + 1, 1)


class Loader(PeopleBuilder):
    def load(self) -> DemoSummary:
        self.stages = stages_by_code(self.session)
        accounts = []
        for item in self.data["accounts"]:
            account = self.new(Account, item, nested=_ACCOUNT_PARTS)
            self.later(self.organisation, account, item)
            accounts.append(account)
        self.run()
        for item in self.data.get("monthly_targets", []):
            month = _month_start(self.today, item["month"])
            self.new(MonthlyTarget, item, nested={"month"}, month=month)
        monday = self.today - timedelta(days=self.today.weekday())
        for item in self.data.get("forecast_snapshots", []):
            week_start = monday + timedelta(weeks=item["week"])
            taken_at = datetime.combine(week_start, time.fromisoformat(item.get("time", "08:30")))
            snapshot = self.new(ForecastSnapshot, week_start=week_start, taken_at=taken_at)
            self.later(self.snapshot_lines, snapshot, item)
        self.run()
        add_demo_checklists(
            self.session,
            datetime.combine(self.today, time()),
            lambda key: self.text(f"@{key}"),
            chinese=self.lang == "zh",
        )
        add_actions(self)
        if not self.keep_default_owner:
            DEFAULT_OWNER.set(self.session, self.owner)
        add_history(self.session, self.contacts, self.today, self.owner)
        self.session.flush()
        return DemoSummary(
            accounts=len(accounts),
            contacts=len(self.contacts),
            opportunities=len(self.opportunities),
            tenders=self.tenders,
            contracts=self.contracts,
        )

    # ---- forecast ----------------------------------------------------------------------

    def snapshot_lines(self, snapshot: ForecastSnapshot, data: dict[str, Any]) -> None:
        for item in data.get("lines", []):
            if item["opportunity"] not in self.opportunities:
                raise DemoDataError(
                    f"snapshot line for unknown opportunity {item['opportunity']!r}"
                )
            opportunity, account = self.opportunities[item["opportunity"]]
            defaults = {
                "amount": opportunity.amount,
                "category": opportunity.forecast_category,
                "expected_decision_date": opportunity.expected_decision_date,
                "probability": probability(
                    opportunity.probability_override, opportunity.stage.probability
                ),
            }
            line = self.new(
                SnapshotLine,
                item,
                nested={"opportunity"},
                snapshot_id=snapshot.id,
                opportunity_uuid=opportunity.uuid,
                name=opportunity.name,
                account_name=account.name,
            )
            for field, value in defaults.items():
                if field not in item:
                    setattr(line, field, value)
