"""Who on our side knows whom: relationship owners and the coverage matrix. Qt-free.

The rules are in docs/coverage.md. Each write is one transaction returning an
:class:`~desktop.services.orgchart.snapshot.Edit`, undone and redone exactly like the chart's
other edits.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Account, Contact, ContactRole, DecisionGroupMember, Opportunity
from desktop.models.contact import RelationshipOwner
from desktop.models.enums import Layer, Role, Stance

from .. import versions
from ..changes import CONTACTS, ChangeSet
from ..database import Database
from ..labels import LABELS
from ..messages import QT_TRANSLATE_NOOP, Message, UserError
from ..settings import DEFAULT_OWNER
from .chart import ROLE_ORDER, UNKNOWN_LAYER_SHOWN_AS
from .snapshot import Edit, Snapshot, Tracker, restore

STRENGTHS: dict[int, Message] = {
    1: QT_TRANSLATE_NOOP("Relationship", "acquainted"),
    2: QT_TRANSLATE_NOOP("Relationship", "good"),
    3: QT_TRANSLATE_NOOP("Relationship", "strong"),
}
# "Knows them well": a good or strong relationship (docs/coverage.md).
WELL = 2
# The roles whose "no" or whose information decides the deal: each needs someone who knows
# them well. A coach by stance counts too.
KEY_ROLES = frozenset(
    {Role.KEY_DECISION_MAKER, Role.TECHNICAL_GATEKEEPER, Role.BUSINESS_GATEKEEPER, Role.COACH}
)
# A colleague who is the only one knowing well at least this many key people, and at least
# half of them, is a single point of failure.
SINGLE_POINT_MIN = 2
MEMBER_LENGTH = 80

NO_MEMBER = QT_TRANSLATE_NOOP("Relationship", "Enter the name of the colleague who knows them.")
LONG_MEMBER = QT_TRANSLATE_NOOP(
    "Relationship", "A colleague's name has at most 80 characters; shorten it."
)
BAD_STRENGTH = QT_TRANSLATE_NOOP(
    "Relationship",
    "The strength of a relationship is 1 (acquainted), 2 (good) or 3 (strong).",
)
ALREADY = QT_TRANSLATE_NOOP(
    "Relationship", "{member} is already an owner of this person; change that entry instead."
)
GONE = QT_TRANSLATE_NOOP(
    "Relationship", "This person or relationship no longer exists; someone may have deleted it."
)

KEY_UNKNOWN = QT_TRANSLATE_NOOP(
    "CoverageGap", "{name} ({role}): nobody on our team knows them; find someone who can."
)
KEY_NOT_WELL = QT_TRANSLATE_NOOP(
    "CoverageGap",
    "{name} ({role}): only acquainted with {members}; build a good relationship.",
)
NO_OWNER = QT_TRANSLATE_NOOP("CoverageGap", "{name}: nobody on our team knows them.")
SINGLE_POINT = QT_TRANSLATE_NOOP(
    "CoverageGap",
    "{member} alone knows {count} key people well ({names}): if they leave or fall ill, "
    "we lose them; introduce a colleague.",
)
ALL_COVERED = QT_TRANSLATE_NOOP(
    "CoverageGap", "No gaps: someone on our team knows every key person well."
)


class GapKind(StrEnum):
    KEY_UNKNOWN = "key_unknown"
    KEY_NOT_WELL = "key_not_well"
    SINGLE_POINT = "single_point"
    NO_OWNER = "no_owner"


@dataclass(frozen=True)
class Owner:
    id: int
    person_id: int
    member: str
    strength: int
    note: str


@dataclass(frozen=True)
class MatrixRow:
    person_id: int
    name: str
    role: Role | None  # the first of their roles (in this deal, if it says)
    stance: Stance | None
    layer: Layer
    key: bool


@dataclass(frozen=True)
class Gap:
    kind: GapKind
    message: Message
    person_id: int | None = None
    member: str | None = None


@dataclass(frozen=True)
class CoverageMatrix:
    rows: tuple[MatrixRow, ...]
    members: tuple[str, ...]
    cells: dict[tuple[int, str], int]  # (person, member) -> strength
    gaps: tuple[Gap, ...]
    strongest: dict[int, int] = field(default_factory=dict)  # person -> best strength

    def strength(self, person_id: int, member: str) -> int | None:
        return self.cells.get((person_id, member))

    def best(self, person_id: int) -> int | None:
        return self.strongest.get(person_id)


def clean_member(member: str) -> str:
    name = " ".join(member.split())
    if not name:
        raise UserError(NO_MEMBER)
    if len(name) > MEMBER_LENGTH:
        raise UserError(LONG_MEMBER)
    return name


def _check_strength(strength: int) -> None:
    if strength not in STRENGTHS:
        raise UserError(BAD_STRENGTH)


def owners_of(session: Session, person_ids: Iterable[int]) -> dict[int, list[Owner]]:
    """The owners of each person, strongest first, in one query."""
    found: dict[int, list[Owner]] = {}
    wanted = list(person_ids)
    if not wanted:
        return found
    rows = session.execute(
        select(
            RelationshipOwner.id,
            RelationshipOwner.contact_id,
            RelationshipOwner.member,
            RelationshipOwner.strength,
            RelationshipOwner.note,
        )
        .where(RelationshipOwner.contact_id.in_(wanted))
        .order_by(RelationshipOwner.strength.desc(), RelationshipOwner.member)
    )
    for row in rows:
        found.setdefault(row.contact_id, []).append(Owner(*row))
    return found


def team_members(session: Session) -> list[str]:
    """Our team: the user (default owner), then the names used as owners and in the
    opportunities' team fields, alphabetically."""
    names: set[str] = set(session.scalars(select(RelationshipOwner.member).distinct()))
    team = (
        Opportunity.sponsor,
        Opportunity.project_manager,
        Opportunity.customer_rep,
        Opportunity.solution_rep,
        Opportunity.delivery_rep,
    )
    for row in session.execute(select(*team).distinct()):
        names.update(row)
    me = DEFAULT_OWNER.get(session).strip()
    names.discard(me)
    names.discard("")
    return ([me] if me else []) + sorted(names, key=str.casefold)


