"""The per-field change log: who changed which field of which record, when, from what to what
(docs/merging.md explains how merging and the person panel's history use it)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, new_uuid

CREATED = "created"
CHANGED = "changed"
DELETED = "deleted"
RESTORED = "restored"


class ChangeEntry(Base):
    """One change. ``uuid`` names the change itself: merging copies a colleague's entries
    with theirs, so either side can tell which changes the other has already seen."""

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_record_field", "record_uuid", "field"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    record_uuid: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(40))  # the table
    action: Mapped[str] = mapped_column(String(10))  # CREATED, CHANGED, DELETED, RESTORED
    field: Mapped[str] = mapped_column(String(60), default="")  # the column, for CHANGED
    # The values as the database stores them (text dates, integer cents, enum values).
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    changed_at: Mapped[datetime] = mapped_column(DateTime, index=True)  # UTC
    changed_by: Mapped[str] = mapped_column(String(80), default="")  # the user's name (Settings)
    batch: Mapped[str] = mapped_column(String(36), default="")  # one user action (a flush)
    # Where a synchronised change came from ("" = made here): a sync does not send a change
    # back to where it came from (docs/team-server.md#sync).
    origin: Mapped[str] = mapped_column(String(36), default="", server_default="")
