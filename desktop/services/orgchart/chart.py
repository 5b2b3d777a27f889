"""What the org chart shows for one account, read in a fixed number of queries. Qt-free."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import Account, Contact, ContactRole, InfluenceLink, Interaction
from desktop.models.enums import ExternalKind, Layer, Personality, Role, Stance

from ..database import Database

# Roles in the order badges show them: who can say yes or no first.
ROLE_ORDER: tuple[Role, ...] = (
    Role.KEY_DECISION_MAKER,
    Role.TECHNICAL_GATEKEEPER,
    Role.BUSINESS_GATEKEEPER,
    Role.PROJECT_LEAD,
    Role.COACH,
    Role.INFLUENCER,
    Role.PURCHASER,
    Role.USER,
)
# Stances from warmest to coldest; None ("unknown") comes last.
STANCE_ORDER: tuple[Stance | None, ...] = (
    Stance.COACH,
    Stance.SUPPORTER,
    Stance.NEUTRAL,
    Stance.OPPONENT,
    Stance.BLOCKER,
    None,
)
LAYER_ORDER: tuple[Layer, ...] = (
    Layer.EXTERNAL,
    Layer.DECISION,
    Layer.MANAGEMENT,
    Layer.OPERATIONAL,
)
GATEKEEPERS = frozenset({Role.TECHNICAL_GATEKEEPER, Role.BUSINESS_GATEKEEPER})

# A layer no form writes (docs/field-rules.md) reads as None; everyone belongs to a layer, so
# the chart and the form show the default one, and ``check`` names the stored value.
UNKNOWN_LAYER_SHOWN_AS = Layer.OPERATIONAL


def age_on(birthday: date, today: date) -> int:
    return today.year - birthday.year - ((today.month, today.day) < (birthday.month, birthday.day))


@dataclass(frozen=True)
class Person:
    """One card of the chart."""

    id: int
    name: str
    title: str
    department: str
    organisation: str
    layer: Layer
    external_kind: ExternalKind | None
    reports_to_id: int | None
    roles: tuple[Role, ...]
    stance: Stance | None
    personality: Personality | None
    influence_level: int | None
    closeness: int | None
    trust: int | None
    could_be_coach: bool
    last_met: date | None  # the latest logged interaction
    # Personal data (docs/domain.md#personal-data): only exported when the user asks for it.
    birthday: date | None
    age: int | None
    interests: str
    family: str
    # Left the client, or came from another client (docs/map-over-time.md).
    left_on: date | None = None
    moved_from_id: int | None = None
    moved_on: date | None = None

    @property
    def is_coach(self) -> bool:
        """Our coach: the coach role or the coach stance (firmly for us)."""
        return self.stance is Stance.COACH or Role.COACH in self.roles

    @property
    def has_left(self) -> bool:
        """Left the client: shown greyed, ignored by the coverage analysis."""
        return self.left_on is not None

    def age_on(self, today: date) -> int | None:
        return self.age if self.birthday is None else age_on(self.birthday, today)


@dataclass(frozen=True)
class Influence:
    """``source`` can influence ``target`` (strength 1 weak .. 3 strong)."""

    id: int
    source_id: int
    target_id: int
    strength: int
    note: str


@dataclass(frozen=True)
class OrgChart:
    account_id: int
    account_name: str
    people: tuple[Person, ...]
    links: tuple[Influence, ...]

    def person(self, person_id: int) -> Person | None:
        return next((p for p in self.people if p.id == person_id), None)

    def by_id(self) -> dict[int, Person]:
        return {p.id: p for p in self.people}


# The fields of a card read straight from the contact table.
_CONTACT_COLUMNS = [f.name for f in fields(Person) if f.name not in ("roles", "last_met")]


def person_order(person: Person) -> tuple[int, int, str, int]:
    first_role = min((ROLE_ORDER.index(r) for r in person.roles), default=len(ROLE_ORDER))
    return (LAYER_ORDER.index(person.layer), first_role, person.name.casefold(), person.id)


def read_people(session: Session, condition: Any) -> list[Person]:
    """The people matching ``condition`` (on Contact) with their roles and last meeting, in
    three queries (unsorted)."""
    roles: dict[int, list[Role]] = {}
    for contact_id, role in session.execute(
        select(ContactRole.contact_id, ContactRole.role)
        .join(Contact, Contact.id == ContactRole.contact_id)
        .where(condition)
    ):
        if role is not None:  # a value no form writes: unknown, left out
            roles.setdefault(contact_id, []).append(role)
    last_met = dict(
        session.execute(
            select(Interaction.contact_id, func.max(Interaction.occurred_on))
            .join(Contact, Contact.id == Interaction.contact_id)
            .where(condition)
            .group_by(Interaction.contact_id)
        ).all()
    )
    rows = session.execute(
        select(*(getattr(Contact, name) for name in _CONTACT_COLUMNS)).where(condition)
    )
    return [
        Person(
            **{**row._mapping, "layer": row.layer or UNKNOWN_LAYER_SHOWN_AS},
            roles=tuple(sorted(roles.get(row.id, ()), key=ROLE_ORDER.index)),
            last_met=last_met.get(row.id),
        )
        for row in rows
    ]


def read_links(session: Session, condition: Any) -> list[Influence]:
    """The influence lines whose source matches ``condition`` (on Contact)."""
    query = (
        select(
            InfluenceLink.id,
            InfluenceLink.source_id,
            InfluenceLink.target_id,
            InfluenceLink.strength,
            InfluenceLink.note,
        )
        .join(Contact, Contact.id == InfluenceLink.source_id)
        .where(condition)
        .order_by(InfluenceLink.id)
    )
    return [Influence(*row) for row in session.execute(query)]


def load_chart(session: Session, account_id: int) -> OrgChart:
    account_name = session.scalar(select(Account.name).where(Account.id == account_id)) or ""
    condition = Contact.account_id == account_id
    people = read_people(session, condition)
    people.sort(key=person_order)
    links = read_links(session, condition)
    return OrgChart(account_id, account_name, tuple(people), tuple(links))


class OrgChartReader:
    """Loads an account's chart in five queries whatever the number of people."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def load(self, account_id: int) -> OrgChart:
        with self._db.read() as s:
            return load_chart(s, account_id)
