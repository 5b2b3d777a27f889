"""Actions: what someone on our side will do, by when, about which record (docs/actions.md)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Record
from .enums import ActionStatus, StrategyNoteKind
from .types import enum_column


class Action(Record, Base):
    """One action. ``about_kind``/``about_key`` link it back to what it answers: a record by its
    uuid (a stage criterion, a visit, a milestone, a checklist item, a strategy note…) or an
    automatic red flag by its stable key (docs/actions.md#what-an-action-is-about)."""

    __tablename__ = "action"
    # Covers the reminders' "open actions by due date" and "is this flag being worked on".
    __table_args__ = (
        Index("ix_action_status_due_on", "status", "due_on"),
        Index("ix_action_about_key", "about_key"),
    )

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    opportunity_id: Mapped[int | None] = mapped_column(
        ForeignKey("opportunity.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    assignee: Mapped[str] = mapped_column(String(80), default="")  # who on our team does it
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[ActionStatus] = mapped_column(
        enum_column(ActionStatus), default=ActionStatus.OPEN
    )
    best: Mapped[bool] = mapped_column(Boolean, default=False)  # on the sheet's best actions
    about_kind: Mapped[str] = mapped_column(String(40), default="")
    about_key: Mapped[str] = mapped_column(String(200), default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[date | None] = mapped_column(Date)
    # The visit logged from this action.
    interaction_id: Mapped[int | None] = mapped_column(
        ForeignKey("interaction.id", ondelete="SET NULL"), index=True
    )
    note: Mapped[str] = mapped_column(Text, default="")


class StrategyNote(Record, Base):
    """A strength or red flag the user adds to a deal strategy sheet (docs/strategy.md)."""

    __tablename__ = "strategy_note"

    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunity.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[StrategyNoteKind] = mapped_column(enum_column(StrategyNoteKind))
    text: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
