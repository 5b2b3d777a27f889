"""Data every database must have (default stage list, checklist templates, ...).

Each function is idempotent: it adds its defaults only when they are missing. They run in one
transaction whenever a database is opened.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any
from uuid import UUID, uuid5

from sqlalchemy.orm import Session

# Shipped defaults are the same records in every database: their uuids are derived from a
# stable key, so merging several salespeople's files never duplicates them, and their
# timestamps predate any edit, so an edited copy always wins over a pristine one.
BUILTIN_NAMESPACE = UUID("6b1f3c56-5a4e-4d0e-9a43-4b4144310001")
BUILTIN_TIME = datetime(2000, 1, 1)


def builtin(record: Any, *key: object) -> Any:
    """Give a shipped default record its fixed uuid and timestamps."""
    record.uuid = str(uuid5(BUILTIN_NAMESPACE, ":".join(str(part) for part in key)))
    record.created_at = record.updated_at = BUILTIN_TIME
    return record


def _ensure_default_stages(session: Session) -> None:
    from .stages import ensure_default_stages  # they use builtin() from here

    ensure_default_stages(session)


def _ensure_default_template(session: Session) -> None:
    from .bids.templates import ensure_default_template

    ensure_default_template(session)


ENSURE_DEFAULTS: list[Callable[[Session], None]] = [
    _ensure_default_stages,
    _ensure_default_template,
]


def ensure_defaults(session: Session) -> None:
    for ensure in ENSURE_DEFAULTS:
        ensure(session)
