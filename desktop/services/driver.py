"""The DB-API connection under a session, for the few statements that bypass the ORM for
speed (bulk inserts, the change log, raw row copies), on either engine (docs/team-server.md).

Code writes its SQL once with ``?`` placeholders, as sqlite3 takes them; on PostgreSQL they
become psycopg's ``%s``. Values read come back as SQLite stores them on both engines: dates,
times and JSON as their text (psycopg would parse them), which is what raw row copies keep
and write back (docs/team-server.md#raw-rows). Statements whose wording differs between the
engines (``INSERT OR IGNORE``, ``IS ?``) ask :attr:`Raw.postgresql` and spell each form out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

# Read as their text, as SQLite stores them; PostgreSQL takes the text back for these types.
_AS_TEXT = ("date", "time", "timestamp", "timestamptz", "json", "jsonb")

# A ``?`` outside quotes; SQL written here has no ``%`` of its own except in quoted literals.
_MARK = re.compile(r"""('(?:[^']|'')*'|"(?:[^"]|"")*")|\?""")


def _psycopg(sql: str) -> str:
    def swap(match: re.Match[str]) -> str:
        quoted = match.group(1)
        return quoted.replace("%", "%%") if quoted else "%s"

    return _MARK.sub(swap, sql)


class Raw:
    """The DB-API connection of a session or connection, in its transaction."""

    def __init__(self, connection: Connection) -> None:
        self.postgresql = connection.dialect.name == "postgresql"
        self.driver: Any = connection.connection.driver_connection

    def _sql(self, sql: str) -> str:
        return _psycopg(sql) if self.postgresql else sql

    def cursor(self) -> Any:
        cursor = self.driver.cursor()
        if self.postgresql:
            from psycopg.types.string import TextLoader

            for name in _AS_TEXT:
                cursor.adapters.register_loader(name, TextLoader)
        return cursor

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> Any:
        """A cursor holding the result (sqlite3's ``Connection.execute`` on both engines)."""
        cursor = self.cursor()
        cursor.execute(self._sql(sql), tuple(parameters))
        return cursor

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        cursor = self.driver.cursor()
        try:
            cursor.executemany(self._sql(sql), rows)
        finally:
            cursor.close()

    def insert_or_ignore(self, table: str, columns: Sequence[str]) -> str:
        """An INSERT of ``columns`` that skips a row whose unique key is already there."""
        names = ", ".join(columns)
        marks = ", ".join("?" * len(columns))
        if self.postgresql:
            return f"INSERT INTO {table} ({names}) VALUES ({marks}) ON CONFLICT DO NOTHING"
        return f"INSERT OR IGNORE INTO {table} ({names}) VALUES ({marks})"

    @property
    def is_op(self) -> str:
        """``IS`` for a comparison that holds for two NULLs (``col {is_op} ?``)."""
        return "IS NOT DISTINCT FROM" if self.postgresql else "IS"


def raw(session_or_connection: Session | Connection) -> Raw:
    connection = (
        session_or_connection.connection()
        if isinstance(session_or_connection, Session)
        else session_or_connection
    )
    return Raw(connection)
