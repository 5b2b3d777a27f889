"""Exact undo and redo for the org chart's edits. Qt-free.

An edit records the rows it touches as they were before and as they are after (a row that does
not exist is ``None``; a row may also be recorded by some columns only, e.g. the reports-to of
the people who moved to a new manager). Undo writes the "before" rows back, redo the "after"
rows, each in one transaction, with the same ids, uuids and timestamps: a deleted visit comes
back as the very same record, with its files. The rows are read and written with the shared
row functions of :mod:`desktop.services.raw_rows`. (A deleted person goes to the trash: the
edit then says so in ``trashed``, and its rows hold only what changed around the person.)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from itertools import groupby
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from .. import raw_rows, row_delta
from ..changes import ChangeSet
from ..database import Database
from ..trash import Trashed


@dataclass(frozen=True)
class RowState:
    table: str
    id: int
    # None: the row does not exist. A whole row includes "id"; a partial one does not.
    values: Mapping[str, Any] | None


@dataclass(frozen=True)
class Snapshot:
    """Rows in the order they must be written (parents before the rows that point at them)."""

    rows: tuple[RowState, ...] = ()
    #: The same rows as the edit left them (for "before") or found them (for "after"):
    #: writing the snapshot changes only what differs from these, and is refused when the
    #: database does not hold them any more (a later change would be lost: docs/undo.md).
    expected: tuple[RowState, ...] | None = None

    def __add__(self, other: Snapshot) -> Snapshot:
        return Snapshot(self.rows + other.rows)


def _by_table(states: Iterable[RowState]) -> dict[str, list[raw_rows.Row]]:
    """Row states as rows by table, one per record (a record watched twice, e.g. by some
    columns and then whole, is merged)."""
    merged: dict[str, dict[int, dict[str, Any]]] = {}
    for state in states:
        if state.values is not None:
            merged.setdefault(state.table, {}).setdefault(state.id, {"id": state.id})
            merged[state.table][state.id].update(state.values)
    return {table: list(rows.values()) for table, rows in merged.items()}


@dataclass(frozen=True)
class Edit:
    """One user action: what it changed, to undo and redo it exactly."""

    before: Snapshot
    after: Snapshot
    changes: ChangeSet
    record_id: int | None = None  # the record the action made or worked on
    notes: tuple[str, ...] = field(default=())
    trashed: Trashed | None = None  # the record the action moved to the trash


def _table(model: Any) -> str:
    """The table name of a model, a Table or a table name."""
    if isinstance(model, str):
        return model
    return (model if isinstance(model, Table) else model.__table__).name


def capture(
    session: Session, model: Any, ids: Iterable[int], columns: Iterable[str] | None = None
) -> Snapshot:
    """The rows ``ids`` of ``model`` as they are now (all columns, or only ``columns`` and the
    time of the last change, so that undo restores that too)."""
    name = _table(model)
    wanted = sorted(set(ids))
    if not wanted:
        return Snapshot()
    chosen = None
    if columns is not None:
        stamp = ["updated_at"] if "updated_at" in raw_rows.TABLES[name].c else []
        chosen = list(dict.fromkeys(["id", *columns, *stamp]))
    found = {row["id"]: row for row in raw_rows.select_rows(session, name, "id", wanted, chosen)}
    keep_id = columns is None or "id" in columns
    states = []
    for record_id in wanted:
        values = found.get(record_id)
        if values is not None and not keep_id:
            values.pop("id")
        states.append(RowState(name, record_id, values))
    return Snapshot(tuple(states))


def absent(model: Any, ids: Iterable[int]) -> Snapshot:
    """Rows that do not exist (the "before" of rows an edit creates)."""
    name = _table(model)
    return Snapshot(tuple(RowState(name, record_id, None) for record_id in sorted(set(ids))))


def apply(session: Session, snapshot: Snapshot) -> None:
    """Make the database hold ``snapshot``'s rows: deletions first (dependants before what
    they depend on), then updates and insertions in order, a run of one table at a time.
    A row given by some columns only whose record was deleted meanwhile elsewhere is left
    out: there is nothing to put them on. A snapshot that knows what it replaces writes only
    the difference, after checking that nothing changed since."""
    if snapshot.expected is not None:
        delta = row_delta.diff(_by_table(snapshot.expected), _by_table(snapshot.rows))
        row_delta.apply(session, delta)
        return
    for state in reversed(snapshot.rows):
        if state.values is None:
            raw_rows.delete_rows(session, state.table, [state.id])
    written = [state for state in snapshot.rows if state.values is not None]
    for name, states in groupby(written, key=lambda state: state.table):
        raw_rows.write_rows(session, name, [{**state.values, "id": state.id} for state in states])


def restore(db: Database, snapshot: Snapshot, changes: ChangeSet) -> ChangeSet:
    """Write an edit's "before" (undo) or "after" (redo) back, in one transaction."""
    with db.session() as s:
        apply(s, snapshot)
    return changes


class Tracker:
    """Records the rows an edit touches, before and after, model by model in the order they
    must be written back (parents first)."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._watched: list[tuple[Any, set[int], tuple[str, ...] | None, Snapshot]] = []

    def watch(self, model: Any, ids: Iterable[int], columns: Iterable[str] | None = None) -> None:
        wanted = set(ids)
        chosen = None if columns is None else tuple(columns)
        self._watched.append((model, wanted, chosen, capture(self._session, model, wanted, chosen)))

    def remove(self, model: Any, ids: Iterable[int]) -> None:
        """Delete rows with everything the database deletes with them, recording all of it
        (and the references to them it empties) for undo."""
        graph = raw_rows.remove(self._session, _table(model), ids)
        for name, rows in graph.rows.items():
            states = tuple(RowState(name, row["id"], row) for row in rows)
            self._watched.append((name, {row["id"] for row in rows}, None, Snapshot(states)))
        for link in graph.links:
            state = RowState(link.table, link.row_id, {link.column: link.value})
            self._watched.append((link.table, {link.row_id}, (link.column,), Snapshot((state,))))

    def created(self, model: Any, ids: Iterable[int]) -> None:
        """Rows the edit added to a watched model (they did not exist before)."""
        for watched_model, wanted, columns, _before in self._watched:
            if watched_model is model and columns is None:
                wanted.update(ids)
                return
        raise ValueError(f"{model.__name__} is not watched with all its columns")

    def finish(self) -> tuple[Snapshot, Snapshot]:
        self._session.flush()
        before = Snapshot()
        after = Snapshot()
        for model, wanted, columns, captured in self._watched:
            known = {state.id for state in captured.rows}
            before += captured + absent(model, wanted - known)
            after += capture(self._session, model, wanted, columns)
        return replace(before, expected=after.rows), replace(after, expected=before.rows)
