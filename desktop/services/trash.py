"""The trash: deleting an account, a person, an opportunity, a tender or a contract keeps it,
with everything deleted with it, for 30 days, from which it can be restored exactly (same ids
and uuids: ids are never reused).

An entry holds the record's :class:`~desktop.services.raw_rows.Graph` as JSON: the raw rows of
the record and of everything that cascades from it, and the links (rows that stay whose
reference to it the database emptied, e.g. a lead converted into a deleted opportunity), so
that restoring puts those references back too. The tabs' undo takes a record they deleted
out of the trash again (:func:`take_back`) and redo puts it back in (:func:`move_to_trash`).

Purging deletes entries for good; the database overwrites deleted content (``secure_delete``)
and the write-ahead log is checkpointed, so personal data leaves the file; evidence files
that only the purged entries referred to are deleted too.
"""

from __future__ import annotations

import builtins  # the services have a list() method: list[...] in their bodies means it
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnClause, CursorResult, delete, func, literal_column, select
from sqlalchemy.orm import Session

from desktop.models import Account, Contact, Contract, Opportunity, Tender, TrashEntry

from . import attachment_store, change_log, raw_rows
from .attachments import files_in_trash, remove_unused_files
from .changes import (
    ALL_CHANGED,
    CONTACTS,
    CONTRACTS,
    EVERYTHING,
    INTERACTIONS,
    OPPORTUNITIES,
    SETTINGS,
    TENDERS,
    WITH_AN_OPPORTUNITY,
    ChangeSet,
)
from .clock import Clock
from .database import Database
from .driver import raw
from .messages import QT_TRANSLATE_NOOP, UserError
from .raw_rows import Graph, Link

KEEP_FOR = timedelta(days=30)
KINDS: dict[str, Any] = {
    "account": Account,
    "contact": Contact,
    "opportunity": Opportunity,
    "tender": Tender,
    "contract": Contract,
}
# What the views show of each kind, so that they refresh when one goes or comes back.
CHANGED: dict[str, frozenset[str]] = {
    "account": EVERYTHING - {SETTINGS},
    "contact": frozenset({CONTACTS, INTERACTIONS, OPPORTUNITIES}),
    "opportunity": WITH_AN_OPPORTUNITY,
    "tender": frozenset({TENDERS, OPPORTUNITIES}),
    "contract": frozenset({CONTRACTS}),
}
# What an entry's "contents" counts, besides the record itself.
CONTENTS = ("contact", "opportunity", "tender", "contract")
GONE = QT_TRANSLATE_NOOP("Trash", "This record no longer exists; it may have been deleted already.")
ERASED = QT_TRANSLATE_NOOP(
    "Trash", "{title} was erased from the trash for good and cannot come back."
)


@dataclass(frozen=True)
class TrashRow:
    id: int
    kind: str
    title: str
    account_name: str
    deleted_at: datetime
    expires_at: datetime
    # How many people, opportunities, tenders and contracts went with it (by kind).
    contents: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Trashed:
    """A record a user deleted: what undo needs to take it out of the trash again and redo
    to put it back in. Holds no copy of the record (that stays in the database)."""

    kind: str
    record_id: int
    uuid: str
    title: str
    changes: ChangeSet
    # References the deletion changed on rows that stay (e.g. reports moved to the manager):
    # restoring from the trash points them back unless they were changed since.
    moved: tuple[Link, ...] = ()


def _title(record: Any) -> str:
    for attribute in ("name", "tender_no", "number", "title"):
        value = getattr(record, attribute, "")
        if value:
            return str(value)
    return str(record.id)


def _account(session: Session, record: Any) -> Account | None:
    if isinstance(record, Account):
        return record
    account_id = getattr(record, "account_id", None)
    if isinstance(record, Tender):
        account_id = session.scalar(
            select(Opportunity.account_id).where(Opportunity.id == record.opportunity_id)
        )
    return session.get(Account, account_id) if account_id else None


def move_to_trash(
    session: Session, kind: str, record_id: int, now: datetime, *, moved: Iterable[Link] = ()
) -> Trashed:
    """Delete a record (with its children) and keep it in the trash, in the caller's
    transaction."""
    model = KINDS[kind]
    record = session.get(model, record_id)
    if record is None:
        raise UserError(GONE)
    account = _account(session, record)
    account_id = account.id if account else None
    trashed = Trashed(
        kind,
        record_id,
        record.uuid,
        _title(record),
        ChangeSet(CHANGED[kind], account_id),
        tuple(moved),
    )
    graph = raw_rows.remove(session, model.__tablename__, [record_id]).with_links(trashed.moved)
    session.add(
        TrashEntry(
            kind=kind,
            record_uuid=trashed.uuid,
            title=trashed.title,
            account_name="" if kind == "account" or account is None else account.name,
            deleted_at=now,
            snapshot=graph.to_json(),
        )
    )
    session.flush()
    return trashed


def restore(session: Session, entry_id: int) -> None:
    """Put a trashed record back exactly as it was. References to records deleted since are
    left empty when they may be; a record that cannot stand alone (an opportunity whose
    account is gone) is refused with a message saying what to restore first."""
    entry = session.get_one(TrashEntry, entry_id)
    title = entry.title
    graph = Graph.from_json(entry.snapshot, KINDS[entry.kind].__tablename__)
    session.expunge(entry)
    if raw_rows.existing_ids(session, graph.table, graph.roots):
        raise UserError(QT_TRANSLATE_NOOP("Trash", "{title} is already back.").with_(title=title))
    raw_rows.put_back(session, graph, title)
    session.execute(delete(TrashEntry).where(TrashEntry.id == entry_id))


