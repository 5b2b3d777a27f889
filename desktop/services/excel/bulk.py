"""Bulk writes for imports: plain sqlite3 ``executemany`` with values converted once per
column, about three times faster than SQLAlchemy's executemany for 100,000 rows (which
builds and processes a parameter dictionary per row). Only for imports, inside the session's
own transaction; everything else goes through the ORM."""

from __future__ import annotations

import enum
import gc
import json
import os
import time
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    ColumnDefault,
    Date,
    DateTime,
    Enum,
    Table,
    bindparam,
    select,
    update,
)
from sqlalchemy.orm import Session

from desktop.models.types import Money
from desktop.services import change_log

from ..backup import sqlite_connection
from . import bulk_server

Record = dict[str, Any]  # one row's column values, as bulk inserts and updates take them
STOPWATCH = "import.seconds"  # in session.info: where an import adds up its time by stage


@contextmanager
def timed(session: Session, stage: str) -> Iterator[None]:
    """Add the block's time to ``stage`` of the session's import (docs/speed.md)."""
    seconds = session.info.get(STOPWATCH)
    start = time.perf_counter()
    try:
        yield
    finally:
        if seconds is not None:
            seconds[stage] += time.perf_counter() - start


def _cents(value: Any) -> int | None:
    if value is None:
        return None
    return int((Decimal(str(value)) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _enum(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


def _date(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _datetime(value: Any) -> Any:
    return value.isoformat(sep=" ") if isinstance(value, datetime) else value


def _bool(value: Any) -> Any:
    return None if value is None else int(bool(value))


def same(value: Any) -> Any:
    return value


def _json(value: Any) -> Any:
    return None if value is None else json.dumps(value, ensure_ascii=False)


@cache  # asked per value when a sync compares and writes records
def converter(column: Column[Any]) -> Callable[[Any], Any]:
    """How a Python value is stored in this column (what SQLAlchemy's types would do)."""
    kind = column.type
    if isinstance(kind, Money):
        return _cents
    if isinstance(kind, Enum):
        return _enum
    if isinstance(kind, DateTime):
        return _datetime
    if isinstance(kind, Date):
        return _date
    if isinstance(kind, Boolean):
        return _bool
    if isinstance(kind, JSON):
        return _json
    return same


def _default(column: Column[Any]) -> Any:
    """The column's default, the same for every row of a batch (the timestamps); the uuid,
    which differs, every row brings (``insert_rows``)."""
    default = column.default
    if not isinstance(default, ColumnDefault) or column.name == "uuid":
        return None
    return converter(column)(default.arg if default.is_scalar else default.arg(None))


def fresh_uuids() -> Iterator[str]:
    """Random (version 4) uuids as ``uuid4`` writes them, made a thousand at a time: a
    quarter of its cost, which 100,000 imported rows notice."""
    while True:
        raw = bytearray(os.urandom(16 * 1000))
        raw[6::16] = bytes(byte & 0x0F | 0x40 for byte in raw[6::16])  # version 4
        raw[8::16] = bytes(byte & 0x3F | 0x80 for byte in raw[8::16])  # RFC 4122 variant
        hexed = raw.hex()
        for i in range(0, len(hexed), 32):
            yield (
                f"{hexed[i : i + 8]}-{hexed[i + 8 : i + 12]}-{hexed[i + 12 : i + 16]}-"
                f"{hexed[i + 16 : i + 20]}-{hexed[i + 20 : i + 32]}"
            )


def next_id(session: Session, table: Table) -> int:
    """The id SQLite would give the table's next row: above every id there is and, for an
    AUTOINCREMENT table, every id there ever was. Inside the import's transaction (BEGIN
    IMMEDIATE) nobody else writes, so the ids up from it are the import's to give."""
    conn = sqlite_connection(session.connection())
    largest = conn.execute(f'SELECT coalesce(max(id), 0) FROM "{table.name}"').fetchone()[0]
    sequence = conn.execute(
        "SELECT seq FROM sqlite_sequence WHERE name = ?", (table.name,)
    ).fetchone()
    return int(max(largest, sequence[0] if sequence else 0)) + 1


def new_ids(session: Session, table: Table, count: int) -> Sequence[int]:
    """Ids for ``count`` new rows, given up front: on a file, the ones SQLite would give; on a
    server, taken from the table's sequence."""
    if bulk_server.on_server(session):
        return bulk_server.reserve_ids(session, table.name, count)
    first = next_id(session, table)
    return range(first, first + count)


def insert_rows(
    session: Session, table: Table, rows: Sequence[dict[str, Any]], *, logged: bool = True
) -> None:
    """INSERT every row; a column a row lacks gets its default, NOT NULL ones included. Each
    is logged as created (docs/merging.md) unless the caller logs them (``logged`` False)."""
    if not rows:
        return
    if "uuid" in table.c:  # known before the insert, so that the log can name each row
        uuids = fresh_uuids()
        for row in rows:
            if not row.get("uuid"):
                row["uuid"] = next(uuids)
    names = sorted(
        {name for row in rows for name in row}
        | {c.name for c in table.columns if c.default is not None and c.name != "id"}
    )
    columns = [table.c[name] for name in names]
    # Each row starts as the defaults (a uuid, the one that differs per row, every row has)
    # and gets its own values, converted where the stored form differs.
    defaults = [_default(column) for column in columns]
    place = {
        name: (index, converter(column))
        for index, (name, column) in enumerate(zip(names, columns, strict=True))
    }

    def values(row: dict[str, Any]) -> list[Any]:
        stored = defaults.copy()
        for name, value in row.items():
            index, convert = place[name]
            stored[index] = value if convert is same else convert(value)
        return stored

    with timed(session, "insert"):
        if bulk_server.on_server(session):
            bulk_server.copy_rows(session, table, names, map(values, rows))
        else:
            _sqlite_insert(session, table, names, map(values, rows))  # one row at a time
    if logged and "uuid" in table.c:
        with timed(session, "log"):
            ids = [row.get("id") for row in rows]  # given up front, one after another?
            first = ids[0]
            if (
                isinstance(first, int)
                and ids == list(range(first, first + len(ids)))
                and not bulk_server.on_server(session)
            ):
                change_log.log_created_ids(session, table.name, first, first + len(ids) - 1)
            else:
                change_log.log_created(session, table.name, (row["uuid"] for row in rows))


def _sqlite_insert(
    session: Session, table: Table, names: list[str], values: Iterable[Sequence[Any]]
) -> None:
    quoted = ", ".join(f'"{name}"' for name in names)
    marks = ", ".join("?" * len(names))
    cursor = sqlite_connection(session.connection()).cursor()
    try:
        cursor.executemany(f'INSERT INTO "{table.name}" ({quoted}) VALUES ({marks})', values)
    finally:
        cursor.close()


def update_column(
    session: Session,
    table: Table,
    column: str,
    changes: Sequence[tuple[Any, int]],
    *,
    new: Collection[int] = (),
) -> None:
    """Set one column of many rows: ``changes`` holds (value, id) pairs. Changes of the rows
    in ``new`` (created in this transaction) are part of their creation: not logged."""
    if not changes:
        return
    with timed(session, "log"):
        edits = [(value, row_id) for value, row_id in changes if row_id not in new]
        before = {
            row.id: row._asdict()
            for start in range(0, len(edits), 900)
            for row in session.execute(
                select(table.c.id, table.c.uuid, table.c[column]).where(
                    table.c.id.in_([row_id for _v, row_id in edits[start : start + 900]])
                )
            )
        }
        change_log.log_updates(
            session, table, [{"id": row_id, column: value} for value, row_id in edits], before
        )
    convert = converter(table.c[column])
    if bulk_server.on_server(session):
        with timed(session, "insert"):
            bulk_server.update_rows(
                session, table.c[column], [(convert(value), row_id) for value, row_id in changes]
            )
        return
    with timed(session, "insert"):
        cursor = sqlite_connection(session.connection()).cursor()
        try:
            cursor.executemany(
                f'UPDATE "{table.name}" SET "{column}" = ?, version = version + 1 WHERE id = ?',
                ((convert(value), row_id) for value, row_id in changes),
            )
        finally:
            cursor.close()


def update_by_id(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """UPDATE by id, one statement per set of columns; ``updated_at`` keeps its value unless a
    row gives one (a file's, never "now"), and the version rises (docs/team-server.md#versions)."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[tuple(sorted(n for n in row if n not in ("id", "version")))].append(row)
    for names, group in groups.items():
        statement = (
            update(table)
            .where(table.c.id == bindparam("row_id"))
            .values({n: bindparam(f"new_{n}") for n in names})
        )
        if "updated_at" not in names:
            statement = statement.values(updated_at=table.c.updated_at)
        if "version" in table.c:
            statement = statement.values(version=table.c.version + 1)
        session.execute(
            statement, [{"row_id": r["id"], **{f"new_{n}": r[n] for n in names}} for r in group]
        )


def ids_of(session: Session, table: Table, uuids: Sequence[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    with timed(session, "insert"):
        for start in range(0, len(uuids), 900):
            chunk = uuids[start : start + 900]
            query = select(table.c.uuid, table.c.id).where(table.c.uuid.in_(chunk))
            found.update(session.execute(query).all())
    return found


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while an import runs: the records it holds (hundreds
    of thousands of dicts and lists, none in a cycle) made it walk them again and again, a
    sixth of the import's time (docs/speed.md). Reference counting frees them as before."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


@contextmanager
def large_cache(session: Session, kib: int = 16384) -> Iterator[None]:
    """A bigger page cache while one big transaction writes (SQLite spills far less to the
    WAL file); the connection goes back to the pool with the default again. A server has
    its own memory settings."""
    if bulk_server.on_server(session):
        yield
        return
    driver = sqlite_connection(session.connection())
    default = driver.execute("PRAGMA cache_size").fetchone()[0]
    driver.execute(f"PRAGMA cache_size=-{kib}")
    try:
        yield
    finally:
        driver.execute(f"PRAGMA cache_size={default}")
