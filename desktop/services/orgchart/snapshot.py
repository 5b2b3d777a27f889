"""Exact undo and redo for the org chart's edits. Qt-free.

An edit records the rows it touches as they were before and as they are after (a row that does
not exist is ``None``; a row may also be recorded by some columns only, e.g. the reports-to of
the people who moved to a new manager). Undo writes the "before" rows back, redo the "after"
rows, each in one transaction, with the same ids, uuids and timestamps: a deleted person comes
back as the very same record, with roles, influence lines, visits and reports.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from desktop.models import Base

from ..changes import ChangeSet
from ..database import Database


@dataclass(frozen=True)
class RowState:
    table: str
    id: int
    #: None: the row does not exist. A whole row includes "id"; a partial one does not.
    values: Mapping[str, Any] | None


@dataclass(frozen=True)
class Snapshot:
    """Rows in the order they must be written (parents before the rows that point at them)."""

    rows: tuple[RowState, ...] = ()

    def __add__(self, other: Snapshot) -> Snapshot:
        return Snapshot(self.rows + other.rows)


@dataclass(frozen=True)
class Edit:
    """One user action: what it changed, to undo and redo it exactly."""

    before: Snapshot
    after: Snapshot
    changes: ChangeSet
    record_id: int | None = None  # the record the action made or worked on
    notes: tuple[str, ...] = field(default=())


def _table(model_or_table: Any) -> Table:
    return model_or_table if isinstance(model_or_table, Table) else model_or_table.__table__


def capture(
    session: Session, model: Any, ids: Iterable[int], columns: Iterable[str] | None = None
) -> Snapshot:
    """The rows ``ids`` of ``model`` as they are now (all columns, or only ``columns`` and the
    time of the last change, so that undo restores that too)."""
    table = _table(model)
    wanted = sorted(set(ids))
    if not wanted:
        return Snapshot()
    if columns is None:
        chosen = list(table.c)
    else:
        names = [*columns, *(["updated_at"] if "updated_at" in table.c else [])]
        chosen = [table.c[name] for name in dict.fromkeys(names)]
    if table.c.id not in chosen:
        chosen = [table.c.id, *chosen]
    found = {
        row["id"]: dict(row)
        for row in session.execute(select(*chosen).where(table.c.id.in_(wanted))).mappings()
    }
    keep_id = columns is None or "id" in columns
    states = []
    for record_id in wanted:
        values = found.get(record_id)
        if values is not None and not keep_id:
            values.pop("id")
        states.append(RowState(table.name, record_id, values))
    return Snapshot(tuple(states))


def absent(model: Any, ids: Iterable[int]) -> Snapshot:
    """Rows that do not exist (the "before" of rows an edit creates)."""
    name = _table(model).name
    return Snapshot(tuple(RowState(name, record_id, None) for record_id in sorted(set(ids))))


def apply(session: Session, snapshot: Snapshot) -> None:
    """Make the database hold ``snapshot``'s rows: deletions first (dependants before what
    they depend on), then updates and insertions in order."""
    tables = Base.metadata.tables
    for state in reversed(snapshot.rows):
        if state.values is None:
            table = tables[state.table]
            session.execute(delete(table).where(table.c.id == state.id))
    for state in snapshot.rows:
        if state.values is None:
            continue
        table = tables[state.table]
        exists = session.execute(select(table.c.id).where(table.c.id == state.id)).first()
        values = {key: value for key, value in state.values.items() if key != "id"}
        if exists:
            session.execute(update(table).where(table.c.id == state.id).values(values))
        elif "id" in state.values:  # a whole row: bring it back as it was
            session.execute(insert(table).values({"id": state.id, **values}))
        # else: some columns of a row deleted meanwhile elsewhere; nothing to put them on.
    session.expire_all()


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
        return before, after
