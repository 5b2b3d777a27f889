"""Scoring forms' answers, each kept with its date so scores can be compared over time."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Record
from .enums import AssessmentKind
from .types import enum_column


class Assessment(Record, Base):
    """One filled-in form: an opportunity evaluation, a ten-item assessment, a bid decision,
    or a customer payment-capacity rating (which belongs to the account)."""

    __tablename__ = "assessment"

    kind: Mapped[AssessmentKind] = mapped_column(enum_column(AssessmentKind))
    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    opportunity_id: Mapped[int | None] = mapped_column(
        ForeignKey("opportunity.id", ondelete="CASCADE"), index=True
    )
    assessed_on: Mapped[date] = mapped_column(Date)
    # Criterion key -> {"rating": int | bool, "comment": str}.
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    total: Mapped[int | None] = mapped_column(Integer)
    result: Mapped[str] = mapped_column(String(40), default="")  # grade, probability, "no_bid"
    comment: Mapped[str] = mapped_column(Text, default="")
