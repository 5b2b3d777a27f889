"""Restoring a backup, and recovering from a damaged database file.

The database being replaced is itself backed up first (or, when damaged, moved aside and kept);
the backup is checked before anything is replaced, and copied into place through SQLite's
backup API, verified, then renamed over the old file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from . import backups
from .backup import backup_file, closing_connection, integrity_errors, open_readonly, write_backup
from .messages import QT_TRANSLATE_NOOP, UserError
from .schema import inspect_database

SIDE_FILES = ("-wal", "-shm")


@dataclass(frozen=True)
class Restored:
    database: Path
    source: Path
    previous: Path | None  # backup (or quarantined copy) of what was replaced


def check_restorable(candidate: Path) -> None:
    """Refuse anything but a sound backup of ours that this version can open."""
    inspect_database(candidate)  # raises for foreign files and newer schemas
    if not candidate.exists() or candidate.stat().st_size == 0:
        raise UserError(
            QT_TRANSLATE_NOOP("Restore", "{name} is empty: nothing to restore.").with_(
                name=candidate.name
            )
        )
    problems = integrity_errors(candidate)
    if problems:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Restore", "{name} is damaged ({problem}); choose another backup."
            ).with_(name=candidate.name, problem=problems[0])
        )


def quarantine(database: Path, now: datetime) -> Path:
    """Move a damaged database (with its -wal and -shm) aside; it is kept, never deleted."""
    target = database.with_name(f"{database.stem}.damaged-{now:%Y-%m-%d-%H%M%S}{database.suffix}")
    for suffix in SIDE_FILES:
        side = Path(f"{database}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{target}{suffix}"))
    os.replace(database, target)
    return target


def newest_sound_backup(database: Path) -> backups.BackupFile | None:
    """The backup to recover from: the newest sound one, passing over copies taken before a
    restore (they hold the data the user chose to replace) unless no other is sound; callers
    show its label, so such a copy is never offered without saying what it is."""
    fallback = None
    for candidate in backups.list_backups(database):
        if integrity_errors(candidate.path):
            continue
        if not candidate.before_restore:
            return candidate
        fallback = fallback or candidate
    return fallback


def restore_database(database: Path, candidate: Path, now: datetime) -> Restored:
    """Replace ``database`` (which must not be open) with the backup ``candidate``."""
    check_restorable(candidate)
    previous = None
    if database.exists():
        # An empty file is kept aside too: it may be all that is left of a damaged one.
        if database.stat().st_size == 0 or integrity_errors(database):
            previous = quarantine(database, now)
        else:
            previous = backup_file(database, backups.target_for(database, "before-restore", now))
    incoming = database.with_name(f"{database.name}.restoring")
    with closing_connection(open_readonly(candidate)) as source:
        write_backup(source, incoming)
    for suffix in SIDE_FILES:
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    os.replace(incoming, database)
    return Restored(database, candidate, previous)
