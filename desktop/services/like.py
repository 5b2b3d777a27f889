"""LIKE patterns from what the user typed: ``%``, ``_`` and ``\\`` in it are taken
literally (every pattern uses ``escape="\\"``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement


class matches(FunctionElement[Any]):
    """``column`` matches ``pattern``, ignoring the case of Latin letters as SQLite's LIKE
    does: ILIKE on PostgreSQL, whose LIKE heeds case (docs/team-server.md#search)."""

    name = "matches"
    inherit_cache = True


@compiles(matches)
def _matches(element: matches, compiler: SQLCompiler, **kw: Any) -> str:
    column, pattern = (compiler.process(c, **kw) for c in element.clauses)
    operator = "ILIKE" if compiler.dialect.name == "postgresql" else "LIKE"
    return f"{column} {operator} {pattern} ESCAPE '\\'"


def escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contains(text: str) -> str:
    """A pattern matching ``text`` anywhere."""
    return f"%{escaped(text)}%"


def starts_with(text: str) -> str:
    return f"{escaped(text)}%"
