"""Synchronising a laptop file with the team server (docs/team-server.md#sync). Qt-free.

Each side's change log says what changed since the last sync: on the laptop the entries
after ``sync_state.local_cursor``; on the server those of transactions at or after
``sync_state.server_cursor`` (the oldest transaction that was still running at the last
sync: entry ids can commit out of order, transactions below it all ended). Records are
matched by uuid and merged field by field by the rules of docs/merging.md: the later change
wins, a value that lost is a :class:`Conflict`; a deletion travels unless the other side
changed the record since. Each side then holds the other's entries (a side has *seen* a
change when its log holds it), so two syncs in a row change nothing.

Order, so that an interruption at any moment leaves both sides consistent: the laptop file is
held (one write transaction) from the start; the server's changes are written and committed
first, with the laptop's log entries; then the laptop's, with the server's entries and the new
cursors. Killed between the two, the next sync finds the server already holding the laptop's
entries (seen: nothing to do again) and completes the laptop.

The server's rows about to be written are locked; a change committed there since they were
read sends the sync round again with it, so a sync never overwrites a write the server
accepted while it ran.
"""

from __future__ import annotations

import os
import signal
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, delete, func, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from desktop.models import ChangeEntry, SyncState
from desktop.models.base import new_uuid
from desktop.models.change_log import CHANGED, CREATED, DELETED, RESTORED

from . import trash
from .change_log import COLUMNS, raw_text, stored_text
from .database import Database
from .driver import raw
from .excel.field_merge import Entry, Log
from .messages import QT_TRANSLATE_NOOP, UserError
from .server_log import record_tables, set_local
from .server_schema import label, server_id, unreachable

TABLES = {t.name: t for t in record_tables()}
# Not fields of the user's: keys, the write counter and the moments the log replaces.
NOT_FIELDS = frozenset({"id", "uuid", "version", "created_at", "updated_at"})
CHUNK = 500
ROUNDS = 5  # a sync the server's writes keep overtaking gives up after this many rounds
# A test hook: the phase at which the sync kills its own process (docs/team-server.md#sync).
STOP_AT = "KAD_SYNC_STOP_AT"

BUSY = QT_TRANSLATE_NOOP(
    "Sync",
    "The records being synchronised kept changing on the server: synchronise again in a moment.",
)
LOST_FIELD = QT_TRANSLATE_NOOP(
    "Sync",
    "conflict: {record} ({kind}), field {field}: both sides changed it; kept “{kept}” "
    "({kept_by}, {kept_at}), not kept “{lost}” ({lost_by}, {lost_at}).",
)
KEPT_DELETED = QT_TRANSLATE_NOOP(
    "Sync",
    "conflict: {record} ({kind}) was deleted {where} ({lost_by}, {lost_at}) but changed on the "
    "other side since ({kept_by}, {kept_at}): it was kept. Delete it again if it should go.",
)
ON_SERVER = QT_TRANSLATE_NOOP("Sync", "on the server")
ON_LAPTOP = QT_TRANSLATE_NOOP("Sync", "on this computer")

Progress = Callable[[int, int], None]  # (step, steps)
Row = dict[str, Any]  # a record with its references as uuids


@dataclass(frozen=True)
class Conflict:
    """A value a sync did not keep (``field`` "": a deletion that was not applied)."""

    kind: str
    record: str  # the record's title, or its uuid
    field: str
    kept: str | None
    lost: str | None
    kept_by: str
    kept_at: datetime
    lost_by: str
    lost_at: datetime
    deleted_on_server: bool = False

    def render(self, translate: Any = None) -> str:
        from .messages import english

        translate = translate or english
        moments = {"kept_at": _moment(self.kept_at), "lost_at": _moment(self.lost_at)}
        common = {"record": self.record, "kind": self.kind, **moments}
        people = {"kept_by": self.kept_by or "?", "lost_by": self.lost_by or "?"}
        if self.field:
            message = LOST_FIELD.with_(
                field=self.field, kept=self.kept or "", lost=self.lost or "", **common, **people
            )
        else:
            where = (ON_SERVER if self.deleted_on_server else ON_LAPTOP).render(translate)
            message = KEPT_DELETED.with_(where=where, **common, **people)
        return message.render(translate)


