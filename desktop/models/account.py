"""Client accounts (客户)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Record
from .enums import CustomerClass, FinancialCondition, IndustryStage, OwnershipType, PaymentHistory
from .types import enum_column

if TYPE_CHECKING:
    from .contact import Contact
    from .contract import Contract
    from .lead import Lead
    from .opportunity import Opportunity


class Account(Record, Base):
    __tablename__ = "account"

    name: Mapped[str] = mapped_column(String(200), index=True)
    short_name: Mapped[str] = mapped_column(String(80), default="")
    industry: Mapped[str] = mapped_column(String(80), default="")
    region: Mapped[str] = mapped_column(String(80), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    tax_id: Mapped[str] = mapped_column(String(40), default="")  # 统一社会信用代码
    source_channel: Mapped[str] = mapped_column(String(120), default="")
    customer_class: Mapped[CustomerClass | None] = mapped_column(enum_column(CustomerClass))
    ownership_type: Mapped[OwnershipType | None] = mapped_column(enum_column(OwnershipType))
    industry_stage: Mapped[IndustryStage | None] = mapped_column(enum_column(IndustryStage))
    financial_condition: Mapped[FinancialCondition | None] = mapped_column(
        enum_column(FinancialCondition)
    )
    payment_history: Mapped[PaymentHistory | None] = mapped_column(enum_column(PaymentHistory))
    notes: Mapped[str] = mapped_column(Text, default="")

    contacts: Mapped[list[Contact]] = relationship(
        back_populates="account",
        cascade="all, delete-orphan",
        passive_deletes=True,
        foreign_keys="Contact.account_id",
    )
    leads: Mapped[list[Lead]] = relationship(
        back_populates="account", cascade="all, delete-orphan", passive_deletes=True
    )
    opportunities: Mapped[list[Opportunity]] = relationship(
        back_populates="account", cascade="all, delete-orphan", passive_deletes=True
    )
    contracts: Mapped[list[Contract]] = relationship(
        back_populates="account", cascade="all, delete-orphan", passive_deletes=True
    )
