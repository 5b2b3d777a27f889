"""What one edit changed, row by row, so that undo and redo reverse exactly that and nothing
else. Qt-free. The rule is explained in docs/undo.md.

A :class:`Delta` lists the rows an edit inserted, deleted or changed, with their values before
and after (for a changed row only the columns that changed). Undo applies it backwards, redo
forwards; both first check that the rows still hold what the edit left (or found): when a
later change touched one of them, or would be deleted with a row the undo removes, the undo is
refused with :data:`LATER_CHANGE` and nothing is written. So undoing payment P1 removes P1,
not a payment recorded or imported after it.

Columns that are "the time of the last change" (:data:`STAMPS`) are not changes of their own:
they are written back only when the whole row is as the edit left it. A caller may name
derived columns or rows (``derived``): values computed from the others (a contract's due dates
and automatic allocations), which it recomputes after applying; they are not compared.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from . import change_log, raw_rows
from .changes import ChangeSet
from .database import Database
from .messages import QT_TRANSLATE_NOOP, UserError
from .raw_rows import ORDER, Graph, Row

STAMPS = frozenset({"updated_at", "version"})
WHOLE_ROW = frozenset({"*"})
LATER_CHANGE = QT_TRANSLATE_NOOP(
    "Rows",
    "A later change to the same records would be lost, so nothing was changed; edit the "
    "record by hand instead.",
)
# (table, row) -> the columns of that row that are derived (WHOLE_ROW: the row itself).
Derived = Callable[[str, Mapping[str, Any]], Collection[str]]


def _nothing_derived(_table: str, _row: Mapping[str, Any]) -> Collection[str]:
    return ()


@dataclass(frozen=True)
class RowChange:
    table: str
    id: int
    before: Row | None  # None: the row did not exist
    after: Row | None  # None: the row does not exist any more

    def reversed(self) -> RowChange:
        return RowChange(self.table, self.id, self.after, self.before)


@dataclass(frozen=True)
class Delta:
    """Row changes, parents before the rows that refer to them."""

    rows: tuple[RowChange, ...] = ()

    def reversed(self) -> Delta:
        return Delta(tuple(change.reversed() for change in self.rows))

    def __bool__(self) -> bool:
        return bool(self.rows)


def diff(before: Mapping[str, Sequence[Row]], after: Mapping[str, Sequence[Row]]) -> Delta:
    """The changes from the rows ``before`` to the rows ``after`` (table -> rows, each with
    its "id"); a row whose stamps alone differ did not change."""
    found = []
    for table in sorted(set(before) | set(after), key=ORDER.__getitem__):
        old = {row["id"]: row for row in before.get(table, ())}
        new = {row["id"]: row for row in after.get(table, ())}
        for row_id in sorted(old.keys() | new.keys()):
            was, now = old.get(row_id), new.get(row_id)
            if was is None or now is None:
                found.append(RowChange(table, row_id, was, now))
                continue
            changed = [c for c in now if was.get(c) != now[c]]
            if set(changed) - STAMPS:
                found.append(
                    RowChange(
                        table, row_id, {c: was[c] for c in changed}, {c: now[c] for c in changed}
                    )
                )
    return Delta(tuple(found))


def _same(expected: Mapping[str, Any], current: Mapping[str, Any], skip: Collection[str]) -> bool:
    return all(current.get(c) == v for c, v in expected.items() if c not in skip and c != "id")


def _is_derived(derived: Derived, table: str, row: Mapping[str, Any]) -> bool:
    return "*" in derived(table, row)


def check(
    session: Session, delta: Delta, derived: Derived = _nothing_derived
) -> dict[tuple[str, int], Row]:
    """Refuse (:data:`LATER_CHANGE`) unless the database holds every row as ``delta`` expects
    to find it, and deleting its rows takes nothing else with it. Derived rows and columns
    are not compared. Returns the rows as they are now."""
    by_table: dict[str, list[RowChange]] = {}
    for change in delta.rows:
        by_table.setdefault(change.table, []).append(change)
    touched = {(change.table, change.id) for change in delta.rows}
    current: dict[tuple[str, int], Row] = {}
    for table, changes in by_table.items():
        for row in raw_rows.select_rows(session, table, "id", [c.id for c in changes]):
            current[(table, row["id"])] = row
        for change in changes:
            now = current.get((table, change.id))
            if _is_derived(derived, table, now or change.before or change.after or {}):
                continue
            if (now is None) != (change.before is None):
                raise UserError(LATER_CHANGE)
            skip = STAMPS | set(derived(table, now or {}))
            if (
                now is not None
                and change.before is not None
                and not _same(change.before, now, skip)
            ):
                raise UserError(LATER_CHANGE)
    for table, changes in by_table.items():
        doomed = [c.id for c in changes if c.after is None and (table, c.id) in current]
        if not doomed:
            continue
        graph = raw_rows.capture(session, table, doomed)
        for name, rows in graph.rows.items():
            for row in rows:
                if (name, row["id"]) not in touched and not _is_derived(derived, name, row):
                    raise UserError(LATER_CHANGE)
        if any((link.table, link.row_id) not in touched for link in graph.links):
            raise UserError(LATER_CHANGE)
    return current


def _can_stand(session: Session, table: str, row: Row, coming: set[tuple[str, Any]]) -> bool:
    """Whether every row ``row`` refers to exists (or comes with it)."""
    for key in raw_rows.TABLES[table].foreign_keys:
        target, value = key.column.table.name, row.get(key.parent.name)
        if value is None or (target, value) in coming:
            continue
        if not raw_rows.existing_ids(session, target, [value]):
            return False
    return True


def apply(session: Session, delta: Delta, derived: Derived = _nothing_derived) -> None:
    """Check, then write the delta's "after" side: rows it inserted (with the same ids; a
    reference to a row deleted since is emptied where it may be, else refused), columns it
    changed (their stamp too, unless the row changed since in a derived column), rows it
    deleted. Derived rows that could not stand any more are left out: the caller recomputes
    what is derived afterwards."""
    current = check(session, delta, derived)
    inserted = [c for c in delta.rows if c.before is None and (c.table, c.id) not in current]
    coming = {(c.table, c.id) for c in inserted}
    rows: dict[str, list[Row]] = {}
    for change in inserted:
        assert change.after is not None
        if _is_derived(derived, change.table, change.after) and not _can_stand(
            session, change.table, change.after, coming
        ):
            continue
        rows.setdefault(change.table, []).append(dict(change.after))
    if rows:
        first = next(iter(rows))
        root = rows[first][0]["id"]
        raw_rows.put_back(session, Graph(first, (root,), rows))
        # put_back logged its root as restored; every other row the undo or redo brings back
        # is logged the same way, so that a merge does not take it for deleted (docs/merging.md)
        for name, back in rows.items():
            if "uuid" in raw_rows.TABLES[name].c:
                change_log.log_restored(
                    session, name, (r["uuid"] for r in back if (name, r["id"]) != (first, root))
                )
    for change in delta.rows:
        row = current.get((change.table, change.id))
        if change.before is None or change.after is None or row is None:
            continue
        values = {**change.after, "id": change.id}
        if not _same(change.before, row, ("version",)):
            values = {c: v for c, v in values.items() if c not in STAMPS}
        raw_rows.update_rows(session, change.table, [values])
    # Field changes are logged by update_rows; the rows the undo or redo deletes, here.
    for change in reversed(delta.rows):
        row = current.get((change.table, change.id))
        if change.after is None and row is not None:
            raw_rows.delete_rows(session, change.table, [change.id])
            if "uuid" in row:
                change_log.log_deleted(session, change.table, [row["uuid"]])
    session.expire_all()


@dataclass(frozen=True)
class RecordEdit:
    """A saved form of one record: the difference its saving made, for undo and redo."""

    delta: Delta
    changes: ChangeSet


class RecordEdits:
    """Undo for actions that save a record's form (a lead, a competitor, a deviation line):
    the record's row is read before and after the save, and undo applies the difference
    backwards, so fields changed since elsewhere are kept and a field changed again since
    is not overwritten (the undo is refused). Each call is one transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def _row(self, table: str, record_id: int) -> dict[str, list[Row]]:
        with self._db.read() as s:
            return {table: raw_rows.select_rows(s, table, "id", [record_id])}

    def run(self, table: str, record_id: int, save: Callable[[], ChangeSet]) -> RecordEdit:
        before = self._row(table, record_id)
        changes = save()
        return RecordEdit(diff(before, self._row(table, record_id)), changes)

    def undo(self, edit: RecordEdit) -> ChangeSet:
        with self._db.session() as s:
            apply(s, edit.delta.reversed())
        return edit.changes

    def redo(self, edit: RecordEdit) -> ChangeSet:
        with self._db.session() as s:
            apply(s, edit.delta)
        return edit.changes
