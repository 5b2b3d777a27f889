"""Reading workbooks: every sheet's rows, and where its header row really is.

python-calamine reads (a Rust parser, about seven times faster than openpyxl's read-only mode
on 100,000 rows, and it refuses XML entity declarations); the file is checked by
``xlsx_guard.check_workbook`` first, so no XML is parsed from a file that is not a sound
workbook.

A sheet keeps its cells in calamine's compact form (about 65 MB for 100,000 rows of eleven
columns, a quarter of the same cells as Python lists); only its first rows are Python values,
to find the header in and to preview. The import streams the rest row by row
(``Sheet.data``), as often as it runs (docs/speed.md).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from desktop.services.messages import QT_TRANSLATE_NOOP, UserError
from desktop.services.xlsx_guard import check_workbook

from .values import is_blank, text

HEADER_SEARCH_ROWS = 30
HEAD_ROWS = HEADER_SEARCH_ROWS + 30  # held as Python values: the header and a preview below it


@dataclass
class Sheet:
    name: str
    rows: list[list[Any]]  # the first rows as read (HEAD_ROWS); all of them without ``source``
    header_row: int = 0  # index into rows; the data follow it
    headers: list[str] = field(default_factory=list)
    source: Callable[[], Iterable[list[Any]]] | None = None  # every row, read again each call
    height: int | None = None  # rows in all, when ``rows`` holds only the first ones

    def every_row(self) -> Iterable[list[Any]]:
        return self.rows if self.source is None else self.source()

    def data(self) -> Iterator[tuple[int, list[Any]]]:
        """(row number as Excel shows it, cells) for every non-empty row below the header,
        streamed from the whole sheet."""
        return self._data(self.every_row())

    def preview(self, count: int) -> list[tuple[int, list[Any]]]:
        """The first ``count`` rows of ``data`` among the rows held (no streaming)."""
        return list(islice(self._data(self.rows), count))

    def size(self) -> int:
        """Rows below the header, blank ones included: what the import goes through."""
        height = len(self.rows) if self.height is None else self.height
        return max(height - self.header_row - 1, 0)

    def _data(self, rows: Iterable[list[Any]]) -> Iterator[tuple[int, list[Any]]]:
        width = len(self.headers)
        for index, cells in enumerate(rows):
            if index > self.header_row and any(not is_blank(cell) for cell in cells):
                padded = list(cells[:width]) + [None] * (width - len(cells))
                yield index + 1, padded


def _cells(sheet: Any) -> Iterator[list[Any]]:
    """A calamine sheet's rows from A1 on, as ``to_python(skip_empty_area=False)`` gives them:
    its ``iter_rows`` starts at row 1 but at the first column used."""
    width = sheet.end[1] + 1 if sheet.end else 0
    for row in sheet.iter_rows():
        yield [""] * (width - len(row)) + row if len(row) < width else row


def _calamine_sheet(name: str, sheet: Any) -> Sheet:
    height = sheet.end[0] + 1 if sheet.end else 0
    return Sheet(
        name, list(islice(_cells(sheet), HEAD_ROWS)), source=lambda: _cells(sheet), height=height
    )


def read_book(path: Path) -> list[Sheet]:
    from python_calamine import CalamineError, CalamineWorkbook

    check_workbook(path)
    try:
        book = CalamineWorkbook.from_path(str(path))
        try:
            sheets = [
                _calamine_sheet(name, book.get_sheet_by_name(name)) for name in book.sheet_names
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
