"""What the command line says about a damaged database: which backup to restore, and how
(docs/damaged-files.md); and the in-memory copy that reading commands work on."""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from desktop.services.messages import UserError
from desktop.services.schema import DatabaseDamaged

if TYPE_CHECKING:
    from desktop.services.database import Database


def is_last_database(database: Path) -> bool:
    """Whether the window used ``database`` last (read from its settings only when asked)."""
    from desktop.qt_settings import is_last_database

    return is_last_database(database)


def advise(database: Path, stream: TextIO) -> None:
    """Name the backup to restore and the command that does it."""
    from desktop.services.restore import newest_sound_backup

    backup = newest_sound_backup(database)
    if backup is None:
        print(
            "No sound backup of it was found. Keep the file as it is and open another database.",
            file=stream,
        )
        return
    print(
        f"The newest sound backup is from {backup.taken_at:%Y-%m-%d %H:%M} "
        f"({backup.label}): {backup.path}",
        file=stream,
    )
    if backup.before_restore:
        print(
            "It is the only sound one, and was taken just before a restore: it holds the data "
            "that restore replaced.",
            file=stream,
        )
    print(
        "To restore it (the damaged file is kept beside it): python main.py restore "
        f"{shlex.quote(str(backup.path))} --db {shlex.quote(str(database))}",
        file=stream,
    )


def refuse(command: str, error: UserError, database: Path) -> int:
    """Print why ``command`` cannot go on (and, for a damaged file, what to restore); 1."""
    print(f"{command}: {error}", file=sys.stderr)
    if isinstance(error, DatabaseDamaged):
        advise(database, sys.stderr)
    return 1


def reading_copy(command: str, args: argparse.Namespace, what: str) -> Database | None:
    """An in-memory copy of the database for a command that only reads it and writes
    ``args.file`` (``what`` names that file), or the team server itself; None once it has
    said why it cannot."""
    from desktop.services.memory_copy import copy_in_memory

    from .opening import connect, existing_database, server_of

    url = server_of(args)
    database = None if url else existing_database(command, args)
    if url is None and database is None:
        return None
    if not args.file.parent.is_dir():
        print(
            f"{command}: the folder {args.file.parent} does not exist; choose another place "
            f"for the {what}",
            file=sys.stderr,
        )
        return None
    if url is not None:  # read in place: the command writes nothing to it
        return connect(command, url)
    assert database is not None
    try:
        # the command only reads: the file is never written
        return copy_in_memory(database, known=lambda: is_last_database(database))
    except UserError as error:
        refuse(command, error, database)
        return None
