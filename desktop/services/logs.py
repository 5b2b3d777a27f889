"""The log file, which never holds personal data (docs/files.md).

An exception's message can quote what the user typed (a value in a CHECK failure, a name in a
ValueError), and SQLAlchemy's quotes statement parameters unless told not to. So the log keeps
where an error happened (the stack: files, lines, functions) and its type, never its message.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path
from types import TracebackType

from . import paths

LOG_NAME = "keyaccount-desk.log"


def redacted_traceback(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> str:
    """Like ``traceback.format_exception``, with every exception's message left out."""
    lines: list[str] = []
    current: traceback.TracebackException | None = traceback.TracebackException(
        kind, value, tb, capture_locals=False
    )
    chain: list[traceback.TracebackException] = []
    while current is not None:  # the chain, innermost cause first as Python prints it
        chain.insert(0, current)
        current = current.__cause__ or current.__context__
    for position, item in enumerate(chain):
        if position:
            lines.append("\nwhich led to:\n")
        lines.append("Traceback (most recent call last):\n")
        lines.extend(item.stack.format())
        name = getattr(item, "exc_type_str", None) or item.exc_type.__qualname__
        lines.append(f"{name} (message withheld: it may hold personal data)\n")
    return "".join(lines)


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        # Another handler may have cached the full traceback on the record: ignore it.
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei) -> str:
        return redacted_traceback(*ei).rstrip("\n")


def log_file() -> Path:
    return paths.log_dir() / LOG_NAME


def setup_logging() -> Path | None:
    """Log to a rotating file in the user's log folder (works when stdout/stderr are None).
    None when that folder cannot be written: the app then runs without a log file rather
    than not at all."""
    try:
        path = log_file()
        root = logging.getLogger()
        for existing in root.handlers:
            if getattr(existing, "baseFilename", None) == str(path):
                return path
        if not path.exists():
            path.touch(mode=0o600)
        elif sys.platform != "win32" and path.stat().st_mode & 0o077:
            path.chmod(0o600)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
