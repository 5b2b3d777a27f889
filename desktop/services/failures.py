"""What a failed write means to the user, in one sentence: a full disk, a read-only file, a
team server out of reach (docs/team-server.md#failures).

Both the window's exception hook and the command line ask :func:`explain`, so a full disk
reads the same everywhere and never shows as a traceback (see docs/files.md).
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator

from .messages import QT_TRANSLATE_NOOP, Message, UserError

DISK_FULL = QT_TRANSLATE_NOOP(
    "Files", "The disk is full: free some space and try again; nothing was changed."
)
READ_ONLY = QT_TRANSLATE_NOOP(
    "Files",
    "The database cannot be written (the file or its folder is read-only): make both "
    "writable, then open it again; nothing was changed.",
)
CANNOT_WRITE = QT_TRANSLATE_NOOP(
    "Files", "Cannot write {path} ({reason}): choose another folder; nothing was changed."
)
DISK_ERROR = QT_TRANSLATE_NOOP(
    "Files",
    "The disk refused the write (it may be failing, removed, or over a size limit); nothing "
    "was changed. Check the disk, then try again.",
)
SERVER_GONE = QT_TRANSLATE_NOOP(
    "Files",
    "The connection to the team server was lost; nothing was changed. Check the network, "
    "then try again.",
)

SERVER_FULL = QT_TRANSLATE_NOOP(
    "Files",
    "The team server has run out of space or memory: ask its administrator; nothing was changed.",
)

_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
# a path that cannot be written: denied, read-only, or a file where a folder must be
_DENIED_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS, errno.EEXIST, errno.ENOTDIR}
# the disk said no for another reason: an I/O error, or a file over a size limit
_DISK_ERRNOS = {errno.EIO, errno.EFBIG}
SQLITE_FULL = 13
SQLITE_READONLY = 8
SQLITE_IOERR = 10


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """``exc``, what it wraps (SQLAlchemy's ``orig``) and what it was raised from."""
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        current = todo.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo += [getattr(current, "orig", None), current.__cause__, current.__context__]


def _sqlite_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _caused_by(exc: BaseException, errnos: set[int], sqlite_code: int, sqlite_text: str) -> bool:
    """Whether ``exc`` or what it wraps is an OS error of ``errnos`` or SQLite's error of
    that code (its message, for an error without one)."""
    for cause in _causes(exc):
        if isinstance(cause, OSError) and cause.errno in errnos:
            return True
        if isinstance(cause, sqlite3.Error) and (
            _sqlite_code(cause) == sqlite_code or sqlite_text in str(cause)
        ):
            return True
    return False


def is_disk_full(exc: BaseException) -> bool:
    return _caused_by(exc, _FULL_ERRNOS, SQLITE_FULL, "disk is full")


def is_disk_error(exc: BaseException) -> bool:
    """A write the disk refused: SQLite's I/O error (which it rolls back from, as from a full
    disk), or a file that could not grow."""
    return _caused_by(exc, _DISK_ERRNOS, SQLITE_IOERR, "disk I/O error")


def is_read_only(exc: BaseException) -> bool:
    return _caused_by(exc, set(), SQLITE_READONLY, "readonly database")


def _server_failure(exc: BaseException) -> Message | None:
    """PostgreSQL's error classes (SQLSTATE): 08 connection, 57 the server shut down or
    ended the session, 53 out of resources. A psycopg error without one never reached it."""
    for cause in _causes(exc):
        if not type(cause).__module__.startswith("psycopg"):
            continue
        state = getattr(cause, "sqlstate", None) or ""
        if state.startswith("53"):
            return SERVER_FULL
        kinds = {kind.__name__ for kind in type(cause).__mro__}
        if state.startswith(("08", "57P")) or (not state and "OperationalError" in kinds):
            return SERVER_GONE
    return None


def explain(exc: BaseException) -> Message | None:
    """The sentence to show for ``exc``; None when it is a bug (then: the unexpected-error
    report)."""
    for cause in _causes(exc):
        if isinstance(cause, UserError):
            return cause.message
    if is_disk_full(exc):
        return DISK_FULL
    if is_read_only(exc):
        return READ_ONLY
    if is_disk_error(exc):
        return DISK_ERROR
    server = _server_failure(exc)
    if server is not None:
        return server
    for cause in _causes(exc):
        if isinstance(cause, OSError) and cause.errno in _DENIED_ERRNOS and cause.filename:
            return CANNOT_WRITE.with_(path=str(cause.filename), reason=cause.strerror)
    return None


def as_user_error(exc: BaseException) -> BaseException:
    """``exc`` as a :class:`UserError` when it has a sentence for the user, else itself."""
    if isinstance(exc, UserError):
        return exc
    message = explain(exc)
    return UserError(message) if message is not None else exc
