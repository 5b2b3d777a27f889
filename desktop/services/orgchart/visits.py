"""The visit log of one person, and their closeness and trust over time. Qt-free.

A person's current closeness and trust are those after the latest logged interaction that
rated them; saving or deleting an interaction brings them up to date in the same transaction.
"""

from __future__ import annotations

import builtins  # the services have a list() method: list[...] in their bodies means it
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Contact, Interaction
from desktop.models.enums import InteractionKind
from desktop.services.sql_types import table_of

from .. import field_rules, versions
from ..changes import CONTACTS, INTERACTIONS, ChangeSet
from ..database import Database
from ..messages import QT_TRANSLATE_NOOP, Message, UserError
from ..records import copy_to, read_from
from .people import trimmed
from .snapshot import Edit, Snapshot, Tracker, restore

VISIT_FIELDS: dict[str, Message] = {
    "occurred_on": QT_TRANSLATE_NOOP("VisitField", "Date"),
    "kind": QT_TRANSLATE_NOOP("VisitField", "Type"),
    "participants": QT_TRANSLATE_NOOP("VisitField", "Who was present"),
    "notes": QT_TRANSLATE_NOOP("VisitField", "Notes"),
    "closeness_after": QT_TRANSLATE_NOOP("VisitField", "Closeness after"),
    "trust_after": QT_TRANSLATE_NOOP("VisitField", "Trust after"),
    "info_policy": QT_TRANSLATE_NOOP("VisitField", "Policy"),
    "info_people": QT_TRANSLATE_NOOP("VisitField", "People"),
    "info_business": QT_TRANSLATE_NOOP("VisitField", "Business need"),
    "info_activities": QT_TRANSLATE_NOOP("VisitField", "Activities"),
    "next_step": QT_TRANSLATE_NOOP("VisitField", "Next step"),
    "next_step_on": QT_TRANSLATE_NOOP("VisitField", "Next step on"),
}
FUTURE_VISIT = QT_TRANSLATE_NOOP(
    "VisitRules",
    "{field}: the date is in the future; log an interaction once it has happened and keep "
    "plans as the next step.",
)
STEP_BEFORE_VISIT = QT_TRANSLATE_NOOP(
    "VisitRules", "{field}: the next step cannot come before the interaction itself."
)
RULED = ("closeness_after", "trust_after", "participants")  # checked by field_rules
GONE = QT_TRANSLATE_NOOP(
    "VisitRules", "This interaction no longer exists; someone may have deleted it."
)


@dataclass(frozen=True)
class VisitData:
    """One interaction with a person and what it brought."""

    occurred_on: date
    kind: InteractionKind = InteractionKind.VISIT
    participants: str = ""
    notes: str = ""
    closeness_after: int | None = None
    trust_after: int | None = None
    info_policy: str = ""
    info_people: str = ""
    info_business: str = ""
    info_activities: str = ""
    next_step: str = ""
    next_step_on: date | None = None


@dataclass(frozen=True)
class VisitRow:
    id: int
    data: VisitData


@dataclass(frozen=True)
class TrendPoint:
    on: date
    closeness: int | None
    trust: int | None


def _error(message: Message, field: str, **params: object) -> UserError:
    return UserError(message.with_(field=VISIT_FIELDS[field], **params))


def validate_visit(data: VisitData, today: date) -> VisitData:
    cleaned = VisitData(**trimmed(data))
    if cleaned.occurred_on > today:
        raise _error(FUTURE_VISIT, "occurred_on")
    if cleaned.next_step_on is not None and cleaned.next_step_on < cleaned.occurred_on:
        raise _error(STEP_BEFORE_VISIT, "next_step_on")
    # The rules every import applies too (docs/field-rules.md).
    values = {name: getattr(cleaned, name) for name in RULED}
    for name, message in field_rules.problems(table_of(Interaction), values, today):
        raise _error(message, name)
    return cleaned


