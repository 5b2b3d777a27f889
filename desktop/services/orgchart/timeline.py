"""The map over time: an account's chart as it was on a date, and what changed since.
Qt-free. The rules are in docs/map-over-time.md.

The per-field change log (docs/merging.md) is replayed backwards from today's values: every
change logged after the day is undone, people added after it are hidden, people deleted after
it come back from the trash (where their rows wait for 30 days). People who moved to another
client after the day are back in this one; people who left are shown as such from the day
they left.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from enum import Enum
from typing import Any

from sqlalchemy import Boolean, Date, Integer, and_, func, select
from sqlalchemy import Enum as EnumType
from sqlalchemy.orm import Session

from desktop.models import Account, ChangeEntry, Contact, InfluenceLink, Interaction, TrashEntry
from desktop.models.change_log import CREATED, DELETED, RESTORED
from desktop.models.enums import Role
from desktop.models.types import known_member

from ..change_log import raw_text
from ..database import Database
from ..labels import LABELS
from ..messages import QT_TRANSLATE_NOOP, Message
from ..raw_rows import CHUNK, Graph
from ..sql_types import table_of
from .chart import (
    CONTACT_COLUMNS,
    ROLE_ORDER,
    UNKNOWN_LAYER_SHOWN_AS,
    Influence,
    OrgChart,
    Person,
    load_chart,
    person_order,
    read_links,
    read_people,
)

CONTACT = table_of(Contact)
LINK = "influence_link"
# The card's fields the log can take back (roles are logged on the person as field "roles").
REPLAYED = tuple(name for name in CONTACT_COLUMNS if name != "id")

NO_HISTORY = QT_TRANSLATE_NOOP(
    "MapOverTime",
    "No change was recorded before this date: the map shows today's people and values, "
    "the best knowledge there is.",
)
ADDED = QT_TRANSLATE_NOOP("MapOverTime", "Added to the map")
DELETED_PERSON = QT_TRANSLATE_NOOP("MapOverTime", "Deleted")
RESTORED_PERSON = QT_TRANSLATE_NOOP("MapOverTime", "Restored from the trash")
STANCE_MOVE = QT_TRANSLATE_NOOP("MapOverTime", "Stance: {old} → {new}")
TITLE_CHANGE = QT_TRANSLATE_NOOP("MapOverTime", "Title: {old} → {new}")
DEPARTMENT_CHANGE = QT_TRANSLATE_NOOP("MapOverTime", "Department: {old} → {new}")
LAYER_CHANGE = QT_TRANSLATE_NOOP("MapOverTime", "Layer: {old} → {new}")
ROLE_GIVEN = QT_TRANSLATE_NOOP("MapOverTime", "New role: {role}")
ROLE_TAKEN = QT_TRANSLATE_NOOP("MapOverTime", "No longer: {role}")
LEFT = QT_TRANSLATE_NOOP("MapOverTime", "Left the client")
MOVED_AWAY = QT_TRANSLATE_NOOP("MapOverTime", "Moved to {account}")
MOVED_IN = QT_TRANSLATE_NOOP("MapOverTime", "Joined from {account}")
UNKNOWN = QT_TRANSLATE_NOOP("MapOverTime", "unknown")
ANOTHER_ACCOUNT = QT_TRANSLATE_NOOP("MapOverTime", "another account")


@dataclass(frozen=True)
class PastChart:
    chart: OrgChart
    day: date
    # The log holds nothing before the day: today's values are the best knowledge.
    approximate: bool


@dataclass(frozen=True)
class ChangeLine:
    day: date  # local date of the change (the day they left, for people who left)
    person_id: int | None  # None: not on today's map (deleted, moved away)
    name: str
    what: Message


def end_of(day: date) -> datetime:
    """The end of a local day as the log's naive UTC."""
    local = datetime.combine(day + timedelta(days=1), time.min)
    return local.astimezone(UTC).replace(tzinfo=None)


def _local_day(utc: datetime) -> date:
    return utc.replace(tzinfo=UTC).astimezone().date()


def _python(name: str, text: str | None) -> Any:
    """A logged (stored, text) value of a contact column as the card holds it."""
    column = CONTACT.c[name]
    kind = column.type
    if text is None or text == "":
        return None if isinstance(kind, EnumType | Date | Integer | Boolean) else ""
    if isinstance(kind, EnumType) and kind.enum_class is not None:
        return known_member(kind.enum_class, text)
    if isinstance(kind, Date):
        try:
            return date.fromisoformat(text)
        except ValueError:
            return None
    if isinstance(kind, Boolean):
        return text not in ("0", "False", "false")
    if isinstance(kind, Integer):
        try:
            return int(float(text))
        except ValueError:
            return None
    return text


