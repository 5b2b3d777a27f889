"""Key people in the client's buying organisation, their roles and influence lines."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Record
from .enums import ExternalKind, Gender, Layer, Personality, Role, Stance
from .types import enum_column

if TYPE_CHECKING:
    from .account import Account
    from .interaction import Interaction


class Contact(Record, Base):
    """A person and the key-person record (关键人物信息表) of docs/domain.md#roles-and-stances."""

    __tablename__ = "contact"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(80), index=True)
    organisation: Mapped[str] = mapped_column(String(200), default="")  # unit, for outsiders too
    department: Mapped[str] = mapped_column(String(120), default="")
    title: Mapped[str] = mapped_column(String(120), default="")
    layer: Mapped[Layer] = mapped_column(enum_column(Layer), default=Layer.OPERATIONAL)
    external_kind: Mapped[ExternalKind | None] = mapped_column(enum_column(ExternalKind))
    reports_to_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    stance: Mapped[Stance | None] = mapped_column(enum_column(Stance))  # None: unknown
    influence_level: Mapped[int | None] = mapped_column(Integer)  # 1 (low) .. 5 (high)
    closeness: Mapped[int | None] = mapped_column(Integer)  # 亲近度 1..5, latest known
    trust: Mapped[int | None] = mapped_column(Integer)  # 信任度 1..5, latest known
    could_be_coach: Mapped[bool] = mapped_column(Boolean, default=False)
    personality: Mapped[Personality | None] = mapped_column(enum_column(Personality))
    temperament: Mapped[str] = mapped_column(String(200), default="")  # 气质
    outlook: Mapped[str] = mapped_column(String(200), default="")  # 思想
    eloquence: Mapped[str] = mapped_column(String(200), default="")  # 口才
    others_rating: Mapped[str] = mapped_column(Text, default="")  # how others rate them
    # Personal data of a third party (docs/domain.md#personal-data): exports leave it out by
    # default.
    gender: Mapped[Gender | None] = mapped_column(enum_column(Gender))
    birthday: Mapped[date | None] = mapped_column(Date, index=True)  # birthday reminders
    age: Mapped[int | None] = mapped_column(Integer)  # when the birthday is not known
    birthplace: Mapped[str] = mapped_column(String(120), default="")
    education: Mapped[str] = mapped_column(String(200), default="")
    interests: Mapped[str] = mapped_column(Text, default="")
    introduced_by: Mapped[str] = mapped_column(String(200), default="")
    family: Mapped[str] = mapped_column(Text, default="")  # spouse and children
    background: Mapped[str] = mapped_column(Text, default="")
    # Contact details.
    phone: Mapped[str] = mapped_column(String(40), default="")
    mobile: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    wechat: Mapped[str] = mapped_column(String(80), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Left the client (docs/map-over-time.md); a person who joined another client of ours is
    # moved there, keeping their history, and remembers where they came from.
    left_on: Mapped[date | None] = mapped_column(Date)
    moved_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("account.id", ondelete="SET NULL"), index=True
    )
    moved_on: Mapped[date | None] = mapped_column(Date)

    account: Mapped[Account] = relationship(
        back_populates="contacts", foreign_keys="Contact.account_id"
    )
    reports_to: Mapped[Contact | None] = relationship(remote_side="Contact.id")
    role_links: Mapped[list[ContactRole]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="ContactRole.role"
    )
    interactions: Mapped[list[Interaction]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", passive_deletes=True
    )

    @property
    def roles(self) -> list[Role]:
        return [link.role for link in self.role_links]


class ContactRole(Record, Base):
    """One of a person's roles in the buying organisation (several are allowed)."""

    __tablename__ = "contact_role"
    __table_args__ = (UniqueConstraint("contact_id", "role"),)

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[Role] = mapped_column(enum_column(Role))


class InfluenceLink(Record, Base):
    """``source`` can influence ``target`` (an informal line, unlike reports-to)."""

    __tablename__ = "influence_link"
    __table_args__ = (UniqueConstraint("source_id", "target_id"),)

    source_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    strength: Mapped[int] = mapped_column(Integer, default=2)  # 1 weak .. 3 strong
    note: Mapped[str] = mapped_column(Text, default="")


class RelationshipOwner(Record, Base):
    """Someone on our team who knows this person, and how well (docs/coverage.md)."""

    __tablename__ = "relationship_owner"
    __table_args__ = (UniqueConstraint("contact_id", "member"),)

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    member: Mapped[str] = mapped_column(String(80))  # our colleague's name
    strength: Mapped[int] = mapped_column(Integer, default=2)  # 1 acquainted .. 3 strong
    note: Mapped[str] = mapped_column(Text, default="")
