"""Rows of a write-only sheet written straight as the sheet's XML (docs/speed.md, "Export").

openpyxl's write-only mode makes a cell object and an XML element for every value, then
serialises the element: about 15 µs a cell with its own writer (which the application keeps,
see desktop/__init__.py), most of the full export's time. Here a row of plain values becomes
its XML text in one pass, the same XML openpyxl writes (inline strings, numbers to 16 digits,
dates as serial numbers with openpyxl's date formats); a styled cell (a header, a money cell,
text with the quote prefix) is written from its value, type and style id. Anything else
(a formula, an error, a rich text) goes through openpyxl's own cell writer.

One difference: a plain string is always text here, where openpyxl would make "=…" a formula
and "#N/A" an error cell (text that Excel could take for a formula still goes through
``xlsx_write.write_cell``, for its quote prefix).
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable
from datetime import date, datetime
from typing import Any
from xml.sax.saxutils import escape

from openpyxl import LXML
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell._writer import write_cell as openpyxl_write_cell
from openpyxl.cell.cell import Cell
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

MAX_TEXT = 32767  # what a cell holds; openpyxl cuts longer text the same way


def write_plainly(sheet: WriteOnlyWorksheet) -> None:
    """From now on, rows appended to ``sheet`` are written by :func:`_sheet_data`.

    Call before the first ``append``. This takes the place of openpyxl's
    ``WriteOnlyWorksheet._write_rows`` (same protocol: a generator sent each row, closed at
    the sheet's end), so the rest of openpyxl's writing (columns, panes, filters, drop-downs,
    the workbook's parts) stays its own. Left to openpyxl if it writes with lxml (only when
    it was imported before ``desktop``)."""
    if LXML:
        return
    private: Any = sheet  # openpyxl's own attributes, which its stubs leave out
    private._get_writer()
    rows = _sheet_data(sheet)
    next(rows)
    private._rows = rows


def _sheet_data(sheet: WriteOnlyWorksheet) -> Generator[None, Iterable[Any], None]:
    private: Any = sheet
    stream = private._writer.xf
    xf = stream.send(True)
    write: Callable[[str], object] = xf._file  # et_xmlfile's text writer of the sheet part
    to_xml = _Cells(sheet)
    with xf.element("sheetData"):
        number = 0
        try:
            while True:
                values = yield
                number += 1
                write(f'<row r="{number}">')
                for column, value in enumerate(values, start=1):
                    if value is not None:
                        text = to_xml.cell(column, number, value)
                        if text is None:  # written by openpyxl
                            _openpyxl_cell(xf, sheet, column, number, value)
                        else:
                            write(text)
                write("</row>")
        except GeneratorExit:
            pass
    stream.send(None)


class _Cells:
    """The XML of one cell, by the value's type."""

    def __init__(self, sheet: WriteOnlyWorksheet) -> None:
        book: Any = sheet.parent
        self.epoch = book.epoch
        self.sheet = sheet
        self.letters: list[str] = [""]
        # The style ids openpyxl gives a date and a date-time (their number formats), asked
        # for when first needed: the workbook's styles keep openpyxl's order.
        self.styles: dict[type, str] = {}

    def reference(self, column: int, row: int) -> str:
        while len(self.letters) <= column:
            self.letters.append(get_column_letter(len(self.letters)))
        return f"{self.letters[column]}{row}"

    def cell(self, column: int, row: int, value: Any) -> str | None:
        kind = type(value)
        if kind is str:
            return _text(self.reference(column, row), "", value)
        if kind is int or kind is float:
            return _number(self.reference(column, row), "", value)
        if kind is bool:
            return f'<c r="{self.reference(column, row)}" t="b"><v>{int(value)}</v></c>'
        if kind is datetime or kind is date:
            style = self.styles.get(kind)
            if style is None:
                style = self.styles[kind] = f' s="{WriteOnlyCell(self.sheet, value).style_id}"'
            serial = to_excel(value, self.epoch)  # type: ignore[no-untyped-call]
            return _number(self.reference(column, row), style, serial)
        if isinstance(value, Cell):
            return self.styled(column, row, value)
        return None

    def styled(self, column: int, row: int, cell: Cell) -> str | None:
        value = cell._value  # type: ignore[attr-defined]  # as set, before any formatting
        style = f' s="{cell.style_id}"' if cell.has_style else ""
        reference = self.reference(column, row)
        if value is None:
            return f'<c r="{reference}"{style} />' if style else ""
        if cell.data_type == "s" and isinstance(value, str):
            return _text(reference, style, value)
        if cell.data_type == "n" and type(value) in (int, float):
            return _number(reference, style, value)
        return None


def _text(reference: str, style: str, value: str) -> str:
    if not value:
        return f'<c r="{reference}"{style} t="inlineStr" />'
    value = value[:MAX_TEXT]
    stripped = value.strip()
    space = ' xml:space="preserve"' if stripped and stripped != value else ""
    return f'<c r="{reference}"{style} t="inlineStr"><is><t{space}>{escape(value)}</t></is></c>'


def _number(reference: str, style: str, value: float) -> str:
    if value != value or value in (float("inf"), float("-inf")):
        return f'<c r="{reference}"{style} t="n"><v /></c>'
    return f'<c r="{reference}"{style} t="n"><v>{value:.16g}</v></c>'


def _openpyxl_cell(xf: Any, sheet: WriteOnlyWorksheet, column: int, row: int, value: Any) -> None:
    cell = value if isinstance(value, Cell) else WriteOnlyCell(sheet, value)
    cell.column = column
    cell.row = row
    openpyxl_write_cell(xf, sheet, cell, cell.has_style)
