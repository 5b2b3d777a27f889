"""Verified backups through SQLite's online backup API (never a plain file copy, which loses
whatever still sits in the WAL).

A backup is written to ``*.partial``, fsynced, checked with ``PRAGMA integrity_check`` and only
then renamed into place, so a file with the final name is always complete and sound.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from .messages import QT_TRANSLATE_NOOP, UserError
from .private_files import can_write, private_output, remove_stale_partials

BACKUP_SUFFIX = ".sqlite"


def readonly_uri(path: Path) -> str:
    """The URI that reads ``path`` without changing it (not even a checkpoint).

    A file we may not write gets ``immutable=1`` as long as no write-ahead log holds part of
    its content: otherwise SQLite would leave read-only ``-wal``/``-shm`` files beside it that
    break every later write (docs/files.md)."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    wal = Path(f"{path}-wal")
    wal_empty = not wal.exists() or wal.stat().st_size == 0
    if wal_empty and (not can_write(path) or not can_write(path.parent)):
        uri += "&immutable=1"
    return uri


def open_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection that cannot change the file (not even a checkpoint)."""
    return sqlite3.connect(readonly_uri(path), uri=True)


@contextlib.contextmanager
def closing_connection(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    try:
        yield connection
    finally:
        connection.close()


def integrity_errors(path: Path, *, quick: bool = False) -> list[str]:
    """Problems ``PRAGMA integrity_check`` (or ``quick_check``) finds; empty when sound."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        with closing_connection(open_readonly(path)) as conn:
            rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


class IntegrityCheck:
    """``PRAGMA quick_check`` of a file in a thread of its own, started as early as the file is
    known: on a large database it takes about as long as the application's own start-up, and
    SQLite does the work without holding Python's lock, so the two overlap. ``open_database``
    waits for the verdict before it writes anything."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._problems: list[str] = []
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="quick_check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._problems = integrity_errors(self.path, quick=True)
        except BaseException as exc:  # handed to the thread that asks for the result
            self._error = exc

    def problems(self) -> list[str]:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._problems


def write_backup(source: sqlite3.Connection, target: Path) -> Path:
    """Copy the database behind ``source`` to ``target`` (replacing it) and verify the copy."""
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_partials(target.parent)
    # A partial file of its own, so two backups written at once never share a half-written file.
    with private_output(target) as partial:
        destination = sqlite3.connect(partial)
        try:
            source.backup(destination)
            # A backup is one self-contained file: no -wal beside it.
            destination.execute("PRAGMA journal_mode=DELETE")
        finally:
            destination.close()
        problems = integrity_errors(partial)
        if problems:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Backup", "The backup copy failed its integrity check: {problem}"
                ).with_(problem=problems[0])
            )
    return target


def backup_file(database: Path, target: Path) -> Path:
    """Back up a database file that may be in use, through a read-only connection."""
    with closing_connection(open_readonly(database)) as source:
        return write_backup(source, target)


def backup_name(database: Path, reason: str, moment: datetime) -> str:
    """``keyaccount-2026-11-23-153000-premigrate.sqlite``: sorts by time, says why."""
    return f"{database.stem}-{moment:%Y-%m-%d-%H%M%S}-{reason}{BACKUP_SUFFIX}"
