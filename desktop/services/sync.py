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

import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from desktop.models import ChangeEntry, SyncState
from desktop.models.base import new_uuid
from desktop.models.change_log import DELETED

from .backups import BEFORE_SYNC
from .database import Database
from .excel.bulk import collector_paused
from .excel.field_merge import Log
from .messages import QT_TRANSLATE_NOOP, Message, UserError
from .server_log import set_local
from .server_schema import label, server_id, unreachable
from .settings import DEFAULT_OWNER
from .sync_decide import Conflict, Decider, Plan
from .sync_files import FilesMoved, exchange_files
from .sync_login import check_login
from .sync_reports import (
    SHARES,
    Unsent,
    kept_back,
    out_of_sight,
    remove,
    removed_message,
    requeue,
)
from .sync_side import CHUNK, TABLES, Side, among, known, local_window, server_window
from .team_security import REFERENCE

ROUNDS = 5  # a sync the server's writes keep overtaking gives up after this many rounds
STEPS = 6
BUSY = QT_TRANSLATE_NOOP(
    "Sync",
    "The records being synchronised kept changing on the server: synchronise again in a moment.",
)
# (step, steps): called between the phases (a test kills the process there)
Progress = Callable[[int, int], None]


@dataclass
class Result:
    uploaded: int = 0  # records created, changed or deleted on the server
    downloaded: int = 0  # ... on this computer
    conflicts: list[Conflict] = field(default_factory=list)
    first: bool = False  # the first sync of this file with this server
    files: FilesMoved = field(default_factory=FilesMoved)  # attached files' content
    unsent: list[Unsent] = field(default_factory=list)  # laptop changes the server did not take
    removed: int = 0  # records removed here: the server no longer shows them to this login
    handed_to: list[str] = field(default_factory=list)  # this login's records went to them
    backup: Path | None = None  # of the laptop file, taken before the sync changed it
    # where the time went, by phase (what ``python -m bench.sync`` prints)
    seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    _lapped: float = field(default_factory=time.perf_counter, repr=False)

    def removals(self) -> Message | None:
        """The sentence about the records removed from this computer, or None."""
        return removed_message(self.removed, self.handed_to)

    def lap(self, phase: str) -> None:
        """Add the time since the previous lap to ``phase``."""
        now = time.perf_counter()
        self.seconds[phase] += now - self._lapped
        self._lapped = now


class _Overtaken(Exception):
    """The server changed records this round was about to write: go round again."""


BACKED_UP = QT_TRANSLATE_NOOP(
    "Sync",
    "The file as it was before this sync is backed up in {backup} (File ▸ Restore from backup).",
)
REFUSED = QT_TRANSLATE_NOOP(
    "Sync",
    "The server refused a change this login may not make ({reason}); nothing was "
    "synchronised. Ask a manager to share or hand over that record.",
)
NOT_A_SERVER = QT_TRANSLATE_NOOP(
    "Sync",
    "“{address}” is not a team server address: write it as postgresql://USER@HOST:PORT/DBNAME.",
)
ON_THE_SERVER_ITSELF = QT_TRANSLATE_NOOP(
    "Sync",
    "This window works on the server itself, so there is nothing to synchronise: open the file "
    "on this computer to synchronise it.",
)


