"""One side of a sync, the laptop file or the server (docs/team-server.md#sync): its change
log since a cursor, and its records read and written with references as uuids (ids differ
between databases, uuids do not). Qt-free."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence, Set
from datetime import datetime
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    BigInteger,
    Connection,
    String,
    Table,
    any_,
    bindparam,
    cast,
    delete,
    func,
    select,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from desktop.models import ChangeEntry

from . import trash
from .change_log import COLUMNS
from .driver import raw
from .excel.bulk import converter, same
from .excel.field_merge import Entry
from .server_log import record_tables

TABLES = {t.name: t for t in record_tables()}
# Values bound per IN (...): SQLite takes 32,766 since 3.32; fewer round trips to a server.
CHUNK = 5000
SCRATCH = "kad_sync_rows"  # the records a statement writes, copied in first
Row = dict[str, Any]  # a record with its references as uuids
SEPARATOR = "\x1f"  # between the values :func:`among` sends (ASCII's unit separator)


def among(conn: Connection, column: Any, values: Sequence[Any]) -> Any:
    """``column IN (values)``, the values as one parameter: SQLAlchemy and sqlite3 bind
    thousands of ``IN`` parameters one by one (10,000 uuids read in ~75 ms instead of ~30), so
    on a file they go as a JSON array that SQLite's ``json_each`` takes apart. On a server
    psycopg would take such a statement apart at every call, and quotes an array's every
    element (a regular expression each: 8 ms of 14 for 5,000 uuids), so the values go as one
    text, split by the server (``= ANY``)."""
    if conn.dialect.name != "postgresql":
        listed = func.json_each(bindparam(None, json.dumps(list(values)), type_=String))
        return column.in_(select(listed.table_valued("value").c.value))
    kind = String if isinstance(column.type, String) else BigInteger
    joined = SEPARATOR.join(str(v) for v in values)
    # an array for a value the text would lose: None, an empty text, one holding the separator
    if None in values or "" in values or joined.count(SEPARATOR) > max(len(values) - 1, 0):
        return column == any_(bindparam(None, list(values), type_=ARRAY(kind)))
    split = func.string_to_array(bindparam(None, joined, type_=String), SEPARATOR)
    return column == any_(split if kind is String else cast(split, ARRAY(kind)))


def _entries(rows: Iterable[Sequence[Any]]) -> list[Entry]:
    found = []
    for row in rows:
        try:
            found.append(Entry.of(tuple(row)))
        except (ValueError, TypeError):
            continue
    return found


def local_window(conn: Connection, cursor: int, server: str) -> list[Entry]:
    # the DB-API cursor: thousands of entries, read as they are stored (Entry.of reads them)
    rows = raw(conn).execute(
        f"SELECT {', '.join(COLUMNS)} FROM change_log WHERE id > ? AND origin != ?",
        (cursor, server),
    )
    return _entries(rows.fetchall())


def server_window(conn: Connection, cursor: int) -> tuple[list[Entry], set[int]]:
    """The server's entries of transactions from ``cursor`` on, and their ids."""
    names = ", ".join(f"c.{n}" for n in COLUMNS)
    rows = (
        raw(conn)
        .driver.execute(
            f"SELECT {names}, c.id FROM change_log c JOIN kad_change_xact x "
            "ON x.change_id = c.id WHERE x.xact >= %s",
            (cursor,),
        )
        .fetchall()
    )
    # in the log's order, sorted here: the server sorts 10,000s of entries on disk (work_mem)
    rows.sort(key=itemgetter(-1))
    return _entries(r[:-1] for r in rows), {r[-1] for r in rows}


def known(conn: Connection, uuids: Iterable[str]) -> set[str]:
    """Which of these entries the side's log holds."""
    log = ChangeEntry.__table__
    wanted = sorted(set(uuids))
    found: set[str] = set()
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        query = select(log.c.uuid).where(among(conn, log.c.uuid, chunk))
        found.update(conn.execute(query).scalars().all())
    return found