def _deal_team(session: Session, opportunity_id: int) -> list[str]:
    opportunity = session.get(Opportunity, opportunity_id)
    if opportunity is None:
        return []
    return [
        opportunity.sponsor,
        opportunity.project_manager,
        opportunity.customer_rep,
        opportunity.solution_rep,
        opportunity.delivery_rep,
    ]


def _roles(session: Session, person_ids: list[int]) -> dict[int, list[Role]]:
    roles: dict[int, list[Role]] = {}
    for contact_id, role in session.execute(
        select(ContactRole.contact_id, ContactRole.role).where(
            ContactRole.contact_id.in_(person_ids)
        )
    ):
        if role is not None:
            roles.setdefault(contact_id, []).append(role)
    return roles


def _first_role(roles: Iterable[Role]) -> Role | None:
    return min(roles, key=ROLE_ORDER.index, default=None)


def _is_key(roles: Iterable[Role], stance: Stance | None) -> bool:
    return stance is Stance.COACH or not KEY_ROLES.isdisjoint(roles)


def coverage_matrix(session: Session, opportunity_id: int) -> CoverageMatrix:
    """The deal's decision group against our team (the deal's role and stance win over the
    person's own)."""
    rows = []
    found = session.execute(
        select(
            Contact.id,
            Contact.name,
            Contact.layer,
            Contact.stance,
            DecisionGroupMember.role,
            DecisionGroupMember.stance,
        )
        .join(DecisionGroupMember, DecisionGroupMember.contact_id == Contact.id)
        .where(DecisionGroupMember.opportunity_id == opportunity_id)
    ).all()
    roles = _roles(session, [row[0] for row in found])
    for person_id, name, layer, own_stance, deal_role, deal_stance in found:
        person_roles = [deal_role] if deal_role is not None else roles.get(person_id, [])
        stance = deal_stance or own_stance
        rows.append(
            MatrixRow(
                person_id,
                name,
                _first_role(person_roles),
                stance,
                layer or UNKNOWN_LAYER_SHOWN_AS,
                _is_key(person_roles, stance),
            )
        )
    return _matrix(session, rows, _deal_team(session, opportunity_id))


