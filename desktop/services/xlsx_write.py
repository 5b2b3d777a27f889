"""Writing cells safely: text never becomes a formula, and nothing Excel cannot store.

openpyxl turns any string that starts with "=" into a formula; OWASP's CSV-injection advice
extends the danger to "+", "-", "@", tab, CR and LF, which Excel evaluates once a user edits
the cell. Such text is written as a string cell with Excel's quote prefix (the hidden ' that
keeps it text), so the value itself round-trips unchanged. Long digit strings (phone numbers,
统一社会信用代码) stay strings, so Excel neither rounds them nor shows them in E-notation.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell, MergedCell
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

RISKY_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


AnyCell = TypeVar("AnyCell", bound=Cell | MergedCell)


def first_sheet(book: Workbook) -> Worksheet:
    """The sheet a new workbook starts with."""
    sheet = book.active
    assert isinstance(sheet, Worksheet)
    return sheet


def clean_text(text: str) -> str:
    """Drop the control characters an .xlsx cannot hold (newlines and tabs are kept)."""
    return ILLEGAL_CHARACTERS_RE.sub("", text)


def cell_value(value: Any) -> Any:
    """A value openpyxl writes as its natural type: numbers as numbers, dates as dates."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bool | int | float | date | datetime) or value is None:
        return value
    return clean_text(str(value))


def mark_as_text(cell: AnyCell) -> AnyCell:
    """Make a cell holding text a plain string cell that Excel will keep as text."""
    if isinstance(cell.value, str):
        cell.data_type = "s"
        if cell.value.startswith(RISKY_STARTS):
            cell.quotePrefix = True
    return cell


def write_cell(sheet: Worksheet, value: Any, **style: Any) -> Cell:
    """A cell for ``sheet.append([...])`` in a write-only workbook."""
    cell = WriteOnlyCell(sheet, cell_value(value))
    for name, setting in style.items():
        setattr(cell, name, setting)
    return mark_as_text(cell)


def set_cell(sheet: Worksheet, row: int, column: int, value: Any) -> Cell | MergedCell:
    """Set a cell of a normal workbook safely."""
    cell = sheet.cell(row=row, column=column)
    cell.value = cell_value(value)
    return mark_as_text(cell)
