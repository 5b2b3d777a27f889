"""The database a command works on: its path, that it exists, and the window's lock on it.
Each refusal is one line on stderr, as ``recovery.refuse`` prints them (docs/damaged-files.md)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.services import paths


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