@dataclass
class _State:
    """One person while the log is replayed backwards."""

    values: dict[str, Any]
    roles: set[Role]
    here: bool  # in this account
    exists: bool


def _entries(session: Session, uuids: Iterable[str], after: datetime) -> list[ChangeEntry]:
    """The entries of these records logged after ``after``, newest first."""
    wanted = sorted(set(uuids))
    found: list[ChangeEntry] = []
    for start in range(0, len(wanted), CHUNK):
        query = select(ChangeEntry).where(
            ChangeEntry.record_uuid.in_(wanted[start : start + CHUNK]),
            ChangeEntry.changed_at >= after,
        )
        found += session.scalars(query)
    found.sort(key=lambda e: (e.changed_at, e.id), reverse=True)
    return found


def _uuids(session: Session, model: Any, ids: Iterable[int]) -> dict[int, str]:
    wanted = sorted(set(ids))
    found: dict[int, str] = {}
    for start in range(0, len(wanted), CHUNK):
        query = select(model.id, model.uuid).where(model.id.in_(wanted[start : start + CHUNK]))
        found.update(dict(session.execute(query).all()))
    return found


def _moved_away(session: Session, account_uuid: str, after: datetime) -> list[str]:
    """The people who left this account for another one after ``after`` (by uuid)."""
    query = select(ChangeEntry.record_uuid).where(
        ChangeEntry.kind == CONTACT.name,
        ChangeEntry.field == "account_id",
        ChangeEntry.old_value == account_uuid,
        ChangeEntry.changed_at >= after,
    )
    return sorted(set(session.scalars(query)))


def _trashed(session: Session, account_id: int, after: datetime) -> list[Graph]:
    """People of this account deleted after ``after`` and still in the trash."""
    query = select(TrashEntry.snapshot).where(
        TrashEntry.kind == CONTACT.name, TrashEntry.deleted_at >= after
    )
    graphs = [Graph.from_json(data, CONTACT.name) for data in session.scalars(query)]
    return [g for g in graphs if g.root().get("account_id") == account_id]


def _from_row(row: dict[str, Any], roles: Iterable[Any]) -> Person:
    """A trashed person's card from their raw row."""
    values = {name: _python(name, raw_text(row.get(name))) for name in REPLAYED}
    found = {known_member(Role, r) for r in roles}
    return Person(
        id=row["id"],
        **values,
        roles=tuple(sorted((r for r in found if r is not None), key=ROLE_ORDER.index)),
        last_met=None,
    )


def _last_met(session: Session, ids: Iterable[int], day: date) -> dict[int, date]:
    """Each person's latest interaction on or before ``day``."""
    wanted = sorted(set(ids))
    found: dict[int, date] = {}
    for start in range(0, len(wanted), CHUNK):
        query = (
            select(Interaction.contact_id, func.max(Interaction.occurred_on))
            .where(
                Interaction.contact_id.in_(wanted[start : start + CHUNK]),
                Interaction.occurred_on <= day,
            )
            .group_by(Interaction.contact_id)
        )
        found.update({c: d for c, d in session.execute(query) if d is not None})
    return found


def _replay(entry: ChangeEntry, state: _State, account_uuid: str, id_of: dict[str, int]) -> None:
    """Undo one logged change of a person."""
    if entry.action == CREATED or entry.action == RESTORED:
        state.exists = False
    elif entry.action == DELETED:
        state.exists = True
    elif entry.field == "roles":
        role = known_member(Role, entry.new_value or entry.old_value)
        if role is not None:
            (state.roles.add if entry.new_value is None else state.roles.discard)(role)
    elif entry.field == "account_id":
        state.here = entry.old_value == account_uuid
    elif entry.field == "reports_to_id":
        state.values["reports_to_id"] = id_of.get(entry.old_value or "")
    elif entry.field == "moved_from_id":  # an account's uuid: only whether there was one
        state.values["moved_from_id"] = state.values["moved_from_id"] if entry.old_value else None
    elif entry.field in REPLAYED:
        state.values[entry.field] = _python(entry.field, entry.old_value)


