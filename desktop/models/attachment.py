"""Evidence files copied into the application's data folder."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Record, utcnow


class Attachment(Record, Base):
    """A file kept with one record; exactly one of the owning keys is set."""

    __tablename__ = "attachment"

    stored_name: Mapped[str] = mapped_column(String(200))  # path inside the attachments folder
    original_name: Mapped[str] = mapped_column(String(260))
    size: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    checklist_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("checklist_item.id", ondelete="CASCADE"), index=True
    )
    acceptance_id: Mapped[int | None] = mapped_column(
        ForeignKey("acceptance.id", ondelete="CASCADE"), index=True
    )
    collection_action_id: Mapped[int | None] = mapped_column(
        ForeignKey("collection_action.id", ondelete="CASCADE"), index=True
    )
    shipping_exception_id: Mapped[int | None] = mapped_column(
        ForeignKey("shipping_exception.id", ondelete="CASCADE"), index=True
    )
    interaction_id: Mapped[int | None] = mapped_column(
        ForeignKey("interaction.id", ondelete="CASCADE"), index=True
    )
