"""Deleted records kept for a while, so that a deletion can be taken back."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Record


class TrashEntry(Record, Base):
    """A deleted record with everything that was deleted with it, as raw rows per table."""

    __tablename__ = "trash_entry"

    kind: Mapped[str] = mapped_column(String(20))  # account, contact, opportunity, ...
    record_uuid: Mapped[str] = mapped_column(String(36), index=True)
    title: Mapped[str] = mapped_column(String(300))
    account_name: Mapped[str] = mapped_column(String(200), default="")
    deleted_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    # {"rows": {table: [row, ...]}, "links": [[table, id, column, value], ...]}
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)
