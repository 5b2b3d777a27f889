"""Tenders (招投标), their lots, checklists and deviation tables; checklist templates."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Record
from .enums import ChecklistStatus, Deviation, DeviationType, TenderResult
from .types import Money, enum_column

if TYPE_CHECKING:
    from .opportunity import Opportunity


class Tender(Record, Base):
    __tablename__ = "tender"

    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunity.id", ondelete="CASCADE"), index=True
    )
    tender_no: Mapped[str] = mapped_column(String(80), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    buyer: Mapped[str] = mapped_column(String(200), default="")
    agency: Mapped[str] = mapped_column(String(200), default="")  # tender agency
    documents_obtained: Mapped[str] = mapped_column(Text, default="")  # where and how
    documents_obtained_on: Mapped[date | None] = mapped_column(Date)
    clarification_deadline: Mapped[datetime | None] = mapped_column(DateTime)
    submission_deadline: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    submission_place: Mapped[str] = mapped_column(String(300), default="")
    opening_at: Mapped[datetime | None] = mapped_column(DateTime)
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime)  # when we handed it in
    bond_amount: Mapped[Decimal | None] = mapped_column(Money)  # 投标保证金
    bond_due_on: Mapped[date | None] = mapped_column(Date)
    bond_method: Mapped[str] = mapped_column(String(80), default="")
    bond_paid_on: Mapped[date | None] = mapped_column(Date)
    bond_refund_due_on: Mapped[date | None] = mapped_column(Date)
    bond_refunded_on: Mapped[date | None] = mapped_column(Date)
    price_ceiling: Mapped[Decimal | None] = mapped_column(Money)  # 最高投标限价
    responsible: Mapped[str] = mapped_column(String(200), default="")
    template_name: Mapped[str] = mapped_column(String(120), default="")  # copied from
    # Why we bid although the opportunity was marked no-bid (docs/domain.md#bid-decision).
    no_bid_override: Mapped[str] = mapped_column(Text, default="")
    # After the opening.
    clarification: Mapped[str] = mapped_column(Text, default="")  # 项目澄清
    second_quote: Mapped[Decimal | None] = mapped_column(Money)  # 二次报价
    result: Mapped[TenderResult] = mapped_column(
        enum_column(TenderResult), default=TenderResult.PENDING
    )
    result_reason: Mapped[str] = mapped_column(Text, default="")
    recovery_actions: Mapped[str] = mapped_column(Text, default="")  # 失标挽回
    revisit_on: Mapped[date | None] = mapped_column(Date)
    review_note: Mapped[str] = mapped_column(Text, default="")  # 标后总结

    opportunity: Mapped[Opportunity] = relationship()
    lots: Mapped[list[TenderLot]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="TenderLot.position"
    )
    items: Mapped[list[ChecklistItem]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="ChecklistItem.position"
    )
    deviations: Mapped[list[DeviationItem]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="DeviationItem.position"
    )


class TenderLot(Record, Base):
    __tablename__ = "tender_lot"

    tender_id: Mapped[int] = mapped_column(ForeignKey("tender.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    lot_no: Mapped[str] = mapped_column(String(40), default="")
    name: Mapped[str] = mapped_column(String(200), default="")
    our_price: Mapped[Decimal | None] = mapped_column(Money)
    result: Mapped[TenderResult] = mapped_column(
        enum_column(TenderResult), default=TenderResult.PENDING
    )
    winner: Mapped[str] = mapped_column(String(200), default="")
    winning_price: Mapped[Decimal | None] = mapped_column(Money)
    our_rank: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text, default="")


class ChecklistTemplate(Record, Base):
    __tablename__ = "checklist_template"

    name: Mapped[str] = mapped_column(String(120))
    builtin_key: Mapped[str] = mapped_column(String(80), default="")  # loaded from resources/
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)

    items: Mapped[list[TemplateItem]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="TemplateItem.position"
    )


class TemplateItem(Record, Base):
    __tablename__ = "template_item"

    template_id: Mapped[int] = mapped_column(
        ForeignKey("checklist_template.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    section: Mapped[str] = mapped_column(String(40))  # e.g. "signatures_seals"
    text_en: Mapped[str] = mapped_column(Text)
    text_zh: Mapped[str] = mapped_column(Text)
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    source: Mapped[str] = mapped_column(String(200), default="")  # e.g. a regulation article


class ChecklistItem(Record, Base):
    """A tender's own copy of a template item, so template edits never change past tenders."""

    __tablename__ = "checklist_item"

    tender_id: Mapped[int] = mapped_column(ForeignKey("tender.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    section: Mapped[str] = mapped_column(String(40))
    text_en: Mapped[str] = mapped_column(Text)
    text_zh: Mapped[str] = mapped_column(Text)
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    source: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[ChecklistStatus] = mapped_column(
        enum_column(ChecklistStatus), default=ChecklistStatus.OPEN
    )
    responsible: Mapped[str] = mapped_column(String(80), default="")
    checked_by: Mapped[str] = mapped_column(String(80), default="")
    checked_at: Mapped[datetime | None] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(Text, default="")


class DeviationItem(Record, Base):
    """A line of the technical or commercial deviation table (技术/商务偏离表)."""

    __tablename__ = "deviation_item"

    tender_id: Mapped[int] = mapped_column(ForeignKey("tender.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[DeviationType] = mapped_column(
        enum_column(DeviationType), default=DeviationType.TECHNICAL
    )
    clause: Mapped[str] = mapped_column(String(80), default="")
    requirement: Mapped[str] = mapped_column(Text, default="")
    response: Mapped[str] = mapped_column(Text, default="")
    deviation: Mapped[Deviation] = mapped_column(enum_column(Deviation), default=Deviation.NONE)
    strategy: Mapped[str] = mapped_column(Text, default="")
