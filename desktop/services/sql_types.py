"""Type names for the SQLAlchemy statements the services build and pass around."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, TypeAlias

from sqlalchemy import ColumnElement, ColumnExpressionArgument, Select, Table, func, type_coerce

from desktop.models.base import Base
from desktop.models.types import Money

# A SELECT of any columns: queries that grow filters and orderings step by step.
AnySelect: TypeAlias = Select[*tuple[Any, ...]]


def table_of(model: type[Base]) -> Table:
    """The model's table, typed as one (SQLAlchemy types ``__table__`` as any FROM clause)."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


def money_sum(expression: ColumnExpressionArgument[Any]) -> ColumnElement[Decimal]:
    """SUM of a money column, 0 when there are no rows, read back as a Decimal."""
    return type_coerce(func.coalesce(func.sum(expression), 0), Money)
