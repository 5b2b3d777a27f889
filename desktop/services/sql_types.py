"""Type names for the SQLAlchemy statements the services build and pass around."""

from __future__ import annotations

from typing import Any, TypeAlias

from sqlalchemy import Select

# A SELECT of any columns: queries that grow filters and orderings step by step.
AnySelect: TypeAlias = Select[*tuple[Any, ...]]
