"""People who leave the client or move to another client of ours (docs/map-over-time.md).
Qt-free; each is one transaction that undoes itself exactly, like the chart's other edits.

A person who moves is the same record in the new account: their visits and change log stay
with them; their places in the old account's decision groups stay there as history, and so
do their influence lines (a line may cross accounts). Their roles and manager belonged to the
old organisation and are cleared (the log keeps them). A former coach is a possible way into
their new account.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from desktop.models import Account, ChangeEntry, Contact, ContactRole
from desktop.models.enums import Role, Stance

from ..changes import CONTACTS, INTERACTIONS, ChangeSet
from ..database import Database
from ..messages import QT_TRANSLATE_NOOP, Translate, UserError
from ..opportunities.leads import LeadData
from .coverage import Flag, FlagKind, Severity
from .people import GONE
from .snapshot import Edit, Tracker

SAME_ACCOUNT = QT_TRANSLATE_NOOP(
    "PersonMoves", "{name} is already at {account}: choose the client they moved to."
)
NO_ACCOUNT = QT_TRANSLATE_NOOP(
    "PersonMoves", "That client no longer exists; choose another one or add it first."
)
FORMER_COACH = QT_TRANSLATE_NOOP(
    "Coverage", "{name} was our coach at {account}: a possible way in. Create a lead from it."
)
LEAD_TITLE = QT_TRANSLATE_NOOP("PersonMoves", "Way in through {name} (former coach at {account})")
LEAD_NOTE = QT_TRANSLATE_NOOP(
    "PersonMoves", "{name} was our coach at {account} and joined this client on {day}."
)


@dataclass(frozen=True)
class FormerCoach:
    person_id: int
    name: str
    account: str  # where they were our coach
    moved_on: date | None


class MovesService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def set_left(self, person_id: int, day: date | None) -> Edit:
        """The person left the client on ``day`` (None: they are back, or never left)."""
        with self._db.session() as s:
            contact = _person(s, person_id)
            tracker = Tracker(s)
            tracker.watch(Contact, [person_id], ["left_on"])
            contact.left_on = day
            before, after = tracker.finish()
            changes = ChangeSet.of(CONTACTS, account_id=contact.account_id)
            return Edit(before, after, changes, person_id)

    def move(self, person_id: int, account_id: int, day: date) -> Edit:
        """The person joined another client (``account_id``) on ``day``."""
        with self._db.session() as s:
            contact = _person(s, person_id)
            target = s.get(Account, account_id)
            if target is None:
                raise UserError(NO_ACCOUNT)
            if contact.account_id == account_id:
                raise UserError(SAME_ACCOUNT.with_(name=contact.name, account=target.name))
            old_account = contact.account_id
            reports = list(s.scalars(select(Contact.id).where(Contact.reports_to_id == person_id)))
            tracker = Tracker(s)
            tracker.watch(Contact, [person_id])
            tracker.watch(Contact, reports, ["reports_to_id"])
            tracker.watch(
                ContactRole,
                s.scalars(select(ContactRole.id).where(ContactRole.contact_id == person_id)),
            )
            # Their reports now report to the person's own manager, as when one is deleted.
            s.execute(
                update(Contact)
                .where(Contact.reports_to_id == person_id)
                .values(reports_to_id=contact.reports_to_id),
                execution_options={"synchronize_session": False},
            )
            contact.role_links.clear()
            contact.account_id = account_id
            contact.reports_to_id = None
            contact.moved_from_id = old_account
            contact.moved_on = day
            contact.left_on = None
            before, after = tracker.finish()
            changes = ChangeSet.of(CONTACTS, INTERACTIONS)  # two accounts
            return Edit(before, after, changes, person_id)

    def other_accounts(self, account_id: int) -> list[tuple[int, str]]:
        """The clients a person of ``account_id`` can move to, by name."""
        with self._db.read() as s:
            rows = s.execute(
                select(Account.id, Account.name)
                .where(Account.id != account_id)
                .order_by(Account.name)
            )
            return [(account, name) for account, name in rows]

    @staticmethod
    def lead_from(coach: FormerCoach, account_id: int, translate: Translate) -> LeadData:
        """A lead in the new account, through the former coach: the user completes it."""
        params = {"name": coach.name, "account": coach.account}
        return LeadData(
            account_id=account_id,
            title=LEAD_TITLE.with_(**params).render(translate),
            relationship_note=LEAD_NOTE.with_(**params, day=coach.moved_on or "").render(translate),
        )

    def former_coaches(self, account_id: int) -> list[FormerCoach]:
        with self._db.read() as s:
            return former_coaches(s, account_id)


def _person(session: Session, person_id: int) -> Contact:
    contact = session.get(Contact, person_id)
    if contact is None:
        raise UserError(GONE)
    return contact


def former_coaches(session: Session, account_id: int) -> list[FormerCoach]:
    """People who moved here and were our coach at their former client: the coach stance,
    or the coach role they had there (the move cleared it; the change log remembers)."""
    old = Account.__table__.alias("old")
    rows = session.execute(
        select(Contact.id, Contact.uuid, Contact.name, Contact.stance, old.c.name, Contact.moved_on)
        .join(old, old.c.id == Contact.moved_from_id)
        .where(Contact.account_id == account_id, Contact.left_on.is_(None))
    ).all()
    if not rows:
        return []
    coach = Role.COACH.value
    had_role = set(
        session.scalars(
            select(ChangeEntry.record_uuid).where(
                ChangeEntry.record_uuid.in_([row[1] for row in rows]),
                ChangeEntry.field == "roles",
                or_(ChangeEntry.old_value == coach, ChangeEntry.new_value == coach),
            )
        )
    )
    return [
        FormerCoach(person_id, name, account, moved_on)
        for person_id, uuid, name, stance, account, moved_on in rows
        if stance is Stance.COACH or uuid in had_role
    ]


def former_coach_flags(coaches: list[FormerCoach]) -> list[Flag]:
    """The coverage list's last lines: each former coach, a possible way in."""
    return [
        Flag(
            FlagKind.FORMER_COACH,
            Severity.LOW,
            FORMER_COACH.with_(name=coach.name, account=coach.account),
            coach.person_id,
        )
        for coach in coaches
    ]
