"""The key-person record and every edit made on the chart, each one transaction. Qt-free.

Each write returns an :class:`~desktop.services.orgchart.snapshot.Edit` that undoes and redoes
itself exactly (:meth:`PeopleService.restore`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.models import (
    Contact,
    ContactRole,
    InfluenceLink,
)
from desktop.models.enums import ExternalKind, Gender, Layer, Personality, Role, Stance
from desktop.services.sql_types import table_of

from .. import field_rules, trash, versions
from ..changes import CONTACTS, ChangeSet
from ..database import Database
from ..messages import QT_TRANSLATE_NOOP, Message, UserError
from ..raw_rows import Link
from ..records import copy_to
from .chart import ROLE_ORDER, UNKNOWN_LAYER_SHOWN_AS
from .snapshot import Edit, Snapshot, Tracker, apply, restore

# The field names of the key-person record, for the form and for messages.
FIELD_LABELS: dict[str, Message] = {
    "name": QT_TRANSLATE_NOOP("PersonField", "Name"),
    "organisation": QT_TRANSLATE_NOOP("PersonField", "Organisation"),
    "department": QT_TRANSLATE_NOOP("PersonField", "Department"),
    "title": QT_TRANSLATE_NOOP("PersonField", "Title"),
    "layer": QT_TRANSLATE_NOOP("PersonField", "Layer"),
    "external_kind": QT_TRANSLATE_NOOP("PersonField", "Outside party"),
    "reports_to_id": QT_TRANSLATE_NOOP("PersonField", "Reports to"),
    "roles": QT_TRANSLATE_NOOP("PersonField", "Roles"),
    "stance": QT_TRANSLATE_NOOP("PersonField", "Stance"),
    "influence_level": QT_TRANSLATE_NOOP("PersonField", "Influence"),
    "closeness": QT_TRANSLATE_NOOP("PersonField", "Closeness"),
    "trust": QT_TRANSLATE_NOOP("PersonField", "Trust"),
    "could_be_coach": QT_TRANSLATE_NOOP("PersonField", "Could become our coach"),
    "personality": QT_TRANSLATE_NOOP("PersonField", "Personality"),
    "temperament": QT_TRANSLATE_NOOP("PersonField", "Temperament"),
    "outlook": QT_TRANSLATE_NOOP("PersonField", "Outlook"),
    "eloquence": QT_TRANSLATE_NOOP("PersonField", "Eloquence"),
    "others_rating": QT_TRANSLATE_NOOP("PersonField", "How others rate them"),
    "gender": QT_TRANSLATE_NOOP("PersonField", "Gender"),
    "birthday": QT_TRANSLATE_NOOP("PersonField", "Birthday"),
    "age": QT_TRANSLATE_NOOP("PersonField", "Age"),
    "birthplace": QT_TRANSLATE_NOOP("PersonField", "Birthplace"),
    "education": QT_TRANSLATE_NOOP("PersonField", "Education"),
    "interests": QT_TRANSLATE_NOOP("PersonField", "Interests"),
    "introduced_by": QT_TRANSLATE_NOOP("PersonField", "Introduced by"),
    "family": QT_TRANSLATE_NOOP("PersonField", "Family"),
    "background": QT_TRANSLATE_NOOP("PersonField", "Background"),
    "phone": QT_TRANSLATE_NOOP("PersonField", "Phone"),
    "mobile": QT_TRANSLATE_NOOP("PersonField", "Mobile"),
    "email": QT_TRANSLATE_NOOP("PersonField", "E-mail"),
    "wechat": QT_TRANSLATE_NOOP("PersonField", "WeChat"),
    "notes": QT_TRANSLATE_NOOP("PersonField", "Notes"),
}
NO_NAME = QT_TRANSLATE_NOOP("PersonRules", "{field}: enter the person's name.")
SELF_MANAGER = QT_TRANSLATE_NOOP("PersonRules", "{person} cannot report to themselves.")
LOOP = QT_TRANSLATE_NOOP(
    "PersonRules",
    "{person} cannot report to {manager}: {manager} already reports to {person}, "
    "directly or through others.",
)
OTHER_ACCOUNT = QT_TRANSLATE_NOOP("PersonRules", "{field}: choose someone of this account.")
SAME_PERSON_LINK = QT_TRANSLATE_NOOP(
    "PersonRules", "An influence line goes from one person to another, not to the same person."
)
LINK_EXISTS = QT_TRANSLATE_NOOP(
    "PersonRules", "{source} can already influence {target}; change that line instead."
)
BAD_STRENGTH = QT_TRANSLATE_NOOP(
    "PersonRules", "The strength of an influence line is 1 (weak), 2 or 3 (strong)."
)
GONE = QT_TRANSLATE_NOOP(
    "PersonRules", "This person no longer exists; someone may have deleted them."
)


@dataclass(frozen=True)
class PersonData:
    """The editable key-person record (关键人物信息表)."""

    name: str
    organisation: str = ""
    department: str = ""
    title: str = ""
    layer: Layer = Layer.OPERATIONAL
    external_kind: ExternalKind | None = None
    reports_to_id: int | None = None
    roles: tuple[Role, ...] = ()
    stance: Stance | None = None
    influence_level: int | None = None
    closeness: int | None = None
    trust: int | None = None
    could_be_coach: bool = False
    personality: Personality | None = None
    temperament: str = ""
    outlook: str = ""
    eloquence: str = ""
    others_rating: str = ""
    gender: Gender | None = None
    birthday: date | None = None
    age: int | None = None
    birthplace: str = ""
    education: str = ""
    interests: str = ""
    introduced_by: str = ""
    family: str = ""
    background: str = ""
    phone: str = ""
    mobile: str = ""
    email: str = ""
    wechat: str = ""
    notes: str = ""


def _error(message: Message, field: str, **params: object) -> UserError:
    return UserError(message.with_(field=FIELD_LABELS[field], **params))


def trimmed(data: Any) -> dict[str, Any]:
    """A dataclass's fields, text without surrounding spaces (enums, which are str too, kept)."""
    return {
        f.name: value.strip() if type(value := getattr(data, f.name)) is str else value
        for f in fields(data)
    }


