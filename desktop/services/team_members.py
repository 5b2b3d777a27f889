"""The members of a team server: login roles, what they are granted, who is a manager
(docs/team-server.md#security). Row-level security (``team_security``) does the rest."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from .driver import raw
from .messages import QT_TRANSLATE_NOOP, UserError
from .team_security import MEMBERS

if TYPE_CHECKING:
    from psycopg import sql

# Tables members read but never write: the schema's identity and version, the team, and the
# search index (kept by triggers that run as the schema's owner).
READ_ONLY = ("alembic_version", "kad_identity", MEMBERS, "search_index")
MAX_NAME_BYTES = 63  # PostgreSQL's longest identifier
# SQLSTATE of "insufficient privilege", which a row-level security refusal raises too.
INSUFFICIENT_PRIVILEGE = "42501"

NOT_PERMITTED = QT_TRANSLATE_NOOP(
    "Team",
    "The server refused the change: you may change only your own records and those of "
    "accounts shared with you. Ask the owner to share the account, or your manager.",
)


class TeamRefused(UserError):
    """The server or its team rules refused what was asked."""


def _check_name(name: str) -> None:
    if (
        not name
        or name != name.strip()
        or len(name.encode("utf-8")) > MAX_NAME_BYTES
        or name.lower().startswith("pg_")
    ):
        raise TeamRefused(
            QT_TRANSLATE_NOOP(
                "Team",
                "“{name}” cannot be a user name on the server: use 1 to 21 Chinese characters "
                "or 1 to 63 letters and digits, without spaces at either end, not starting "
                "with pg_.",
            ).with_(name=name)
        )


def _execute(connection: Connection, statement: sql.Composable) -> None:
    with raw(connection).driver.cursor() as cursor:
        cursor.execute(statement)


def grant(connection: Connection, role: str) -> None:
    """What the application needs, on every table there is now (rows are then filtered by the
    policies)."""
    from psycopg import sql  # loaded with the server's driver only (docs/team-server.md)

    who = sql.Identifier(role)
    names = connection.exec_driver_sql(
        "SELECT current_schema(), current_database()"
    ).one()  # fmt: skip
    schema, database = (sql.Identifier(n) for n in names)
    for statement in (
        "GRANT CONNECT ON DATABASE {database} TO {who}",
        "GRANT USAGE ON SCHEMA {schema} TO {who}",
        "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {who}",
        "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {who}",
        # as ``server init`` sets for the database (team_security.install): no JIT
        "ALTER ROLE {who} SET jit = off",
    ):
        _execute(connection, sql.SQL(statement).format(database=database, schema=schema, who=who))
    tables = sql.SQL(", ").join(sql.Identifier(t) for t in READ_ONLY)
    _execute(
        connection,
        sql.SQL("REVOKE INSERT, UPDATE, DELETE ON {tables} FROM {who}").format(
            tables=tables, who=who
        ),
    )


def grant_members(connection: Connection) -> int:
    """Grant every member what they need again (``server init`` after an upgrade may have made
    new tables); how many members there are."""
    # The schema's owner (who ran ``server init``) keeps every right on its own tables.
    roles = connection.exec_driver_sql(
        f"SELECT role FROM {MEMBERS} m JOIN pg_roles r ON r.rolname = m.role "
        "WHERE NOT r.rolsuper AND r.rolname <> (SELECT tableowner FROM pg_tables "
        f"WHERE tablename = '{MEMBERS}' AND schemaname = current_schema()) ORDER BY role"
    ).scalars()
    members = list(roles)
    for role in members:
        grant(connection, role)
    return len(members)


def add_member(connection: Connection, name: str, password: str, *, manager: bool) -> bool:
    """Create the login role ``name`` (or give an existing one this password), grant it the
    tables and record it as a manager or a salesperson; whether the role is new.

    The password reaches the server only as a SCRAM verifier computed here (as psql's
    ``\\password`` does), so no statement, server log or error message holds it."""
    from psycopg import sql

    _check_name(name)
    if not password:
        raise TeamRefused(QT_TRANSLATE_NOOP("Team", "Give the new user a password."))
    found = connection.exec_driver_sql(
        "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = %(name)s",
        {"name": name},
    ).first()
    if found is not None and found[0]:
        raise TeamRefused(
            QT_TRANSLATE_NOOP(
                "Team",
                "{name} is an administrator's role on this server; it was left unchanged. "
                "Give the salesperson a name of their own.",
            ).with_(name=name)
        )
    verifier = (
        raw(connection)
        .driver.pgconn.encrypt_password(
            password.encode("utf-8"), name.encode("utf-8"), b"scram-sha-256"
        )
        .decode("ascii")
    )
    verb = "ALTER ROLE {} LOGIN PASSWORD {}" if found else "CREATE ROLE {} LOGIN PASSWORD {}"
    _execute(connection, sql.SQL(verb).format(sql.Identifier(name), sql.Literal(verifier)))
    connection.exec_driver_sql(
        f"INSERT INTO {MEMBERS} (role, manager) VALUES (%(name)s, %(manager)s) "
        "ON CONFLICT (role) DO UPDATE SET manager = excluded.manager",
        {"name": name, "manager": manager},
    )
    grant(connection, name)
    return found is None


def is_member(connection: Connection, name: str) -> bool:
    return (
        connection.exec_driver_sql(
            f"SELECT 1 FROM {MEMBERS} WHERE role = %(name)s", {"name": name}
        ).first()
        is not None
    )


def is_manager(connection: Connection) -> bool:
    """Whether the connected role may see and change every record (a superuser may too)."""
    return bool(connection.exec_driver_sql("SELECT kad_is_manager()").scalar())


@contextmanager
def refusals() -> Iterator[None]:
    """A write the server's policies refuse becomes one sentence instead of a traceback."""
    try:
        yield
    except Exception as error:
        # the ORM's writes wrap psycopg's error; raw ones (driver.raw: imports) raise it bare
        cause = error.orig if isinstance(error, DBAPIError) else error
        if (
            type(cause).__module__.startswith("psycopg")
            and getattr(cause, "sqlstate", None) == INSUFFICIENT_PRIVILEGE
        ):
            raise TeamRefused(NOT_PERMITTED) from error
        raise
