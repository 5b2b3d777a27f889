"""``check [--db PATH]``: run SQLite's integrity and foreign-key checks and print the result.
On a team server (:func:`check_server`) only the values are checked: PostgreSQL keeps its own
storage and foreign keys sound (docs/team-server.md#check)."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from typing import TYPE_CHECKING

from desktop.services.backup import closing_connection, integrity_errors, open_readonly
from desktop.services.messages import UserError
from desktop.services.schema import inspect_database

from .opening import connect, existing_database, server_of
from .recovery import advise, is_last_database, refuse

if TYPE_CHECKING:  # the CLI's modules load no SQLAlchemy until a command runs
    from desktop.services.database import Database


def register(subparsers) -> None:
    from desktop.cli import add_common_options

    parser = subparsers.add_parser("check", help="check the database for damage")
    add_common_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    url = server_of(args)
    if url is not None:
        return _check_server(url)
    database = existing_database("check", args)
    if database is None:
        return 1
    try:
        inspection = inspect_database(database, known=lambda: is_last_database(database))
    except UserError as error:
        return refuse("check", error, database)
    problems = integrity_errors(database)
    dangling: list[tuple] = []
    if not problems:
        try:
            with closing_connection(open_readonly(database)) as conn:
                dangling = conn.execute("PRAGMA foreign_key_check").fetchall()
        except sqlite3.DatabaseError as exc:
            problems = [str(exc)]
    print(f"Database: {database} (schema {inspection.revision or 'new'})")
    print("integrity_check: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    for problem in problems[:20]:
        print(f"  {problem}")
    print(
        "foreign_key_check: " + ("ok" if not dangling else f"{len(dangling)} dangling reference(s)")
    )
    for table, rowid, parent, _key in dangling[:20]:
        print(f"  {table} row {rowid} refers to a missing {parent}")
    unknown = [] if problems else _values_no_form_writes(database)
    _print_values(unknown)
    if problems:
        advise(database, sys.stdout)
    return 0 if not problems and not dangling and not unknown else 1


def _check_server(url: str) -> int:
    db = connect("check", url)
    if db is None:
        return 1
    try:
        return check_server(db)
    finally:
        db.close()


def check_server(db: Database) -> int:
    """``check`` of a server database: the values no form would write; 0 when there are none."""
    from desktop.services.driver import raw
    from desktop.services.field_rules import stored_problems

    print(f"Database: {db.label}")
    print(
        "integrity_check: skipped: PostgreSQL keeps its own storage and foreign keys sound "
        "(ask the server's administrator about its checks)."
    )
    with db.read() as s:
        unknown = stored_problems(raw(s), _checked_tables())
    _print_values(unknown)
    return 1 if unknown else 0


def _print_values(unknown: list) -> None:
    print("values: " + ("ok" if not unknown else f"{len(unknown)} value(s) no form would write"))
    for bad in unknown[:20]:
        shown = bad.value[:40] if isinstance(bad.value, str) else bad.value
        print(f"  {bad.table} row {bad.row_id} column {bad.column}: {shown!r}")
    if unknown:
        print("  The app shows them as unknown; choose a value in the form to correct each.")


def _checked_tables() -> list:
    from desktop.models import Base

    return [t for t in Base.metadata.sorted_tables if t.name != "setting"]


def _values_no_form_writes(database) -> list:
    """Drop-down values and numbers the forms would refuse (docs/field-rules.md)."""
    from desktop.services.field_rules import stored_problems

    try:
        with closing_connection(open_readonly(database)) as conn:
            return stored_problems(conn, _checked_tables())
    except sqlite3.DatabaseError:
        return []  # an older schema: the upgrade comes first