def validate_person(data: PersonData, today: date) -> PersonData:
    """The record cleaned up (trimmed text, outside party only for outsiders), or a UserError
    naming the first field that is wrong and why."""
    cleaned = trimmed(data)
    if not cleaned["name"]:
        raise _error(NO_NAME, "name")
    # The rules every import applies too (docs/field-rules.md).
    for name, message in field_rules.problems(table_of(Contact), cleaned, today):
        raise _error(message, name)
    if cleaned["layer"] is not Layer.EXTERNAL:
        cleaned["external_kind"] = None
    cleaned["roles"] = tuple(sorted(set(cleaned["roles"]), key=ROLE_ORDER.index))
    return PersonData(**cleaned)


def _check_manager(session: Session, contact: Contact, manager_id: int | None) -> None:
    if manager_id is None:
        return
    if manager_id == contact.id:
        raise UserError(SELF_MANAGER.with_(person=contact.name))
    chain = dict(
        session.execute(
            select(Contact.id, Contact.reports_to_id).where(
                Contact.account_id == contact.account_id
            )
        ).all()
    )
    if manager_id not in chain:
        raise _error(OTHER_ACCOUNT, "reports_to_id")
    seen: set[int] = set()
    current: int | None = manager_id
    while current is not None and current not in seen:
        if current == contact.id:
            manager = session.get_one(Contact, manager_id)
            raise UserError(LOOP.with_(person=contact.name, manager=manager.name))
        seen.add(current)
        current = chain.get(current)


def _links_elsewhere(session: Session, contact: Contact) -> bool:
    """Whether an influence line joins ``contact`` to someone of another account."""
    others = (
        select(InfluenceLink.target_id)
        .where(InfluenceLink.source_id == contact.id)
        .union(select(InfluenceLink.source_id).where(InfluenceLink.target_id == contact.id))
    )
    found = session.scalar(
        select(Contact.id)
        .where(Contact.id.in_(others), Contact.account_id != contact.account_id)
        .limit(1)
    )
    return found is not None


def _link_changes(source: Contact, target: Contact) -> ChangeSet:
    """An influence line may join two accounts (docs/coverage.md): both charts then show it."""
    same = source.account_id == target.account_id
    return ChangeSet.of(CONTACTS, account_id=source.account_id if same else None)


@dataclass(frozen=True)
class LinkData:
    """What an influence line says: how strong, and how and why."""

    strength: int
    note: str


