"""Files the application writes for the user (exports, pictures, backups): readable by their
owner only, like the database, and whole or absent (see docs/files.md).

Every writer writes into a ``*.partial`` file that was created owner-only, then renames it onto
the target. A failed or killed write leaves no half file under the target's name; partial
files a killed process left behind are removed by :func:`remove_stale_partials`.
"""

from __future__ import annotations

import contextlib
import gc
import os
import stat
import sys
import time
import traceback
import uuid
from collections.abc import Iterator
from pathlib import Path

from .failures import as_user_error

PARTIAL_SUFFIX = ".partial"
# A partial file this old belongs to a write that died: live ones are minutes old at most.
STALE_AFTER_SECONDS = 3600


def can_write(path: Path) -> bool:
    """Whether this process may write ``path`` (a folder: create files in it). A file or
    folder its owner made read-only counts as read-only even for root, who could write it:
    the owner said so (``chmod 400``)."""
    effective = os.access in os.supports_effective_ids
    mode = os.W_OK | os.X_OK if path.is_dir() else os.W_OK
    try:
        owner_writable = sys.platform == "win32" or bool(path.stat().st_mode & stat.S_IWUSR)
    except OSError:
        return False
    return owner_writable and os.access(path, mode, effective_ids=effective)


def create_private(path: Path) -> None:
    """Create ``path`` empty, owner-only from the first moment (no window for other users)."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_directory(path: Path) -> None:
    if sys.platform != "win32":
        fsync_file(path)


@contextlib.contextmanager
def private_output(target: Path) -> Iterator[Path]:
    """Yield a fresh owner-only file beside ``target`` to write into; when the block ends
    without error it replaces ``target``, else it is removed (a full disk becomes a
    :class:`UserError` saying so)."""
    partial = target.with_name(f"{target.name}.{uuid.uuid4().hex[:8]}{PARTIAL_SUFFIX}")
    try:
        create_private(partial)
        yield partial
        fsync_file(partial)
        os.replace(partial, target)
    except BaseException as exc:
        _release_quietly(exc)
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.filename == str(partial):
            exc.filename = str(target)  # the user knows the target, not our temporary name
        converted = as_user_error(exc)
        if converted is exc:
            raise
        raise converted from exc
    fsync_directory(target.parent)


def _release_quietly(exc: BaseException) -> None:
    """A writer that failed half-way (a zip file on a full disk) still holds its open file
    in the failed frames; closing it later fails again and Python prints that to stderr.
    Close it now, silently."""
    hook = sys.unraisablehook
    sys.unraisablehook = lambda _unraisable: None
    try:
        traceback.clear_frames(exc.__traceback__)
        gc.collect()
    finally:
        sys.unraisablehook = hook


def remove_stale_partials(folder: Path) -> list[Path]:
    """Delete the partial files in ``folder`` that a killed write left behind."""
    removed = []
    cutoff = time.time() - STALE_AFTER_SECONDS
    for path in folder.glob(f"*{PARTIAL_SUFFIX}"):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed.append(path)
    return removed


def remove_older(folder: Path, seconds: float) -> None:
    """Delete the files one level down in ``folder`` (each in a folder of its own) not changed
    for ``seconds``, with their folder. One still open in a viewer (Windows) stays: next time."""
    cutoff = time.time() - seconds
    for path in folder.glob("*/*"):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < cutoff:
                path.unlink()
                path.parent.rmdir()