def refresh_ratings(session: Session, contact: Contact) -> None:
    """Closeness and trust as after the latest interaction that rated them."""
    session.flush()
    for rating, column in (
        ("closeness", Interaction.closeness_after),
        ("trust", Interaction.trust_after),
    ):
        latest = session.scalar(
            select(column)
            .where(Interaction.contact_id == contact.id, column.is_not(None))
            .order_by(Interaction.occurred_on.desc(), Interaction.id.desc())
            .limit(1)
        )
        if latest is not None:
            setattr(contact, rating, latest)


class VisitLogService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def list(self, person_id: int) -> list[VisitRow]:
        """Newest first."""
        with self._db.read() as s:
            visits = s.scalars(
                select(Interaction)
                .where(Interaction.contact_id == person_id)
                .order_by(Interaction.occurred_on.desc(), Interaction.id.desc())
            )
            return [VisitRow(v.id, read_from(VisitData, v)) for v in visits]

    def trend(self, person_id: int) -> builtins.list[TrendPoint]:
        """Closeness and trust after each interaction, oldest first."""
        with self._db.read() as s:
            rows = s.execute(
                select(
                    Interaction.occurred_on, Interaction.closeness_after, Interaction.trust_after
                )
                .where(Interaction.contact_id == person_id)
                .order_by(Interaction.occurred_on, Interaction.id)
            )
            return [TrendPoint(*row) for row in rows]

    def restore(self, snapshot: Snapshot, changes: ChangeSet) -> ChangeSet:
        """Undo (``edit.before``) or redo (``edit.after``) one of this service's edits."""
        return restore(self._db, snapshot, changes)

    def _edit(self, s: Session, tracker: Tracker, contact: Contact, record_id: int) -> Edit:
        refresh_ratings(s, contact)
        before, after = tracker.finish()
        changes = ChangeSet.of(INTERACTIONS, CONTACTS, account_id=contact.account_id)
        return Edit(before, after, changes, record_id)

    def add(self, person_id: int, data: VisitData, today: date) -> Edit:
        data = validate_visit(data, today)
        with self._db.session() as s:
            contact = s.get(Contact, person_id)
            if contact is None:
                raise UserError(GONE)
            tracker = Tracker(s)
            tracker.watch(Interaction, [])
            tracker.watch(Contact, [person_id], ["closeness", "trust"])
            visit = Interaction(account_id=contact.account_id, contact_id=person_id)
            copy_to(data, visit, exclude=())
            s.add(visit)
            s.flush()
            tracker.created(Interaction, [visit.id])
            return self._edit(s, tracker, contact, visit.id)

    def read(self, visit_id: int) -> tuple[VisitData, int]:
        """The visit's fields and the version they were read at (for :meth:`update`)."""
        with self._db.read() as s:
            return versions.read_with_version(s, Interaction, visit_id, VisitData, GONE)

    def update(
        self, visit_id: int, data: VisitData, today: date, read_version: int | None = None
    ) -> Edit:
        """Refused (:class:`~..versions.ChangedMeanwhile`) when the visit changed since it was
        read at ``read_version``."""
        data = validate_visit(data, today)
        with self._db.session() as s:
            visit = s.get(Interaction, visit_id)
            if visit is None:
                raise UserError(GONE)
            versions.check(s, visit, read_version)
            tracker = Tracker(s)
            tracker.watch(Interaction, [visit_id])
            tracker.watch(Contact, [visit.contact_id], ["closeness", "trust"])
            copy_to(data, visit, exclude=())
            return self._edit(s, tracker, visit.contact, visit_id)

    def delete(self, visit_id: int) -> Edit:
        with self._db.session() as s:
            visit = s.get(Interaction, visit_id)
            if visit is None:
                raise UserError(GONE)
            contact = visit.contact
            tracker = Tracker(s)
            tracker.watch(Contact, [contact.id], ["closeness", "trust"])
            tracker.remove(Interaction, [visit_id])
            contact = s.get_one(Contact, contact.id)
            return self._edit(s, tracker, contact, visit_id)
