"""Which people a large chart shows: collapsed teams, a focus on one person's neighbourhood,
and filters (docs/org-chart.md#large-accounts). Qt-free; the layout then places only them."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select

from desktop.models import Contact, DecisionGroupMember, Opportunity, RelationshipOwner
from desktop.models.enums import Layer, Role, Stance

from ..database import Database
from .chart import GATEKEEPERS, OrgChart, Person

KEY_INFLUENCE = 4  # influence level (1..5) from which a person counts as key
MAX_STEPS = 3


def is_key(person: Person) -> bool:
    """Key people: key decision makers, gatekeepers, coaches, and the very influential."""
    return (
        Role.KEY_DECISION_MAKER in person.roles
        or bool(GATEKEEPERS.intersection(person.roles))
        or person.is_coach
        or (person.influence_level or 0) >= KEY_INFLUENCE
    )


@dataclass(frozen=True)
class ChartFilter:
    """Each part left empty lets everyone through; the parts combine with "and"."""

    group: frozenset[int] | None = None  # the decision group of an opportunity (contact ids)
    roles: frozenset[Role] = frozenset()
    stances: frozenset[Stance | None] = frozenset()
    layers: frozenset[Layer] = frozenset()
    owned: frozenset[int] | None = None  # the people a relationship owner knows
    key_only: bool = False

    @property
    def active(self) -> bool:
        return self != ChartFilter()

    def admits(self, person: Person) -> bool:
        return (
            (self.group is None or person.id in self.group)
            and (not self.roles or bool(self.roles.intersection(person.roles)))
            and (not self.stances or person.stance in self.stances)
            and (not self.layers or person.layer in self.layers)
            and (self.owned is None or person.id in self.owned)
            and (not self.key_only or is_key(person))
        )


@dataclass(frozen=True)
class Focus:
    person_id: int
    steps: int = 1  # 1..MAX_STEPS reporting or influence steps


@dataclass(frozen=True)
class Shown:
    people: frozenset[int]
    managers: dict[int, int]  # person -> the nearest shown manager above them
    hidden_reports: dict[int, int] = field(default_factory=dict)  # collapsed -> people hidden
    total: int = 0


def _reports(chart: OrgChart) -> dict[int, list[int]]:
    known = {p.id for p in chart.people}
    found: dict[int, list[int]] = {}
    for person in chart.people:
        if person.reports_to_id in known and person.reports_to_id != person.id:
            found.setdefault(person.reports_to_id, []).append(person.id)
    return found


def team_below(reports: dict[int, list[int]], person_id: int) -> set[int]:
    """Everyone reporting to ``person_id``, directly or not (not the person; loops stop)."""
    team: set[int] = set()
    stack = list(reports.get(person_id, []))
    while stack:
        current = stack.pop()
        if current not in team and current != person_id:
            team.add(current)
            stack.extend(reports.get(current, []))
    return team


def neighbourhood(chart: OrgChart, person_id: int, steps: int) -> set[int]:
    """The person and everyone within ``steps`` reporting or influence steps (either way)."""
    near: dict[int, set[int]] = {}
    by_id = chart.by_id()

    def join(a: int, b: int) -> None:
        if a in by_id and b in by_id and a != b:
            near.setdefault(a, set()).add(b)
            near.setdefault(b, set()).add(a)

    for person in chart.people:
        if person.reports_to_id is not None:
            join(person.id, person.reports_to_id)
    for link in chart.links:
        join(link.source_id, link.target_id)
    seen = {person_id: 0}
    queue = deque([person_id])
    while queue:
        current = queue.popleft()
        if seen[current] == steps:
            continue
        for other in near.get(current, ()):
            if other not in seen:
                seen[other] = seen[current] + 1
                queue.append(other)
    return set(seen) if person_id in by_id else set()


def shown_people(
    chart: OrgChart,
    collapsed: Iterable[int] = (),
    focus: Focus | None = None,
    chart_filter: ChartFilter | None = None,
) -> Shown:
    """Who the chart shows, and whom each reports to on it: a hidden manager's place is
    taken by the nearest shown one above, so the lines still say who is under whom."""
    reports = _reports(chart)
    people = {p.id for p in chart.people}
    if focus is not None:
        people &= neighbourhood(chart, focus.person_id, focus.steps)
    if chart_filter is not None and chart_filter.active:
        people = {p.id for p in chart.people if p.id in people and chart_filter.admits(p)}
    hidden_reports: dict[int, int] = {}
    for boss in collapsed:
        if boss in people:
            team = team_below(reports, boss) & people
            if team:
                hidden_reports[boss] = len(team)
    for boss in list(hidden_reports):  # a collapsed team inside another collapsed one
        people -= team_below(reports, boss)
    hidden_reports = {boss: n for boss, n in hidden_reports.items() if boss in people}
    by_id = chart.by_id()
    managers: dict[int, int] = {}
    for person in people:
        above, seen = by_id[person].reports_to_id, {person}
        while above is not None and above in by_id and above not in people and above not in seen:
            seen.add(above)
            above = by_id[above].reports_to_id
        if above is not None and above in people and above != person:
            managers[person] = above
    return Shown(frozenset(people), managers, hidden_reports, len(chart.people))


@dataclass(frozen=True)
class FilterChoices:
    """What the filters can offer for an account."""

    opportunities: tuple[tuple[int, str], ...]  # (id, name), open ones first
    owners: tuple[str, ...]  # our colleagues who own a relationship there


class FilterReader:
    """The decision groups and relationship owners of an account's people."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def choices(self, account_id: int) -> FilterChoices:
        with self._db.read() as s:
            opportunities = s.execute(
                select(Opportunity.id, Opportunity.name)
                .where(Opportunity.account_id == account_id)
                .order_by(Opportunity.closed_on.is_not(None), Opportunity.name)
            ).all()
            owners = s.scalars(
                select(RelationshipOwner.member)
                .join(Contact, Contact.id == RelationshipOwner.contact_id)
                .where(Contact.account_id == account_id)
                .distinct()
                .order_by(RelationshipOwner.member)
            ).all()
        return FilterChoices(tuple((row.id, row.name) for row in opportunities), tuple(owners))

    def group(self, opportunity_id: int) -> frozenset[int]:
        with self._db.read() as s:
            return frozenset(
                s.scalars(
                    select(DecisionGroupMember.contact_id).where(
                        DecisionGroupMember.opportunity_id == opportunity_id
                    )
                )
            )

    def owned_by(self, account_id: int, member: str) -> frozenset[int]:
        with self._db.read() as s:
            return frozenset(
                s.scalars(
                    select(RelationshipOwner.contact_id)
                    .join(Contact, Contact.id == RelationshipOwner.contact_id)
                    .where(Contact.account_id == account_id, RelationshipOwner.member == member)
                )
            )
