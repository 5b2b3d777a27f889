"""Writing and reading the per-field change log (docs/merging.md). Qt-free.

Every path that writes records logs what it wrote, in the same transaction: the ORM through
:func:`log_flush` (a session hook, one ``executemany`` per flush), the bulk import and the raw
row writes of the trash and undo through the ``log_*`` functions. Values are logged as the
database stores them (:func:`stored_text`), so that a value from a workbook, from the log and
from the database compare as equal text.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cache, partial
from typing import Any

from sqlalchemy import Column, Table, event, select
from sqlalchemy.orm import Session, object_session

from desktop.models import Base, ChangeEntry, Record, TrashEntry
from desktop.models.base import new_uuid
from desktop.models.change_log import CHANGED, CREATED, DELETED, RESTORED

from .clock import Clock
from .driver import raw
from .sql_types import table_of

# Columns whose change is no edit of the user's: keys and the timestamps the log replaces.
NOT_LOGGED = frozenset({"id", "uuid", "created_at", "updated_at", "version"})
UNLOGGED_TABLES = frozenset({TrashEntry.__tablename__, ChangeEntry.__tablename__, "setting"})
COLUMNS = (
    "uuid",
    "record_uuid",
    "kind",
    "action",
    "field",
    "old_value",
    "new_value",
    "changed_at",
    "changed_by",
    "batch",
)
BATCH = "change_log.batch"
DELETED_ROWS = "change_log.deleted"
CLOCK = "clock"
OWNER = "owner"


def stored_text(column: Column[Any], value: Any) -> str | None:
    """A Python value of ``column`` as the log holds it: the stored form, as text."""
    from .excel.bulk import converter  # bulk writes log here: imported late, not circular

    if isinstance(value, dict | list):
        return raw_text(value)
    return raw_text(converter(column)(value))


def raw_text(raw: Any) -> str | None:
    """A value as SQLite returned it, as text (what the log holds)."""
    if raw is None:
        return None
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, dict | list):
        return json.dumps(raw, ensure_ascii=False, sort_keys=True)
    return str(raw)


@dataclass(frozen=True)
class Change:
    """One entry to write: ``action`` on ``record_uuid`` of table ``kind``."""

    kind: str
    record_uuid: str
    action: str
    field: str = ""
    old_value: str | None = None
    new_value: str | None = None


def _who_and_when(session: Session) -> tuple[datetime, str, str]:
    clock = session.info.get(CLOCK) or Clock()
    batch = session.info.setdefault(BATCH, new_uuid())
    return clock.utcnow(), session.info.get(OWNER, ""), batch


@cache
def _target(kind: str, field: str) -> str | None:
    """The table a field refers to (None: not a reference)."""
    table = Base.metadata.tables.get(kind)
    if table is None or field not in table.c:
        return None
    keys = list(table.c[field].foreign_keys)
    return keys[0].column.table.name if keys else None


def _with_uuids(session: Session, changes: list[Change]) -> list[Change]:
    """References are logged as the uuid of the record they point to: ids differ between
    databases, uuids do not (a merge compares them)."""
    wanted: dict[str, set[int]] = defaultdict(set)
    for change in changes:
        target = _target(change.kind, change.field)
        if target is not None:
            values = (change.old_value, change.new_value)
            wanted[target].update(int(v) for v in values if v and v.isdigit())
    if not wanted:
        return changes
    conn = raw(session)
    uuids = {
        target: {str(i): u for i, u in _uuids_of(conn, target, ids).items()}
        for target, ids in wanted.items()
    }
    result = []
    for change in changes:
        target = _target(change.kind, change.field)
        if target is not None:
            to_uuid = uuids[target]
            change = replace(
                change,
                old_value=to_uuid.get(change.old_value or "", change.old_value),
                new_value=to_uuid.get(change.new_value or "", change.new_value),
            )
        result.append(change)
    return result


def write(session: Session, changes: Iterable[Change]) -> None:
    """Append entries, all at this moment by this session's user: one ``executemany``. On a
    server the database's own triggers log every write (docs/team-server.md#sync)."""
    if raw(session).postgresql:
        return
    changes = _with_uuids(session, [c for c in changes if c.kind not in UNLOGGED_TABLES])
    now, by, batch = _who_and_when(session)
    tail = (by, batch)
    when = now.isoformat(sep=" ")
    # An entry's id: 64 random bits per call and a counter (a uuid4 each costs more than the
    # insert at 100,000 rows); unique across databases all the same.
    prefix = os.urandom(8).hex()
    rows = [
        (
            f"{prefix}-{number:08x}",
            c.record_uuid,
            c.kind,
            c.action,
            c.field,
            c.old_value,
            c.new_value,
            when,
            *tail,
        )
        for number, c in enumerate(changes)
    ]
    _insert(session, rows)


