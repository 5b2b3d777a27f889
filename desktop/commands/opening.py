"""The database a command works on: its path, that it exists, and the window's lock on it;
or the team server it names (docs/team-server.md#connecting). Each refusal is one line on
stderr, as ``recovery.refuse`` prints them (docs/damaged-files.md)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.services import paths
from desktop.services.messages import UserError

if TYPE_CHECKING:
    from desktop.services.database import Database


def server_of(args: argparse.Namespace) -> str | None:
    """The team server's URL when ``--db`` names one (``cli.database_argument``)."""
    given = getattr(args, "db", None)
    return given if isinstance(given, str) else None


def connect(command: str, url: str) -> Database | None:
    """The database on the server ``url`` (:func:`login`), or None after saying why not."""
    try:
        return login(url)
    except UserError as error:
        print(f"{command}: {error}", file=sys.stderr)
        return None


def login(url: str) -> Database:
    """The database on the server ``url``; raises UserError. Without a password in the URL,
    the key ring's is used, then libpq's own (``PGPASSWORD``, ``.pgpass``), then one is asked
    for when someone is at the terminal (docs/team-server.md#connecting)."""
    from desktop.services.database import open_server
    from desktop.services.server_login import (
        needs_password,
        password_of,
        with_password,
        with_saved_password,
    )
    from desktop.services.server_schema import ServerUnreachable, label

    url = with_saved_password(url)
    try:
        return open_server(url).db
    except ServerUnreachable as error:
        if password_of(url) is not None or not needs_password(error):
            raise
        if not sys.stdin.isatty():
            raise
        import getpass

        password = getpass.getpass(f"Password for {label(url)}: ")
        return open_server(with_password(url, password)).db


def refuse_server_backup(command: str, args: argparse.Namespace) -> bool:
    """``backup``/``restore`` on a server: PostgreSQL's own tools do that (one sentence)."""
    if server_of(args) is None:
        return False
    from desktop.services.database import SERVER_BACKUP

    print(f"{command}: {SERVER_BACKUP.render()}", file=sys.stderr)
    return True


def database_of(args: argparse.Namespace) -> Path:
    """The database file itself: a symlink or a path spelt with ``..`` leads to the same lock,
    backups and file as the window's (docs/damaged-files.md)."""
    return Path(getattr(args, "db", None) or paths.default_database()).expanduser().resolve()


def existing_database(command: str, args: argparse.Namespace) -> Path | None:
    """The ``--db`` file, or None after saying that it does not exist."""
    database = database_of(args)
    if database.exists():
        return database
    print(f"{command}: {database} does not exist", file=sys.stderr)
    return None


@contextmanager
def exclusive(command: str, database: Path) -> Iterator[bool]:
    """Hold the window's lock on ``database`` while the block runs; False (after saying why,
    ``locking.lock_refusal``) when it cannot be taken."""
    from desktop.locking import lock_for, lock_refusal, try_lock

    lock = lock_for(database)
    if not try_lock(lock):
        print(f"{command}: {lock_refusal(lock, database).render()}", file=sys.stderr)
        yield False
        return
    try:
        yield True
    finally:
        lock.unlock()