def account_matrix(session: Session, account_id: int) -> CoverageMatrix:
    """Every person of the account against our team (no opportunity chosen)."""
    found = session.execute(
        select(Contact.id, Contact.name, Contact.layer, Contact.stance).where(
            Contact.account_id == account_id
        )
    ).all()
    roles = _roles(session, [row[0] for row in found])
    rows = [
        MatrixRow(
            person_id,
            name,
            _first_role(roles.get(person_id, [])),
            stance,
            layer or UNKNOWN_LAYER_SHOWN_AS,
            _is_key(roles.get(person_id, []), stance),
        )
        for person_id, name, layer, stance in found
    ]
    return _matrix(session, rows, [])


def _row_order(row: MatrixRow) -> tuple[int, int, str, int]:
    role = ROLE_ORDER.index(row.role) if row.role is not None else len(ROLE_ORDER)
    return (0 if row.key else 1, role, row.name.casefold(), row.person_id)


def _matrix(session: Session, rows: list[MatrixRow], team: list[str]) -> CoverageMatrix:
    rows.sort(key=_row_order)
    owners = owners_of(session, [row.person_id for row in rows])
    cells = {(o.person_id, o.member): o.strength for found in owners.values() for o in found}
    me = DEFAULT_OWNER.get(session).strip()
    # Columns: the user, the deal's team, then whoever else owns someone here.
    members = list(dict.fromkeys(m for m in [me, *team] if m))
    members += sorted({m for _p, m in cells} - set(members), key=str.casefold)
    strongest = {person: found[0].strength for person, found in owners.items() if found}
    return CoverageMatrix(tuple(rows), tuple(members), cells, tuple(gaps(rows, owners)), strongest)


def gaps(rows: list[MatrixRow], owners: dict[int, list[Owner]]) -> list[Gap]:
    """The gaps of docs/coverage.md, most serious first."""
    found: list[Gap] = []
    sole: dict[str, list[str]] = {}
    key_count = 0
    for row in rows:
        mine = owners.get(row.person_id, [])
        if row.key:
            key_count += 1
            role = LABELS[row.role] if row.role is not None else LABELS[Stance.COACH]
            well = [o.member for o in mine if o.strength >= WELL]
            if not mine:
                message = KEY_UNKNOWN.with_(name=row.name, role=role)
                found.append(Gap(GapKind.KEY_UNKNOWN, message, row.person_id))
            elif not well:
                members = ", ".join(o.member for o in mine)
                message = KEY_NOT_WELL.with_(name=row.name, role=role, members=members)
                found.append(Gap(GapKind.KEY_NOT_WELL, message, row.person_id))
            elif len(well) == 1:
                sole.setdefault(well[0], []).append(row.name)
        elif not mine:
            found.append(Gap(GapKind.NO_OWNER, NO_OWNER.with_(name=row.name), row.person_id))
    for member, names in sorted(sole.items()):
        if len(names) >= SINGLE_POINT_MIN and 2 * len(names) >= key_count:
            message = SINGLE_POINT.with_(member=member, count=len(names), names=", ".join(names))
            found.append(Gap(GapKind.SINGLE_POINT, message, member=member))
    order = [GapKind.KEY_UNKNOWN, GapKind.KEY_NOT_WELL, GapKind.SINGLE_POINT, GapKind.NO_OWNER]
    found.sort(key=lambda gap: order.index(gap.kind))
    return found


