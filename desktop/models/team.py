"""A team on one server (docs/team-server.md): accounts shared with colleagues, hand-overs of
one salesperson's records to another, and a laptop's synchronisation state."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Record


class AccountShare(Record, Base):
    """``member`` (a colleague's name, as the server knows them) sees and changes the account
    and everything that hangs under it."""

    __tablename__ = "account_share"
    __table_args__ = (UniqueConstraint("account_id", "member"),)

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    member: Mapped[str] = mapped_column(String(80))


class Handover(Record, Base):
    """Every record of ``from_owner`` given to ``to_owner`` in one transaction."""

    __tablename__ = "handover"

    from_owner: Mapped[str] = mapped_column(String(80))
    to_owner: Mapped[str] = mapped_column(String(80))
    records: Mapped[int] = mapped_column(Integer, default=0)
    handed_by: Mapped[str] = mapped_column(String(80), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class SyncState(Base):
    """What a laptop file last exchanged with one server (a row per server, found by the
    server's identity): the server's change-log position and the local one."""

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    server_id: Mapped[str] = mapped_column(String(36), unique=True)
    server_label: Mapped[str] = mapped_column(String(300), default="")  # host/db, no password
    server_cursor: Mapped[int] = mapped_column(BigInteger, default=0)
    local_cursor: Mapped[int] = mapped_column(BigInteger, default=0)
    synced_at: Mapped[datetime | None] = mapped_column(DateTime)