class Side:
    """One database's records, with references read and written as uuids."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.postgresql = conn.dialect.name == "postgresql"
        self._ids: dict[str, dict[str, int]] = defaultdict(dict)  # table -> uuid -> id

    def uuids(self, table: Table) -> set[str]:
        # the DB-API cursor: every record of a table, 10,000 uuids in a first sync
        found = raw(self.conn).execute(f'SELECT uuid FROM "{table.name}"').fetchall()
        return {uuid for (uuid,) in found}

    def rows(
        self, table: Table, uuids: Iterable[str], only: Iterable[str] | None = None
    ) -> dict[str, Row]:
        """These records' rows, references as uuids; ``only``: these columns, with the
        record's id, uuid, ``updated_at`` and owner (what taking changed fields needs)."""
        wanted = sorted(set(uuids))
        found: dict[str, Row] = {}
        if only is None:
            columns = list(table.c)
        else:
            keep = {"id", "uuid", "updated_at", "owner", *only}
            columns = [c for c in table.c if c.name in keep]
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start : start + CHUNK]
            query = select(*columns).where(among(self.conn, table.c.uuid, chunk))
            result = self.conn.execute(query)
            names = list(result.keys())
            at = names.index("uuid")
            for fetched in result.all():  # one fetch, plain tuples: thousands of rows
                found[fetched[at]] = dict(zip(names, fetched, strict=True))
        self._ids[table.name].update({u: r["id"] for u, r in found.items()})
        refs = _references(table)
        for name, target in refs.items():
            if only is not None and name not in only:
                continue
            ids = {r[name] for r in found.values() if r[name] is not None}
            by_id = self._uuids_of(TABLES[target], ids)
            for row in found.values():
                row[name] = by_id.get(row[name]) if row[name] is not None else None
        return found

    def stamps(self, table: Table, uuids: Iterable[str]) -> dict[str, Row]:
        """Of these records, those here, each with its ``updated_at`` and ``owner`` only (what
        a sync needs of a record the other side alone changed)."""
        wanted = sorted(set(uuids))
        found: dict[str, Row] = {}
        columns = (table.c.uuid, table.c.id, table.c.updated_at, table.c.owner)
        for start in range(0, len(wanted), CHUNK):
            query = select(*columns).where(
                among(self.conn, table.c.uuid, wanted[start : start + CHUNK])
            )
            for uuid, row_id, updated_at, owner in self.conn.execute(query).all():
                found[uuid] = {"updated_at": updated_at, "owner": owner}
                self._ids[table.name][uuid] = row_id
        return found

    def _uuids_of(self, table: Table, ids: set[int]) -> dict[int, str]:
        known = {i: u for u, i in self._ids[table.name].items() if i in ids}
        missing = sorted(ids - set(known))
        for start in range(0, len(missing), CHUNK):
            query = select(table.c.id, table.c.uuid).where(
                among(self.conn, table.c.id, missing[start : start + CHUNK])
            )
            for row_id, uuid in self.conn.execute(query).all():
                known[row_id] = uuid
                self._ids[table.name][uuid] = row_id
        return known

    def _resolve(self, table: Table, rows: Iterable[Row]) -> None:
        """Find, in chunks, the ids here of every record these rows refer to."""
        rows = list(rows)
        for name, target in _references(table).items():
            wanted = {r[name] for r in rows if r.get(name) is not None}
            self._ids_of(TABLES[target], wanted - set(self._ids[target]))

    def _ids_of(self, table: Table, uuids: Iterable[str]) -> int:
        """Cache the ids of these records; how many of them are here."""
        wanted, found = sorted(set(uuids)), 0
        for start in range(0, len(wanted), CHUNK):
            query = select(table.c.uuid, table.c.id).where(
                among(self.conn, table.c.uuid, wanted[start : start + CHUNK])
            )
            for uuid, row_id in self.conn.execute(query).all():
                self._ids[table.name][uuid] = row_id
                found += 1
        return found

    def under(self, table: Table, records: set[str]) -> set[str]:
        """The records of ``table`` that hang under these (already read) records."""
        found: set[str] = set()
        for column in parents(table):
            target = next(iter(table.c[column].foreign_keys)).column.table.name
            ids = sorted(self._ids[target][u] for u in records if u in self._ids[target])
            for start in range(0, len(ids), CHUNK):
                chunk = ids[start : start + CHUNK]
                query = select(table.c.uuid).where(among(self.conn, table.c[column], chunk))
                found.update(self.conn.execute(query).scalars())
        return found

    def holds(self, table: str) -> Set[str]:
        """The records of ``table`` this side was found to hold: read, or written by this
        sync (an insert's new ids come back), without asking again."""
        return self._ids[table].keys()

    def found(self) -> set[str]:
        """The records this side was found to hold (what its user may see)."""
        return {uuid for ids in self._ids.values() for uuid in ids}

    def id_of(self, table: Table, uuid: str | None) -> int | None:
        return None if uuid is None else self._ids[table.name].get(uuid)

    # --- writing: one executemany per table and set of columns ---

    def _stored(self, table: Table, values: Row) -> Row | None:
        """``values`` with references as this side's ids (looked up by :meth:`_resolve`);
        None when a required one is missing here."""
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
        self._resolve(table, rows)
        values = []
        for row in rows:  # one copy of each row (10,000s of them)
            stored = self._stored(table, {k: row[k] for k in row if k not in own} if own else row)
            if stored is not None:
                stored.pop("id", None)
                stored.update(dict.fromkeys(own))
                values.append(stored)
        ids: dict[str, int] = {}
        if values:
            names = list(values[0])
            self._copy_in(table, names, ([row[n] for n in names] for row in values))
            listed = ", ".join(f'"{n}"' for n in names)
            into = f'INTO "{table.name}" ({listed}) SELECT {listed} FROM {SCRATCH}'
            # a record that would break a unique rule here is skipped; the new ids come back
            # without reading them again
            ids = dict(
                _skipping(raw(self.conn).driver, f"INSERT {into}", " RETURNING uuid, id")
                if self.postgresql
                else self._from_scratch(f"INSERT OR IGNORE {into} RETURNING uuid, id")
            )
            self._ids[table.name].update(ids)
        # none was here before; one left out may be there by now
        count = len(ids) + self._ids_of(table, {row["uuid"] for row in rows} - ids.keys())
        links = [(row["uuid"], {n: row[n] for n in own}, None) for row in rows]
        self.update(table, [link for link in links if any(link[1].values())])
        return count

    def update(self, table: Table, changes: list[tuple[str, Row, Any]]) -> int:
        """Write ``(uuid, values, updated_at)`` changes; each raises the record's version.
        The record's moment of change is the later side's, never the sync's "now"."""
        self._resolve(table, (values for _uuid, values, _at in changes))
        groups: dict[tuple[str, ...], list[Row]] = defaultdict(list)
        for uuid, values, updated_at in changes:
            stored = self._stored(table, values)
            if stored is None:
                continue
            if updated_at is not None:
                stored["updated_at"] = updated_at
            groups[tuple(sorted(stored))].append(
                {"key_uuid": uuid, **{f"new_{n}": v for n, v in stored.items()}}
            )
        for names, parameters in groups.items():
            self._update_from(table, names, parameters)
        return sum(len(p) for p in groups.values())

    def _copy_in(self, table: Table, names: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        """Into a scratch table shaped like ``names`` of ``table`` (``key_uuid``: its uuid): on
        a server by ``COPY``, values as SQLite stores them, which COPY's text reads back; on a
        file by one ``executemany``, values as SQLAlchemy would store them."""
        columns = ", ".join("uuid AS key_uuid" if n == "key_uuid" else f'"{n}"' for n in names)
        driver = raw(self.conn)
        stored = [table.c["uuid" if n == "key_uuid" else n] for n in names]
        if not self.postgresql:
            driver.execute(f"DROP TABLE IF EXISTS temp.{SCRATCH}")
            driver.execute(
                f'CREATE TEMP TABLE {SCRATCH} AS SELECT {columns} FROM "{table.name}" WHERE 0'
            )
            dialect = self.conn.dialect
            processors = [c.type.dialect_impl(dialect).bind_processor(dialect) for c in stored]
            marks = ", ".join("?" * len(names))
            inserted = f"INSERT INTO {SCRATCH} VALUES ({marks})"
            driver.executemany(inserted, _converted(rows, processors))
            return
        driver.driver.execute(
            f"DROP TABLE IF EXISTS {SCRATCH}; CREATE TEMP TABLE {SCRATCH} ON COMMIT DROP AS "
            f'SELECT {columns} FROM "{table.name}" WITH NO DATA'
        )
        with driver.driver.cursor().copy(f"COPY {SCRATCH} FROM STDIN") as copy:
            for row in _converted(rows, [converter(c) for c in stored]):
                copy.write_row(row)

    def _update_from(self, table: Table, names: tuple[str, ...], rows: list[Row]) -> None:
        """One ``UPDATE … FROM`` for a set of changes to the same columns: one statement, so
        that SQLite's search index is written once, not once per row (its FTS5 table writes
        its pending entries out at the end of every statement: 200 of 230 ms for 10,000
        records), and a server's triggers see one set
        (docs/team-server.md#sync). The version goes up; ``updated_at`` stays unless given."""
        values = ([r["key_uuid"], *(r[f"new_{n}"] for n in names)] for r in rows)
        self._copy_in(table, ("key_uuid", *names), values)
        assigned = ", ".join(f'"{n}" = s."{n}"' for n in names)
        self._from_scratch(
            f'UPDATE "{table.name}" AS t SET {assigned}, version = t.version + 1 '
            f"FROM {SCRATCH} AS s WHERE t.uuid = s.key_uuid"
        )

    def _from_scratch(self, statement: str) -> list[Any]:
        """Run a statement reading the scratch table, then forget the table (on a server its
        transaction's end does): a laptop's connection would keep it, rows and all."""
        rows = self.conn.exec_driver_sql(statement)
        found = list(rows.all()) if rows.returns_rows else []
        if not self.postgresql:
            raw(self.conn).execute(f"DROP TABLE temp.{SCRATCH}")
        return found

    def delete(self, session: Session, table: Table, uuid: str, now: datetime) -> bool:
        """Delete a record with what hangs under it: to the trash on this computer."""
        self._ids_of(table, [uuid])
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
        if not rows:
            return
        names = (*COLUMNS, "origin")
        driver = raw(self.conn)
        if not self.postgresql:
            driver.executemany(driver.insert_or_ignore("change_log", names), rows)
            return
        # COPY into a scratch table, then one INSERT
        listed = ", ".join(names)
        texts = ", ".join(f"{n} {'timestamp' if n == 'changed_at' else 'text'}" for n in names)
        driver.execute(f"CREATE TEMP TABLE IF NOT EXISTS kad_sync_entries ({texts}) ON COMMIT DROP")
        with driver.driver.cursor().copy(f"COPY kad_sync_entries ({listed}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        # checked absent (``known``), unless a copy of the same file synchronised meanwhile
        into = f"INSERT INTO change_log ({listed}) SELECT {listed} FROM kad_sync_entries"
        _skipping(driver.driver, into)
        driver.execute("TRUNCATE kad_sync_entries")


def _skipping(driver: Any, insert: str, returning: str = "") -> list[tuple[Any, ...]]:
    """Run ``insert`` (an ``INSERT … SELECT`` on a server) skipping rows that would break a
    unique rule: first plainly, in a savepoint, since ``ON CONFLICT DO NOTHING`` costs a
    fifth more (an insertion per row that can be taken back); when one does, again with it.
    ``returning``: a RETURNING clause, whose rows come back."""
    from psycopg.errors import UniqueViolation

    try:
        with driver.transaction():  # a savepoint
            cursor = driver.execute(f"{insert}{returning}")
    except UniqueViolation:
        cursor = driver.execute(f"{insert} ON CONFLICT DO NOTHING{returning}")
    return cursor.fetchall() if returning else []


def _converted(
    rows: Iterable[Sequence[Any]], functions: Sequence[Callable[[Any], Any] | None]
) -> Iterator[list[Any]]:
    """Each row with each value passed through its column's function; only the columns that
    have one that changes something (dates, money, flags: a few of twenty)."""
    at = [(i, f) for i, f in enumerate(functions) if f is not None and f is not same]
    for row in rows:
        row = list(row)
        for i, function in at:
            row[i] = function(row[i])
        yield row


def parents(table: Table) -> list[str]:
    """The columns of ``table`` naming a record it is deleted with."""
    return [
        key.parent.name
        for key in table.foreign_keys
        if key.ondelete == "CASCADE" and key.column.table is not table
    ]


@cache  # asked for every row written
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
