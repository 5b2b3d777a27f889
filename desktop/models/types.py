"""Column types shared by the models."""

from __future__ import annotations

import enum
from decimal import ROUND_HALF_UP, Decimal
from typing import TypeVar

from sqlalchemy import BigInteger, Enum, Integer
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine

CENT = Decimal("0.01")
E = TypeVar("E", bound=enum.Enum)


class Money(TypeDecorator[Decimal]):
    """Money stored exactly as integer cents (fen); SQL sums stay exact and fast."""

    impl = Integer
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[int]:
        # SQLite's INTEGER holds 64 bits; PostgreSQL's holds 32 (¥21 million in fen), so a
        # server stores BIGINT (docs/team-server.md#one-schema-two-engines).
        wide = BigInteger() if dialect.name == "postgresql" else Integer()
        return dialect.type_descriptor(wide)

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


class StoredEnum(Enum):
    """An enum stored as text that reads a value it does not know (typed into the file by
    hand or by an older import) as None, "unknown", instead of failing every query that
    loads the row; ``check`` reports such values (docs/field-rules.md)."""

    cache_ok = True

    # None for an unknown value is the point of this type, so the override widens the result.
    def _object_value_for_elem(self, elem: str) -> str | enum.Enum | None:  # type: ignore[override]
        try:
            return super()._object_value_for_elem(elem)
        except LookupError:
            return None


def known_member(enum_type: type[E], value: object) -> E | None:
    """The member stored as ``value``, None for a value no form writes (as StoredEnum reads)."""
    try:
        return enum_type(value)
    except ValueError:
        return None


def enum_column(enum_type: type[enum.Enum]) -> Enum:
    """Store an enum by its value as plain text (no CHECK constraint to fight in migrations)."""
    return StoredEnum(
        enum_type,
        native_enum=False,
        create_constraint=False,
        validate_strings=True,
        length=32,
        values_callable=lambda members: [m.value for m in members],
    )
