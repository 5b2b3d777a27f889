"""Column types shared by the models."""

from __future__ import annotations

import enum
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import Enum, Integer
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

CENT = Decimal("0.01")


class Money(TypeDecorator[Decimal]):
    """Money stored exactly as integer cents (fen); SQL sums stay exact and fast."""

    impl = Integer
    cache_ok = True

    def process_bind_param(
        self, value: Decimal | int | float | None, dialect: Dialect
    ) -> int | None:
        if value is None:
            return None
        amount = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
        return int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))

    def process_result_value(self, value: int | None, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(value) / 100).quantize(CENT)


def enum_column(enum_type: type[enum.Enum]) -> Enum:
    """Store an enum by its value as plain text (no CHECK constraint to fight in migrations)."""
    return Enum(
        enum_type,
        native_enum=False,
        create_constraint=False,
        validate_strings=True,
        length=32,
        values_callable=lambda members: [m.value for m in members],
    )
