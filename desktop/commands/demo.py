"""``demo --db PATH``: write the sample dataset into a new database."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.services.messages import UserError

from .recovery import refuse


def register(subparsers) -> None:
    from desktop.cli import add_common_options

    parser = subparsers.add_parser("demo", help="write the sample dataset into a new database")
    add_common_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from desktop.cli import system_language

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

        summary = create_demo_database(path, getattr(args, "lang", None) or system_language())
    except UserError as error:
        return refuse("demo", error, path)
    print(
        f"Sample data written to {path}: {summary.accounts} accounts, {summary.contacts} contacts, "
        f"{summary.opportunities} opportunities, {summary.tenders} tenders, "
        f"{summary.contracts} contracts."
    )
    return 0
