"""``backup [--db PATH] [--to FILE]``: write a verified backup (works while the app is open)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.services import backups
from desktop.services.backup import backup_file
from desktop.services.clock import Clock
from desktop.services.messages import UserError
from desktop.services.schema import inspect_database

from .opening import existing_database, refuse_server_backup
from .recovery import is_last_database, refuse


def register(subparsers) -> None:
    from desktop.cli import add_common_options

    parser = subparsers.add_parser("backup", help="write a verified backup of the database")
    add_common_options(parser)
    parser.add_argument("--to", type=Path, help="backup file (default: the backups folder)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if refuse_server_backup("backup", args):
        return 1
    database = existing_database("backup", args)
    if database is None:
        return 1
    now = Clock().now()
    try:
        inspect_database(database, known=lambda: is_last_database(database))
        target = args.to or backups.target_for(database, "manual", now)
        backup_file(database, target)
        if args.to is None:
            backups.prune(database, now)
    except UserError as error:
        return refuse("backup", error, database)
    print(f"Backup written to {target} ({target.stat().st_size:,} bytes, integrity ok).")
    return 0
