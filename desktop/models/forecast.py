"""Monthly targets and the weekly commit snapshots."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Record
from .enums import ForecastCategory
from .types import Money, enum_column


class MonthlyTarget(Record, Base):
    __tablename__ = "monthly_target"
    __table_args__ = (UniqueConstraint("owner", "month"),)

    month: Mapped[date] = mapped_column(Date)  # first day of the month
    amount: Mapped[Decimal] = mapped_column(Money)


class ForecastSnapshot(Record, Base):
    """Commit and best case frozen for one week."""

    __tablename__ = "forecast_snapshot"
    __table_args__ = (UniqueConstraint("owner", "week_start"),)

    week_start: Mapped[date] = mapped_column(Date)  # Monday
    taken_at: Mapped[datetime] = mapped_column(DateTime)

    lines: Mapped[list[SnapshotLine]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class SnapshotLine(Record, Base):
    __tablename__ = "snapshot_line"

    snapshot_id: Mapped[int] = mapped_column(
        ForeignKey("forecast_snapshot.id", ondelete="CASCADE"), index=True
    )
    opportunity_uuid: Mapped[str] = mapped_column(String(36))
    name: Mapped[str] = mapped_column(String(200))
    account_name: Mapped[str] = mapped_column(String(200))
    amount: Mapped[Decimal] = mapped_column(Money)
    category: Mapped[ForecastCategory] = mapped_column(enum_column(ForecastCategory))
    expected_decision_date: Mapped[date | None] = mapped_column(Date)
    probability: Mapped[int] = mapped_column(Integer)