def copy_entries(session: Session, rows: Sequence[tuple[Any, ...]]) -> None:
    """Insert entries given as tuples in :data:`COLUMNS` order (a colleague's keep their
    uuids; one already here is skipped)."""
    if rows:
        _insert(session, ((*row[:7], _text_time(row[7]), *row[8:]) for row in rows))


def _insert(session: Session, rows: Iterable[tuple[Any, ...]]) -> None:
    """Entries whose time is text already."""
    conn = raw(session)
    conn.executemany(conn.insert_or_ignore("change_log", COLUMNS), rows)


def _text_time(value: Any) -> str:
    return value.isoformat(sep=" ") if isinstance(value, datetime) else str(value)


def log_flush(session: Session, _context: Any) -> None:
    """Session hook (``after_flush``): log what this flush wrote, field by field."""
    changes: list[Change] = []
    for obj in session.new:
        if isinstance(obj, Record):
            changes.append(Change(_kind(obj), obj.uuid, CREATED))
    for obj in session.dirty:
        if isinstance(obj, Record) and session.is_modified(obj, include_collections=False):
            changes += _field_changes(obj)
    deleted = session.info.pop(DELETED_ROWS, [])
    for obj in deleted:
        if isinstance(obj, Record):
            changes.append(Change(_kind(obj), obj.uuid, DELETED))
    write(session, changes + _as_parent_fields(session, deleted))


def _kind(obj: Record) -> str:
    """A record's table (Record is a mixin: the objects that have it are mapped models)."""
    assert isinstance(obj, Base)
    return table_of(type(obj)).name


def _collect_deleted(_mapper: Any, _connection: Any, target: Any) -> None:
    """Rows the flush deleted, orphans of a relationship included (``session.deleted`` holds
    only those deleted by name)."""
    session = object_session(target)
    if session is not None:
        session.info.setdefault(DELETED_ROWS, []).append(target)


event.listen(Base, "after_delete", _collect_deleted, propagate=True)


# Rows that are a field of their parent to the user (a person's roles): their coming and
# going is logged on the parent as well, so that its history shows it.
# table -> (reference to the parent, the parent's table, the field, the column shown)
PARENT_FIELDS = {"contact_role": ("contact_id", "contact", "roles", "role")}


def _as_parent_fields(session: Session, deleted: list[Any]) -> list[Change]:
    found = []
    for objects, old, new in ((session.new, False, True), (deleted, True, False)):
        for obj in objects:
            spec = PARENT_FIELDS.get(getattr(obj, "__tablename__", ""))
            if spec is None:
                continue
            reference, parent, field, shown = spec
            value = stored_text(table_of(type(obj)).c[shown], getattr(obj, shown))
            changes = (value if old else None, value if new else None)
            found.append((parent, getattr(obj, reference), field, *changes))
    if not found:
        return []
    conn = raw(session)
    wanted: dict[str, set[int]] = defaultdict(set)
    for parent, row_id, *_rest in found:
        if row_id is not None:
            wanted[parent].add(row_id)
    # the parents still there, one query per parent table
    uuids = {parent: _uuids_of(conn, parent, ids) for parent, ids in wanted.items()}
    return [
        Change(parent, uuids[parent][row_id], CHANGED, field, old, new)
        for parent, row_id, field, old, new in found
        if uuids.get(parent, {}).get(row_id) is not None
    ]


def _uuids_of(conn: Any, table: str, ids: Iterable[int]) -> dict[int, str]:
    """The uuid of each of ``ids`` in ``table`` that is still there, in chunks of 500."""
    found: dict[int, str] = {}
    chosen = sorted(ids)
    for start in range(0, len(chosen), 500):
        chunk = chosen[start : start + 500]
        marks = ",".join("?" * len(chunk))
        query = f'SELECT id, uuid FROM "{table}" WHERE id IN ({marks})'
        found.update({int(i): u for i, u in conn.execute(query, chunk).fetchall()})
    return found


