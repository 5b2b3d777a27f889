"""What a sync could not send, and the laptop records the server no longer shows this login
(docs/team-server.md#sync, #handover). Qt-free.

Row-level security decides what a login may write, so a laptop edit to a record handed over
or unshared meanwhile, or a record whose uuid a colleague's record holds, does not reach the
server: each is reported (:class:`Unsent`), never dropped in silence. Records the server no
longer shows are removed from the laptop (the backup taken before the sync holds them); a
record a colleague holds stays, and its entries are queued again so that the next sync
reports it again rather than pretending it was sent.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from desktop.models.change_log import CHANGED, CREATED, DELETED, RESTORED

from . import change_log
from .change_log import COLUMNS
from .driver import raw
from .excel.field_merge import Entry
from .messages import QT_TRANSLATE_NOOP, Message, Translate, english
from .sync_decide import Decider, _shown, _title
from .sync_side import CHUNK, TABLES, Row, Side, _delete_tree, parents
from .team_security import REFERENCE

EDIT_NOT_SENT = QT_TRANSLATE_NOOP(
    "Sync",
    "not sent: {record} ({kind}), field {field}: “{value}” was changed on this computer, but "
    "the server no longer shows you this record (handed over or no longer shared); the "
    "record was removed from this computer and the backup taken before this sync holds it.",
)
NEW_NOT_SENT = QT_TRANSLATE_NOOP(
    "Sync",
    "not sent: {record} ({kind}) was added on this computer under a record the server no "
    "longer shows you (handed over or no longer shared); it was removed from this computer "
    "and the backup taken before this sync holds it.",
)
DELETION_NOT_SENT = QT_TRANSLATE_NOOP(
    "Sync",
    "not sent: {record} ({kind}) was deleted on this computer, but the server no longer shows "
    "you this record (handed over or no longer shared): it stays on the server with its "
    "owner; ask them if it should go.",
)
HELD_BY_COLLEAGUE = QT_TRANSLATE_NOOP(
    "Sync",
    "not sent: {record} ({kind}) is already on the server among a colleague's records (the "
    "same file or workbook loaded by two people): ask its owner to share it with you, or "
    "delete your copy; until then it stays on this computer only.",
)
REMOVED = QT_TRANSLATE_NOOP(
    "Sync",
    "{count} records the server no longer shows you (handed over or no longer shared) were "
    "removed from this computer; the backup taken before this sync holds them.",
)
REMOVED_TO = QT_TRANSLATE_NOOP(
    "Sync",
    "{count} records handed over to {owner} or no longer shared with you were removed from "
    "this computer; the backup taken before this sync holds them.",
)
# Why a change was not sent, in a word (the window's list)
WHY_REMOVED = QT_TRANSLATE_NOOP("Sync", "No longer shown to you: removed here, kept in the backup")
WHY_HELD = QT_TRANSLATE_NOOP("Sync", "A colleague's record on the server: kept here only")
SHARES = "account_share"
NEW = frozenset({CREATED, RESTORED})  # a record this computer added (or put back)


@dataclass(frozen=True)
class Unsent:
    """A laptop change the server did not take. ``removed``: the record is no longer this
    login's (removed from the laptop); else a colleague's record holds its uuid. ``field``
    "": the whole record."""

    kind: str
    record: str  # the record's title, or its uuid
    field: str
    value: str | None
    removed: bool
    deleted: bool = False  # a deletion made here of a record the server no longer shows

    @property
    def why(self) -> Message:
        return WHY_REMOVED if self.removed else WHY_HELD

    def render(self, translate: Translate = english) -> str:
        common = {"record": self.record, "kind": self.kind}
        if self.deleted:
            message = DELETION_NOT_SENT.with_(**common)
        elif not self.removed:
            message = HELD_BY_COLLEAGUE.with_(**common)
        elif self.field:
            message = EDIT_NOT_SENT.with_(field=self.field, value=self.value or "", **common)
        else:
            message = NEW_NOT_SENT.with_(**common)
        return message.render(translate)


@dataclass
class KeptBack:
    """What this sync did not send (see the module's docstring)."""

    unsent: list[Unsent] = field(default_factory=list)
    removed: dict[str, dict[str, Row]] = field(default_factory=dict)  # table -> uuid -> row
    held: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # by colleagues

    handovers: list[Row] = field(default_factory=list)  # that reached this computer now

    @property
    def count(self) -> int:
        return sum(len(rows) for rows in self.removed.values())

    def handed_to(self, login: str) -> list[str]:
        """Whom this login's records were handed over to since the last sync."""
        if not self.removed:
            return []
        return sorted({h["to_owner"] for h in self.handovers if h["from_owner"] == login})


def removed_message(count: int, owners: list[str]) -> Message | None:
    """The sentence about the records removed from this computer (None: there were none);
    ``owners``: whom this login's records were handed over to meanwhile."""
    if not count:
        return None
    if owners:
        return REMOVED_TO.with_(count=count, owner=", ".join(owners))
    return REMOVED.with_(count=count)


def out_of_sight(conn: Connection, cursor: int, read_ids: set[int], entries: list[Entry]) -> bool:
    """Whether records may have left this login's sight since ``cursor``: a share changed or
    ended, or the server's log holds entries it may not read (a hand-over: row-level security
    hides the entries about records no longer its own). The transactions' notes are
    readable by every member."""
    if any(e.row[2] == SHARES for e in entries):
        return True
    rows = raw(conn).driver.execute(
        "SELECT change_id FROM kad_change_xact WHERE xact >= %s", (cursor,)
    )
    return any(change_id not in read_ids for (change_id,) in rows)


def kept_back(
    here: Side, there: Side, decider: Decider, *, full: bool, look_everywhere: bool
) -> KeptBack:
    """After the server's writes (not committed): the laptop records it did not take or no
    longer shows. ``look_everywhere``: compare every record of both sides (after a change
    this login cannot read), else only those the sync tried to send."""
    local = decider.local
    unsent = [e for e in local.entries if e.uuid not in decider.seen_there]
    touched = {e.record for e in unsent}
    created = {e.record for e in unsent if e.action in NEW}
    hidden: dict[str, set[str]] = defaultdict(set)
    held: dict[str, set[str]] = defaultdict(set)
    deletions: list[Unsent] = []
    for name, inserts in decider.up.inserts.items():
        # kept out by a colleague's record with the same uuid (or row security: below)
        sent = {row["uuid"] for row in inserts}
        held[name] = sent - there.holds(name)
    if look_everywhere and not full:  # a first sync compared every record already
        gone = {u for uuids in decider.down.deletes.values() for u in uuids}
        for name, table in TABLES.items():
            if name in REFERENCE:  # the team's sales process: every member sees it
                continue
            # out of this login's sight, unless this computer added it since (or a
            # colleague holds it: its entries are queued again with a "created" one)
            hidden[name] = here.uuids(table) - there.uuids(table) - gone - created
        deletions = _deletions_out_of_sight(here, there, decider, unsent, created)
    found = KeptBack(deletions, handovers=list(decider.down.inserts.get("handover", ())))
    # what hangs under a hidden record goes with it, parents first
    removed_uuids: set[str] = set()
    for name, table in TABLES.items():
        wanted = hidden.get(name, set()) | here.under(table, removed_uuids)
        if not wanted:
            continue
        rows = here.rows(table, wanted)
        found.removed[name] = rows
        removed_uuids |= rows.keys()
        for uuid, row in rows.items():
            if uuid in touched:
                found.unsent += _edits(name, row, local.by_record.get(uuid, ()), decider)
    for name, uuids in held.items():
        found.held[name] = uuids - removed_uuids
    held_uuids = {u for uuids in found.held.values() for u in uuids}
    for name, uuids in found.held.items():
        table = TABLES[name]
        rows = here.rows(table, uuids)
        for _uuid, row in sorted(rows.items()):
            # one line for a record and what hangs under it
            if not any(row.get(column) in held_uuids for column in parents(table)):
                found.unsent.append(Unsent(name, _title(row), "", None, removed=False))
        # the laptop keeps its own owner: the record is not the login's on the server
        decider.down.updates[name] = [
            change for change in decider.down.updates.get(name, []) if change[0] not in uuids
        ]
    return found


def _deletions_out_of_sight(
    here: Side, there: Side, decider: Decider, unsent: list[Entry], created: set[str]
) -> list[Unsent]:
    """Deletions made here of records the server no longer shows this login (handed over or
    unshared meanwhile): they stay on the server with their owner, and say so, one line per
    deletion the user made (its trash entry: what hangs under the record went with it)."""
    candidates = {
        entry.record: entry.row[2]
        for entry in unsent
        if entry.action == DELETED
        and entry.record not in created
        and entry.row[2] in TABLES
        # not one the server's own log shows deleted (a colleague deleted it too)
        and decider.server.deleted(entry.record) is None
    }
    deleted: dict[str, dict[str, str]] = defaultdict(dict)  # table -> uuid -> title
    uuids = sorted(candidates)
    for start in range(0, len(uuids), CHUNK):
        chunk = uuids[start : start + CHUNK]
        marks = ",".join("?" * len(chunk))
        for record, title in raw(here.conn).execute(
            f"SELECT record_uuid, title FROM trash_entry WHERE record_uuid IN ({marks})", chunk
        ):
            deleted[candidates[record]][record] = title
    found = []
    for name, titles in deleted.items():
        on_server = there.stamps(TABLES[name], titles.keys()).keys()
        found += [
            Unsent(name, title, "", None, removed=True, deleted=True)
            for uuid, title in sorted(titles.items())
            if uuid not in on_server
        ]
    return found


def _edits(name: str, row: Row, entries: Iterable[Entry], decider: Decider) -> list[Unsent]:
    """The unsent changes to a record the server no longer shows: its values, field by
    field, or the record itself when this computer added it."""
    mine = [e for e in entries if e.uuid not in decider.seen_there and e.action != DELETED]
    title = _title(row)
    if any(e.action in NEW for e in mine):
        return [Unsent(name, title, "", None, removed=True)]
    last: dict[str, str | None] = {}
    for entry in mine:
        if entry.action == CHANGED and entry.field:
            last[entry.field] = entry.new
    table = TABLES[name]
    return [
        Unsent(
            name,
            title,
            column,
            _shown(table.c[column], value) if column in table.c else value,
            removed=True,
        )
        for column, value in sorted(last.items())
    ]


def remove(session: Session, conn: Connection, here: Side, kept: KeptBack) -> None:
    """Remove from this computer the records the server no longer shows this login, without
    a word in the log: their removal is not a deletion to send (docs/team-server.md#handover).
    Their history goes too; the backup taken before the sync holds both."""
    removed_uuids = {u for rows in kept.removed.values() for u in rows}
    for name, rows in kept.removed.items():
        table = TABLES[name]
        roots = [
            here.id_of(table, uuid)
            for uuid, row in rows.items()
            if not any(row.get(column) in removed_uuids for column in parents(table))
        ]
        ids = [i for i in roots if i is not None]
        for start in range(0, len(ids), CHUNK):
            _delete_tree(conn, table, ids[start : start + CHUNK])
    change_log.forget(session, sorted(removed_uuids))


def requeue(session: Session, kept: KeptBack, server: str) -> None:
    """Move the log entries of the records a colleague holds past the new cursor (same
    entries, new ids), so that the next sync tries and reports them again; a record whose
    entries do not say it was added here gets a ``created`` entry."""
    uuids = sorted({u for uuids in kept.held.values() for u in uuids})
    if not uuids:
        return
    conn = raw(session)
    names = (*COLUMNS, "origin")
    moved: list[tuple[Any, ...]] = []
    for start in range(0, len(uuids), 500):
        chunk = uuids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        where = f"record_uuid IN ({marks}) AND origin != ?"
        found = conn.execute(
            f"SELECT {', '.join(names)} FROM change_log WHERE {where} ORDER BY id",
            (*chunk, server),
        ).fetchall()
        conn.execute(f"DELETE FROM change_log WHERE {where}", (*chunk, server))
        moved += [tuple(r) for r in found]
    conn.executemany(conn.insert_or_ignore("change_log", names), moved)
    logged = {r[1] for r in moved if r[3] in NEW}  # else not tried as a new record again
    for name, held in kept.held.items():
        change_log.log_created(session, name, sorted(held - logged))


__all__ = [
    "KeptBack",
    "Unsent",
    "kept_back",
    "out_of_sight",
    "remove",
    "removed_message",
    "requeue",
]
