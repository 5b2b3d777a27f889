"""How the manager summary writes its sheets (docs/domain.md#the-manager-summary): titled
tables with real numbers, frozen headers and filters, and a print setup on every sheet so
LibreOffice and Excel print it without cutting a table or a chart across pages."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from desktop.services.labels import label
from desktop.services.messages import Message, Translate
from desktop.services.xlsx_write import set_cell

MONEY = "#,##0.00"
PERCENT = "0.0%"
DATE = "yyyy-mm-dd"
DATETIME = "yyyy-mm-dd hh:mm"
HEADER = PatternFill("solid", fgColor="1F4E79")
TITLE_FONT = Font(bold=True, size=14)
LINE_HEIGHT = 15  # points, a line of 11-point text


def header_lines(text: str, width: float) -> int:
    """How many lines a header wraps to in a column ``width`` characters wide (a Chinese
    character takes two)."""
    size = sum(2 if ord(char) > 0x2E80 else 1 for char in text)
    return max(1, -(-size // max(int(width) - 1, 1)))


def print_setup(sheet: Worksheet, *, one_page: bool = False) -> None:
    """A4 landscape, fitted to the page's width (and height: ``one_page``, for a sheet of
    charts), so nothing is cut at the right edge; titles repeat where ``table`` set them."""
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = sheet.ORIENTATION_LANDSCAPE
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 1 if one_page else 0
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4


@dataclass(frozen=True)
class Col:
    title: Message
    value: Callable[[Any], Any]
    number_format: str | None = None
    width: int = 14


class Writer:
    def __init__(self, book: Workbook, translate: Translate, language: str) -> None:
        self.book = book
        self.tr = translate
        self.language = language

    def text(self, message: Message) -> str:
        return message.render(self.tr)

    def sheet(self, title: Message) -> Worksheet:
        sheet: Worksheet = self.book.create_sheet(self.text(title)[:31])
        print_setup(sheet)
        return sheet

    def table(
        self,
        sheet: Worksheet,
        top: int,
        title: Message,
        columns: Sequence[Col],
        rows: Sequence[Any],
        totals: Any = None,
    ) -> tuple[int, int]:
        """Write a titled table at row ``top``, and under it a bold totals row if given
        (kept out of the filter, so filtering never hides or sorts it away); returns (first
        data row, last data row)."""
        set_cell(sheet, top, 1, self.text(title)).font = Font(bold=True, size=12)
        header = top + 1
        lines = 1
        for number, column in enumerate(columns, start=1):
            text = self.text(column.title)
            cell = set_cell(sheet, header, number, text)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = HEADER
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            letter = get_column_letter(number)
            width = max(sheet.column_dimensions[letter].width or 0, column.width)
            sheet.column_dimensions[letter].width = width
            lines = max(lines, header_lines(text, column.width))
        # Neither Excel nor LibreOffice grows a row for wrapped text written by a program.
        sheet.row_dimensions[header].height = max(
            sheet.row_dimensions[header].height or 0, LINE_HEIGHT * lines + 3
        )
        for offset, row in enumerate(rows, start=1):
            self._row(sheet, header + offset, columns, row)
        last = header + max(len(rows), 1)
        if totals is not None:
            self._row(sheet, header + len(rows) + 1, columns, totals)
            for number in range(1, len(columns) + 1):
                sheet.cell(row=header + len(rows) + 1, column=number).font = Font(bold=True)
        if top == 1:  # the sheet's main table: frozen header and filters
            sheet.freeze_panes = f"A{header + 1}"
            sheet.auto_filter.ref = f"A{header}:{get_column_letter(len(columns))}{last}"
            sheet.print_title_rows = f"{header}:{header}"
        return header + 1, header + len(rows)

    def _row(self, sheet: Worksheet, number: int, columns: Sequence[Col], row: Any) -> None:
        for column_number, column in enumerate(columns, start=1):
            cell = set_cell(sheet, number, column_number, column.value(row))
            if column.number_format:
                cell.number_format = column.number_format

    def enum(self, value: Enum | None) -> str:
        return label(value, self.tr) if value is not None else ""
