"""Leads (线索): a customer's potential intent to buy within a time window."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Record
from .enums import LeadStatus, LeadTemperature
from .types import Money, enum_column

if TYPE_CHECKING:
    from .account import Account


class Lead(Record, Base):
    __tablename__ = "lead"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    # The opportunity converted from the lead starts with it.
    estimated_amount: Mapped[Decimal | None] = mapped_column(Money)
    source_channel: Mapped[str] = mapped_column(String(120), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    pain: Mapped[str] = mapped_column(Text, default="")  # pain or expectation
    solution_idea: Mapped[str] = mapped_column(Text, default="")
    budget_note: Mapped[str] = mapped_column(Text, default="")
    relationship_note: Mapped[str] = mapped_column(Text, default="")
    window_start: Mapped[date | None] = mapped_column(Date)
    window_end: Mapped[date | None] = mapped_column(Date)
    temperature: Mapped[LeadTemperature] = mapped_column(
        enum_column(LeadTemperature), default=LeadTemperature.COLD
    )
    # Temperature criteria ticked by the user, e.g. {"urgent": true, "consensus": false}.
    temperature_checks: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # MAN screen.
    has_money: Mapped[bool] = mapped_column(Boolean, default=False)
    has_authority: Mapped[bool] = mapped_column(Boolean, default=False)
    has_need: Mapped[bool] = mapped_column(Boolean, default=False)
    # Opportunity criteria (docs/domain.md#leads).
    in_buying_process: Mapped[bool] = mapped_column(Boolean, default=False)
    has_budget: Mapped[bool] = mapped_column(Boolean, default=False)
    can_participate: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[LeadStatus] = mapped_column(enum_column(LeadStatus), default=LeadStatus.OPEN)
    converted_opportunity_id: Mapped[int | None] = mapped_column(
        ForeignKey("opportunity.id", ondelete="SET NULL")
    )

    account: Mapped[Account] = relationship(back_populates="leads")
