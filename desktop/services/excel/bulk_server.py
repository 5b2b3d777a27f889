"""The PostgreSQL side of the import's bulk writes (bulk.py; docs/team-server.md#imports):
new rows go in by ``COPY``, changed ones by one pipelined ``executemany``. Values come
converted as SQLite stores them; PostgreSQL reads those texts back into its column types,
except a boolean given as SQLite's 0/1 in a statement, which becomes a bool here."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Boolean, Column, Table
from sqlalchemy.orm import Session

from ..driver import raw


def on_server(session: Session) -> bool:
    return raw(session).postgresql


def copy_rows(
    session: Session, table: Table, names: Sequence[str], rows: Iterable[Sequence[Any]]
) -> None:
    quoted = ", ".join(f'"{name}"' for name in names)
    with (
        raw(session).cursor() as cursor,
        cursor.copy(f'COPY "{table.name}" ({quoted}) FROM STDIN') as copy,
    ):
        for row in rows:  # COPY's text reads 0/1 as booleans
            copy.write_row(row)


def update_rows(session: Session, column: Column[Any], changes: Sequence[tuple[Any, int]]) -> None:
    if isinstance(column.type, Boolean):
        changes = [(None if v is None else bool(v), row_id) for v, row_id in changes]
    raw(session).executemany(
        f'UPDATE "{column.table.name}" SET "{column.name}" = ?, version = version + 1 WHERE id = ?',
        changes,
    )


def reserve_ids(session: Session, table: str, count: int) -> list[int]:
    """``count`` ids from the table's sequence for rows inserted with their ids given up front
    (other writers may insert meanwhile: each id is theirs only once the sequence gave it)."""
    conn = raw(session)
    sequence = conn.execute("SELECT pg_get_serial_sequence(?, 'id')", (f'"{table}"',)).fetchone()[0]
    rows = conn.execute("SELECT nextval(?) FROM generate_series(1, ?)", (sequence, count))
    return [int(row[0]) for row in rows.fetchall()]
