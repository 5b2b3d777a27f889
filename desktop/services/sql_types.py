"""Type names for the SQLAlchemy statements the services build and pass around."""

from __future__ import annotations

from typing import Any, TypeAlias

from sqlalchemy import Select, Table

from desktop.models.base import Base

# A SELECT of any columns: queries that grow filters and orderings step by step.
AnySelect: TypeAlias = Select[*tuple[Any, ...]]


def table_of(model: type[Base]) -> Table:
    """The model's table, typed as one (SQLAlchemy types ``__table__`` as any FROM clause)."""
    table = model.__table__
    assert isinstance(table, Table)
    return table
