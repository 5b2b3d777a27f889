"""Deciding, field by field, what a full export brings into the database (docs/merging.md).

Both sides keep a change log. A change is *seen* by a side when that side's log holds it
(merging copies the other side's entries, with their ids). A cell that differs from what the
export wrote is an edit made in the workbook, dated when the export was written. For each
field whose values differ:

* only the file changed it (since the database saw the file's last change): it is applied;
* only the database changed it: the database's value stays;
* both changed it: the later change wins, and the losing value is reported.

Records that predate the change log on both sides fall back to the record's ``updated_at``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from desktop.models.change_log import CHANGED, DELETED, RESTORED
from desktop.services.change_log import COLUMNS, raw_text
from desktop.services.driver import raw


@dataclass(frozen=True)
class Entry:
    row: tuple[Any, ...]  # as in the table, columns in COLUMNS order (copied as it is)
    at: datetime

    @classmethod
    def of(cls, row: tuple[Any, ...]) -> Entry:
        """Raises ValueError for a row that is no entry (its time unreadable, say)."""
        at, uuid, record = row[7], row[0], row[1]
        if not uuid or not record or at in (None, ""):
            raise ValueError("incomplete")
        moment = at if isinstance(at, datetime) else datetime.fromisoformat(str(at))
        old, new = row[5], row[6]  # a number Excel made of a text, as text
        old = old if type(old) is str else raw_text(old)
        new = new if type(new) is str else raw_text(new)
        return cls((*row[:5], old, new, moment, *row[8:]), moment)

    uuid = property(lambda self: self.row[0])
    record = property(lambda self: self.row[1])
    action = property(lambda self: self.row[3])
    field = property(lambda self: self.row[4] or "")
    old = property(lambda self: self.row[5])
    new = property(lambda self: self.row[6])
    by = property(lambda self: self.row[8] or "")


class Log:
    """One side's change log, indexed by record and by record and field."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.entries = sorted(entries, key=lambda e: e.at)
        self.ids = {e.uuid for e in self.entries}
        self.by_record: dict[str, list[Entry]] = defaultdict(list)
        self.by_field: dict[tuple[str, str], list[Entry]] = defaultdict(list)
        for entry in self.entries:  # the row's items, not the properties: 100,000s of entries
            row = entry.row
            self.by_record[row[1]].append(entry)
            if row[3] == CHANGED:
                self.by_field[(row[1], row[4] or "")].append(entry)

    def deleted(self, record: str) -> Entry | None:
        """The deletion that is the record's last word, if it is one."""
        last = [e for e in self.by_record.get(record, ()) if e.action in (DELETED, RESTORED)]
        return last[-1] if last and last[-1].action == DELETED else None


def read_local(session: Session) -> Log:
    names = ", ".join(COLUMNS)
    conn = raw(session)
    return Log(Entry.of(row) for row in conn.execute(f"SELECT {names} FROM change_log"))


def read_sheet(rows: Iterable[dict[str, Any]]) -> tuple[Log, int]:
    """The file's change log, and how many of its rows could not be read (left out)."""
    entries, unreadable = [], 0
    for row in rows:
        try:
            entries.append(Entry.of(tuple(row.get(name) for name in COLUMNS)))
        except (ValueError, TypeError):
            unreadable += 1
    return Log(entries), unreadable


@dataclass(frozen=True)
class Side:
    """A change to one field on one side: by whom and when (``entry`` None: made in the
    workbook after the export)."""

    value: str | None
    at: datetime
    by: str
    entry: Entry | None = None


@dataclass(frozen=True)
class Verdict:
    apply: bool
    source: Entry | None = None  # the file's logged change that is applied (copied, not logged)
    lost: Side | None = None  # both changed: the value that lost
    kept: Side | None = None


KEEP = Verdict(False)


class FieldMerge:
    def __init__(self, local: Log, incoming: Log, exported_at: datetime | None, author: str):
        self.local = local
        self.incoming = incoming
        self.exported_at = exported_at
        self.author = author  # who is named for edits made in the workbook

    def shared(self, record: str) -> bool:
        """Whether both sides know this record from one common logged change."""
        return any(e.uuid in self.local.ids for e in self.incoming.by_record.get(record, ()))

    def decide(
        self,
        record: str,
        field: str,
        cell: str | None,
        mine: str | None,
        updated: tuple[datetime, datetime],
        *,
        shared: bool = True,
    ) -> Verdict:
        """``cell``: the file's value, ``mine``: the database's (both as the log writes them);
        ``updated``: the file's and the database's ``updated_at`` of the record; ``shared``
        False: the record was matched by another id (by name, say)."""
        if cell == mine:
            return KEEP
        if not shared or self.exported_at is None:
            return self._by_record(updated)
        unseen = [
            e
            for e in self.local.by_field.get((record, field), ())
            if e.uuid not in self.incoming.ids
        ]
        logged = self.incoming.by_field.get((record, field), [])
        if not (unseen or logged or self.shared(record)):
            return self._by_record(updated)
        exported = logged[-1].new if logged else (unseen[0].old if unseen else mine)
        if cell != exported:
            theirs = Side(cell, self.exported_at, self.author)
        elif logged and logged[-1].uuid not in self.local.ids:
            last = logged[-1]
            theirs = Side(cell, last.at, last.by, last)
        else:
            return KEEP  # the file holds a value the database has changed since
        if not unseen:
            return Verdict(True, theirs.entry)
        ours_last = unseen[-1]
        ours = Side(mine, ours_last.at, ours_last.by, ours_last)
        if theirs.at > ours.at:
            return Verdict(True, theirs.entry, lost=ours, kept=theirs)
        return Verdict(False, lost=theirs, kept=ours)

    @staticmethod
    def _by_record(updated: tuple[datetime, datetime]) -> Verdict:
        """Nothing logged on either side (records from before the change log): the later
        record wins; the same version means an edit made in the workbook."""
        theirs, ours = updated
        return Verdict(theirs >= ours)

    def deletion(self, record: str) -> tuple[Entry | None, Entry | None]:
        """The file's deletion of a record this database still has, not seen here yet, and
        the last change made here that the file did not know of (then it is not applied)."""
        gone = self.incoming.deleted(record)
        if gone is None or gone.uuid in self.local.ids:
            return None, None
        unseen = [
            e for e in self.local.by_record.get(record, ()) if e.uuid not in self.incoming.ids
        ]
        return gone, (unseen[-1] if unseen else None)

    def deleted_here(self, record: str) -> tuple[Entry | None, Entry | None]:
        """This database's deletion of a record the file still has, and the file's last change
        to it that this database did not know of (then it is reported)."""
        gone = self.local.deleted(record)
        if gone is None:
            return None, None
        unseen = [
            e for e in self.incoming.by_record.get(record, ()) if e.uuid not in self.local.ids
        ]
        return gone, (unseen[-1] if unseen else None)
