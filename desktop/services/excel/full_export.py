"""The full export: every record, one sheet per table, stable English names, our ids, real
types, frozen headers, filters and drop-downs; an import of it brings back exactly the same.

Rows are read raw from SQLite and appended as plain values to a write-only workbook (the
fastest way openpyxl writes); only text that could be taken for a formula goes through a
string cell with Excel's quote prefix.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import Connection, Table

from desktop import __version__
from desktop.services import driver
from desktop.services.change_log import COLUMNS as LOG_COLUMNS
from desktop.services.clock import as_utc
from desktop.services.personal_data import PERSONAL_COLUMNS
from desktop.services.private_files import private_output
from desktop.services.schema import SCHEMA_HEAD
from desktop.services.xlsx_write import RISKY_STARTS, clean_text, write_cell

from .fast_rows import write_plainly
from .importer import Cancelled, Progress
from .tables import (
    CHANGE_LOG_SHEET,
    EXPORTED_UTC,
    MARKER,
    SETTINGS_SHEET,
    TABLES,
    ExportColumn,
    columns_of,
    json_cell,
)

if TYPE_CHECKING:
    from desktop.services.database import Database

FORMAT_VERSION = 1
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
NUMBER_FORMATS = {"money": "#,##0.00", "date": "yyyy-mm-dd", "datetime": "yyyy-mm-dd hh:mm:ss"}
WIDTHS = {"money": 16, "date": 12, "datetime": 20, "bool": 8, "int": 10, "enum": 18, "json": 40}
PERSONAL_DATA_NOTE = (
    "This file contains personal data of third parties (birthdays, families, interests, "
    "WeChat, personality and stance of client staff). Keep it as confidential as the database "
    "itself. 本文件含有第三方个人信息（客户人员的生日、家庭、爱好、微信、性格及立场），"
    "请与数据库同等保密。"
)
NO_PERSONAL_DATA_NOTE = (
    "Personal data of client staff (birthdays, families, interests, WeChat, personality…) is "
    "left out; importing this file leaves those fields as they are. Stances toward us are "
    "included: keep the file confidential. 本文件未包含客户人员的个人信息（生日、家庭、爱好、"
    "微信、性格等），导入时这些字段保持不变；文件仍含立场信息，请妥善保管。"
)


def _header_row(sheet: Worksheet, headers: list[str]) -> list[Cell]:
    cells = []
    for header in headers:
        cell = WriteOnlyCell(sheet, header)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="center")
        cells.append(cell)
    return cells


def _about(
    book: Workbook, conn: Connection, now: datetime, counts: dict[str, int], personal: bool
) -> None:
    sheet = book.create_sheet("About")
    sheet.column_dimensions["A"].width = 28
    sheet.column_dimensions["B"].width = 90
    title = WriteOnlyCell(sheet, MARKER)
    title.font = Font(bold=True, size=14)
    sheet.append([title])
    warning = WriteOnlyCell(sheet, PERSONAL_DATA_NOTE if personal else NO_PERSONAL_DATA_NOTE)
    warning.font = Font(bold=True, color="B00020")
    warning.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.append(["Personal data", warning])
    sheet.append(["Format", FORMAT_VERSION])
    sheet.append(["Exported at", now])
    sheet.append([EXPORTED_UTC, as_utc(now)])
    sheet.append(["Database", write_cell(sheet, Path(conn.engine.url.database or "").name)])
    sheet.append(["Application", f"Key Account Desk {__version__}"])
    sheet.append(["Schema", SCHEMA_HEAD])
    owners = sorted({row[0] for row in conn.exec_driver_sql("SELECT DISTINCT owner FROM account")})
    sheet.append(["Owners", write_cell(sheet, ", ".join(o for o in owners if o))])
    sheet.append([])
    sheet.append(_header_row(sheet, ["Sheet", "Records"]))
    for name, count in counts.items():
        sheet.append([name, count])


Uuids = dict[str, dict[int, str]]  # table -> id -> uuid


def _uuids(conn: Connection) -> Uuids:
    return {
        table.name: dict(conn.exec_driver_sql(f'SELECT id, uuid FROM "{table.name}"').fetchall())
        for table in TABLES
    }


def _table_sheet(
    book: Workbook,
    conn: Connection,
    table: Table,
    uuids: Uuids,
    tick: Callable[[int], object],
    personal: bool,
) -> None:
    columns = columns_of(table, personal=personal)
    sheet = book.create_sheet(table.name)
    sheet.freeze_panes = "A2"
    for number, column in enumerate(columns, start=1):
        letter = get_column_letter(number)
        width = WIDTHS.get(column.kind, 36 if column.header == "id" else 22)
        sheet.column_dimensions[letter].width = max(width, len(column.header) + 2)
        if column.kind in NUMBER_FORMATS:
            sheet.column_dimensions[letter].number_format = NUMBER_FORMATS[column.kind]
    _validations(sheet, columns)
    write_plainly(sheet)
    sheet.append(_header_row(sheet, [c.header for c in columns]))
    names = ", ".join(f'"{c.column.name}"' for c in columns)
    # Through the driver: values as SQLite stores them on either engine (dates as text).
    cursor = driver.raw(conn).execute(f'SELECT {names} FROM "{table.name}" ORDER BY id')
    count = 0
    for raw in cursor:
        sheet.append(
            [_cell(sheet, column, value, uuids) for column, value in zip(columns, raw, strict=True)]
        )
        count += 1
        if count % 2000 == 0:
            tick(2000)
    tick(count % 2000)
    last = get_column_letter(len(columns))
    sheet.auto_filter.ref = f"A1:{last}{count + 1}"


def _cell(sheet: Worksheet, column: ExportColumn, raw: Any, uuids: Uuids) -> Any:
    value = column.to_cell(raw, uuids)
    if column.kind == "json" and value is not None:
        return json_cell_text(sheet, value)
    if isinstance(value, str):
        if value.startswith(RISKY_STARTS):
            return write_cell(sheet, value)
        return clean_text(value)
    if column.kind == "money" and value is not None:
        return write_cell(sheet, value, number_format=NUMBER_FORMATS["money"])
    return value


def json_cell_text(sheet: Worksheet, raw: str) -> Cell:
    return write_cell(sheet, json_cell(json.loads(raw)))


def _validations(sheet: Worksheet, columns: list[ExportColumn]) -> None:
    for number, column in enumerate(columns, start=1):
        choices = column.choices
        if column.kind == "bool":
            choices = ("TRUE", "FALSE")
        if not choices:
            continue
        letter = get_column_letter(number)
        listing = '"' + ",".join(choices) + '"'
        validation = DataValidation(type="list", formula1=listing, allow_blank=True)
        validation.error = "Choose one of the listed values."
        validation.add(f"{letter}2:{letter}1048576")
        sheet.data_validations.append(validation)


def _settings(book: Workbook, conn: Connection) -> None:
    sheet = book.create_sheet(SETTINGS_SHEET)
    sheet.freeze_panes = "A2"
    sheet.column_dimensions["A"].width = 36
    sheet.column_dimensions["B"].width = 80
    write_plainly(sheet)
    sheet.append(_header_row(sheet, ["key", "value"]))
    query = "SELECT key, value FROM setting WHERE key NOT LIKE 'excel.merged%' ORDER BY key"
    for key, value in driver.raw(conn).execute(query):
        sheet.append([key, json_cell_text(sheet, value)])


def _change_log(
    book: Workbook, conn: Connection, leave_out: frozenset[tuple[str, str]] = frozenset()
) -> None:
    """Every change, oldest first: what merging this file elsewhere needs to know. Changes
    of the (table, column) pairs in ``leave_out`` are not written: they hold the values."""
    sheet = book.create_sheet(CHANGE_LOG_SHEET)
    sheet.freeze_panes = "A2"
    write_plainly(sheet)
    sheet.append(_header_row(sheet, list(LOG_COLUMNS)))
    names = ", ".join(LOG_COLUMNS)
    for row in driver.raw(conn).execute(f"SELECT {names} FROM change_log ORDER BY changed_at, id"):
        if (row[2], row[4]) not in leave_out:
            sheet.append([_log_cell(sheet, value) for value in row])


def _personal_fields() -> frozenset[tuple[str, str]]:
    """The (table, column) pairs of personal data (docs/personal-data.md)."""
    return frozenset(
        (table, column) for table, columns in PERSONAL_COLUMNS.items() for column in columns
    )


def _log_cell(sheet: Worksheet, value: Any) -> Any:
    if isinstance(value, str):
        return write_cell(sheet, value) if value.startswith(RISKY_STARTS) else clean_text(value)
    return value


def export_everything(
    conn: Connection,
    path: Path,
    now: datetime,
    progress: Progress = lambda _d, _t: True,
    *,
    include_personal: bool = False,
) -> dict[str, int]:
    """Write the full export of the database behind ``conn`` to ``path``; returns the number
    of records per table. ``progress`` returning False cancels (nothing is written). Personal
    data of client staff only with ``include_personal`` (docs/personal-data.md)."""
    counts = {
        table.name: conn.exec_driver_sql(f'SELECT count(*) FROM "{table.name}"').scalar_one()
        for table in TABLES
    }
    total = sum(counts.values())
    done = 0

    def tick(count: int) -> None:
        nonlocal done
        done += count
        if not progress(done, total):
            raise Cancelled

    book = Workbook(write_only=True)
    _about(book, conn, now, counts, include_personal)
    uuids = _uuids(conn)
    for table in TABLES:
        _table_sheet(book, conn, table, uuids, tick, include_personal)
    _settings(book, conn)
    # The log holds old and new values: those of personal fields left out stay out too.
    _change_log(book, conn, frozenset() if include_personal else _personal_fields())
    try:
        with private_output(path) as partial:
            book.save(partial)
    except BaseException:
        # Sheets a failed save left open would fail again when collected, printing to stderr.
        for sheet in book.worksheets:
            with contextlib.suppress(Exception):
                sheet.close()
        raise
    return counts


def export_database(
    db: Database,
    path: Path,
    now: datetime,
    progress: Progress = lambda _d, _t: True,
    *,
    include_personal: bool = False,
) -> dict[str, int]:
    """:func:`export_everything` in a read transaction of its own (so that it can run in a
    worker thread)."""
    with db.read() as s:
        return export_everything(
            s.connection(), path, now, progress, include_personal=include_personal
        )
