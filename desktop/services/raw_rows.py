"""Records as raw rows: the one implementation of "capture a record with everything the
database deletes with it, delete it, put it back exactly". Qt-free.

The trash keeps such captures for 30 days (as JSON, in the database); every undo that brings
deleted rows back keeps one in memory; the org chart, the contracts and the tenders write
earlier rows back with the same functions to undo an edit.

Rows are the column values as SQLite stores them (text dates, integer cents, enum values),
read and written with plain SQL: nothing is converted on the way and no ORM default fires
(``updated_at`` keeps its value), so what comes back is what was there, byte for byte, with
the same ids and uuids. Ids are never reused (AUTOINCREMENT), so a row's id is still free
when it comes back. The same SQL runs on a team server through :mod:`.driver`
(docs/team-server.md#raw-rows).

:func:`capture` follows the foreign keys: rows that refer to a captured row with ``ON DELETE
CASCADE`` are captured too, recursively (an account takes its people, their visits, its
deals, their tenders...); references with ``ON DELETE SET NULL`` from rows that stay are
kept as :class:`Link` s, so that :func:`put_back` points them at the rows again.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import astuple, dataclass, field, replace
from typing import Any

from sqlalchemy.orm import Session

from desktop.models import Base

from . import change_log, server_rows
from .driver import Raw, raw
from .messages import QT_TRANSLATE_NOOP, UserError

Row = dict[str, Any]
TABLES = Base.metadata.tables
# Parents before the tables that refer to them.
ORDER = {table.name: number for number, table in enumerate(Base.metadata.sorted_tables)}
CHUNK = 500  # values per IN (...), well below SQLite's limit on parameters
ORPHAN = QT_TRANSLATE_NOOP(
    "Rows", "{title} belonged to a record that was deleted too: restore that one first."
)
ORPHAN_UNNAMED = QT_TRANSLATE_NOOP(
    "Rows",
    "This cannot come back: it belonged to a record that was deleted since. Restore that one "
    "first (Edit ▸ Trash).",
)


def _referrers(ondelete: str) -> dict[str, list[tuple[str, str]]]:
    """table -> [(table referring to it, column)] for foreign keys with this ON DELETE."""
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for table in Base.metadata.sorted_tables:
        for key in table.foreign_keys:
            if (key.ondelete or "").upper() == ondelete:
                found[key.column.table.name].append((table.name, key.parent.name))
    return found


CASCADES = _referrers("CASCADE")
NULLED = _referrers("SET NULL")


def _connection(session: Session) -> Raw:
    """The session's DB-API connection, in the session's transaction, with the ORM's pending
    changes written first. Plain SQL on it is what keeps the values raw and what makes large
    captures fast."""
    session.flush()
    return raw(session)


def _names(columns: Iterable[str]) -> str:
    return ", ".join(f'"{column}"' for column in columns)


# ---- single tables -----------------------------------------------------------------------


def select_rows(
    session: Session,
    table: str,
    column: str,
    values: Iterable[Any],
    columns: Sequence[str] | None = None,
) -> list[Row]:
    """Rows of ``table`` whose ``column`` is one of ``values`` (all columns, or ``columns``),
    in the order of their ids."""
    conn = _connection(session)
    wanted = list(dict.fromkeys(values))
    chosen = "*" if columns is None else _names(columns)
    found: list[Row] = []
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        cursor = conn.execute(
            f'SELECT {chosen} FROM "{table}" WHERE "{column}" IN ({",".join("?" * len(chunk))})',
            chunk,
        )
        names = [description[0] for description in cursor.description]
        found += [dict(zip(names, row, strict=True)) for row in cursor]
    if columns is None or "id" in columns:
        found.sort(key=lambda row: row["id"])
    return found


def existing_ids(session: Session, table: str, ids: Iterable[int]) -> set[int]:
    return {row["id"] for row in select_rows(session, table, "id", ids, ["id"])}


def insert_rows(session: Session, table: str, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert whole rows as they are (ids included). The foreign keys are checked when the
    transaction commits, so a row may refer to one inserted after it."""
    conn = _connection(session)
    # On a server the foreign keys are DEFERRABLE (server_rows.install) for this.
    conn.execute(
        "SET CONSTRAINTS ALL DEFERRED" if conn.postgresql else "PRAGMA defer_foreign_keys = ON"
    )
    by_columns: dict[tuple[str, ...], list[tuple[Any, ...]]] = defaultdict(list)
    for row in rows:
        by_columns[tuple(row)].append(tuple(row.values()))
    for columns, values in by_columns.items():
        conn.executemany(
            f'INSERT INTO "{table}" ({_names(columns)}) VALUES ({", ".join("?" * len(columns))})',
            values,
        )
    if conn.postgresql and rows and "id" in rows[0]:
        server_rows.ids_taken(conn, table, max(row["id"] for row in rows))


