"""``demo --db PATH``: write the sample dataset into a new database (or into a team server's
database that holds no accounts yet)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.services.messages import UserError

from .opening import connect, server_of
from .recovery import refuse


def register(subparsers) -> None:
    from desktop.cli import add_common_options

    parser = subparsers.add_parser("demo", help="write the sample dataset into a new database")
    add_common_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from desktop.cli import system_language

    url = server_of(args)
    if url is not None:
        return _demo_on_server(url, getattr(args, "lang", None) or system_language())
    path: Path | None = getattr(args, "db", None)
    if path is None:
        print("demo: give the new database's file with --db PATH", file=sys.stderr)
        return 2
    path = path.expanduser().resolve()  # the file a symlink points to (docs/damaged-files.md)
    if path.exists() and path.stat().st_size > 0:
        print(f"demo: {path} already exists; choose a new file", file=sys.stderr)
        return 1
    try:
        from desktop.services.demo import create_demo_database

        language = getattr(args, "lang", None) or system_language()
        # each salesperson's sample is their own records on a team server
        summary = create_demo_database(path, language, own_uuids=True)
    except UserError as error:
        return refuse("demo", error, path)
    return _written(str(path), summary)


def _demo_on_server(url: str, language: str) -> int:
    from sqlalchemy import select

    from desktop.models import Account
    from desktop.services.clock import Clock
    from desktop.services.demo import load_demo
    from desktop.services.team_members import is_manager

    db = connect("demo", url)
    if db is None:
        return 1
    try:
        with db.session() as s:
            # a salesperson sees only their own accounts: "empty" is a manager's to tell
            if not is_manager(s.connection()):
                print(
                    f"demo: only a manager puts the sample data on {db.label} (it would show "
                    "in the team's figures); try it in a file: demo --db FILE",
                    file=sys.stderr,
                )
                return 1
            if s.scalar(select(Account.id).limit(1)) is not None:
                print(
                    f"demo: {db.label} already holds accounts; the sample data goes into an "
                    "empty database only",
                    file=sys.stderr,
                )
                return 1
            summary = load_demo(
                s, language=language, today=Clock().today(), own_uuids=True, owner=db.default_owner
            )
    finally:
        db.close()
    return _written(db.label, summary)


def _written(where: str, summary) -> int:
    print(
        f"Sample data written to {where}: {summary.accounts} accounts, {summary.contacts} "
        f"contacts, {summary.opportunities} opportunities, {summary.tenders} tenders, "
        f"{summary.contracts} contracts."
    )
    return 0
