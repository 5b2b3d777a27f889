"""Opportunities (机会点), their stage history, decision group and competitors."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Record
from .enums import (
    BidDecision,
    BuyingMode,
    ForecastCategory,
    FundingSource,
    FundingStatus,
    InfluenceDegree,
    OrderPriority,
    ProjectLevel,
    Role,
    Stance,
)
from .types import Money, enum_column

if TYPE_CHECKING:
    from .account import Account
    from .stage import Stage


class Opportunity(Record, Base):
    __tablename__ = "opportunity"
    # Covers the forecast's aggregates (open stages, category, month, weighted amount).
    __table_args__ = (
        Index(
            "ix_opportunity_forecast",
            "stage_id",
            "forecast_category",
            "expected_decision_date",
            "amount",
            "probability_override",
        ),
        # Covers the list's first sort (open first, by decision date) without reading rows.
        Index("ix_opportunity_stage_id_decision_date", "stage_id", "expected_decision_date"),
    )

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200), index=True)
    amount: Mapped[Decimal] = mapped_column(Money, default=Decimal(0), index=True)  # 标的
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    purchase_date: Mapped[date | None] = mapped_column(Date)  # expected purchase time
    expected_decision_date: Mapped[date | None] = mapped_column(Date, index=True)
    stage_id: Mapped[int] = mapped_column(ForeignKey("stage.id", ondelete="RESTRICT"), index=True)
    stage_entered_on: Mapped[date] = mapped_column(Date, index=True)
    probability_override: Mapped[int | None] = mapped_column(Integer)  # percent; None: stage's
    forecast_category: Mapped[ForecastCategory] = mapped_column(
        enum_column(ForecastCategory), default=ForecastCategory.PIPELINE, index=True
    )
    score: Mapped[int | None] = mapped_column(Integer)  # latest evaluation total (4..16)
    key_contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    relationships: Mapped[str] = mapped_column(Text, default="")  # 人脉资源
    information_source: Mapped[str] = mapped_column(String(200), default="")
    funding_source: Mapped[FundingSource | None] = mapped_column(enum_column(FundingSource))
    funding_status: Mapped[FundingStatus | None] = mapped_column(enum_column(FundingStatus))
    project_type: Mapped[str] = mapped_column(String(120), default="")
    project_level: Mapped[ProjectLevel | None] = mapped_column(enum_column(ProjectLevel))
    description: Mapped[str] = mapped_column(Text, default="")
    # The team (铁三角 and sponsor): our own people, by name.
    sponsor: Mapped[str] = mapped_column(String(80), default="")
    project_manager: Mapped[str] = mapped_column(String(80), default="")
    customer_rep: Mapped[str] = mapped_column(String(80), default="")
    solution_rep: Mapped[str] = mapped_column(String(80), default="")
    delivery_rep: Mapped[str] = mapped_column(String(80), default="")
    # Project charter: budget, rhythm, milestones, bonus split, goals, risks.
    charter: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    bid_decision: Mapped[BidDecision] = mapped_column(
        enum_column(BidDecision), default=BidDecision.UNDECIDED
    )
    no_bid_reason: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[date | None] = mapped_column(Date, index=True)
    win_loss_reason: Mapped[str] = mapped_column(Text, default="")
    # The single sales objective of the strategy sheet (docs/strategy.md): what, how much and
    # by when; amount and date fall back to the opportunity's own.
    sales_objective: Mapped[str] = mapped_column(Text, default="")
    objective_amount: Mapped[Decimal | None] = mapped_column(Money)
    objective_by: Mapped[date | None] = mapped_column(Date)
    order_priority: Mapped[OrderPriority | None] = mapped_column(enum_column(OrderPriority))
    # Forecast discipline (docs/forecast-discipline.md): the decision date first promised, and
    # how often it moved later since.
    first_decision_date: Mapped[date | None] = mapped_column(Date)
    slip_count: Mapped[int] = mapped_column(Integer, default=0)

    account: Mapped[Account] = relationship(back_populates="opportunities")
    stage: Mapped[Stage] = relationship()
    stage_changes: Mapped[list[StageChange]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="StageChange.changed_at"
    )
    decision_group: Mapped[list[DecisionGroupMember]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    competitors: Mapped[list[Competitor]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class StageChange(Record, Base):
    """Stage history; an override records the exit criteria that were still unmet."""

    __tablename__ = "stage_change"

    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunity.id", ondelete="CASCADE"), index=True
    )
    from_stage_id: Mapped[int | None] = mapped_column(ForeignKey("stage.id", ondelete="SET NULL"))
    to_stage_id: Mapped[int] = mapped_column(ForeignKey("stage.id", ondelete="RESTRICT"))
    changed_at: Mapped[datetime] = mapped_column(DateTime)
    override: Mapped[bool] = mapped_column(Boolean, default=False)
    unmet_criteria: Mapped[list[str]] = mapped_column(JSON, default=list)
    note: Mapped[str] = mapped_column(Text, default="")


class StageCheck(Record, Base):
    """An exit criterion ticked for one opportunity."""

    __tablename__ = "stage_check"
    __table_args__ = (UniqueConstraint("opportunity_id", "criterion_id"),)

    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunity.id", ondelete="CASCADE"), index=True
    )
    criterion_id: Mapped[int] = mapped_column(
        ForeignKey("stage_criterion.id", ondelete="CASCADE"), index=True
    )
    done: Mapped[bool] = mapped_column(Boolean, default=True)
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
    done_by: Mapped[str] = mapped_column(String(80), default="")


class DecisionGroupMember(Record, Base):
    """A person from the org chart in this deal's decision group (项目评估小组)."""

    __tablename__ = "decision_group_member"
    __table_args__ = (UniqueConstraint("opportunity_id", "contact_id"),)

    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunity.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[Role | None] = mapped_column(enum_column(Role))  # None: the person's own
    stance: Mapped[Stance | None] = mapped_column(enum_column(Stance))  # None: the person's own
    note: Mapped[str] = mapped_column(Text, default="")
    # As a buying influence of this deal (docs/strategy.md).
    influence_degree: Mapped[InfluenceDegree | None] = mapped_column(enum_column(InfluenceDegree))
    mode: Mapped[BuyingMode | None] = mapped_column(enum_column(BuyingMode))
    win_result: Mapped[str] = mapped_column(Text, default="")  # their personal win, in a sentence


class Competitor(Record, Base):
    __tablename__ = "competitor"

    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunity.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    strengths: Mapped[str] = mapped_column(Text, default="")
    weaknesses: Mapped[str] = mapped_column(Text, default="")
    expected_share: Mapped[int | None] = mapped_column(Integer)  # percent
    note: Mapped[str] = mapped_column(Text, default="")