def with_password(address: str, password: str) -> str:
    """The server's URL with the password typed (kept in memory only); raises UserError for
    an address that is no PostgreSQL URL."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from desktop.services.server_url import is_server_url

    if not is_server_url(address):
        raise UserError(NOT_A_SERVER.with_(address=address))
    try:
        url = make_url(address)
    except ArgumentError:
        raise UserError(NOT_A_SERVER.with_(address=address)) from None
    if password:
        url = url.set(password=password)
    return url.render_as_string(hide_password=False)


def address_of(url: str) -> str:
    """The URL without its password: what may be remembered."""
    from sqlalchemy.engine import make_url

    return make_url(url)._replace(password=None).render_as_string(hide_password=False)


def synchronise(local: Database, server: Database, progress: Progress | None = None) -> Result:
    """Exchange everything changed on either side since the last sync (docs/team-server.md#sync).
    Raises UserError with a sentence when the server is lost or stays too busy."""
    if local.server:
        raise UserError(ON_THE_SERVER_ITSELF)
    report = progress or (lambda _step, _steps: None)
    try:
        check_login(local, server)  # one file, one login: the window's sync and the command's
        with collector_paused(), local.session() as mine:
            for _round in range(ROUNDS):
                try:
                    result = _round_trip(local, mine, server, report)
                    break
                except _Overtaken:
                    continue
            else:
                raise UserError(BUSY)
        result.lap("laptop: commit")
        result.files = exchange_files(local, server)  # after the rows it needs (sync_files)
        if result.first and not local.default_owner:
            local.default_owner = server.default_owner
        return result
    except DBAPIError as error:
        import psycopg

        if error.connection_invalidated or isinstance(error.orig, psycopg.OperationalError):
            raise unreachable(server.server or "", error) from None
        if isinstance(error.orig, psycopg.errors.InsufficientPrivilege):
            reason = str(error.orig).strip().splitlines()[0]
            raise UserError(REFUSED.with_(reason=reason)) from None
        raise


def _round_trip(local: Database, mine: Session, server: Database, report: Progress) -> Result:
    started = time.perf_counter()
    here = Side(mine.connection())
    with server.session() as theirs:
        there_conn = theirs.connection()
        set_local(there_conn, quiet="on")
        there = Side(there_conn)
        identity = server_id(there_conn)
        state = mine.scalars(select(SyncState).where(SyncState.server_id == identity)).first()
        full = state is None
        result = Result(first=full, _lapped=started)
        xmin = there_conn.exec_driver_sql(
            "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint"
        ).scalar_one()
        report(1, STEPS)
        result.lap("connect")
        local_cursor = 0 if state is None else state.local_cursor
        server_cursor = 0 if state is None else state.server_cursor
        local_entries = local_window(here.conn, local_cursor, identity)
        result.lap("laptop: read its log")
        server_entries, read_ids = server_window(there_conn, server_cursor)
        result.lap("server: read its log")
        seen_there = known(there_conn, (e.row[0] for e in local_entries))  # their uuids
        seen_here = known(here.conn, (e.row[0] for e in server_entries))
        result.lap("both: entries already seen")
        decider = Decider(Log(local_entries), Log(server_entries), seen_there, seen_here, full)
        result.lap("decide")
        report(2, STEPS)
        present: set[str] = set()  # records this user has here or may see there
        # an account shared with this login since the last sync: what hangs under it comes
        # down, though the server's log since then does not name it (docs/team-server.md#sync)
        shared = not full and any(e.row[2] == SHARES for e in server_entries)
        changed: dict[str, set[str]] = defaultdict(set)  # table -> records in either log
        for entry in (*local_entries, *server_entries):
            changed[entry.row[2]].add(entry.record)
        for table in TABLES.values():
            if full:
                wanted = here.uuids(table) | there.uuids(table)
            else:
                wanted = set(changed.get(table.name, ()))
                if shared and table.name not in REFERENCE:
                    appeared = there.uuids(table) - here.uuids(table)
                    decider.appeared |= appeared
                    wanted |= appeared
            if decider.kept:  # what hangs under a record kept against a deletion
                wanted |= here.under(table, decider.kept) | there.under(table, decider.kept)
            result.lap("both: list the records")
            if not wanted:
                continue
            # A record only one side changed needs the other side's stamps, not its values.
            sided = {} if full or decider.kept else _one_sided(decider, wanted)
            ups = {u for u, up in sided.items() if up}
            downs = sided.keys() - ups
            # records both sides changed: whole; one side changed: the fields it changed
            rows_here = here.rows(table, wanted - sided.keys())
            rows_here.update(here.rows(table, ups, decider.fields_changed(ups)))
            stamps_here = here.stamps(table, downs)
            result.lap("laptop: read its records")
            rows_there = there.rows(table, wanted - sided.keys())
            rows_there.update(there.rows(table, downs, decider.fields_changed(downs)))
            stamps_there = there.stamps(table, ups)
            result.lap("server: read its records")
            for uuid in sided:  # else compared field by field
                up = uuid in ups
                row, other = (
                    (rows_here.get(uuid), stamps_there.get(uuid))
                    if up
                    else (rows_there.get(uuid), stamps_here.get(uuid))
                )
                if row is None or other is None or row["owner"] != other["owner"]:
                    continue
                decider.changed(table, row, other, up=up)
                wanted.discard(uuid)
            slow = wanted & sided.keys()  # on one side only, or their owners differ: whole
            rows_here.update(here.rows(table, slow))
            rows_there.update(there.rows(table, slow))
            present.update(rows_here, rows_there, stamps_here, stamps_there)
            for uuid in sorted(wanted):
                decider.record(table, uuid, rows_here.get(uuid), rows_there.get(uuid))
            result.lap("decide")
        _own(decider, local.default_owner, server.default_owner)
        result.lap("decide")
        _lock(there_conn, decider.up, server_cursor, read_ids)
        result.lap("server: lock and check")
        report(3, STEPS)
        now = local.clock.utcnow()
        result.uploaded = _write(there, decider.up)
        result.lap("server: write records")
        # what the server did not take, or no longer shows (docs/team-server.md#handover)
        hidden = out_of_sight(there_conn, server_cursor, read_ids, server_entries)
        kept = kept_back(here, there, decider, full=full, look_everywhere=hidden)
        result.unsent, result.removed = kept.unsent, kept.count
        result.handed_to = kept.handed_to(server.default_owner)
        result.lap("server: what was not sent")
        fresh = full and not local_entries  # a new file: nobody wrote in it yet
        changes = kept.removed or any(decider.down.records().values())
        if local.path is not None and changes and not fresh:
            # undoable by File ▸ Restore; taken before the server's commit: a backup that
            # fails leaves both sides as they were
            result.backup = local.backup(BEFORE_SYNC, local.clock.now())
            result.lap("laptop: backup")
        # Before the deletions: the server takes the history of records its user sees (its
        # row-level security checks each entry against its record).
        visible = there.found()
        there.copy_entries(
            (
                e
                for e in local_entries
                if e.row[0] not in seen_there  # uuid, action, record: 10,000s of entries
                and e.row[0] not in decider.up.unapplied
                and (e.row[3] == DELETED or e.row[1] in visible)
            ),
            new_uuid(),
        )
        result.lap("server: copy the laptop's entries")
        result.uploaded += _delete(there, theirs, decider.up, now)
        result.lap("server: delete records")
        report(4, STEPS)  # the server's writes, not yet committed
    result.lap("server: commit")
    report(5, STEPS)
    result.downloaded = _write(here, decider.down)
    result.downloaded += _delete(here, mine, decider.down, local.clock.now())
    remove(mine, here.conn, here, kept)
    result.lap("laptop: write records")
    if full and not local.default_owner:  # a new file: its records are the login's
        DEFAULT_OWNER.set(mine, server.default_owner)
    here.copy_entries(
        (
            e
            for e in server_entries
            # only the history of records this user may see comes down
            if e.row[0] not in seen_here  # uuid, record
            and e.row[0] not in decider.down.unapplied
            and e.row[1] in present
        ),
        identity,
    )
    mine.flush()
    result.lap("laptop: copy the server's entries")
    if state is None:
        state = SyncState(server_id=identity)
        mine.add(state)
    state.server_label = label(server.server or "")
    state.server_cursor = xmin
    # what this sync wrote here is behind the cursor: never sent back
    state.local_cursor = mine.scalar(select(func.coalesce(func.max(ChangeEntry.id), 0))) or 0
    requeue(mine, kept, identity)  # after the cursor: tried and reported again next time
    state.synced_at = now
    mine.flush()
    result.conflicts = decider.conflicts
    result.lap("laptop: cursors")
    report(6, STEPS)  # this computer's writes, not yet committed
    return result


def _one_sided(decider: Decider, records: set[str]) -> dict[str, bool]:
    """The records only one side changed (:meth:`Decider.one_sided`): True for this
    computer, False for the server."""
    found = {}
    for uuid in records:
        side = decider.one_sided(uuid)
        if side is not None:
            found[uuid] = side
    return found


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
                .where(among(conn, table.c.uuid, chunk))
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


def _write(side: Side, plan: Plan) -> int:
    count = 0
    for name, table in TABLES.items():
        if plan.inserts.get(name):
            count += side.insert(table, plan.inserts[name])
        if plan.updates.get(name):
            count += side.update(table, plan.updates[name])
    return count


def _delete(side: Side, session: Session, plan: Plan, now: datetime) -> int:
    count = 0
    for name, table in TABLES.items():  # parents first: their children go with them
        for uuid in plan.deletes.get(name, ()):
            count += side.delete(session, table, uuid, now)
    return count


__all__ = [
    "BACKED_UP",
    "Conflict",
    "Progress",
    "Result",
    "Unsent",
    "address_of",
    "synchronise",
    "with_password",
]
