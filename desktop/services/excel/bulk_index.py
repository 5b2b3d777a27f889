"""The search index of an import's new rows, built in one statement per table after the rows
are in, instead of by the per-row insert trigger (docs/speed.md): SQLite and FTS5 only.

While the import runs, each searched table's ``search_<table>_insert`` trigger (migration
0003) is dropped inside the import's transaction; afterwards its own statement, rewritten as
``INSERT … SELECT`` over the rows added, indexes them all at once, and the trigger is created
again from the text SQLite kept of it. DDL is transactional in SQLite: a dry run, a refusal
or a failure rolls back the drop with everything else. The update and delete triggers stay.
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


@contextmanager
def index_afterwards(session: Session) -> Iterator[None]:
    """Index the rows the block inserts into the searched tables when it ends, in bulk."""
    conn = sqlite_connection(session.connection())
    deferred = [d for table in KIND_CODES if (d := _deferred(conn, table)) is not None]
    for item in deferred:
        conn.execute(f'DROP TRIGGER "search_{item.table}_insert"')
    yield
    with timed(session, "index"):
        _index(conn, deferred)


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
