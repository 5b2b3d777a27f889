"""Declarative base, the naming convention, and the columns every record carries."""

from __future__ import annotations

import uuid as uuid_module
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Named constraints let Alembic's batch mode drop and recreate them on SQLite.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Naive UTC timestamp to the second (SQLite has no time zones; views convert to local
    time; Excel cannot hold microseconds exactly, so exports round-trip unchanged)."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def new_uuid() -> str:
    return str(uuid_module.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Record:
    """Columns on every domain record.

    ``uuid`` never changes and survives export, import and merging of several salespeople's
    files (integer keys collide across databases); ``owner`` is the salesperson.
    """

    id: Mapped[int] = mapped_column(primary_key=True, sort_order=-5)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid, sort_order=-4)
    owner: Mapped[str] = mapped_column(String(80), default="", sort_order=-3)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, sort_order=90)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, default=utcnow, onupdate=utcnow, sort_order=91
    )
    # Raised by every write; a write based on an older read is refused (docs/team-server.md).
    version: Mapped[int] = mapped_column(default=1, server_default="1", sort_order=92)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        # Every ORM UPDATE says ``WHERE version = <the version read>`` and raises it by one:
        # a row changed meanwhile by anyone updates nothing and the write is refused.
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]
