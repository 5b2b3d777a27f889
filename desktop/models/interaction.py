"""The visit log: each contact with a person and what it changed."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Record
from .enums import InteractionKind
from .types import enum_column

if TYPE_CHECKING:
    from .contact import Contact


class Interaction(Record, Base):
    __tablename__ = "interaction"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    occurred_on: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[InteractionKind] = mapped_column(
        enum_column(InteractionKind), default=InteractionKind.VISIT
    )
    participants: Mapped[str] = mapped_column(String(300), default="")  # who was present
    notes: Mapped[str] = mapped_column(Text, default="")
    closeness_after: Mapped[int | None] = mapped_column(Integer)  # 1..5
    trust_after: Mapped[int | None] = mapped_column(Integer)  # 1..5
    # Information gathered, in the four categories of the key-person record.
    info_policy: Mapped[str] = mapped_column(Text, default="")
    info_people: Mapped[str] = mapped_column(Text, default="")
    info_business: Mapped[str] = mapped_column(Text, default="")
    info_activities: Mapped[str] = mapped_column(Text, default="")
    next_step: Mapped[str] = mapped_column(Text, default="")
    next_step_on: Mapped[date | None] = mapped_column(Date)

    contact: Mapped[Contact] = relationship(back_populates="interactions")
