"""One running instance per database file (Qt's QLockFile: a lock whose process died is
recognised as stale and taken over)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile


def lock_for(database: Path) -> QLockFile:
    # The file itself, not a symlink or another spelling of its path (docs/damaged-files.md).
    lock = QLockFile(f"{database.expanduser().resolve()}.lock")
    lock.setStaleLockTime(0)  # stale only when the owning process is gone, never by age
    return lock
