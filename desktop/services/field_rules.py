"""The rules a stored value follows: one implementation for the editing forms, every import
and ``check`` (docs/field-rules.md).

A rule looks at one column and one value (the Python value, or the raw text an import or the
file holds) and says what is wrong, or nothing. Messages keep a ``{field}`` placeholder: a
form fills in the field's label, an import the column's header.
"""

from __future__ import annotations

import enum
import re
import sqlite3
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import Column, Enum, Table

from .driver import Raw
from .labels import LABELS
from .messages import QT_TRANSLATE_NOOP, Message, Translate, english

if TYPE_CHECKING:
    from .driver import Raw


class BadValue(ValueError):
    """A value that cannot be stored where it was meant to go; says why, translatably."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message


EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
# Numbers with a range, by "table.column"; the forms' spin boxes use the same bounds.
RANGES: dict[str, tuple[int, int]] = {
    "contact.influence_level": (1, 5),
    "contact.closeness": (1, 5),
    "contact.trust": (1, 5),
    "contact.age": (16, 100),
    "influence_link.strength": (1, 3),
    "opportunity.probability_override": (0, 100),
    "interaction.closeness_after": (1, 5),
    "interaction.trust_after": (1, 5),
}
NOT_NEGATIVE = {
    "opportunity.amount",
    "contract.amount",
    "contract.warranty_months",
    "lead.estimated_amount",
}
POSITIVE = {"payment.amount"}
NOT_IN_FUTURE = {
    "contact.birthday",
    "contract.signed_on",
    "contract.reviewed_on",
    "payment.received_on",
    "interaction.occurred_on",
}
EMAILS = {"contact.email"}
# What a record is known by: the forms ask for it first, each with its own sentence.
REQUIRED = {"account.name", "contact.name", "opportunity.name", "contract.number"}
CURRENCIES = {"contract.currency"}
CURRENCY = re.compile(r"^[A-Z]{3}$")

NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "FieldRules", "{field}: “{value}” is not one of the allowed values: {allowed}."
)
AMBIGUOUS = QT_TRANSLATE_NOOP(
    "FieldRules", "{field}: “{value}” could mean several values: {allowed}; write it out in full."
)
TOO_LONG = QT_TRANSLATE_NOOP("PersonRules", "{field}: at most {limit} characters, please.")
FUTURE_BIRTHDAY = QT_TRANSLATE_NOOP(
    "PersonRules", "{field}: the date is in the future; a birthday cannot be after today."
)
BAD_EMAIL = QT_TRANSLATE_NOOP(
    "PersonRules", "{field}: “{value}” does not look like an e-mail address (name@example.com)."
)
BAD_RATING = QT_TRANSLATE_NOOP("PersonRules", "{field}: choose a rating from 1 to 5.")
BAD_AGE = QT_TRANSLATE_NOOP("PersonRules", "{field}: enter an age from {low} to {high}.")
OUT_OF_RANGE = QT_TRANSLATE_NOOP("FieldRules", "{field}: enter a number from {low} to {high}.")
RANGE_MESSAGES = {(1, 5): BAD_RATING, (16, 100): BAD_AGE}
NEGATIVE = QT_TRANSLATE_NOOP("ContractData", "{field}: cannot be negative.")
NOT_POSITIVE = QT_TRANSLATE_NOOP("ContractData", "{field}: must be more than zero.")
FUTURE = QT_TRANSLATE_NOOP("ContractData", "{field}: cannot be later than today.")
EMPTY = QT_TRANSLATE_NOOP("ContractData", "{field}: please fill this in.")
BAD_CURRENCY = QT_TRANSLATE_NOOP("ContractData", "{field}: three capital letters, such as CNY.")


@dataclass(frozen=True)
class Choices:
    """The allowed values of a drop-down, as a message parameter: each stored code with its
    label in the reader's language, e.g. "supporter (支持者)"."""

    members: tuple[enum.Enum, ...]

    def render(self, translate: Translate = english) -> str:
        return ", ".join(_choice(member, translate) for member in self.members)


def _choice(member: enum.Enum, translate: Translate) -> str:
    if member not in LABELS:
        return str(member.value)
    return f"{member.value} ({LABELS[member].render(translate)})"


@dataclass(frozen=True)
class Names:
    """Allowed values that are plain names (a stage list, say), as a message parameter."""

    names: tuple[str, ...]

    def render(self, translate: Translate = english) -> str:
        return ", ".join(self.names)


def enum_of(column: Column[Any]) -> type[enum.Enum] | None:
    kind = column.type
    enum_class = getattr(kind, "enum_class", None) if isinstance(kind, Enum) else None
    return (
        enum_class if isinstance(enum_class, type) and issubclass(enum_class, enum.Enum) else None
    )


@cache
def _codes(enum_class: type[enum.Enum]) -> frozenset[object]:
    return frozenset(member.value for member in enum_class)