class PeopleService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- reading ---------------------------------------------------------------------------
    def get(self, person_id: int) -> PersonData:
        return self.read(person_id)[0]

    def read(self, person_id: int) -> tuple[PersonData, int]:
        """The person's fields and the version they were read at (for :meth:`update`)."""
        with self._db.read() as s:
            contact = s.get(Contact, person_id)
            if contact is None:
                raise UserError(GONE)
            values = {
                f.name: getattr(contact, f.name) for f in fields(PersonData) if f.name != "roles"
            }
            roles = tuple(sorted((r for r in contact.roles if r), key=ROLE_ORDER.index))
            values["layer"] = values["layer"] or UNKNOWN_LAYER_SHOWN_AS
            return PersonData(**values, roles=roles), contact.version

    def restore(self, snapshot: Snapshot, changes: ChangeSet) -> ChangeSet:
        """Undo (``edit.before``) or redo (``edit.after``) one of this service's edits."""
        return restore(self._db, snapshot, changes)

    # -- the person ------------------------------------------------------------------------
    def _watch_person(self, s: Session, tracker: Tracker, person_id: int) -> None:
        tracker.watch(Contact, [person_id])
        tracker.watch(
            ContactRole,
            s.scalars(select(ContactRole.id).where(ContactRole.contact_id == person_id)),
        )

    def _set_roles(
        self, s: Session, tracker: Tracker, contact: Contact, roles: Iterable[Role]
    ) -> None:
        wanted = set(roles)
        for link in list(contact.role_links):
            if link.role not in wanted:
                contact.role_links.remove(link)
        have = {link.role for link in contact.role_links}
        added = [ContactRole(role=role) for role in roles if role not in have]
        contact.role_links.extend(added)
        s.flush()
        tracker.created(ContactRole, [link.id for link in added])

    def add(self, account_id: int, data: PersonData, today: date) -> Edit:
        data = validate_person(data, today)
        with self._db.session() as s:
            tracker = Tracker(s)
            tracker.watch(Contact, [])
            tracker.watch(ContactRole, [])
            contact = Contact(account_id=account_id, name=data.name)
            copy_to(data, contact, exclude=("roles", "reports_to_id"))
            s.add(contact)
            s.flush()
            tracker.created(Contact, [contact.id])
            _check_manager(s, contact, data.reports_to_id)
            contact.reports_to_id = data.reports_to_id
            self._set_roles(s, tracker, contact, data.roles)
            before, after = tracker.finish()
            return Edit(before, after, ChangeSet.of(CONTACTS, account_id=account_id), contact.id)

    def update(
        self, person_id: int, data: PersonData, today: date, read_version: int | None = None
    ) -> Edit:
        """Save the form; refused (:class:`~..versions.ChangedMeanwhile`) when the person
        changed since it was read at ``read_version``."""
        data = validate_person(data, today)
        with self._db.session() as s:
            contact = s.get(Contact, person_id)
            if contact is None:
                raise UserError(GONE)
            versions.check(s, contact, read_version)
            tracker = Tracker(s)
            self._watch_person(s, tracker, person_id)
            _check_manager(s, contact, data.reports_to_id)
            copy_to(data, contact, exclude=("roles",))
            self._set_roles(s, tracker, contact, data.roles)
            before, after = tracker.finish()
            changes = ChangeSet.of(
                CONTACTS, account_id=contact.account_id, ids={"contact": [person_id]}
            )
            return Edit(before, after, changes, person_id)

    def set_manager(self, person_id: int, manager_id: int | None) -> Edit:
        """Drag-and-drop on the chart: ``person`` now reports to ``manager`` (None: nobody)."""
        with self._db.session() as s:
            contact = s.get(Contact, person_id)
            if contact is None:
                raise UserError(GONE)
            _check_manager(s, contact, manager_id)
            tracker = Tracker(s)
            tracker.watch(Contact, [person_id], ["reports_to_id"])
            contact.reports_to_id = manager_id
            before, after = tracker.finish()
            changes = ChangeSet.of(CONTACTS, account_id=contact.account_id)
            return Edit(before, after, changes, person_id)

    def set_stance(self, person_id: int, stance: Stance | None) -> Edit:
        return self._set_column(person_id, "stance", stance)

    def set_layer(self, person_id: int, layer: Layer) -> Edit:
        return self._set_column(person_id, "layer", layer)

    def _set_column(self, person_id: int, column: str, value: object) -> Edit:
        with self._db.session() as s:
            contact = s.get(Contact, person_id)
            if contact is None:
                raise UserError(GONE)
            tracker = Tracker(s)
            tracker.watch(Contact, [person_id], [column])
            setattr(contact, column, value)
            before, after = tracker.finish()
            changes = ChangeSet.of(CONTACTS, account_id=contact.account_id)
            return Edit(before, after, changes, person_id)

    def set_roles(self, person_id: int, roles: tuple[Role, ...]) -> Edit:
        with self._db.session() as s:
            contact = s.get(Contact, person_id)
            if contact is None:
                raise UserError(GONE)
            tracker = Tracker(s)
            tracker.watch(
                ContactRole,
                s.scalars(select(ContactRole.id).where(ContactRole.contact_id == person_id)),
            )
            self._set_roles(s, tracker, contact, sorted(set(roles), key=ROLE_ORDER.index))
            before, after = tracker.finish()
            changes = ChangeSet.of(CONTACTS, account_id=contact.account_id)
            return Edit(before, after, changes, person_id)

    def delete(self, person_id: int, now: datetime) -> Edit:
        """Move a person to the trash, with their roles, influence lines, visits and places
        in decision groups; their reports now report to the person's own manager (and go
        back under the person when it is restored, unless moved again meanwhile)."""
        with self._db.session() as s:
            contact = s.get(Contact, person_id)
            if contact is None:
                raise UserError(GONE)
            manager_id = contact.reports_to_id
            crosses = _links_elsewhere(s, contact)
            reports = s.scalars(select(Contact.id).where(Contact.reports_to_id == person_id)).all()
            tracker = Tracker(s)
            tracker.watch(Contact, reports, ["reports_to_id"])
            s.execute(
                update(Contact)
                .where(Contact.reports_to_id == person_id)
                .values(reports_to_id=manager_id),
                execution_options={"synchronize_session": False},
            )
            before, after = tracker.finish()
            # With the time of their last change, so that a restore is not a change of theirs.
            stamps = {state.id: (state.values or {}).get("updated_at") for state in before.rows}
            now_stamps = {state.id: (state.values or {}).get("updated_at") for state in after.rows}
            moved = [
                Link("contact", r, "reports_to_id", person_id, manager_id, stamps[r], now_stamps[r])
                for r in reports
            ]
            trashed = trash.move_to_trash(s, "contact", person_id, now, moved=moved)
            # Their lines to other accounts leave those charts too.
            changes = replace(trashed.changes, account_id=None) if crosses else trashed.changes
            return Edit(before, after, changes, person_id, trashed=trashed)

    def undelete(self, edit: Edit) -> ChangeSet:
        """Undo :meth:`delete`: the person comes out of the trash, the reports back under
        them, exactly as they were."""
        assert edit.trashed is not None
        with self._db.session() as s:
            trash.take_back(s, edit.trashed)  # the reports too (see Link)
        return edit.changes

    def redelete(self, edit: Edit, now: datetime) -> ChangeSet:
        assert edit.trashed is not None
        with self._db.session() as s:
            apply(s, edit.after)
            trash.move_to_trash(s, "contact", edit.trashed.record_id, now, moved=edit.trashed.moved)
        return edit.changes

    # -- influence lines -------------------------------------------------------------------
    def add_link(self, source_id: int, target_id: int, strength: int = 2, note: str = "") -> Edit:
        if source_id == target_id:
            raise UserError(SAME_PERSON_LINK)
        if strength not in (1, 2, 3):
            raise UserError(BAD_STRENGTH)
        with self._db.session() as s:
            source = s.get(Contact, source_id)
            target = s.get(Contact, target_id)
            if source is None or target is None:
                raise UserError(GONE)
            existing = s.scalar(
                select(InfluenceLink.id).where(
                    InfluenceLink.source_id == source_id, InfluenceLink.target_id == target_id
                )
            )
            if existing is not None:
                raise UserError(LINK_EXISTS.with_(source=source.name, target=target.name))
            tracker = Tracker(s)
            tracker.watch(InfluenceLink, [])
            link = InfluenceLink(
                source_id=source_id, target_id=target_id, strength=strength, note=note.strip()
            )
            s.add(link)
            s.flush()
            tracker.created(InfluenceLink, [link.id])
            before, after = tracker.finish()
            return Edit(before, after, _link_changes(source, target), link.id)

    def read_link(self, link_id: int) -> tuple[LinkData, int]:
        """The line's strength and note, and the version they were read at (for
        :meth:`update_link`)."""
        with self._db.read() as s:
            link = s.get(InfluenceLink, link_id)
            if link is None:
                raise UserError(GONE)
            return LinkData(link.strength, link.note), link.version

    def update_link(
        self, link_id: int, strength: int, note: str, read_version: int | None = None
    ) -> Edit:
        """Refused (:class:`~..versions.ChangedMeanwhile`) when the line changed since it was
        read at ``read_version``."""
        if strength not in (1, 2, 3):
            raise UserError(BAD_STRENGTH)
        with self._db.session() as s:
            link = s.get(InfluenceLink, link_id)
            if link is None:
                raise UserError(GONE)
            versions.check(s, link, read_version)
            tracker = Tracker(s)
            tracker.watch(InfluenceLink, [link_id])
            link.strength = strength
            link.note = note.strip()
            before, after = tracker.finish()
            changes = _link_changes(
                s.get_one(Contact, link.source_id), s.get_one(Contact, link.target_id)
            )
            return Edit(before, after, changes, link_id)

    def remove_link(self, link_id: int) -> Edit:
        with self._db.session() as s:
            link = s.get(InfluenceLink, link_id)
            if link is None:
                raise UserError(GONE)
            changes = _link_changes(
                s.get_one(Contact, link.source_id), s.get_one(Contact, link.target_id)
            )
            tracker = Tracker(s)
            tracker.remove(InfluenceLink, [link_id])
            before, after = tracker.finish()
            return Edit(before, after, changes, link_id)