def update_rows(session: Session, table: str, rows: Sequence[Mapping[str, Any]]) -> None:
    """Set the columns each row names (other than its "id") on the row with that id; the
    change log gets the fields this changes (docs/merging.md)."""
    if "uuid" in TABLES[table].c:
        before = {
            row["id"]: row for row in select_rows(session, table, "id", (r["id"] for r in rows))
        }
        change_log.log_updates(session, TABLES[table], rows, before, raw=True)
    conn = _connection(session)
    by_columns: dict[tuple[str, ...], list[tuple[Any, ...]]] = defaultdict(list)
    for row in rows:
        columns = tuple(name for name in row if name not in ("id", "version"))
        if columns:
            by_columns[columns].append((*(row[name] for name in columns), row["id"]))
    for columns, values in by_columns.items():
        assignments = ", ".join(f'"{name}" = ?' for name in columns) + _bump(table)
        conn.executemany(f'UPDATE "{table}" SET {assignments} WHERE id = ?', values)


def _bump(table: str) -> str:
    """Every write raises a record's version, undo and restore included: a form read before
    them is then refused rather than writing over them (docs/team-server.md#versions)."""
    return ", version = version + 1" if "version" in TABLES[table].c else ""


def delete_rows(session: Session, table: str, ids: Iterable[int]) -> None:
    """Delete rows by id; the database deletes or empties what refers to them."""
    conn = _connection(session)
    wanted = list(ids)
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        conn.execute(f'DELETE FROM "{table}" WHERE id IN ({",".join("?" * len(chunk))})', chunk)
    session.expire_all()


def write_rows(session: Session, table: str, rows: Sequence[Mapping[str, Any]]) -> None:
    """Make rows hold these values: update those that exist, insert the others. A row that
    names only some columns is an update; if its record is gone there is nothing to write."""
    present = existing_ids(session, table, (row["id"] for row in rows))
    whole = set(TABLES[table].c.keys())
    update_rows(session, table, [row for row in rows if row["id"] in present])
    insert_rows(
        session,
        table,
        [row for row in rows if row["id"] not in present and set(row) == whole],
    )
    session.expire_all()


# ---- a record with everything deleted with it ----------------------------------------------


@dataclass(frozen=True)
class Link:
    """A reference to a captured row from a row that stays: ``table``/``row_id``'s
    ``column`` held ``value``; after the deletion it holds ``now`` (None: the database
    emptied it). Putting back writes ``value`` again unless the reference was changed since.
    When the deletion's move also changed the row's ``updated_at`` (from ``stamp`` to
    ``stamp_now``), putting back restores ``stamp`` too, unless the row was changed since."""

    table: str
    row_id: int
    column: str
    value: Any
    now: Any = None
    stamp: Any = None
    stamp_now: Any = None


@dataclass(frozen=True)
class Graph:
    """Rows captured together: ``roots`` of ``table`` and everything that cascades from
    them, by table, each table's rows in the order of their ids."""

    table: str
    roots: tuple[int, ...]
    rows: Mapping[str, Sequence[Row]] = field(default_factory=dict)
    links: tuple[Link, ...] = ()

    def ids(self, table: str) -> list[int]:
        return [row["id"] for row in self.rows.get(table, ())]

    def root(self) -> Row:
        """The first root row."""
        return self.rows[self.table][0]

    def count(self, table: str) -> int:
        return len(self.rows.get(table, ()))

    def with_links(self, links: Iterable[Link]) -> Graph:
        return replace(self, links=(*self.links, *links))

    def to_json(self) -> dict[str, Any]:
        return {
            "table": self.table,
            "roots": list(self.roots),
            "rows": {name: list(rows) for name, rows in self.rows.items()},
            "links": [list(astuple(link)) for link in self.links],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any], table: str | None = None) -> Graph:
        """Read :meth:`to_json`'s form (also the trash's first one, without "table" and
        "roots" and with four- or five-item links)."""
        name = data.get("table", table)
        rows = data["rows"]
        roots = data.get("roots") or [rows[name][0]["id"]]
        return cls(name, tuple(roots), rows, tuple(Link(*link) for link in data["links"]))


