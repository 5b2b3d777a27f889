"""Type names for the SQLAlchemy statements the services build and pass around."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, TypeAlias

from sqlalchemy import (
    ColumnElement,
    ColumnExpressionArgument,
    Select,
    String,
    Table,
    func,
    type_coerce,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

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


class month_of(FunctionElement[str]):
    """The ``YYYY-MM`` of a date column, on either engine (docs/team-server.md)."""

    type = String()
    name = "month_of"
    inherit_cache = True


@compiles(month_of)
def _month_of(element: month_of, compiler: SQLCompiler, **kw: Any) -> str:
    (day,) = (compiler.process(c, **kw) for c in element.clauses)
    if compiler.dialect.name == "postgresql":
        return f"to_char({day}, 'YYYY-MM')"
    return f"strftime('%Y-%m', {day})"
