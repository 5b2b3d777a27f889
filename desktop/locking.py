"""One running instance per database file (Qt's QLockFile: a lock whose process died is
recognised as stale and taken over)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLockFile


def lock_for(database: Path) -> QLockFile:
    lock = QLockFile(f"{database}.lock")
    lock.setStaleLockTime(0)  # stale only when the owning process is gone, never by age
    return lock


def try_lock(lock: QLockFile, timeout_ms: int = 100) -> bool:
    """Take ``lock``; its file is then made owner-only like the database (Qt creates it
    with the default mode)."""
    if not lock.tryLock(timeout_ms):
        return False
    if sys.platform != "win32":
        Path(lock.fileName()).chmod(0o600)
    return True


def lock_refusal(lock: QLockFile, database: Path) -> str:
    """Why a command could not take the lock of ``database`` (English, for the command line)."""
    if lock.error() == QLockFile.LockError.PermissionError:
        return (
            f"the folder {database.parent} is read-only, so {database.name} cannot be "
            "changed; make the folder writable, or copy the file to a folder you can write to"
        )
    return f"{database} is open in Key Account Desk; close it first"
