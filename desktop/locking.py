"""One running instance per database file (Qt's QLockFile: a lock whose process died is
recognised as stale and taken over)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QLockFile

from desktop.services.failures import DISK_FULL
from desktop.services.messages import QT_TRANSLATE_NOOP, Message

# Less free space than this, and a lock file that cannot be made: the disk is full.
LOW_SPACE = 64 * 1024


def lock_for(database: Path) -> QLockFile:
    # The file itself, not a symlink or another spelling of its path (docs/damaged-files.md).
    lock = QLockFile(f"{database.expanduser().resolve()}.lock")
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


def lock_refusal(lock: QLockFile, database: Path) -> Message:
    """Why the lock of ``database`` could not be taken, in one sentence."""
    if lock.error() == QLockFile.LockError.LockFailedError:
        return QT_TRANSLATE_NOOP(
            "Launcher",
            "{path} is already open in another Key Account Desk window. "
            "Switch to that window, or close it first.",
        ).with_(path=str(database))
    if lock.error() == QLockFile.LockError.PermissionError:
        return QT_TRANSLATE_NOOP(
            "Launcher",
            "The folder {folder} is read-only, so {name} cannot be changed: make the folder "
            "writable, or copy the file to a folder you can write to.",
        ).with_(folder=str(database.parent), name=database.name)
    if shutil.disk_usage(database.parent).free < LOW_SPACE:
        return DISK_FULL
    return QT_TRANSLATE_NOOP(
        "Launcher", "Cannot create {path}: check that its folder can be written to."
    ).with_(path=lock.fileName())
