"""Data every database must have (default stage list, checklist templates, ...).

Each function is idempotent: it adds its defaults only when they are missing. They run in one
transaction whenever a database is opened.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from .bids.templates import ensure_default_template
from .stages import ensure_default_stages

ENSURE_DEFAULTS: list[Callable[[Session], None]] = [ensure_default_stages, ensure_default_template]


def ensure_defaults(session: Session) -> None:
    for ensure in ENSURE_DEFAULTS:
        ensure(session)
