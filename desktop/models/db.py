"""The one engine factory: every connection gets the same safety settings.

SQLite is used in WAL mode with ``synchronous=FULL`` (durable across power loss), foreign keys
on, a busy timeout, and transactions that start with ``BEGIN IMMEDIATE`` so a writer takes the
lock up front instead of failing half-way. The sqlite3 driver's own transaction handling is
switched off (``isolation_level = None``) and SQLAlchemy emits BEGIN itself: that works on
Python 3.11, which lacks the ``autocommit`` attribute of SQLAlchemy's 3.12 recipe.
Read-only sessions use a deferred BEGIN so they never wait for a writer (WAL readers don't).

A team server is PostgreSQL, reached with psycopg 3 (docs/team-server.md).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import StaticPool

BUSY_TIMEOUT_MS = 10_000
# PRAGMA application_id of our files ("KAD1"): tells our databases from any other SQLite file.
APPLICATION_ID = 0x4B414431
BEGIN_OPTION = "sqlite_begin"


def make_engine(
    path: str | Path | None, *, echo: bool = False, readonly_uri: str | None = None
) -> Engine:
    """An engine on ``path``; ``None`` gives a private in-memory database (tests).
    ``readonly_uri``: open ``path`` through this SQLite URI instead (a read-only file).

    Statement parameters are never put into error messages (``hide_parameters``): they hold
    client staff's personal data, and error messages end up in the log (docs/files.md)."""
    if path is None:
        engine = create_engine(
            "sqlite://",
            echo=echo,
            hide_parameters=True,
            poolclass=StaticPool,
            connect_args={"check_same_thread": False},
        )
    elif readonly_uri is not None:
        engine = create_engine(
            "sqlite://",
            echo=echo,
            hide_parameters=True,
            creator=lambda: sqlite3.connect(
                readonly_uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
            ),
        )
    else:
        engine = create_engine(
            f"sqlite:///{Path(path)}",
            echo=echo,
            hide_parameters=True,
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
        )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            if readonly_uri is None:  # a read-only connection cannot switch the journal
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            # Deleted content is overwritten, so personal data really leaves the file.
            cursor.execute("PRAGMA secure_delete=ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        mode = connection.get_execution_options().get(BEGIN_OPTION, "IMMEDIATE")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


def make_server_engine(url: str, *, echo: bool = False) -> Engine:
    """An engine on a PostgreSQL server (psycopg 3). libpq parameters in the URL's query
    (``sslmode``, ``connect_timeout``...) pass through. Parameters stay out of error messages,
    as on a file; the password never leaves the URL object (its text form hides it)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url).set(drivername="postgresql+psycopg")
    query = dict(parsed.query)
    query.setdefault("application_name", "Key Account Desk")
    query.setdefault("connect_timeout", "10")
    return create_engine(
        parsed.set(query=query),
        echo=echo,
        hide_parameters=True,
        pool_pre_ping=True,
    )


def reader(engine: Engine) -> Engine:
    """The same engine, but transactions start with a deferred BEGIN (reads never block).
    (A server's readers never block anyway: the same engine.)"""
    if engine.dialect.name != "sqlite":
        return engine
    return engine.execution_options(**{BEGIN_OPTION: "DEFERRED"})