def _field_changes(obj: Any) -> list[Change]:
    from sqlalchemy import inspect

    state = inspect(obj)
    found = []
    for attribute in state.mapper.column_attrs:
        column = attribute.columns[0]
        if column.name in NOT_LOGGED:
            continue
        history = state.attrs[attribute.key].history
        if not history.added:
            continue
        old = stored_text(column, history.deleted[0]) if history.deleted else None
        new = stored_text(column, history.added[0])
        if old != new:
            found.append(Change(obj.__tablename__, obj.uuid, CHANGED, column.name, old, new))
    return found


def log_records(session: Session, table: str, uuids: Iterable[str], action: str) -> None:
    """Whole records created, deleted or restored (one entry each): straight to the rows
    ``write`` would make, which an import of 100,000 records notices (docs/speed.md)."""
    if table in UNLOGGED_TABLES:
        return
    now, by, batch = _who_and_when(session)
    when = now.isoformat(sep=" ")
    prefix = os.urandom(8).hex()
    _insert(
        session,
        [
            (f"{prefix}-{number:08x}", uuid, table, action, "", None, None, when, by, batch)
            for number, uuid in enumerate(uuids)
        ],
    )


def log_created(session: Session, table: str, uuids: Iterable[str]) -> None:
    log_records(session, table, uuids, CREATED)


def log_created_ids(session: Session, table: str, first: int, last: int) -> None:
    """The rows ``first`` to ``last`` of ``table`` (ids an import gave up front) logged as
    created, as :func:`log_records` would, by one INSERT … SELECT: no row goes through Python
    (docs/speed.md). On a file only: the rows' entries numbered by SQLite's printf."""
    if table in UNLOGGED_TABLES:
        return
    now, by, batch = _who_and_when(session)
    names = ", ".join(COLUMNS)
    when = now.isoformat(sep=" ")
    raw(session).execute(
        f"INSERT OR IGNORE INTO change_log ({names}) "
        "SELECT printf('%s-%08x', ?, id - ?), uuid, ?, ?, '', NULL, NULL, ?, ?, ? "
        f'FROM "{table}" WHERE id BETWEEN ? AND ? ORDER BY id',
        (os.urandom(8).hex(), first, table, CREATED, when, by, batch, first, last),
    ).close()


def log_deleted(session: Session, table: str, uuids: Iterable[str]) -> None:
    log_records(session, table, uuids, DELETED)


def log_restored(session: Session, table: str, uuids: Iterable[str]) -> None:
    log_records(session, table, uuids, RESTORED)


def forget(session: Session, record_uuids: Iterable[str]) -> None:
    """Erase the history of records deleted for good (it holds their old values)."""
    wanted = list(record_uuids)
    conn = raw(session)
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        conn.execute(
            f"DELETE FROM change_log WHERE record_uuid IN ({','.join('?' * len(chunk))})", chunk
        )


@dataclass(frozen=True)
class HistoryLine:
    action: str
    field: str
    old_value: str | None
    new_value: str | None
    changed_at: datetime  # UTC
    changed_by: str


def history(session: Session, record_uuid: str) -> list[HistoryLine]:
    """A record's changes, newest first."""
    query = (
        select(ChangeEntry)
        .where(ChangeEntry.record_uuid == record_uuid)
        .order_by(ChangeEntry.changed_at.desc(), ChangeEntry.id.desc())
    )
    return [
        HistoryLine(e.action, e.field, e.old_value, e.new_value, e.changed_at, e.changed_by)
        for e in session.scalars(query)
    ]


def log_updates(
    session: Session,
    table: Table,
    rows: Iterable[Mapping[str, Any]],
    before: Mapping[int, Mapping[str, Any]],
    *,
    raw: bool = False,
) -> None:
    """Log what ``rows`` (each with its "id") change against ``before`` (by id: the row's
    "uuid" and earlier values). Values are Python values, or stored ones when ``raw``."""
    changes = []
    for row in rows:
        old = before.get(row["id"])
        if old is None:
            continue
        for name, value in row.items():
            if name in NOT_LOGGED or name not in old:
                continue
            text = raw_text if raw else partial(stored_text, table.c[name])
            was, now = text(old[name]), text(value)
            if was != now:
                changes.append(Change(table.name, old["uuid"], CHANGED, name, was, now))
    write(session, changes)