def take_back(session: Session, trashed: Trashed) -> None:
    """Undo of a deletion: restore the record from its newest trash entry. Nothing to do when
    it is back already (restored from the trash meanwhile)."""
    entry_id = session.scalar(
        select(TrashEntry.id)
        .where(TrashEntry.kind == trashed.kind, TrashEntry.record_uuid == trashed.uuid)
        .order_by(TrashEntry.deleted_at.desc(), TrashEntry.id.desc())
        .limit(1)
    )
    if entry_id is not None:
        restore(session, entry_id)
    elif session.get(KINDS[trashed.kind], trashed.record_id) is None:
        raise UserError(ERASED.with_(title=trashed.title))


def _contents(postgresql: bool) -> list[Any]:
    snapshot: ColumnClause[Any] = literal_column("snapshot")
    return [
        func.coalesce(
            func.json_array_length(snapshot.op("->")("rows").op("->")(kind))
            if postgresql
            else func.json_array_length(snapshot, f"$.rows.{kind}"),
            0,
        )
        for kind in CONTENTS
    ]


def entries(session: Session, now: datetime) -> list[TrashRow]:
    query = select(
        TrashEntry.id,
        TrashEntry.kind,
        TrashEntry.title,
        TrashEntry.account_name,
        TrashEntry.deleted_at,
        *_contents(raw(session).postgresql),
    ).order_by(TrashEntry.deleted_at.desc(), TrashEntry.id.desc())
    found = []
    for entry_id, kind, title, account_name, deleted_at, *counts in session.execute(query):
        contents = {
            name: count - (name == kind) for name, count in zip(CONTENTS, counts, strict=True)
        }
        found.append(
            TrashRow(
                entry_id,
                kind,
                title,
                account_name,
                deleted_at,
                deleted_at + KEEP_FOR,
                {name: count for name, count in contents.items() if count},
            )
        )
    return found


def purge(session: Session, entry_ids: list[int] | None = None) -> int:
    """Delete trash entries for good (all of them when ``entry_ids`` is None)."""
    query = delete(TrashEntry)
    snapshots = select(TrashEntry.snapshot)
    if entry_ids is not None:
        query = query.where(TrashEntry.id.in_(entry_ids))
        snapshots = snapshots.where(TrashEntry.id.in_(entry_ids))
    # On a server the content of their attached files goes with them, in this transaction
    # (docs/team-server.md#attached-files); a file's folder is cleaned after the commit.
    held = files_in_trash(session, entry_ids) if raw(session).postgresql else None
    # Their history holds their old values: it goes with them.
    change_log.forget(
        session,
        (
            row["uuid"]
            for snapshot in session.scalars(snapshots)
            for rows in snapshot["rows"].values()
            for row in rows
            if "uuid" in row
        ),
    )
    result = session.execute(query)
    assert isinstance(result, CursorResult)  # a DELETE returns a cursor result
    if held:
        attachment_store.free(session, held)
    return result.rowcount


def expired(session: Session, now: datetime) -> list[int]:
    cutoff = now - KEEP_FOR
    return list(session.scalars(select(TrashEntry.id).where(TrashEntry.deleted_at < cutoff)))


def purge_expired(session: Session, now: datetime) -> int:
    return purge(session, expired(session, now))


class TrashService:
    """Use cases of the trash dialog and of the tabs' deletions; each call is one
    transaction."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def list(self) -> list[TrashRow]:
        with self._db.read() as s:
            return entries(s, self._clock.now())

    def delete(self, kind: str, record_id: int) -> Trashed:
        """Move a record to the trash (a user's deletion)."""
        with self._db.session() as s:
            return move_to_trash(s, kind, record_id, self._clock.now())

    def undelete(self, trashed: Trashed) -> ChangeSet:
        """Undo of :meth:`delete`."""
        with self._db.session() as s:
            take_back(s, trashed)
        return trashed.changes

    def redelete(self, trashed: Trashed) -> ChangeSet:
        """Redo of :meth:`delete`."""
        with self._db.session() as s:
            move_to_trash(
                s, trashed.kind, trashed.record_id, self._clock.now(), moved=trashed.moved
            )
        return trashed.changes

    def restore(self, entry_id: int) -> ChangeSet:
        with self._db.session() as s:
            restore(s, entry_id)
        return ALL_CHANGED

    def purge(self, entry_ids: builtins.list[int] | None = None) -> int:
        with self._db.session() as s:
            ids = entry_ids if entry_ids is not None else list(s.scalars(select(TrashEntry.id)))
            files = files_in_trash(s, ids)
            count = purge(s, ids)
        self._erase(files)
        return count

    def purge_expired(self) -> int:
        with self._db.session() as s:
            ids = expired(s, self._clock.now())
            files = files_in_trash(s, ids)
            count = purge(s, ids)
        if count:
            self._erase(files)
        return count

    def _erase(self, files: set[str]) -> None:
        """After purging: delete the evidence files nothing refers to any more, and move the
        write-ahead log into the database file, whose freed pages are zeroed."""
        if files and self._db.path is not None:
            with self._db.read() as s:
                remove_unused_files(s, self._db.path, among=files)
        self._db.checkpoint()
