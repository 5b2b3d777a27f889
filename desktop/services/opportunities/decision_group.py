"""The decision group of one deal (项目评估小组): people from the org chart with their role and
stance in this deal, which default to the person's own and can be changed per deal; and the
warnings a salesperson must not ignore (no coach, decision maker not supportive)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from desktop.models import Contact, ContactRole, DecisionGroupMember, Opportunity
from desktop.models.enums import Layer, Role, Stance

from .. import raw_rows, versions
from ..changes import OPPORTUNITIES, ChangeSet
from ..database import Database
from ..labels import LABELS, UNKNOWN
from ..messages import QT_TRANSLATE_NOOP, Message, UserError
from .deals import PersonChoice
from .leads import Created

SUPPORTIVE = frozenset({Stance.COACH, Stance.SUPPORTER})


@dataclass(frozen=True)
class MemberData:
    role: Role | None = None  # None: the person's own roles
    stance: Stance | None = None  # None: the person's own stance
    note: str = ""


@dataclass(frozen=True)
class MemberRow:
    id: int
    contact_id: int
    name: str
    title: str
    layer: Layer
    person_roles: tuple[Role, ...]
    person_stance: Stance | None
    role: Role | None
    stance: Stance | None
    note: str

    @property
    def roles(self) -> tuple[Role, ...]:
        return (self.role,) if self.role is not None else self.person_roles

    @property
    def effective_stance(self) -> Stance | None:
        return self.stance if self.stance is not None else self.person_stance


def warnings(members: Sequence[MemberRow]) -> list[Message]:
    if not members:
        return [
            QT_TRANSLATE_NOOP(
                "DecisionGroup",
                "No decision group yet: add the people who decide this deal from the org chart.",
            )
        ]
    found: list[Message] = []
    if not any(Role.COACH in m.roles or m.effective_stance is Stance.COACH for m in members):
        found.append(
            QT_TRANSLATE_NOOP(
                "DecisionGroup", "No coach: nobody in the decision group supports us from inside."
            )
        )
    deciders = [m for m in members if Role.KEY_DECISION_MAKER in m.roles]
    if not deciders:
        found.append(
            QT_TRANSLATE_NOOP("DecisionGroup", "No key decision maker in the decision group.")
        )
    for member in deciders:
        if member.effective_stance not in SUPPORTIVE:
            stance = member.effective_stance
            found.append(
                QT_TRANSLATE_NOOP(
                    "DecisionGroup", "Key decision maker {name} is not supportive ({stance})."
                ).with_(name=member.name, stance=UNKNOWN if stance is None else LABELS[stance])
            )
    for member in members:
        if member.effective_stance is Stance.BLOCKER:
            found.append(
                QT_TRANSLATE_NOOP(
                    "DecisionGroup", "{name} is a blocker: firmly for a competitor."
                ).with_(name=member.name)
            )
    return found


class DecisionGroupService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def members(self, opportunity_id: int) -> list[MemberRow]:
        with self._db.read() as s:
            rows = s.execute(
                select(DecisionGroupMember, Contact)
                .join(Contact, DecisionGroupMember.contact_id == Contact.id)
                .where(DecisionGroupMember.opportunity_id == opportunity_id)
            ).all()
            roles: dict[int, list[Role]] = {}
            for contact_id, role in s.execute(
                select(ContactRole.contact_id, ContactRole.role).where(
                    ContactRole.contact_id.in_([c.id for _, c in rows])
                )
            ):
                if role is not None:  # a value no form writes: unknown, left out
                    roles.setdefault(contact_id, []).append(role)
            order = [*Layer, None]  # None: a layer no form writes, shown as unknown, last
            result = [
                MemberRow(
                    id=m.id,
                    contact_id=c.id,
                    name=c.name,
                    title=c.title,
                    layer=c.layer,
                    person_roles=tuple(sorted(roles.get(c.id, []), key=list(Role).index)),
                    person_stance=c.stance,
                    role=m.role,
                    stance=m.stance,
                    note=m.note,
                )
                for m, c in rows
            ]
            return sorted(result, key=lambda r: (order.index(r.layer), r.name))

    def candidates(self, opportunity_id: int) -> list[PersonChoice]:
        """The account's people not yet in the group."""
        with self._db.read() as s:
            o = s.get_one(Opportunity, opportunity_id)
            inside = select(DecisionGroupMember.contact_id).where(
                DecisionGroupMember.opportunity_id == opportunity_id
            )
            rows = s.execute(
                select(Contact.id, Contact.name, Contact.title)
                .where(Contact.account_id == o.account_id, Contact.id.not_in(inside))
                .order_by(Contact.name)
            )
            return [PersonChoice(*row) for row in rows]

    def add(self, opportunity_id: int, contact_id: int) -> Created:
        with self._db.session() as s:
            o = s.get_one(Opportunity, opportunity_id)
            contact = s.get(Contact, contact_id)
            if contact is None or contact.account_id != o.account_id:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "DecisionGroup", "Decision group: choose someone from this account."
                    )
                )
            exists = s.scalar(
                select(DecisionGroupMember.id).where(
                    DecisionGroupMember.opportunity_id == opportunity_id,
                    DecisionGroupMember.contact_id == contact_id,
                )
            )
            if exists:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "DecisionGroup", "{name} is already in the decision group."
                    ).with_(name=contact.name)
                )
            member = DecisionGroupMember(opportunity_id=opportunity_id, contact_id=contact_id)
            s.add(member)
            s.flush()
            return Created(ChangeSet.of(OPPORTUNITIES, account_id=o.account_id), member.id)

    def member(self, member_id: int) -> MemberData:
        return self.read(member_id)[0]

    def read(self, member_id: int) -> tuple[MemberData, int]:
        """The member's role, stance and note, and the version they were read at."""
        with self._db.read() as s:
            m = s.get_one(DecisionGroupMember, member_id)
            return MemberData(m.role, m.stance, m.note), m.version

    def update(
        self, member_id: int, data: MemberData, read_version: int | None = None
    ) -> ChangeSet:
        """Refused (:class:`~..versions.ChangedMeanwhile`) when the member changed since it
        was read at ``read_version``."""
        with self._db.session() as s:
            m = s.get_one(DecisionGroupMember, member_id)
            versions.check(s, m, read_version)
            m.role, m.stance, m.note = data.role, data.stance, data.note.strip()
            return ChangeSet.of(
                OPPORTUNITIES, account_id=s.get_one(Opportunity, m.opportunity_id).account_id
            )

    def remove(self, member_id: int) -> tuple[ChangeSet, raw_rows.Graph]:
        with self._db.session() as s:
            opportunity_id = s.get_one(DecisionGroupMember, member_id).opportunity_id
            account_id = s.get_one(Opportunity, opportunity_id).account_id
            graph = raw_rows.remove(s, "decision_group_member", [member_id])
        return ChangeSet.of(OPPORTUNITIES, account_id=account_id), graph
