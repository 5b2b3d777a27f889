"""Reading workbooks: every sheet's rows, and where its header row really is.

python-calamine reads (a Rust parser, about seven times faster than openpyxl's read-only mode
on 100,000 rows, and it refuses XML entity declarations); the file is checked by
``xlsx_guard.check_workbook`` first, so no XML is parsed from a file that is not a sound
workbook.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.services.messages import QT_TRANSLATE_NOOP, UserError
from desktop.services.xlsx_guard import check_workbook

from .values import is_blank, text

HEADER_SEARCH_ROWS = 30


@dataclass
class Sheet:
    name: str
    rows: list[list[Any]]  # every row of the sheet, as read
    header_row: int = 0  # index into rows; the data follow it
    headers: list[str] = field(default_factory=list)

    def data(self) -> list[tuple[int, list[Any]]]:
        """(row number as Excel shows it, cells) for every non-empty row below the header."""
        width = len(self.headers)
        result = []
        for index in range(self.header_row + 1, len(self.rows)):
            cells = self.rows[index]
            if any(not is_blank(cell) for cell in cells):
                padded = list(cells[:width]) + [None] * (width - len(cells))
                result.append((index + 1, padded))
        return result


def read_book(path: Path) -> list[Sheet]:
    from python_calamine import CalamineError, CalamineWorkbook

    check_workbook(path)
    try:
        book = CalamineWorkbook.from_path(str(path))
        try:
            sheets = [
                Sheet(name, book.get_sheet_by_name(name).to_python(skip_empty_area=False))
                for name in book.sheet_names
            ]
        finally:
            book.close()
    except (CalamineError, ValueError, OSError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        if "entity" in reason.lower():
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "XlsxGuard",
                    "{name} contains XML entity declarations, which workbooks do not need; "
                    "it was not opened.",
                ).with_(name=path.name)
            ) from exc
        raise UserError(
            QT_TRANSLATE_NOOP("XlsxGuard", "{name} cannot be read as a workbook: {reason}").with_(
                name=path.name, reason=reason
            )
        ) from exc
    return sheets


def find_header(sheet: Sheet, score: Callable[[list[str]], float]) -> None:
    """Set the sheet's header row: among the first rows, the one whose cells ``score``
    best as known column names (title rows, merged banners and blank rows come first in
    real sheets). ``score(cell_texts) -> int``."""
    best, best_score = 0, -1.0
    for index, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        cells = [text(cell) for cell in row]
        if sum(1 for cell in cells if cell) < 2:
            continue
        value = score(cells)
        if value > best_score:
            best, best_score = index, value
    sheet.header_row = best
    sheet.headers = [text(cell) for cell in sheet.rows[best]] if sheet.rows else []
