"""Deleting a record together with everything the database deletes with it, so that undo can
put all of it back exactly (same ids, same uuids, same values).

``capture`` follows the foreign keys: rows that refer to a captured row with ``ON DELETE
CASCADE`` are captured too (recursively); references with ``ON DELETE SET NULL`` are noted so
that ``restore`` can point them back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from desktop.models import Base


@dataclass(frozen=True)
class Nulled:
    table: str
    column: str
    row_id: int
    value: int
    updated_at: Any = None  # kept as it was: restoring a reference is not an edit


@dataclass(frozen=True)
class Graph:
    rows: tuple[tuple[str, dict[str, Any]], ...]  # parents before children
    nulled: tuple[Nulled, ...]

    def ids(self, table: str) -> list[int]:
        return [values["id"] for name, values in self.rows if name == table]


def _referrers(table: Table) -> list[tuple[Table, str, str]]:
    """(child table, its column, ondelete) for every foreign key pointing at ``table``."""
    found = []
    for child in Base.metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table is table:
                found.append((child, fk.parent.name, (fk.ondelete or "").upper()))
    return found


def capture(session: Session, table_name: str, ids: Iterable[int]) -> Graph:
    rows: list[tuple[str, dict[str, Any]]] = []
    nulled: list[Nulled] = []
    seen: set[tuple[str, int]] = set()
    pending = [(Base.metadata.tables[table_name], list(ids))]
    while pending:
        table, wanted = pending.pop(0)
        wanted = [i for i in wanted if (table.name, i) not in seen]
        if not wanted:
            continue
        for row in session.execute(select(table).where(table.c.id.in_(wanted))).mappings():
            rows.append((table.name, dict(row)))
            seen.add((table.name, row["id"]))
        for child, column, ondelete in _referrers(table):
            col = child.c[column]
            if ondelete == "CASCADE":
                children = session.scalars(select(child.c.id).where(col.in_(wanted))).all()
                if children:
                    pending.append((child, list(children)))
            elif ondelete == "SET NULL":
                stamp = child.c.get("updated_at")
                columns = [child.c.id, col] + ([stamp] if stamp is not None else [])
                for found in session.execute(select(*columns).where(col.in_(wanted))):
                    nulled.append(Nulled(child.name, column, *found))
    # A row nulled by one deleted parent but itself deleted needs no repair.
    kept = tuple(n for n in nulled if (n.table, n.row_id) not in seen)
    return Graph(tuple(rows), kept)


def remove(session: Session, table_name: str, ids: Iterable[int]) -> Graph:
    """Capture, then delete the rows (the database cascades the rest)."""
    ids = list(ids)
    graph = capture(session, table_name, ids)
    table = Base.metadata.tables[table_name]
    session.execute(delete(table).where(table.c.id.in_(ids)))
    session.expire_all()
    return graph


def restore(session: Session, graph: Graph) -> None:
    order = {table.name: n for n, table in enumerate(Base.metadata.sorted_tables)}
    by_table: dict[str, list[dict[str, Any]]] = {}
    for name, values in graph.rows:
        by_table.setdefault(name, []).append(values)
    for name in sorted(by_table, key=order.__getitem__):
        session.execute(insert(Base.metadata.tables[name]), by_table[name])
    for item in graph.nulled:
        table = Base.metadata.tables[item.table]
        values = {item.column: item.value}
        if "updated_at" in table.c:
            values["updated_at"] = item.updated_at
        session.execute(update(table).where(table.c.id == item.row_id).values(values))
    session.expire_all()