def _moment(at: datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M UTC")


@dataclass
class Result:
    uploaded: int = 0  # records created, changed or deleted on the server
    downloaded: int = 0  # ... on this computer
    conflicts: list[Conflict] = field(default_factory=list)
    first: bool = False  # the first sync of this file with this server


class _Overtaken(Exception):
    """The server changed records this round was about to write: go round again."""


def _stop_at(phase: str) -> None:
    if os.environ.get(STOP_AT) == phase:
        os.kill(os.getpid(), signal.SIGKILL)


# --- reading a side ---------------------------------------------------------------------


def _entries(rows: Iterable[Sequence[Any]]) -> list[Entry]:
    found = []
    for row in rows:
        try:
            found.append(Entry.of(tuple(row)))
        except (ValueError, TypeError):
            continue
    return found


def _local_window(conn: Connection, cursor: int, server: str) -> list[Entry]:
    log = ChangeEntry.__table__
    query = select(*(log.c[n] for n in COLUMNS)).where(log.c.id > cursor, log.c.origin != server)
    return _entries(conn.execute(query))


def _server_window(conn: Connection, cursor: int) -> tuple[list[Entry], set[int]]:
    """The server's entries of transactions from ``cursor`` on, and their ids."""
    names = ", ".join(f"c.{n}" for n in COLUMNS)
    rows = conn.exec_driver_sql(
        f"SELECT {names}, c.id FROM change_log c JOIN kad_change_xact x ON x.change_id = c.id "
        "WHERE x.xact >= %(cursor)s ORDER BY c.id",
        {"cursor": cursor},
    ).all()
    return _entries(r[:-1] for r in rows), {r[-1] for r in rows}


def _known(conn: Connection, uuids: Iterable[str]) -> set[str]:
    """Which of these entries the side's log holds."""
    log = ChangeEntry.__table__
    wanted, found = sorted(set(uuids)), set()
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        found.update(conn.execute(select(log.c.uuid).where(log.c.uuid.in_(chunk))).scalars())
    return found


class Side:
    """One database's records, with references read and written as uuids."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.postgresql = conn.dialect.name == "postgresql"
        self._ids: dict[str, dict[str, int]] = defaultdict(dict)  # table -> uuid -> id

    def uuids(self, table: Table) -> set[str]:
        return set(self.conn.execute(select(table.c.uuid)).scalars())

    def rows(self, table: Table, uuids: Iterable[str]) -> dict[str, Row]:
        wanted = sorted(set(uuids))
        found: dict[str, Row] = {}
        for start in range(0, len(wanted), CHUNK):
            query = select(table).where(table.c.uuid.in_(wanted[start : start + CHUNK]))
            for row in self.conn.execute(query).mappings():
                found[row["uuid"]] = dict(row)
        self._ids[table.name].update({u: r["id"] for u, r in found.items()})
        refs = _references(table)
        for name, target in refs.items():
            ids = {r[name] for r in found.values() if r[name] is not None}
            by_id = self._uuids_of(TABLES[target], ids)
            for row in found.values():
                row[name] = by_id.get(row[name]) if row[name] is not None else None
        return found

    def _uuids_of(self, table: Table, ids: set[int]) -> dict[int, str]:
        known = {i: u for u, i in self._ids[table.name].items() if i in ids}
        missing = sorted(ids - set(known))
        for start in range(0, len(missing), CHUNK):
            query = select(table.c.id, table.c.uuid).where(
                table.c.id.in_(missing[start : start + CHUNK])
            )
            for row_id, uuid in self.conn.execute(query):
                known[row_id] = uuid
                self._ids[table.name][uuid] = row_id
        return known

    def id_of(self, table: Table, uuid: str | None) -> int | None:
        if uuid is None:
            return None
        ids = self._ids[table.name]
        if uuid not in ids:
            found = self.conn.execute(select(table.c.id).where(table.c.uuid == uuid)).scalar()
            if found is None:
                return None
            ids[uuid] = found
        return ids[uuid]

    # --- writing ---

    def _stored(self, table: Table, values: Row) -> Row | None:
        """``values`` with references as this side's ids; None when a required one is
        missing here."""
        stored = dict(values)
        for name, target in _references(table).items():
            if name not in values or values[name] is None:
                continue
            stored[name] = self.id_of(TABLES[target], values[name])
            if stored[name] is None and not table.c[name].nullable:
                return None
        return stored

    def insert(self, table: Table, rows: list[Row]) -> int:
        """Insert records (their own-table references linked afterwards); one that would
        break a unique rule here (the same person's role twice, say) is left out."""
        own = [n for n, t in _references(table).items() if t == table.name]
        count = 0
        for row in rows:
            values = self._stored(table, {k: v for k, v in row.items() if k not in own})
            if values is None:
                continue
            values.pop("id", None)
            values.update({n: None for n in own})
            statement = (
                pg_insert(table).values(values).on_conflict_do_nothing()
                if self.postgresql
                else insert(table).values(values).prefix_with("OR IGNORE")
            )
            count += len(self.conn.execute(statement.returning(table.c.id)).all())
        for row in rows:
            links = {n: row[n] for n in own if row.get(n) is not None}
            if links:
                self.update(table, row["uuid"], links, row.get("updated_at"))
        return count

    def update(self, table: Table, uuid: str, values: Row, updated_at: Any) -> None:
        stored = self._stored(table, values)
        if stored is None:
            return
        # the record's moment of change is the later side's, never the sync's "now"
        stored["updated_at"] = table.c.updated_at if updated_at is None else updated_at
        self.conn.execute(
            update(table).where(table.c.uuid == uuid).values(**stored, version=table.c.version + 1)
        )

    def delete(self, session: Session, table: Table, uuid: str, now: datetime) -> bool:
        """Delete a record with what hangs under it: to the trash on this computer."""
        row_id = self.id_of(table, uuid)
        if (
            row_id is None
            or not self.conn.execute(select(table.c.id).where(table.c.id == row_id)).first()
        ):
            return False
        if not self.postgresql and table.name in trash.KINDS:
            trash.move_to_trash(session, table.name, row_id, now)
        else:
            _delete_tree(self.conn, table, [row_id])
        return True

    def copy_entries(self, entries: Iterable[Entry], origin: str) -> None:
        rows = [
            (*e.row[:7], e.at if self.postgresql else e.at.isoformat(sep=" "), *e.row[8:], origin)
            for e in entries
        ]
        if rows:
            driver = raw(self.conn)
            driver.executemany(driver.insert_or_ignore("change_log", (*COLUMNS, "origin")), rows)


def _references(table: Table) -> dict[str, str]:
    """Reference column -> the table it points to (records only)."""
    return {
        c.name: key.column.table.name
        for c in table.c
        for key in c.foreign_keys
        if key.column.table.name in TABLES
    }


def _delete_tree(conn: Connection, table: Table, ids: list[int]) -> None:
    """DELETE rows and, first, the rows whose reference to them has no ON DELETE rule (the
    database cascades the others)."""
    for child in TABLES.values():
        for column in child.c:
            for key in column.foreign_keys:
                if key.column.table is table and key.ondelete is None and child is not table:
                    below = conn.execute(select(child.c.id).where(column.in_(ids))).scalars().all()
                    if below:
                        _delete_tree(conn, child, list(below))
    conn.execute(delete(table).where(table.c.id.in_(ids)))


# --- deciding ---------------------------------------------------------------------------


@dataclass
class Plan:
    """What to write on one side, by table."""

    inserts: dict[str, list[Row]] = field(default_factory=lambda: defaultdict(list))
    updates: dict[str, list[tuple[str, Row, Any]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    deletes: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    unapplied: set[str] = field(default_factory=set)  # entries (deletions) not to copy

    def records(self) -> dict[str, set[str]]:
        found: dict[str, set[str]] = defaultdict(set)
        for name, rows in self.inserts.items():
            found[name].update(r["uuid"] for r in rows)
        for name, changes in self.updates.items():
            found[name].update(u for u, _v, _at in changes)
        for name, uuids in self.deletes.items():
            found[name].update(uuids)
        return found

    def size(self) -> int:
        return sum(
            len(v) for group in (self.inserts, self.updates, self.deletes) for v in group.values()
        )


class Decider:
    """Decide, record by record, what each side takes from the other (docs/merging.md)."""

    def __init__(
        self, local: Log, server: Log, seen_there: set[str], seen_here: set[str], full: bool
    ) -> None:
        self.local, self.server = local, server
        self.seen_there = seen_there  # local entries the server holds
        self.seen_here = seen_here  # server entries this computer holds
        self.full = full  # the first sync: every record of both sides is compared
        self.up, self.down = Plan(), Plan()
        self.conflicts: list[Conflict] = []

    def _unseen(self, log: Log, record: str, seen: set[str]) -> list[Entry]:
        return [e for e in log.by_record.get(record, ()) if e.uuid not in seen]

    def record(self, table: Table, uuid: str, mine: Row | None, theirs: Row | None) -> None:
        name = table.name
        if mine is not None and theirs is not None:
            self._fields(table, uuid, mine, theirs)
        elif mine is not None:
            gone = self.server.deleted(uuid)
            if gone is not None and gone.uuid not in self.seen_here:
                edits = [
                    e
                    for e in self._unseen(self.local, uuid, self.seen_there)
                    if e.action == CHANGED
                ]
                if edits:
                    self._kept(table, mine, gone, edits[-1], on_server=True)
                    self.server_unapplied(gone)
                    self.up.inserts[name].append(mine)
                else:
                    self.down.deletes[name].append(uuid)
            elif self.full or self._unseen(self.local, uuid, self.seen_there):
                self.up.inserts[name].append(mine)
        elif theirs is not None:
            gone = self.local.deleted(uuid)
            if gone is not None and gone.uuid not in self.seen_there:
                edits = [
                    e
                    for e in self._unseen(self.server, uuid, self.seen_here)
                    if e.action == CHANGED
                ]
                if edits:
                    self._kept(table, theirs, gone, edits[-1], on_server=False)
                    self.up.unapplied.add(gone.uuid)
                    self.down.inserts[name].append(theirs)
                else:
                    self.up.deletes[name].append(uuid)
            elif self.full or self._unseen(self.server, uuid, self.seen_here):
                self.down.inserts[name].append(theirs)

    def server_unapplied(self, entry: Entry) -> None:
        self.down.unapplied.add(entry.uuid)

    def _fields(self, table: Table, uuid: str, mine: Row, theirs: Row) -> None:
        up: Row = {}
        down: Row = {}
        lost_values: list[Conflict] = []
        for column in table.c:
            name = column.name
            if name in NOT_FIELDS:
                continue
            ours, other = _text(column, mine[name]), _text(column, theirs[name])
            if ours == other:
                continue
            here = self.local.by_field.get((uuid, name), [])
            there = self.server.by_field.get((uuid, name), [])
            if name == "owner":  # owners are the server's to give (hand-overs)
                down[name] = theirs[name]
                continue
            if not here and not there:
                if not self.full:
                    continue
                later_here = (mine["updated_at"] or datetime.min) > (
                    theirs["updated_at"] or datetime.min
                )
                (up if later_here else down)[name] = (mine if later_here else theirs)[name]
                continue
            last_here, last_there = (here[-1] if here else None), (there[-1] if there else None)
            local_wins = last_there is None or (
                last_here is not None
                and (last_here.at, last_here.uuid) > (last_there.at, last_there.uuid)
            )
            (up if local_wins else down)[name] = (mine if local_wins else theirs)[name]
            new_here = [e for e in here if e.uuid not in self.seen_there]
            new_there = [e for e in there if e.uuid not in self.seen_here]
            if new_here and new_there:
                kept, lost = (
                    (new_here[-1], new_there[-1]) if local_wins else (new_there[-1], new_here[-1])
                )
                lost_values.append(
                    Conflict(
                        table.name,
                        "",
                        name,
                        ours if local_wins else other,
                        other if local_wins else ours,
                        kept.by,
                        kept.at,
                        lost.by,
                        lost.at,
                    )
                )
        title = _title({**mine, **down})  # as the record reads after the sync
        self.conflicts += [replace(c, record=title) for c in lost_values]
        later = max((r["updated_at"] for r in (mine, theirs) if r["updated_at"]), default=None)
        if up:
            self.up.updates[table.name].append((uuid, up, later))
        if down:
            self.down.updates[table.name].append((uuid, down, later))

    def _kept(self, table: Table, row: Row, gone: Entry, edit: Entry, *, on_server: bool) -> None:
        self.conflicts.append(
            Conflict(
                table.name,
                _title(row),
                "",
                None,
                None,
                edit.by,
                edit.at,
                gone.by,
                gone.at,
                deleted_on_server=on_server,
            )
        )


def _text(column: Any, value: Any) -> str | None:
    if column.foreign_keys:
        return raw_text(value)
    return stored_text(column, value)


TITLES = ("name", "title", "number", "tender_no", "item", "code")


def _title(row: Row) -> str:
    return next((str(row[n]) for n in TITLES if row.get(n)), str(row.get("uuid", "")))


# --- running ----------------------------------------------------------------------------


def synchronise(local: Database, server: Database, progress: Progress | None = None) -> Result:
    """Exchange everything changed on either side since the last sync (docs/team-server.md#sync).
    Raises UserError with a sentence when the server is lost or stays too busy."""
    report = progress or (lambda _step, _steps: None)
    try:
        with local.session() as mine:
            for _round in range(ROUNDS):
                try:
                    return _round_trip(local, mine, server, report)
                except _Overtaken:
                    continue
            raise UserError(BUSY)
    except DBAPIError as error:
        import psycopg

        if error.connection_invalidated or isinstance(error.orig, psycopg.OperationalError):
            raise unreachable(server.server or "", error) from None
        raise


def _round_trip(local: Database, mine: Session, server: Database, report: Progress) -> Result:
    here = Side(mine.connection())
    with server.session() as theirs:
        there_conn = theirs.connection()
        set_local(there_conn, quiet="on")
        there = Side(there_conn)
        identity = server_id(there_conn)
        state = mine.scalars(select(SyncState).where(SyncState.server_id == identity)).first()
        full = state is None
        result = Result(first=full)
        xmin = there_conn.exec_driver_sql(
            "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint"
        ).scalar_one()
        report(1, 5)
        local_entries = _local_window(here.conn, 0 if full else state.local_cursor, identity)
        server_cursor = 0 if full else state.server_cursor
        server_entries, read_ids = _server_window(there_conn, server_cursor)
        seen_there = _known(there_conn, (e.uuid for e in local_entries))
        seen_here = _known(here.conn, (e.uuid for e in server_entries))
        decider = Decider(Log(local_entries), Log(server_entries), seen_there, seen_here, full)
        report(2, 5)
        for table in TABLES.values():
            if full:
                wanted = here.uuids(table) | there.uuids(table)
            else:
                wanted = {
                    e.record for e in (*local_entries, *server_entries) if e.row[2] == table.name
                }
            if not wanted:
                continue
            rows_here, rows_there = here.rows(table, wanted), there.rows(table, wanted)
            for uuid in sorted(wanted):
                decider.record(table, uuid, rows_here.get(uuid), rows_there.get(uuid))
        _own(decider, local.default_owner, server.default_owner)
        _stop_at("read")
        _lock(there_conn, decider.up, server_cursor, read_ids)
        report(3, 5)
        now = local.clock.utcnow()
        result.uploaded = _apply(there, theirs, decider.up, now)
        there.copy_entries(
            (
                e
                for e in local_entries
                if e.uuid not in seen_there and e.uuid not in decider.up.unapplied
            ),
            new_uuid(),
        )
        _stop_at("server-written")
    _stop_at("server-committed")
    report(4, 5)
    result.downloaded = _apply(here, mine, decider.down, local.clock.now())
    here.copy_entries(
        (
            e
            for e in server_entries
            if e.uuid not in seen_here and e.uuid not in decider.down.unapplied
        ),
        identity,
    )
    mine.flush()
    if state is None:
        state = SyncState(server_id=identity)
        mine.add(state)
    state.server_label = label(server.server or "")
    state.server_cursor = xmin
    # what this sync wrote here is behind the cursor: never sent back
    state.local_cursor = mine.scalar(select(func.coalesce(func.max(ChangeEntry.id), 0))) or 0
    state.synced_at = now
    mine.flush()
    result.conflicts = decider.conflicts
    _stop_at("local-written")
    report(5, 5)
    return result


def _own(decider: Decider, mine: str, login: str) -> None:
    """Records this computer created belong on the server to the user's login (its rows are
    what row-level security lets it see); this computer then names the same owner."""
    for name, rows in decider.up.inserts.items():
        for row in rows:
            if row["owner"] in ("", mine) and row["owner"] != login:
                row["owner"] = login
                decider.down.updates[name].append((row["uuid"], {"owner": login}, None))


def _lock(conn: Connection, plan: Plan, cursor: int, read_ids: set[int]) -> None:
    """Lock the server's records this sync writes, then make sure none of them changed since
    its entries were read (else :class:`_Overtaken`)."""
    records = plan.records()
    touched: set[str] = set()
    for name, uuids in records.items():
        table = TABLES[name]
        wanted = sorted(uuids)
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start : start + CHUNK]
            conn.execute(
                select(table.c.id)
                .where(table.c.uuid.in_(chunk))
                .order_by(table.c.id)
                .with_for_update()
            ).all()
        touched.update(uuids)
    if not touched:
        return
    recent = conn.exec_driver_sql(
        "SELECT c.id, c.record_uuid FROM change_log c JOIN kad_change_xact x "
        "ON x.change_id = c.id WHERE x.xact >= %(cursor)s",
        {"cursor": cursor},
    ).all()
    if any(row_id not in read_ids and record in touched for row_id, record in recent):
        raise _Overtaken


def _apply(side: Side, session: Session, plan: Plan, now: datetime) -> int:
    count = 0
    for name, table in TABLES.items():
        if plan.inserts.get(name):
            count += side.insert(table, plan.inserts[name])
        for uuid, values, updated_at in plan.updates.get(name, ()):
            side.update(table, uuid, values, updated_at)
            count += 1
    for name, table in TABLES.items():  # parents first: their children go with them
        for uuid in plan.deletes.get(name, ()):
            count += side.delete(session, table, uuid, now)
    return count


__all__ = ["CHANGED", "CREATED", "DELETED", "RESTORED", "Conflict", "Result", "synchronise"]
