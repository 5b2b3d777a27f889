"""The deviation table (偏离表) in Excel: one sheet per kind in the columns bid documents use
(docs/tender-reading.md#the-deviation-table-on-paper-and-in-excel). Written on its own or into the
checklist's workbook."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.models.enums import DeviationType
from desktop.services.labels import label
from desktop.services.messages import QT_TRANSLATE_NOOP, Message, Translate
from desktop.services.private_files import private_output

from .deviations import DeviationRow

if TYPE_CHECKING:
    from openpyxl.workbook import Workbook

# (heading, column width): 序号, 招标文件条目号, 招标要求, 投标响应, 偏离, 说明
COLUMNS: tuple[tuple[Message, int], ...] = (
    (QT_TRANSLATE_NOOP("DeviationTable", "No."), 6),
    (QT_TRANSLATE_NOOP("DeviationTable", "Tender clause"), 16),
    (QT_TRANSLATE_NOOP("DeviationTable", "Tender requirement"), 50),
    (QT_TRANSLATE_NOOP("DeviationTable", "Our response"), 50),
    (QT_TRANSLATE_NOOP("DeviationTable", "Deviation"), 14),
    (QT_TRANSLATE_NOOP("DeviationTable", "Explanation"), 36),
)
TITLES: dict[DeviationType, Message] = {
    DeviationType.TECHNICAL: QT_TRANSLATE_NOOP("DeviationTable", "Technical deviation table"),
    DeviationType.COMMERCIAL: QT_TRANSLATE_NOOP("DeviationTable", "Commercial deviation table"),
}
HEADER_ROW = 3  # title, tender, then the column headings


def tables(rows: Iterable[DeviationRow]) -> list[tuple[DeviationType, list[DeviationRow]]]:
    """The rows split into one table per kind, technical first; a kind without rows has no
    table, and no rows at all still give an empty technical table to fill in by hand."""
    rows = list(rows)
    found = [(kind, [r for r in rows if r.kind is kind]) for kind in DeviationType]
    return [(kind, lines) for kind, lines in found if lines] or [(DeviationType.TECHNICAL, [])]


def row_values(number: int, row: DeviationRow, translate: Translate) -> list[object]:
    return [
        number,
        row.clause,
        row.requirement,
        row.response,
        label(row.deviation, translate),
        row.strategy,
    ]


def add_deviation_sheets(
    book: Workbook, rows: Iterable[DeviationRow], tender: str, translate: Translate
) -> int:
    """Append the deviation tables to ``book``; returns the number of lines written."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.properties import PageSetupProperties

    from desktop.services.xlsx_write import clean_text, set_cell

    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    written = 0
    for kind, lines in tables(rows):
        title = TITLES[kind].render(translate)
        sheet = book.create_sheet(clean_text(title)[:31])
        set_cell(sheet, 1, 1, title).font = Font(bold=True, size=14)
        set_cell(sheet, 2, 1, tender).font = Font(color="505050")
        for column, (heading, width) in enumerate(COLUMNS, start=1):
            cell = set_cell(sheet, HEADER_ROW, column, heading.render(translate))
            cell.font, cell.border = Font(bold=True), box
            cell.fill = PatternFill("solid", fgColor="DDE6F0")
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            sheet.column_dimensions[get_column_letter(column)].width = width
        for number, line in enumerate(lines, start=1):
            for column, value in enumerate(row_values(number, line, translate), start=1):
                cell = set_cell(sheet, HEADER_ROW + number, column, value)
                cell.alignment, cell.border = wrap, box
        written += len(lines)
        sheet.freeze_panes = f"A{HEADER_ROW + 1}"
        sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    return written


def export_deviations(
    rows: list[DeviationRow], tender: str, path: Path, *, translate: Translate
) -> int:
    """Write the deviation table alone to ``path``; returns the number of lines written."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    count = add_deviation_sheets(book, rows, tender, translate)
    book.properties.title = tender
    with private_output(path) as partial:
        book.save(partial)
    return count