@cache
def _column(column: Column[Any]) -> tuple[str, type[enum.Enum] | None, int | None, bool]:
    """What the rules ask of a column, worked out once (an import asks for every value of
    100,000 rows): "table.column", its choices, its length, and whether a text in it has
    only its length to keep to."""
    where = f"{column.table.name}.{column.name}"
    enum_class = enum_of(column)
    plain = enum_class is None and where not in REQUIRED | EMAILS | CURRENCIES
    return where, enum_class, getattr(column.type, "length", None), plain


@cache
def _columns(table: Table) -> dict[str, Column[Any]]:
    return {column.name: column for column in table.columns}


def text_fine_up_to(column: Column[Any]) -> int:
    """The length up to which :func:`problem` finds nothing wrong with any text in
    ``column`` (-1: a text there needs the whole check). An import skips the call for the
    hundreds of thousands of values that keep to it."""
    _where, _enum_class, limit, plain = _column(column)
    if not plain:
        return -1
    return limit or sys.maxsize


def problem(column: Column[Any], value: Any, today: date) -> Message | None:
    """What is wrong with storing ``value`` in ``column``, or None; ``{field}`` left open."""
    where, enum_class, limit, plain = _column(column)
    if plain and type(value) is str:  # what the checks below come to for such a text
        too_long = limit and len(value) > limit and value.strip()
        return TOO_LONG.with_(limit=limit) if too_long else None
    if value is None or (isinstance(value, str) and not value.strip()):
        return EMPTY if where in REQUIRED else None
    if enum_class is not None:
        if isinstance(value, enum_class) or value in _codes(enum_class):
            return None
        return NOT_ALLOWED.with_(value=value, allowed=Choices(tuple(enum_class)))
    number = isinstance(value, int | float | Decimal) and not isinstance(value, bool)
    if where in RANGES and number:
        low, high = RANGES[where]
        if not low <= value <= high:
            return RANGE_MESSAGES.get((low, high), OUT_OF_RANGE).with_(low=low, high=high)
    if where in NOT_NEGATIVE and number and value < 0:
        return NEGATIVE
    if where in POSITIVE and number and value <= 0:
        return NOT_POSITIVE
    if where in NOT_IN_FUTURE and isinstance(value, date) and value > today:
        return FUTURE_BIRTHDAY if where == "contact.birthday" else FUTURE
    if where in EMAILS and isinstance(value, str) and not EMAIL.match(value):
        return BAD_EMAIL.with_(value=value)
    if where in CURRENCIES and isinstance(value, str) and not CURRENCY.match(value):
        return BAD_CURRENCY
    if limit and isinstance(value, str) and len(value) > limit:
        return TOO_LONG.with_(limit=limit)
    return None


def problems(
    table: Table, values: Mapping[str, Any], today: date, names: Iterable[str] | None = None
) -> list[tuple[str, Message]]:
    """Every (column name, problem) of a record's values; only ``names`` when given."""
    found = []
    columns = _columns(table)
    for name in values if names is None else names:
        if name in columns and name in values:
            message = problem(columns[name], values[name], today)
            if message is not None:
                found.append((name, message))
    return found


@dataclass(frozen=True)
class StoredProblem:
    """A value in the file that no form writes (``check`` lists them)."""

    table: str
    row_id: int | str  # the row's id, a setting's key
    column: str
    value: Any


def stored_problems(
    connection: sqlite3.Connection | Raw, tables: Iterable[Table], limit: int = 1000
) -> list[StoredProblem]:
    """Drop-down values and numbers out of range, in a plain sqlite3 ``connection`` or a
    server's (:mod:`.driver`); and settings whose value does not fit."""
    import json

    from .settings import known_settings

    found: list[StoredProblem] = []
    for table in tables:
        for column in table.columns:
            enum_class = enum_of(column)
            where = f"{table.name}.{column.name}"
            if enum_class is not None:
                marks = ", ".join("?" * len(enum_class))
                condition = f'"{column.name}" NOT IN ({marks})'
                params: tuple[Any, ...] = tuple(m.value for m in enum_class)
            elif where in RANGES:
                condition, params = f'"{column.name}" NOT BETWEEN ? AND ?', RANGES[where]
            else:
                continue
            query = (
                f'SELECT id, "{column.name}" FROM "{table.name}" '
                f'WHERE "{column.name}" IS NOT NULL AND {condition} LIMIT {limit}'
            )
            for row_id, value in connection.execute(query, params):
                found.append(StoredProblem(table.name, row_id, column.name, value))
    settings = known_settings()
    for key, text in connection.execute("SELECT key, value FROM setting"):
        try:
            value = json.loads(text)
        except (TypeError, ValueError):
            value = text
        if key in settings and settings[key].problem(value) is not None:
            found.append(StoredProblem("setting", key, "value", value))
    return found
