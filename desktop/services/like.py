"""LIKE patterns from what the user typed: ``%``, ``_`` and ``\\`` in it are taken
literally (every pattern uses ``escape="\\"``)."""

from __future__ import annotations


def escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contains(text: str) -> str:
    """A pattern matching ``text`` anywhere."""
    return f"%{escaped(text)}%"


def starts_with(text: str) -> str:
    return f"{escaped(text)}%"