def _replay_link(entry: ChangeEntry, link: Influence, exists: dict[int, bool]) -> Influence:
    """Undo one logged change of an influence line."""
    if entry.action in (CREATED, RESTORED):
        exists[link.id] = False
    elif entry.action == DELETED:
        exists[link.id] = True
    elif entry.field == "strength" and entry.old_value and entry.old_value.isdigit():
        return replace(link, strength=int(entry.old_value))
    elif entry.field == "note":
        return replace(link, note=entry.old_value or "")
    return link


def chart_as_of(session: Session, account_id: int, day: date, today: date) -> PastChart:
    """The account's people, roles and influence lines as they were at the end of ``day``."""
    current = load_chart(session, account_id)
    if day >= today:
        return PastChart(current, day, False)
    after = end_of(day)
    account_uuid = session.scalar(select(Account.uuid).where(Account.id == account_id)) or ""
    states: dict[int, _State] = {}
    people = {p.id: p for p in current.people}
    for person in current.people:
        states[person.id] = _State(_values(person), set(person.roles), True, True)
    away = _moved_away(session, account_uuid, after)
    elsewhere = and_(Contact.uuid.in_(away), Contact.account_id != account_id)  # not back
    for person in read_people(session, elsewhere) if away else ():
        people[person.id] = person
        states[person.id] = _State(_values(person), set(person.roles), False, True)
    graphs = _trashed(session, account_id, after)
    links = {x.id: x for x in read_links(session, Contact.id.in_(list(people)))}
    for graph in graphs:
        person = _from_row(graph.root(), [r["role"] for r in graph.rows.get("contact_role", ())])
        people[person.id] = person
        states[person.id] = _State(_values(person), set(person.roles), True, False)
        for row in graph.rows.get(LINK, ()):
            values = (row[k] for k in ("id", "source_id", "target_id", "strength", "note"))
            links.setdefault(row["id"], Influence(*values))
    # Uuids of the living from the database, of the trashed from their rows.
    uuid_of = _uuids(session, Contact, people) | {g.root()["id"]: g.root()["uuid"] for g in graphs}
    link_uuid_of = _uuids(session, InfluenceLink, links) | {
        row["id"]: row["uuid"] for g in graphs for row in g.rows.get(LINK, ())
    }
    link_exists = dict.fromkeys(links, True)  # a trashed person's lines come back with them
    id_of = {u: i for i, u in uuid_of.items()}
    link_of = {u: i for i, u in link_uuid_of.items()}
    for entry in _entries(session, [*uuid_of.values(), *link_uuid_of.values()], after):
        if entry.kind == LINK:
            link_id = link_of[entry.record_uuid]
            links[link_id] = _replay_link(entry, links[link_id], link_exists)
        elif entry.record_uuid in id_of:
            _replay(entry, states[id_of[entry.record_uuid]], account_uuid, id_of)
    past = []
    for person_id, state in states.items():
        if not (state.exists and state.here):
            continue
        then = state.values
        if then.get("left_on") is not None and then["left_on"] > day:
            then["left_on"] = None  # they had not left yet
        then["layer"] = then.get("layer") or UNKNOWN_LAYER_SHOWN_AS
        roles = tuple(sorted(state.roles, key=ROLE_ORDER.index))
        past.append(replace(people[person_id], **then, roles=roles))
    met = _last_met(session, (p.id for p in past), day)
    past = sorted((replace(p, last_met=met.get(p.id)) for p in past), key=person_order)
    shown = {p.id for p in past}
    kept = [x for x in links.values() if link_exists[x.id] and {x.source_id, x.target_id} <= shown]
    kept.sort(key=lambda x: x.id)
    chart = OrgChart(account_id, current.account_name, tuple(past), tuple(kept))
    return PastChart(chart, day, _predates_log(session, after, [uuid_of[p.id] for p in past]))


def _predates_log(session: Session, after: datetime, uuids: list[str]) -> bool:
    """Whether the log holds nothing before the day and someone shown is older than the log
    (no entry says when they were added): their values then are today's, the best known."""
    starts = session.scalar(select(func.min(ChangeEntry.changed_at)))
    if starts is not None and starts < after:
        return False
    added: set[str] = set()
    for start in range(0, len(uuids), CHUNK):
        query = select(ChangeEntry.record_uuid).where(
            ChangeEntry.record_uuid.in_(uuids[start : start + CHUNK]),
            ChangeEntry.action == CREATED,
        )
        added.update(session.scalars(query))
    return bool(set(uuids) - added)


