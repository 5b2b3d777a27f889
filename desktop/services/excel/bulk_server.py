"""The PostgreSQL side of the import's bulk writes (bulk.py; docs/team-server.md#imports):
new rows go in by ``COPY`` (by one pipelined ``INSERT`` where row-level security applies),
changed ones by one pipelined ``executemany``. Values come
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
    conn = raw(session)
    # PostgreSQL refuses COPY FROM where row-level security applies, i.e. for every team
    # member's login (docs/team-server.md#security): one pipelined INSERT for them.
    if conn.execute("SELECT row_security_active(?)", (f'"{table.name}"',)).fetchone()[0]:
        flags = [isinstance(table.c[name].type, Boolean) for name in names]
        conn.executemany(
            f'INSERT INTO "{table.name}" ({quoted}) VALUES ({", ".join("?" * len(names))})',
            [[_bool(v) if flag else v for v, flag in zip(row, flags, strict=True)] for row in rows],
        )
        return
    with (
        raw(session).cursor() as cursor,
        cursor.copy(f'COPY "{table.name}" ({quoted}) FROM STDIN') as copy,
    ):
        for row in rows:  # COPY's text reads 0/1 as booleans
            copy.write_row(row)


def _bool(value: Any) -> bool | None:
    """SQLite's 0/1 as a statement's boolean."""
    return None if value is None else bool(value)


def update_rows(session: Session, column: Column[Any], changes: Sequence[tuple[Any, int]]) -> None:
    if isinstance(column.type, Boolean):
        changes = [(_bool(v), row_id) for v, row_id in changes]
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