def capture(session: Session, table: str, ids: Iterable[int]) -> Graph:
    """The rows deleting ``ids`` of ``table`` would remove, and the links it would empty."""
    rows: dict[str, dict[int, Row]] = defaultdict(dict)
    roots = tuple(dict.fromkeys(ids))
    pending: list[tuple[str, str, list[int]]] = [(table, "id", list(roots))]
    while pending:
        name, column, values = pending.pop()
        seen = rows[name]
        fresh = [row for row in select_rows(session, name, column, values) if row["id"] not in seen]
        for row in fresh:
            seen[row["id"]] = row
        if fresh:
            new_ids = [row["id"] for row in fresh]
            pending += [(child, key, new_ids) for child, key in CASCADES.get(name, ())]
    links = []
    for name, by_id in rows.items():
        for other, column in NULLED.get(name, ()):
            for row in select_rows(session, other, column, by_id, ["id", column]):
                if row["id"] not in rows.get(other, {}):
                    links.append(Link(other, row["id"], column, row[column]))
    return Graph(
        table,
        roots,
        {
            name: sorted(by_id.values(), key=lambda row: row["id"])
            for name, by_id in sorted(rows.items(), key=lambda item: ORDER[item[0]])
            if by_id
        },
        tuple(links),
    )


def remove(session: Session, table: str, ids: Iterable[int]) -> Graph:
    """Capture, then delete (the database cascades the rest)."""
    graph = capture(session, table, ids)
    delete_rows(session, table, graph.roots)
    change_log.log_deleted(session, table, (row["uuid"] for row in graph.rows.get(table, ())))
    return graph


def _fill_gaps(session: Session, graph: Graph, title: str) -> Mapping[str, Sequence[Row]]:
    """The graph's rows, with references to rows outside it that are gone since emptied
    where they may be; a row that cannot stand without one is refused."""
    kept = {name: {row["id"] for row in rows} for name, rows in graph.rows.items()}
    wanted: dict[str, set[Any]] = defaultdict(set)
    for name, rows in graph.rows.items():
        for key in TABLES[name].foreign_keys:
            target, column = key.column.table.name, key.parent.name
            for row in rows:
                value = row.get(column)
                if value is not None and value not in kept.get(target, ()):
                    wanted[target].add(value)
    gone = {
        target: values - existing_ids(session, target, values) for target, values in wanted.items()
    }
    if not any(gone.values()):
        return graph.rows
    fixed: dict[str, list[Row]] = {}
    for name, rows in graph.rows.items():
        keys = [
            (key.parent.name, key.parent.nullable, gone[key.column.table.name])
            for key in TABLES[name].foreign_keys
            if gone.get(key.column.table.name)
        ]
        fixed[name] = list(rows)
        if not keys:
            continue
        fixed[name] = []
        for row in rows:
            for column, nullable, missing in keys:
                if row.get(column) in missing:
                    if not nullable:
                        raise UserError(ORPHAN.with_(title=title) if title else ORPHAN_UNNAMED)
                    row = {**row, column: None}
            fixed[name].append(row)
    return fixed


def put_back(session: Session, graph: Graph, title: str = "") -> None:
    """Insert the graph's rows as they were and point its links at them again."""
    conn = _connection(session)
    rows = _fill_gaps(session, graph, title)
    for name in sorted(rows, key=ORDER.__getitem__):
        insert_rows(session, name, rows[name])
    by_target: dict[tuple[str, str], list[tuple[Any, ...]]] = defaultdict(list)
    stamped: dict[tuple[str, str], list[tuple[Any, ...]]] = defaultdict(list)
    for link in graph.links:
        by_target[(link.table, link.column)].append((link.value, link.row_id, link.now))
        if link.stamp is not None:
            stamped[(link.table, link.column)].append(
                (link.value, link.stamp, link.row_id, link.now, link.stamp_now)
            )
    for (name, column), values in stamped.items():  # rows untouched since: exactly as they were
        conn.executemany(
            f'UPDATE "{name}" SET "{column}" = ?, updated_at = ?{_bump(name)} '
            f'WHERE id = ? AND "{column}" {conn.is_op} ? AND updated_at {conn.is_op} ?',
            values,
        )
    for (name, column), values in by_target.items():
        conn.executemany(
            f'UPDATE "{name}" SET "{column}" = ?{_bump(name)} '
            f'WHERE id = ? AND "{column}" {conn.is_op} ?',
            values,
        )
    roots = set(graph.roots)
    change_log.log_restored(
        session,
        graph.table,
        (row["uuid"] for row in rows.get(graph.table, ()) if row["id"] in roots),
    )
    session.expire_all()
