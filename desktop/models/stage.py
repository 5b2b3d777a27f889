"""The sales stages with their probabilities and exit checklists (editable settings)."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Record


class Stage(Record, Base):
    __tablename__ = "stage"

    code: Mapped[str] = mapped_column(String(40), unique=True)  # stable key, e.g. "validate"
    name_en: Mapped[str] = mapped_column(String(120))
    name_zh: Mapped[str] = mapped_column(String(120))
    probability: Mapped[int] = mapped_column(Integer)  # percent
    position: Mapped[int] = mapped_column(Integer)
    is_closed: Mapped[bool] = mapped_column(Boolean, default=False)
    is_won: Mapped[bool] = mapped_column(Boolean, default=False)

    criteria: Mapped[list[StageCriterion]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="StageCriterion.position"
    )


class StageCriterion(Record, Base):
    """One exit criterion of a stage (任务清单 / 符合条件 / 成功标准)."""

    __tablename__ = "stage_criterion"

    stage_id: Mapped[int] = mapped_column(ForeignKey("stage.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text_en: Mapped[str] = mapped_column(Text)
    text_zh: Mapped[str] = mapped_column(Text)
