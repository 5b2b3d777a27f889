"""``restore FILE [--db PATH]``: replace the database with a backup (the current one is backed
up first). Refused while the database is open in the app."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.services.clock import Clock
from desktop.services.messages import UserError

from .opening import database_of, exclusive, refuse_server_backup
from .recovery import refuse


def register(subparsers) -> None:
    from desktop.cli import add_common_options

    parser = subparsers.add_parser("restore", help="replace the database with a backup")
    parser.add_argument("file", type=Path, help="the backup to restore")
    add_common_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from desktop.services.database import open_database
    from desktop.services.restore import restore_database

    if refuse_server_backup("restore", args):
        return 1
    database = database_of(args)
    database.parent.mkdir(parents=True, exist_ok=True)
    with exclusive("restore", database) as ours:
        if not ours:
            return 1
        try:
            restored = restore_database(database, args.file, Clock().now())
            open_database(database).db.close()  # upgrades an older backup's schema
        except UserError as error:
            return refuse("restore", error, database)
    print(f"Restored {database} from {args.file}.")
    if restored.previous is not None:
        print(f"The database it replaced was kept as {restored.previous}.")
    return 0
