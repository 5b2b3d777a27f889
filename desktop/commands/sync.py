"""``sync [--db FILE] --server URL``: exchange what changed on this computer's file and on the
team server since the last sync (docs/team-server.md#sync). A file that does not exist yet is
created with what the server lets this user see."""

from __future__ import annotations

import argparse
import sys

from desktop.services.messages import QT_TRANSLATE_NOOP, UserError

from .opening import database_of, exclusive, login
from .recovery import is_last_database, refuse

DONE = QT_TRANSLATE_NOOP(
    "Sync",
    "Synchronised {file} with {server}: {sent} records changed on the server, {received} "
    "here, {conflicts} conflicts.",
)


def register(subparsers) -> None:
    from desktop.cli import add_common_options

    parser = subparsers.add_parser(
        "sync", help="exchange changes between this computer's file and the team server"
    )
    add_common_options(parser)
    parser.add_argument(
        "--server",
        required=True,
        metavar="URL",
        help="the team server: postgresql://USER:PASSWORD@HOST:PORT/DBNAME",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from desktop.services.catalog import translator
    from desktop.services.database import open_database
    from desktop.services.server_url import is_server_url
    from desktop.services.sync import BACKED_UP, synchronise
    from desktop.services.sync_files import report as files_report

    translate = translator(getattr(args, "lang", None) or "en")
    given = str(getattr(args, "db", "") or "")
    # ``--db`` is read as a path, which turns "//" into "/"
    if is_server_url(given) or given.lower().startswith(("postgresql:", "postgres:")):
        print(
            "sync: --db names the file on this computer; the team server goes in --server",
            file=sys.stderr,
        )
        return 1
    database = database_of(args)
    if not database.parent.is_dir():
        print(
            f"sync: the folder {database.parent} does not exist; check the --db path",
            file=sys.stderr,
        )
        return 1
    try:
        with exclusive("sync", database) as ours:
            if not ours:
                return 1
            server = login(args.server)  # the key ring's password too, as on connecting
            try:
                local = open_database(database, known=lambda: is_last_database(database)).db
                try:
                    result = synchronise(local, server)
                finally:
                    local.close()
            finally:
                server.close()
    except UserError as error:
        return refuse("sync", error, database)
    for conflict in result.conflicts:
        print(conflict.render(translate))
    for line in files_report(result.files):
        print(line.render(translate))
    for unsent in result.unsent:  # never dropped in silence (docs/team-server.md#sync)
        print(unsent.render(translate))
    removals = result.removals()
    if removals is not None:
        print(removals.render(translate))
    if result.backup is not None:
        print(BACKED_UP.with_(backup=str(result.backup)).render(translate))
    print(
        DONE.with_(
            file=str(database),
            server=server.label,
            sent=result.uploaded,
            received=result.downloaded,
            conflicts=len(result.conflicts),
        ).render(translate)
    )
    return 0
