"""Application settings kept with the data (stage list lives in ``stage``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class Setting(Base):
    """A named value; the keys and their defaults are declared in ``desktop.services.settings``."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
