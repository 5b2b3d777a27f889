"""How the database's tables look in a full export: which tables, in which order, and how
each column is written (our ids are the records' uuids; a reference holds the uuid of the
record it points to, under the column's name without ``_id``)."""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Boolean, Column, Date, DateTime, Enum, Integer, Table

from desktop.models import Base
from desktop.models.types import Money
from desktop.services.personal_data import PERSONAL_COLUMNS

# The trash; files not in the workbook; the change log has a sheet of its own.
# sync_state is where this file stands with a server: it means nothing in another file.
LEFT_OUT = {"trash_entry", "attachment", "setting", "change_log", "sync_state"}
TABLES: list[Table] = [t for t in Base.metadata.sorted_tables if t.name not in LEFT_OUT]
SETTINGS_SHEET = "setting"
MARKER = "Key Account Desk full export"  # the About sheet's first cell
# When it was written, in the change log's time: a cell that differs from what was written
# then is an edit made in the workbook (docs/merging.md).
EXPORTED_UTC = "Exported at (UTC)"
CHANGE_LOG_SHEET = "change_log"


@dataclass(frozen=True)
class ExportColumn:
    """One column of a table's sheet."""

    column: Column[Any]
    header: str
    target: str | None  # referenced table, for foreign keys
    kind: str  # "text", "int", "money", "date", "datetime", "bool", "enum", "json"
    choices: tuple[str, ...] = ()

    def to_cell(self, raw: Any, uuids: dict[str, dict[int, str]]) -> Any:
        """The raw SQLite value as the cell should hold it."""
        if raw is None:
            return None
        if self.target is not None:
            return uuids[self.target][raw]
        if self.kind == "money":
            return raw / 100
        if self.kind == "date":
            return date.fromisoformat(raw)
        if self.kind == "datetime":  # to the second: what Excel holds exactly
            return datetime.fromisoformat(raw).replace(microsecond=0)
        if self.kind == "bool":
            return bool(raw)
        return raw

    def from_cell(self, value: Any) -> Any:
        """The Python value for the ORM, from what the reader gives."""
        if value is None or value == "":
            return None if self.column.nullable or self.kind != "text" else ""
        if self.kind == "money":
            return Decimal(str(value)).quantize(Decimal("0.01"))
        if self.kind == "int":
            return int(value)
        if self.kind == "date":
            return value.date() if isinstance(value, datetime) else _as_date(value)
        if self.kind == "datetime":
            moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
            return (moment + timedelta(microseconds=500_000)).replace(microsecond=0)
        if self.kind == "bool":
            return value if isinstance(value, bool) else str(value).upper() in ("TRUE", "1")
        if self.kind == "json":
            return json.loads(value)
        if self.kind == "enum":
            return _code(self.column, value, self.choices)
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value)


_ALIASES: dict[type[enum.Enum], dict[str, enum.Enum]] = {}


def _code(column: Column[Any], value: Any, choices: tuple[str, ...]) -> str:
    """The stored code; a label typed over it in the workbook (支持者, 支持, Supporter) is read
    like the mapped import reads it. Anything else is kept for the rules to refuse."""
    from desktop.services.field_rules import BadValue, enum_of

    from . import values

    code = str(value)
    enum_class = enum_of(column)
    if code in choices or enum_class is None:
        return code
    if enum_class not in _ALIASES:
        _ALIASES[enum_class] = values.enum_aliases(enum_class)
    try:
        member = values.parse_enum(value, _ALIASES[enum_class])
    except BadValue:
        return code
    return code if member is None else str(member.value)


def _as_date(value: Any) -> date | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        from .values import parse_date

        return parse_date(value)  # a date typed over the cell, shown as Excel's serial day
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _kind(column: Column[Any]) -> tuple[str, tuple[str, ...]]:
    kind = column.type
    if isinstance(kind, Money):
        return "money", ()
    if isinstance(kind, Enum):
        enum_class = kind.enum_class
        if enum_class is not None and issubclass(enum_class, enum.Enum):
            return "enum", tuple(m.value for m in enum_class)
        return "enum", tuple(kind.enums)
    if isinstance(kind, DateTime):
        return "datetime", ()
    if isinstance(kind, Date):
        return "date", ()
    if isinstance(kind, Boolean):
        return "bool", ()
    if isinstance(kind, Integer):
        return "int", ()
    if isinstance(kind, JSON):
        return "json", ()
    return "text", ()


def columns_of(table: Table, *, personal: bool = True) -> list[ExportColumn]:
    """The sheet's columns: "id" (the uuid) first, then every column but the integer key
    (and but the personal ones, docs/personal-data.md, unless ``personal``) and the version,
    which counts writes to this database only (docs/team-server.md)."""
    left_out = () if personal else PERSONAL_COLUMNS.get(table.name, ())
    result = [ExportColumn(table.c.uuid, "id", None, "text")]
    for column in table.columns:
        if column.name in ("id", "uuid", "version") or column.name in left_out:
            continue
        keys = list(column.foreign_keys)
        if keys:
            header = column.name.removesuffix("_id")
            result.append(ExportColumn(column, header, keys[0].column.table.name, "text"))
        else:
            kind, choices = _kind(column)
            result.append(ExportColumn(column, column.name, None, kind, choices))
    return result


def json_cell(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
