"""What the org chart shows for one account, read in a fixed number of queries. Qt-free."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.models import Account, Contact, ContactRole, InfluenceLink, Interaction
from desktop.models.contact import RelationshipOwner
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
    # Someone of another account tied to this one by an influence line: the name of their
    # account (docs/coverage.md#influence-across-accounts); None for the account's own people.
    from_account: str | None = None
    # Who on our team knows them: (colleague, strength 1..3), strongest first.
    owners: tuple[tuple[str, int], ...] = ()

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
    # as read, for a save to check (docs/team-server.md#versions); not part of what it says
    version: int | None = field(default=None, compare=False)


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
CONTACT_COLUMNS = [
    f.name for f in fields(Person) if f.name not in ("roles", "last_met", "from_account", "owners")
]


def person_order(person: Person) -> tuple[int, int, str, int]:
    first_role = min((ROLE_ORDER.index(r) for r in person.roles), default=len(ROLE_ORDER))
    return (LAYER_ORDER.index(person.layer), first_role, person.name.casefold(), person.id)


def read_people(
    session: Session, condition: Any, outside: frozenset[int] = frozenset()
) -> list[Person]:
    """The people matching ``condition`` (on Contact) with their roles, last meeting and
    relationship owners, in four queries (unsorted). People in ``outside`` belong to another
    account and are shown as outside influencers (docs/coverage.md#influence-across-accounts)."""
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
    owners: dict[int, list[tuple[str, int]]] = {}
    for contact_id, member, strength in session.execute(
        select(RelationshipOwner.contact_id, RelationshipOwner.member, RelationshipOwner.strength)
        .join(Contact, Contact.id == RelationshipOwner.contact_id)
        .where(condition)
        .order_by(RelationshipOwner.strength.desc(), RelationshipOwner.member)
    ):
        owners.setdefault(contact_id, []).append((member, strength))
    rows = session.execute(
        select(
            *(getattr(Contact, name) for name in CONTACT_COLUMNS),
            Account.name.label("home_account"),
        )
        .join(Account, Account.id == Contact.account_id)
        .where(condition)
    )
    people = []
    for row in rows:
        values = dict(row._mapping)
        home = values.pop("home_account")
        foreign = row.id in outside
        if foreign:  # on this chart: an outside influencer, at the top of their own tree
            values.update(layer=Layer.EXTERNAL, reports_to_id=None)
        people.append(
            Person(
                **{**values, "layer": values["layer"] or UNKNOWN_LAYER_SHOWN_AS},
                roles=tuple(sorted(roles.get(row.id, ()), key=ROLE_ORDER.index)),
                last_met=last_met.get(row.id),
                from_account=home if foreign else None,
                owners=tuple(owners.get(row.id, ())),
            )
        )
    return people


def read_links(session: Session, condition: Any) -> list[Influence]:
    """The influence lines whose source matches ``condition`` (on Contact)."""
    query = (
        select(
            InfluenceLink.id,
            InfluenceLink.source_id,
            InfluenceLink.target_id,
            InfluenceLink.strength,
            InfluenceLink.note,
            InfluenceLink.version,
        )
        .join(Contact, Contact.id == InfluenceLink.source_id)
        .where(condition)
        .order_by(InfluenceLink.id)
    )
    return [Influence(*row) for row in session.execute(query)]


def load_chart(session: Session, account_id: int) -> OrgChart:
    """The account's chart: its people, the people of other accounts its lines touch, and
    every line touching one of its people."""
    account_name = session.scalar(select(Account.name).where(Account.id == account_id)) or ""
    source = Contact.__table__.alias("source")
    target = Contact.__table__.alias("target")
    mine = select(Contact.id).where(Contact.account_id == account_id)
    found = session.execute(
        select(
            InfluenceLink.id,
            InfluenceLink.source_id,
            InfluenceLink.target_id,
            InfluenceLink.strength,
            InfluenceLink.note,
            source.c.account_id,
            target.c.account_id,
            InfluenceLink.version,
        )
        .join(source, source.c.id == InfluenceLink.source_id)
        .join(target, target.c.id == InfluenceLink.target_id)
        # Two index lookups rather than a join on an OR, which reads every line.
        .where(or_(InfluenceLink.source_id.in_(mine), InfluenceLink.target_id.in_(mine)))
        .order_by(InfluenceLink.id)
    ).all()
    links = [Influence(row[0], row[1], row[2], row[3], row[4], row[7]) for row in found]
    outside = frozenset(
        person
        for row in found
        for person, account in ((row[1], row[5]), (row[2], row[6]))
        if account != account_id
    )
    shown = or_(Contact.account_id == account_id, Contact.id.in_(outside))
    people = read_people(session, shown, outside)
    people.sort(key=person_order)
    return OrgChart(account_id, account_name, tuple(people), tuple(links))


class OrgChartReader:
    """Loads an account's chart in a fixed number of queries whatever the number of people."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def load(self, account_id: int) -> OrgChart:
        with self._db.read() as s:
            return load_chart(s, account_id)
