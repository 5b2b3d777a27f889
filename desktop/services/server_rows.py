"""What raw row copies (raw_rows.py) need on a team server (docs/team-server.md#raw-rows):
foreign keys that can wait for the end of the transaction, as SQLite's
``PRAGMA defer_foreign_keys`` lets them, and id sequences moved past ids written back."""

from __future__ import annotations

from sqlalchemy import Connection

from .driver import Raw


def install(connection: Connection) -> None:
    """Make every foreign key DEFERRABLE (still checked at once unless a transaction says
    ``SET CONSTRAINTS ALL DEFERRED``); idempotent, for ``server init`` after any upgrade."""
    keys = connection.exec_driver_sql(
        "SELECT c.conrelid::regclass::text, c.conname FROM pg_constraint c "
        "JOIN pg_namespace n ON n.oid = c.connamespace "
        "WHERE c.contype = 'f' AND NOT c.condeferrable AND n.nspname = current_schema()"
    ).fetchall()
    for table, name in keys:
        connection.exec_driver_sql(
            f'ALTER TABLE {table} ALTER CONSTRAINT "{name}" DEFERRABLE INITIALLY IMMEDIATE'
        )


def ids_taken(conn: Raw, table: str, top: int) -> None:
    """Rows came back with their ids, up to ``top``: the table's sequence must not hand one
    of them out again (SQLite's AUTOINCREMENT keeps past the largest id by itself)."""
    sequence = conn.execute("SELECT pg_get_serial_sequence(?, 'id')", (f'"{table}"',)).fetchone()[0]
    if sequence:
        conn.execute(
            f"SELECT setval(?, greatest(?, (SELECT last_value FROM {sequence})))",
            (sequence, top),
        )