class RelationshipService:
    """Adding, changing and removing the relationship owners of a person."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def owners(self, person_id: int) -> list[Owner]:
        with self._db.read() as s:
            return owners_of(s, [person_id]).get(person_id, [])

    def team(self) -> list[str]:
        with self._db.read() as s:
            return team_members(s)

    def matrix(self, account_id: int, opportunity_id: int | None = None) -> CoverageMatrix:
        with self._db.read() as s:
            if opportunity_id is None:
                return account_matrix(s, account_id)
            return coverage_matrix(s, opportunity_id)

    def deals(self, account_id: int) -> list[tuple[int, str]]:
        """The account's opportunities that have a decision group, by name."""
        with self._db.read() as s:
            found = s.execute(
                select(Opportunity.id, Opportunity.name)
                .where(
                    Opportunity.account_id == account_id,
                    Opportunity.id.in_(select(DecisionGroupMember.opportunity_id)),
                )
                .order_by(Opportunity.name)
            )
            return [(row.id, row.name) for row in found]

    def others(self, account_id: int) -> list[tuple[int, str]]:
        """People of the other accounts who may influence this one, outside influencers
        first: (id, "name · title · account")."""
        with self._db.read() as s:
            found = s.execute(
                select(Contact.id, Contact.name, Contact.title, Account.name.label("home"))
                .join(Account, Account.id == Contact.account_id)
                .where(Contact.account_id != account_id)
                .order_by((Contact.layer != Layer.EXTERNAL), Account.name, Contact.name, Contact.id)
            )
            return [
                (row.id, " · ".join(part for part in (row.name, row.title, row.home) if part))
                for row in found
            ]

    def restore(self, snapshot: Snapshot, changes: ChangeSet) -> ChangeSet:
        return restore(self._db, snapshot, changes)

    def _refuse_duplicate(
        self, s: Session, person_id: int, member: str, owner_id: int | None = None
    ) -> None:
        taken = s.scalar(
            select(RelationshipOwner.id).where(
                RelationshipOwner.contact_id == person_id,
                RelationshipOwner.member == member,
                RelationshipOwner.id != (owner_id or -1),
            )
        )
        if taken is not None:
            raise UserError(ALREADY.with_(member=member))

    def add(self, person_id: int, member: str, strength: int = 2, note: str = "") -> Edit:
        member = clean_member(member)
        _check_strength(strength)
        with self._db.session() as s:
            contact = s.get(Contact, person_id)
            if contact is None:
                raise UserError(GONE)
            self._refuse_duplicate(s, person_id, member)
            tracker = Tracker(s)
            tracker.watch(RelationshipOwner, [])
            owner = RelationshipOwner(
                contact_id=person_id, member=member, strength=strength, note=note.strip()
            )
            s.add(owner)
            s.flush()
            tracker.created(RelationshipOwner, [owner.id])
            before, after = tracker.finish()
            changes = ChangeSet.of(CONTACTS, account_id=contact.account_id)
            return Edit(before, after, changes, owner.id)

    def read(self, owner_id: int) -> tuple[Owner, int]:
        """The relationship owner and the version it was read at (for :meth:`update`)."""
        with self._db.read() as s:
            owner = s.get(RelationshipOwner, owner_id)
            if owner is None:
                raise UserError(GONE)
            row = Owner(owner.id, owner.contact_id, owner.member, owner.strength, owner.note)
            return row, owner.version

    def update(
        self,
        owner_id: int,
        member: str,
        strength: int,
        note: str = "",
        read_version: int | None = None,
    ) -> Edit:
        """Refused (:class:`~..versions.ChangedMeanwhile`) when the owner changed since it was
        read at ``read_version``."""
        member = clean_member(member)
        _check_strength(strength)
        with self._db.session() as s:
            owner = s.get(RelationshipOwner, owner_id)
            if owner is None:
                raise UserError(GONE)
            versions.check(s, owner, read_version)
            self._refuse_duplicate(s, owner.contact_id, member, owner_id)
            tracker = Tracker(s)
            tracker.watch(RelationshipOwner, [owner_id])
            owner.member, owner.strength, owner.note = member, strength, note.strip()
            before, after = tracker.finish()
            account_id = s.get_one(Contact, owner.contact_id).account_id
            return Edit(before, after, ChangeSet.of(CONTACTS, account_id=account_id), owner_id)

    def remove(self, owner_id: int) -> Edit:
        with self._db.session() as s:
            owner = s.get(RelationshipOwner, owner_id)
            if owner is None:
                raise UserError(GONE)
            account_id = s.get_one(Contact, owner.contact_id).account_id
            tracker = Tracker(s)
            tracker.remove(RelationshipOwner, [owner_id])
            before, after = tracker.finish()
            return Edit(before, after, ChangeSet.of(CONTACTS, account_id=account_id), owner_id)
