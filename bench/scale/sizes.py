"""How much data a scale holds."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date

#: The day the generated history leads up to (the benchmark's clock is fixed to it).
TODAY = date(2026, 11, 23)
#: People in the account the org-chart figure switches to.
ORG_CHART_PEOPLE = 300


@dataclass(frozen=True)
class Scale:
    accounts: int
    contacts: int
    influence_links: int
    interactions: int
    opportunities: int
    tenders: int
    checklist_items: int  # per tender
    contracts: int  # each with 4 milestones, 6 invoices and 6 payments
    open_actions: int  # all in the reminders dock; as many closed ones besides
    org_chart_people: int = ORG_CHART_PEOPLE

    def __post_init__(self) -> None:
        if self.contacts < self.org_chart_people + 3 * (self.accounts - 1):
            raise ValueError("too few contacts for the accounts")
        if self.tenders > self.opportunities or self.accounts < 2:
            raise ValueError("every tender needs its own opportunity, and two accounts at least")

    def times(self, factor: float) -> Scale:
        """The same shape, ``factor`` times the size (the org-chart account stays as it is)."""
        counts = {
            f.name: max(2, round(getattr(self, f.name) * factor))
            for f in fields(self)
            if f.name not in ("checklist_items", "org_chart_people")
        }
        counts["contacts"] = max(counts["contacts"], self.org_chart_people + 3 * counts["accounts"])
        return replace(self, **counts)


LARGE = Scale(
    accounts=5_000,
    contacts=100_000,
    influence_links=20_000,
    interactions=200_000,
    opportunities=20_000,
    tenders=2_000,
    checklist_items=60,
    contracts=5_000,
    open_actions=5_000,
)
SMALL = LARGE.times(0.05)
SCALES = {"large": LARGE, "small": SMALL}
