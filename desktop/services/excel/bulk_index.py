"""The search index of an import's new rows, built in one statement per table after the rows
are in, instead of by the per-row insert trigger (docs/speed.md): SQLite and FTS5 only.

While the import runs, each searched table's ``search_<table>_insert`` trigger (migration
0003) is dropped inside the import's transaction; afterwards its own statement, rewritten as
``INSERT … SELECT`` over the rows added, indexes them all at once, and the trigger is created
again from the text SQLite kept of it. DDL is transactional in SQLite: a dry run, a refusal
or a failure rolls back the drop with everything else. The update and delete triggers stay.

An import that more than doubles the people or the change log does the same with those
tables' other indexes: built once at the end, sorted, instead of a B-tree insert per row
and index (a sixth of a 100,000-row import's time).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from desktop.services.backup import sqlite_connection
from desktop.services.search.index import KIND_CODES, SEARCH_TABLE, SLOTS

from .bulk import timed

# The tables an import of people fills most: 100,000 people are 185,000 log entries.
REBUILT = ("contact", "change_log")
# "... BEGIN INSERT INTO search_index (rowid, title, detail) VALUES (new.id * 8 + 2, ...); END"
_BODY = re.compile(
    rf"\bBEGIN\s+INSERT\s+INTO\s+{SEARCH_TABLE}\s*(\([^)]*\))\s*VALUES\s*\((.*)\)\s*;\s*END\s*$",
    re.IGNORECASE | re.DOTALL,
)


@dataclass(frozen=True)
class _Deferred:
    table: str
    trigger: str  # its CREATE TRIGGER statement, as SQLite keeps it
    indexed: str  # INSERT … SELECT indexing the rows with an id above the parameter
    last_id: int  # the largest id before the import


def _deferred(conn: Any, table: str) -> _Deferred | None:
    name = f"search_{table}_insert"
    found = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)
    ).fetchone()
    match = _BODY.search(found[0]) if found else None
    if match is None:  # not the statement this module knows: leave the trigger at work
        return None
    columns, values = match.groups()
    values = re.sub(r"\bnew\.", f'"{table}".', values)
    indexed = f'INSERT INTO {SEARCH_TABLE} {columns} SELECT {values} FROM "{table}" WHERE id > ?'
    last_id = conn.execute(f'SELECT coalesce(max(id), 0) FROM "{table}"').fetchone()[0]
    return _Deferred(table, found[0], indexed, last_id)


def _dropped_indexes(conn: Any, rows: int) -> list[str]:
    """Drop the secondary indexes of the tables an import of ``rows`` rows would more than
    double (REBUILT); their CREATE statements, to build them again in one pass each. The
    uniqueness constraints stay."""
    dropped = []
    for table in REBUILT:
        if conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] > rows:
            continue  # building its indexes again would cost more than keeping them
        for name, sql in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'",
            (table,),
        ).fetchall():
            conn.execute(f'DROP INDEX "{name}"')
            dropped.append(sql)
    return dropped


@contextmanager
def index_afterwards(session: Session, rows: int = 0) -> Iterator[None]:
    """Index the rows the block inserts into the searched tables when it ends, in bulk; for
    an import of ``rows`` rows into a table with fewer, its other indexes as well. (A
    server's triggers index each row as it comes: nothing to defer there.)"""
    if session.connection().dialect.name != "sqlite":
        yield
        return
    conn = sqlite_connection(session.connection())
    deferred = [d for table in KIND_CODES if (d := _deferred(conn, table)) is not None]
    for item in deferred:
        conn.execute(f'DROP TRIGGER "search_{item.table}_insert"')
    dropped = _dropped_indexes(conn, rows)
    yield
    with timed(session, "index"):
        _index(conn, deferred)
        for sql in dropped:
            conn.execute(sql)


def _index(conn: Any, deferred: list[_Deferred]) -> None:
    for item in deferred:
        # A new row an update trigger indexed already (a sheet naming it twice) goes first.
        code = KIND_CODES[item.table]
        conn.execute(
            f"DELETE FROM {SEARCH_TABLE} WHERE rowid > ? AND rowid % {SLOTS} = {code}",
            (item.last_id * SLOTS + code,),
        )
        conn.execute(item.indexed, (item.last_id,))
        conn.execute(item.trigger)
