"""Reading a full export of Key Account Desk: recognising one (docs/import-detection.md),
its sheets as records, and the account or person an incoming row is named after.
``full_import.py`` applies it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Table

from desktop.services.messages import QT_TRANSLATE_NOOP, UserError

from .reading import Sheet, read_book
from .tables import (
    CHANGE_LOG_SHEET,
    EXPORTED_UTC,
    MARKER,
    SETTINGS_SHEET,
    TABLES,
    ExportColumn,
    columns_of,
)

TABLES_BY_NAME: dict[str, Table] = {table.name: table for table in TABLES}


@dataclass(frozen=True)
class Candidate:
    """An incoming account or person that looks like one already in the database."""

    table: str
    incoming: str  # uuid
    existing: str  # uuid
    name: str
    account: str  # for people: the account's name
    incoming_owner: str
    existing_owner: str


@dataclass
class FullExport:
    path: Path
    sheets: dict[str, tuple[list[ExportColumn], list[dict[str, Any]]]] = field(default_factory=dict)
    settings: list[tuple[str, str]] = field(default_factory=list)
    log: list[dict[str, Any]] = field(default_factory=list)  # the change log sheet
    exported_at: datetime | None = None  # UTC, as the change log; None: an older export

    def rows(self, table: str) -> list[dict[str, Any]]:
        return self.sheets.get(table, ([], []))[1]


ROW = "#row"  # the row as Excel numbers it, kept in each record for messages; no header


def _records(sheet: Sheet) -> list[dict[str, Any]]:
    headers = [str(h) for h in sheet.rows[0]] if sheet.rows else []
    return [
        {**dict(zip(headers, row, strict=False)), ROW: number}
        for number, row in enumerate(sheet.every_row(), start=1)
        if number > 1 and any(cell not in (None, "") for cell in row)
    ]


def is_full_export(sheets: list[Sheet]) -> bool:
    """Our About sheet says so; or, when it was deleted or the sheets copied into another
    workbook, a sheet is one of ours (docs/import-detection.md)."""
    about = next((sheet for sheet in sheets if sheet.name == "About"), None)
    if about is not None and about.rows and about.rows[0] and about.rows[0][0] == MARKER:
        return True
    return any(_is_table_sheet(sheet) for sheet in sheets)


def _is_table_sheet(sheet: Sheet) -> bool:
    """Named after one of our tables, headed by "id" first and by at least two more of that
    table's columns: never a sheet to guess (its ids would become account names)."""
    table = TABLES_BY_NAME.get(sheet.name)
    if table is None or not sheet.rows or not sheet.rows[0]:
        return False
    headers = [str(h) for h in sheet.rows[0] if h not in (None, "")]
    known = {column.header for column in columns_of(table)}
    if not headers or headers[0] != "id" or len(known.intersection(headers)) < 3:
        return False
    ids = [row[0] for row in sheet.rows[1:] if row and row[0] not in (None, "")]
    return all(UUID.fullmatch(str(value)) for value in ids[:20])  # our ids, not a row number


UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def read_full_export(path: Path) -> FullExport:
    return full_export_from_sheets(path, read_book(path))


def full_export_from_sheets(path: Path, book: list[Sheet]) -> FullExport:
    sheets = {sheet.name: sheet for sheet in book}
    if not is_full_export(book):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Import",
                "{name} is not a full export of Key Account Desk; import it as accounts, people, "
                "opportunities, contracts or payments instead.",
            ).with_(name=path.name)
        )
    export = FullExport(path)
    for table in TABLES:
        sheet = sheets.get(table.name)
        if sheet is not None:
            # A column the file lacks (personal data left out) leaves the field as it is.
            present = {str(h) for h in sheet.rows[0]} if sheet.rows else set()
            columns = [c for c in columns_of(table) if c.header == "id" or c.header in present]
            export.sheets[table.name] = (columns, _records(sheet))
    if SETTINGS_SHEET in sheets:
        export.settings = [(r["key"], r["value"]) for r in _records(sheets[SETTINGS_SHEET])]
    if CHANGE_LOG_SHEET in sheets:
        export.log = _records(sheets[CHANGE_LOG_SHEET])
    # The About sheet may be gone (sheets copied into another workbook): then the moment of
    # the export is unknown, as in an export from before the change log.
    about_rows = sheets["About"].every_row() if "About" in sheets else []
    about = {str(row[0]): row[1] for row in about_rows if len(row) > 1 and row[0]}
    moment = about.get(EXPORTED_UTC)
    if moment not in (None, ""):
        export.exported_at = (
            moment if isinstance(moment, datetime) else datetime.fromisoformat(str(moment))
        )
    return export


def _name(row: dict[str, Any]) -> str:
    return str(row.get("name") or "")


def _owner(row: dict[str, Any]) -> str:
    return str(row.get("owner") or "")
