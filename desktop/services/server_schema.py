"""Recognising a Key Account Desk database on a PostgreSQL server (docs/team-server.md).

A server has no file header: the ``kad_identity`` table plays the part of SQLite's
``application_id`` (whose database this is) and gives the server database a uuid by which a
laptop file knows it across renames and new addresses. The schema version is Alembic's, as in
a file. Everything here only reads, so a foreign or newer database is left as it was.
"""

from __future__ import annotations

import uuid

from sqlalchemy import Connection, Engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from .messages import QT_TRANSLATE_NOOP, UserError
from .schema import DatabaseRefused, Inspection, SchemaState, by_revision

IDENTITY_TABLE = "kad_identity"
NEEDS_INIT = QT_TRANSLATE_NOOP(
    "Database",
    "The server database {server} has no Key Account Desk data yet: its administrator sets it "
    "up with `python main.py server init --server URL`.",
)
NEEDS_UPGRADE = QT_TRANSLATE_NOOP(
    "Database",
    "The server database {server} was set up by an older version of Key Account Desk: its "
    "administrator upgrades it with `python main.py server init --server URL`.",
)
# The given text is not repeated: a mistyped URL may hold a password.
NOT_A_SERVER = QT_TRANSLATE_NOOP(
    "Database",
    "This is not a team server's address: give it as postgresql://USER:PASSWORD@HOST:PORT/DBNAME.",
)


class ServerUnreachable(UserError):
    """The server could not be reached or refused the login."""


def label(url: str) -> str:
    """How a server is named to the user and in logs: user, host, port and database, never the
    password."""
    parsed = make_url(url)
    where = f"{parsed.host or 'localhost'}:{parsed.port or 5432}/{parsed.database or ''}"
    return f"{parsed.username}@{where}" if parsed.username else where


def write_identity(connection: Connection) -> None:
    """Create the identity table on a server database once (inside the upgrade's transaction)."""
    connection.exec_driver_sql(
        f"CREATE TABLE IF NOT EXISTS {IDENTITY_TABLE} ("
        "application_id integer NOT NULL, server_id varchar(36) NOT NULL)"
    )
    if connection.exec_driver_sql(f"SELECT 1 FROM {IDENTITY_TABLE}").first() is None:
        from desktop.models.db import APPLICATION_ID

        connection.execute(
            text(f"INSERT INTO {IDENTITY_TABLE} VALUES (:app, :server)"),
            {"app": APPLICATION_ID, "server": str(uuid.uuid4())},
        )


def server_id(connection: Connection) -> str:
    return str(connection.exec_driver_sql(f"SELECT server_id FROM {IDENTITY_TABLE}").scalar_one())


def unreachable(url: str, error: DBAPIError) -> ServerUnreachable:
    """One sentence for a connection that failed: libpq's own first line says why (it never
    holds the password)."""
    reason = str(error.orig).strip().splitlines()[0] if error.orig else type(error).__name__
    return ServerUnreachable(
        QT_TRANSLATE_NOOP(
            "Database",
            "Cannot connect to the server {server} ({reason}): check its address, the user "
            "name and the password, then try again.",
        ).with_(server=label(url), reason=reason)
    )


def inspect_server(engine: Engine, url: str) -> Inspection:
    """What the server database holds: NEW (empty), OLDER or CURRENT; a foreign or newer one
    is refused."""
    from desktop.models.db import APPLICATION_ID

    try:
        # Failing to connect (a wrong host, port or password) is never a lost connection.
        conn = engine.connect()
    except DBAPIError as exc:
        raise unreachable(url, exc) from exc
    try:
        with conn:
            tables = set(
                conn.execute(
                    text(
                        "SELECT table_name FROM information_schema.tables "
                        "WHERE table_schema = current_schema()"
                    )
                ).scalars()
            )
            identity = (
                conn.exec_driver_sql(f"SELECT application_id FROM {IDENTITY_TABLE}").scalar()
                if IDENTITY_TABLE in tables
                else None
            )
            revision = (
                conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
                if "alembic_version" in tables
                else None
            )
    except DBAPIError as exc:
        if exc.connection_invalidated or exc.orig is None or "connect" in str(exc.orig).lower():
            raise unreachable(url, exc) from exc
        raise
    if not tables:
        return Inspection(SchemaState.NEW, None)
    if identity != APPLICATION_ID:
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "Database",
                "The server database {server} holds tables of another application, not of Key "
                "Account Desk. It was left untouched.",
            ).with_(server=label(url))
        )
    return by_revision(
        revision,
        QT_TRANSLATE_NOOP(
            "Database",
            "The server database {server} was set up by a newer version of Key Account Desk "
            "(schema {revision}). Please update the application. It was left untouched.",
        ).with_(server=label(url)),
    )
