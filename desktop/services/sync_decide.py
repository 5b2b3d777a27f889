"""Deciding what each side of a sync takes from the other, record by record and field by
field, by the merge rules of docs/merging.md (docs/team-server.md#sync). Qt-free."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal
from functools import cache, partial
from typing import Any

from sqlalchemy import Column, Table

from desktop.models.change_log import CHANGED, CREATED, DELETED
from desktop.models.types import Money

from .change_log import raw_text, stored_text
from .excel.field_merge import Entry, Log
from .excel.merge_report import WHAT
from .messages import QT_TRANSLATE_NOOP, Translate, english
from .sync_side import Row, parents

# Not fields of the user's: keys, the write counter and the moments the log replaces.
NOT_FIELDS = frozenset({"id", "uuid", "version", "created_at", "updated_at"})
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

    def render(self, translate: Translate = english) -> str:
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

    def sides(self, translate: Translate = english) -> tuple[str, str]:
        """What was kept and what was not: the values, or for a deletion that met an edit
        what happened on each side."""
        if self.field:
            return self.kept or "", self.lost or ""
        return WHAT[CHANGED].render(translate), WHAT[DELETED].render(translate)


def _moment(at: datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M UTC")


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


class Decider:
    """Decide, record by record, what each side takes from the other (docs/merging.md)."""

    def __init__(
        self, local: Log, server: Log, seen_there: set[str], seen_here: set[str], full: bool
    ) -> None:
        self.local, self.server = local, server
        self.seen_there = seen_there  # local entries the server holds
        self.seen_here = seen_here  # server entries this computer holds
        self.full = full  # the first sync: every record of both sides is compared
        # records this login may see since an account was shared with it: they come down
        self.appeared: set[str] = set()
        self.up, self.down = Plan(), Plan()
        self.conflicts: list[Conflict] = []
        # records kept against a deletion: what hangs under them is kept too (the deletion
        # took it with them)
        self.kept: set[str] = set()
        # the fields one side alone changed, by record (:meth:`one_sided`)
        self._sided: dict[str, set[str]] = {}

    def _unseen(self, log: Log, record: str, seen: set[str]) -> list[Entry]:
        # the row's item, not the property: called for every record of tens of thousands
        return [e for e in log.by_record.get(record, ()) if e.row[0] not in seen]

    def one_sided(self, uuid: str) -> bool | None:
        """True when, since the last sync, only this computer changed the record, and only
        fields of it (not its owner); False the same the other way round; else None. Such a
        record takes the changed fields' values from the side that changed them (rule 1)
        without reading the other side's (:meth:`changed`)."""
        here = self._unseen(self.local, uuid, self.seen_there)
        there = self._unseen(self.server, uuid, self.seen_here)
        if bool(here) == bool(there):
            return None
        if any(e.row[3] != CHANGED or e.row[4] == "owner" for e in here or there):
            return None
        self._sided[uuid] = {e.row[4] for e in here or there}
        return bool(here)

    def fields_changed(self, uuids: set[str]) -> set[str]:
        """The fields changed since the last sync in these records, each changed on one
        side only (:meth:`one_sided`): all :meth:`changed` reads of them."""
        return {name for uuid in uuids for name in self._sided[uuid] if name}

    def changed(self, table: Table, row: Row, other: Row, *, up: bool) -> None:
        """A record only one side changed (:meth:`one_sided`): the other side takes the
        fields it changed; ``other`` holds the other side's ``updated_at`` and ``owner``."""
        values = {n: row[n] for n in self._sided[row["uuid"]] & _field_names(table)}
        later = max((r["updated_at"] for r in (row, other) if r["updated_at"]), default=None)
        if values:
            (self.up if up else self.down).updates[table.name].append((row["uuid"], values, later))

    def record(self, table: Table, uuid: str, mine: Row | None, theirs: Row | None) -> None:
        """Called parents first (a record kept against a deletion keeps its children)."""
        if mine is not None and theirs is not None:
            self._fields(table, uuid, mine, theirs)
        elif mine is not None:
            self._one_side(table, mine, self.local, self.server, up=True)
        elif theirs is not None:
            self._one_side(table, theirs, self.server, self.local, up=False)

    def _one_side(self, table: Table, row: Row, holder: Log, other: Log, *, up: bool) -> None:
        """A record only one side (``holder``) has: the other deleted it or lacks it."""
        uuid, name = row["uuid"], table.name
        seen_by_other, seen_by_holder = (
            (self.seen_there, self.seen_here) if up else (self.seen_here, self.seen_there)
        )
        to_other, to_holder = (self.up, self.down) if up else (self.down, self.up)
        gone = other.deleted(uuid)
        if gone is not None and not up and self._never_sent(uuid):
            # this computer's own copy of a record a colleague holds (the same file loaded by
            # two people), deleted before the server ever took it: its deletion is not the
            # server record's, which comes down now that it may be seen (docs/team-server.md#sync)
            self.up.unapplied.update(e.uuid for e in self.local.by_record.get(uuid, ()))
            to_other.inserts[name].append(row)
            return
        under_kept = any(row.get(column) in self.kept for column in parents(table))
        if gone is not None and gone.uuid not in seen_by_holder:
            edits = [e for e in self._unseen(holder, uuid, seen_by_other) if e.action == CHANGED]
            if not (edits or under_kept):
                to_holder.deletes[name].append(uuid)
                return
            if edits:
                self._kept(table, row, gone, edits[-1], on_server=up)
            to_holder.unapplied.add(gone.uuid)
            self.kept.add(uuid)
            to_other.inserts[name].append(row)
        elif (
            self.full
            or under_kept
            or (not up and uuid in self.appeared)
            or self._unseen(holder, uuid, seen_by_other)
        ):
            if under_kept:  # gone with its parent without a word of its own in the log
                self.kept.add(uuid)
            to_other.inserts[name].append(row)

    def _never_sent(self, uuid: str) -> bool:
        """This computer added the record and the server never took that entry."""
        return any(
            e.action == CREATED and e.uuid not in self.seen_there
            for e in self.local.by_record.get(uuid, ())
        )

    def _fields(self, table: Table, uuid: str, mine: Row, theirs: Row) -> None:
        up: Row = {}
        down: Row = {}
        lost_values: list[Conflict] = []
        for name, text in _compared(table):
            if mine[name] == theirs[name]:
                continue  # the same value (most are): no need to compare logged text
            ours, other = text(mine[name]), text(theirs[name])
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
            if not (here and there):
                continue  # one side changed it: no conflict (most records)
            new_here = [e for e in here if e.uuid not in self.seen_there]
            new_there = [e for e in there if e.uuid not in self.seen_here]
            if new_here and new_there:
                kept, lost = (
                    (new_here[-1], new_there[-1]) if local_wins else (new_there[-1], new_here[-1])
                )
                shown = partial(_shown, table.c[name])
                lost_values.append(
                    Conflict(
                        table.name,
                        "",
                        name,
                        shown(ours if local_wins else other),
                        shown(other if local_wins else ours),
                        kept.by,
                        kept.at,
                        lost.by,
                        lost.at,
                    )
                )
        if lost_values:
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


@cache
def _field_names(table: Table) -> frozenset[str]:
    return frozenset(name for name, _text in _compared(table))


@cache  # asked for every record both sides hold
def _compared(table: Table) -> list[tuple[str, Callable[[Any], str | None]]]:
    """The user's fields of ``table``, each with its value as the log holds it."""
    return [
        (column.name, raw_text if column.foreign_keys else partial(stored_text, column))
        for column in table.c
        if column.name not in NOT_FIELDS
    ]


def _shown(column: Column[Any], text: str | None) -> str | None:
    """A logged value as a person reads it: money in yuan, not the fen it is stored as."""
    if text is None or not isinstance(column.type, Money):
        return text
    try:
        return f"{Decimal(text) / 100:,.2f}"
    except ArithmeticError:
        return text


TITLES = ("name", "title", "number", "tender_no", "item", "code", "original_name")


def _title(row: Row) -> str:
    return next((str(row[n]) for n in TITLES if row.get(n)), str(row.get("uuid", "")))