def _values(person: Person) -> dict[str, Any]:
    return {name: getattr(person, name) for name in REPLAYED}


CHANGES = {"stance": STANCE_MOVE, "title": TITLE_CHANGE, "department": DEPARTMENT_CHANGE}
CHANGES["layer"] = LAYER_CHANGE
ACTIONS = {CREATED: ADDED, DELETED: DELETED_PERSON, RESTORED: RESTORED_PERSON}


def _shown(name: str, text: str | None) -> Message | str:
    """A logged value as the list shows it (the label of a choice)."""
    value = _python(name, text)
    if value is None or value == "":
        return UNKNOWN
    return LABELS.get(value, str(value)) if isinstance(value, Enum) else str(value)


def changes_since(session: Session, account_id: int, day: date) -> list[ChangeLine]:
    """What changed on the account's map after ``day``, newest first: people added, deleted
    or restored, stance moves, new titles, departments, layers and roles, people who left or
    moved to another client (or joined from one)."""
    after = end_of(day)
    account_uuid = session.scalar(select(Account.uuid).where(Account.id == account_id)) or ""
    rows = session.execute(
        select(Contact.uuid, Contact.id, Contact.name).where(Contact.account_id == account_id)
    ).all()
    here = {uuid: person_id for uuid, person_id, _name in rows}
    names = {uuid: name for uuid, _id, name in rows}
    for uuid in _moved_away(session, account_uuid, after):
        names[uuid] = session.scalar(select(Contact.name).where(Contact.uuid == uuid)) or ""
    for graph in _trashed(session, account_id, after):
        names[graph.root()["uuid"]] = graph.root()["name"]
    accounts = dict(session.execute(select(Account.uuid, Account.name)).all())
    entries = _entries(session, names, after)
    # Someone who joined from another client: what happened there, and the roles the move
    # cleared, is the other account's history (each move is one batch, docs/merging.md).
    joined = {
        e.record_uuid: (e.changed_at, e.batch)
        for e in reversed(entries)
        if e.field == "account_id" and e.new_value == account_uuid
    }
    lines = []
    for entry in entries:
        arrival = joined.get(entry.record_uuid)
        if arrival is not None and entry.field != "account_id" and _before(entry, *arrival):
            continue
        what = _change(entry, account_uuid, accounts)
        if what is None:
            continue
        when = _local_day(entry.changed_at)
        if entry.field == "left_on" and entry.new_value:
            when = _python("left_on", entry.new_value) or when
        lines.append(ChangeLine(when, here.get(entry.record_uuid), names[entry.record_uuid], what))
    lines.sort(key=lambda line: line.day, reverse=True)  # stable: newest logged first
    return lines


def _before(entry: ChangeEntry, arrived: datetime, batch: str) -> bool:
    """Logged before a person arrived, or by the move itself."""
    return entry.changed_at < arrived or entry.batch == batch


def _change(entry: ChangeEntry, account_uuid: str, accounts: dict[str, str]) -> Message | None:
    """What one logged change means on the map, None when it does not show there."""
    if entry.kind != CONTACT.name:
        return None
    if entry.action in ACTIONS:
        return ACTIONS[entry.action]
    field, old, new = entry.field, entry.old_value, entry.new_value
    if field in CHANGES:
        return CHANGES[field].with_(old=_shown(field, old), new=_shown(field, new))
    if field == "roles":
        role = known_member(Role, new or old)
        if role is None:
            return None
        return (ROLE_GIVEN if new else ROLE_TAKEN).with_(role=LABELS[role])
    if field == "left_on" and new:
        return LEFT
    if field == "account_id":
        if old == account_uuid:
            return MOVED_AWAY.with_(account=accounts.get(new or "", ANOTHER_ACCOUNT))
        return MOVED_IN.with_(account=accounts.get(old or "", ANOTHER_ACCOUNT))
    return None


class MapHistoryService:
    """The org chart tab's access to the map over time."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def as_of(self, account_id: int, day: date, today: date) -> PastChart:
        with self._db.read() as s:
            return chart_as_of(s, account_id, day, today)

    def since(self, account_id: int, day: date) -> list[ChangeLine]:
        with self._db.read() as s:
            return changes_since(s, account_id, day)
