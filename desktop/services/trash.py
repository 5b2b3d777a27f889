"""The trash: deleting a record keeps a copy of it and of everything deleted with it for
30 days, from which it can be restored exactly (same ids and uuids: ids are never reused).

A snapshot holds the raw rows of the record and of its children (every table whose foreign
key cascades from it, recursively), and the "links": rows elsewhere whose reference to a
deleted row the database set to NULL (e.g. a lead converted into a deleted opportunity), so
that restoring puts those references back too. Purging deletes the snapshot for good; the
database overwrites deleted content (``secure_delete``), so personal data leaves the file.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Table, delete, select
from sqlalchemy.orm import Session

from desktop.models import (
    Account,
    Base,
    Contact,
    Contract,
    Opportunity,
    Tender,
    TrashEntry,
)

from .attachments import remove_unused_files
from .changes import ALL_CHANGED, ChangeSet
from .clock import Clock
from .database import Database
from .messages import QT_TRANSLATE_NOOP, UserError

KEEP_FOR = timedelta(days=30)
KINDS: dict[str, Any] = {
    "account": Account,
    "contact": Contact,
    "opportunity": Opportunity,
    "tender": Tender,
    "contract": Contract,
}
TABLES: dict[str, Table] = dict(Base.metadata.tables)


def _foreign_keys(ondelete: str) -> dict[str, list[tuple[str, str]]]:
    """referenced table -> [(referencing table, column)] for keys with this ON DELETE."""
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for table in TABLES.values():
        for key in table.foreign_keys:
            if (key.ondelete or "").upper() == ondelete:
                found[key.column.table.name].append((table.name, key.parent.name))
    return found


CASCADES = _foreign_keys("CASCADE")
NULLED = _foreign_keys("SET NULL")


@dataclass(frozen=True)
class TrashRow:
    id: int
    kind: str
    title: str
    account_name: str
    deleted_at: datetime
    expires_at: datetime


def _rows(conn: Connection, table: str, column: str, values: list[int]) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = []
    for start in range(0, len(values), 500):
        chunk = values[start : start + 500]
        marks = ",".join("?" * len(chunk))
        cursor = conn.exec_driver_sql(
            f'SELECT * FROM "{table}" WHERE "{column}" IN ({marks})', tuple(chunk)
        )
        result += [dict(row) for row in cursor.mappings()]
    return result


def snapshot(conn: Connection, table: str, record_id: int) -> dict[str, Any]:
    """The raw rows a deletion of ``table``/``record_id`` removes, and the links it nulls."""
    rows: dict[str, dict[int, dict[str, Any]]] = defaultdict(dict)
    pending = [(table, [record_id])]
    while pending:
        name, ids = pending.pop()
        fresh = [i for i in ids if i not in rows[name]]
        if not fresh:
            continue
        for row in _rows(conn, name, "id", fresh):
            rows[name][row["id"]] = row
        for child, column in CASCADES.get(name, []):
            child_ids = [row["id"] for row in _rows(conn, child, column, fresh)]
            pending.append((child, child_ids))
    links = []
    for name, by_id in rows.items():
        for other, column in NULLED.get(name, []):
            for row in _rows(conn, other, column, list(by_id)):
                if row["id"] not in rows.get(other, {}):
                    links.append([other, row["id"], column, row[column]])
    return {"rows": {name: list(by_id.values()) for name, by_id in rows.items()}, "links": links}


def _title(record: Any) -> str:
    for attribute in ("name", "tender_no", "number", "title"):
        value = getattr(record, attribute, "")
        if value:
            return str(value)
    return str(record.id)


def _account_name(session: Session, record: Any) -> str:
    if isinstance(record, Account):
        return ""
    account_id = getattr(record, "account_id", None)
    if isinstance(record, Tender):
        account_id = session.scalar(
            select(Opportunity.account_id).where(Opportunity.id == record.opportunity_id)
        )
    account = session.get(Account, account_id) if account_id else None
    return account.name if account else ""


def move_to_trash(session: Session, kind: str, record_id: int, now: datetime) -> TrashEntry:
    """Delete a record (with its children) and keep it in the trash."""
    model = KINDS[kind]
    record = session.get_one(model, record_id)
    session.flush()
    entry = TrashEntry(
        kind=kind,
        record_uuid=record.uuid,
        title=_title(record),
        account_name=_account_name(session, record),
        deleted_at=now,
        snapshot=snapshot(session.connection(), model.__tablename__, record_id),
    )
    session.add(entry)
    session.execute(delete(model).where(model.id == record_id))
    session.expunge(record)
    session.flush()
    return entry


def _exists(conn: Connection, table: str, row_id: Any) -> bool:
    return (
        conn.exec_driver_sql(f'SELECT 1 FROM "{table}" WHERE id = ?', (row_id,)).first() is not None
    )


def restore(session: Session, entry_id: int) -> TrashEntry:
    """Put a trashed record back exactly as it was. References to records deleted since are
    left empty when they may be; a record that cannot stand alone (an opportunity whose
    account is gone) is refused with a message saying what to restore first."""
    entry = session.get_one(TrashEntry, entry_id)
    conn = session.connection()
    rows: dict[str, list[dict[str, Any]]] = entry.snapshot["rows"]
    kept = {(name, row["id"]) for name, table_rows in rows.items() for row in table_rows}
    root = KINDS[entry.kind].__tablename__
    if _exists(conn, root, rows[root][0]["id"]):
        raise UserError(
            QT_TRANSLATE_NOOP("Trash", "{title} is already back.").with_(title=entry.title)
        )
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    for name, table_rows in rows.items():
        table = TABLES[name]
        for row in table_rows:
            for key in table.foreign_keys:
                column = key.parent.name
                value = row.get(column)
                target = key.column.table.name
                if value is None or (target, value) in kept or _exists(conn, target, value):
                    continue
                if key.parent.nullable:
                    row = {**row, column: None}
                else:
                    raise UserError(
                        QT_TRANSLATE_NOOP(
                            "Trash",
                            "{title} belonged to a record that was deleted too: restore that "
                            "one first.",
                        ).with_(title=entry.title)
                    )
            columns = ", ".join(f'"{c}"' for c in row)
            marks = ", ".join("?" * len(row))
            conn.exec_driver_sql(
                f'INSERT INTO "{name}" ({columns}) VALUES ({marks})', tuple(row.values())
            )
    for name, row_id, column, value in entry.snapshot["links"]:
        conn.exec_driver_sql(
            f'UPDATE "{name}" SET "{column}" = ? WHERE id = ? AND "{column}" IS NULL',
            (value, row_id),
        )
    session.delete(entry)
    session.flush()
    session.expire_all()
    return entry


def entries(session: Session, now: datetime) -> list[TrashRow]:
    query = select(
        TrashEntry.id,
        TrashEntry.kind,
        TrashEntry.title,
        TrashEntry.account_name,
        TrashEntry.deleted_at,
    ).order_by(TrashEntry.deleted_at.desc())
    return [TrashRow(*row, row.deleted_at + KEEP_FOR) for row in session.execute(query)]


def purge(session: Session, entry_ids: list[int] | None = None) -> int:
    """Delete trash entries for good (all of them when ``entry_ids`` is None)."""
    query = delete(TrashEntry)
    if entry_ids is not None:
        query = query.where(TrashEntry.id.in_(entry_ids))
    return session.execute(query).rowcount


def purge_expired(session: Session, now: datetime) -> int:
    cutoff = now - KEEP_FOR
    return session.execute(delete(TrashEntry).where(TrashEntry.deleted_at < cutoff)).rowcount


class TrashService:
    """Use cases of the trash dialog; each call is one transaction."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def list(self) -> list[TrashRow]:
        with self._db.read() as s:
            return entries(s, self._clock.now())

    def delete(self, kind: str, record_id: int) -> ChangeSet:
        with self._db.session() as s:
            move_to_trash(s, kind, record_id, self._clock.now())
        return ALL_CHANGED

    def restore(self, entry_id: int) -> ChangeSet:
        with self._db.session() as s:
            restore(s, entry_id)
        return ALL_CHANGED

    def purge(self, entry_ids: list[int] | None = None) -> int:
        with self._db.session() as s:
            count = purge(s, entry_ids)
        self._remove_unused_files()
        return count

    def purge_expired(self) -> int:
        with self._db.session() as s:
            count = purge_expired(s, self._clock.now())
        if count:
            self._remove_unused_files()
        return count

    def _remove_unused_files(self) -> None:
        if self._db.path is not None:
            with self._db.read() as s:
                remove_unused_files(s, self._db.path)
