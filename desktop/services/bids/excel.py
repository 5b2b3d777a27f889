"""The checklist as an Excel sheet a bid clerk can tick in Excel, and reading it back.

The sheet carries the tender's uuid (on a hidden sheet) and each item's uuid (in its last
column), so an import applies ticks to the right items and refuses a sheet that belongs to
another tender. Text is always written as text, never as a formula.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from desktop.models import Tender
from desktop.models.enums import ChecklistStatus
from desktop.services.database import Database
from desktop.services.labels import label, localized
from desktop.services.messages import QT_TRANSLATE_NOOP, Translate, UserError, english
from desktop.services.private_files import private_output
from desktop.services.xlsx_guard import read_workbook

from .checklist import ChecklistRow, ChecklistService, ItemState, ticked
from .deviation_excel import add_deviation_sheets
from .deviations import DeviationService
from .sections import section_label

# openpyxl (and numpy under it) loads when a checklist first goes to or comes from Excel,
# not when the bid tab opens.
if TYPE_CHECKING:
    from openpyxl.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

FORMAT = 1
META_SHEET = "KeyAccountDesk"
FIRST_ROW = 8  # the first item row; the header is the row above
MAX_ROWS = 5_000
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


HEADERS = (
    (QT_TRANSLATE_NOOP("ChecklistExcel", "No."), 6),
    (QT_TRANSLATE_NOOP("ChecklistExcel", "Section"), 22),
    (QT_TRANSLATE_NOOP("ChecklistExcel", "Item"), 60),
    (QT_TRANSLATE_NOOP("ChecklistExcel", "Required"), 10),
    (QT_TRANSLATE_NOOP("ChecklistExcel", "Status"), 14),
    (QT_TRANSLATE_NOOP("ChecklistExcel", "Responsible"), 14),
    (QT_TRANSLATE_NOOP("ChecklistExcel", "Note"), 36),
    (QT_TRANSLATE_NOOP("ChecklistExcel", "Checked by"), 14),
    (QT_TRANSLATE_NOOP("ChecklistExcel", "Checked at"), 17),
    (QT_TRANSLATE_NOOP("ChecklistExcel", "Source"), 26),
    (QT_TRANSLATE_NOOP("ChecklistExcel", "Item ID (do not change)"), 38),
)
COL_STATUS, COL_RESPONSIBLE, COL_NOTE, COL_CHECKED_BY, COL_ID = 5, 6, 7, 8, 11


@dataclass(frozen=True)
class ItemChange:
    item_id: int
    row: int  # in the sheet
    text_en: str
    text_zh: str
    before: ItemState
    after: ItemState


@dataclass(frozen=True)
class ImportPreview:
    tender_id: int
    changes: tuple[ItemChange, ...]
    unchanged: int
    ignored_rows: tuple[int, ...]  # rows without a known item id (headings, added lines)

    @property
    def after(self) -> dict[int, ItemState]:
        return {change.item_id: change.after for change in self.changes}

    @property
    def before(self) -> dict[int, ItemState]:
        return {change.item_id: change.before for change in self.changes}


def status_labels(translate: Translate) -> dict[ChecklistStatus, str]:
    return {status: label(status, translate) for status in ChecklistStatus}


def _status_lookup(translate: Translate) -> dict[str, ChecklistStatus]:
    lookup: dict[str, ChecklistStatus] = {}
    for status in ChecklistStatus:
        for text in (status.value, label(status, english), label(status, translate)):
            lookup[text.strip().casefold()] = status
    return lookup


class ChecklistWorkbook:
    """Export to and import from the Excel sheet of one tender's checklist."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._items = ChecklistService(db)

    def _tender(self, tender_id: int) -> tuple[str, str, str, datetime | None]:
        with self._db.read() as s:
            tender = s.get_one(Tender, tender_id)
            return tender.uuid, tender.tender_no, tender.title, tender.submission_deadline

    # ---- export ---------------------------------------------------------------------
    def export(
        self, tender_id: int, path: Path, *, translate: Translate, language: str, today: date
    ) -> int:
        """Write the checklist to ``path``; returns the number of items written."""
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.datavalidation import DataValidation
        from openpyxl.worksheet.properties import PageSetupProperties

        from desktop.services.xlsx_write import clean_text, first_sheet, set_cell

        uuid, number, title, deadline = self._tender(tender_id)
        items = self._items.items(tender_id)
        labels = status_labels(translate)
        book = Workbook()
        sheet = first_sheet(book)
        sheet.title = clean_text(
            QT_TRANSLATE_NOOP("ChecklistExcel", "Checklist").render(translate)
        )[:31]
        self._write_head(sheet, translate, number, title, deadline, today)
        bold = Font(bold=True)
        fill = PatternFill("solid", fgColor="DDE6F0")
        thin = Side(style="thin", color="A0A8B0")
        for column, (header, width) in enumerate(HEADERS, start=1):
            cell = set_cell(sheet, FIRST_ROW - 1, column, header.render(translate))
            cell.font, cell.fill = bold, fill
            cell.border = Border(bottom=thin)
            sheet.column_dimensions[get_column_letter(column)].width = width
        wrap = Alignment(wrap_text=True, vertical="top")
        for offset, item in enumerate(items):
            row = FIRST_ROW + offset
            values = self._row_values(item, offset + 1, labels, translate, language)
            for column, value in enumerate(values, start=1):
                cell = set_cell(sheet, row, column, value)
                cell.alignment = wrap
                if column == 9 and isinstance(value, datetime):
                    cell.number_format = "yyyy-mm-dd hh:mm"
        last = FIRST_ROW + max(len(items), 1) - 1
        choices = ",".join(labels[status] for status in ChecklistStatus)
        validation = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True)
        validation.error = QT_TRANSLATE_NOOP(
            "ChecklistExcel", "Choose a status from the list."
        ).render(translate)
        validation.errorTitle = QT_TRANSLATE_NOOP("ChecklistExcel", "Status").render(translate)
        validation.showErrorMessage = True
        sheet.add_data_validation(validation)
        status_column = get_column_letter(COL_STATUS)
        validation.add(f"{status_column}{FIRST_ROW}:{status_column}{last}")
        sheet.freeze_panes = f"D{FIRST_ROW}"
        sheet.auto_filter.ref = f"A{FIRST_ROW - 1}:{get_column_letter(len(HEADERS))}{last}"
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        sheet.print_title_rows = f"{FIRST_ROW - 1}:{FIRST_ROW - 1}"
        # After the checklist (import reads the first sheet), before the hidden meta sheet.
        add_deviation_sheets(
            book, DeviationService(self._db).list(tender_id), number or title, translate
        )
        meta = book.create_sheet(META_SHEET)
        for row, (key, value) in enumerate(
            (("format", FORMAT), ("tender_uuid", uuid), ("tender_no", number), ("title", title)),
            start=1,
        ):
            set_cell(meta, row, 1, key)
            set_cell(meta, row, 2, value)
        meta.sheet_state = "hidden"
        book.properties.identifier = uuid
        book.properties.title = clean_text(title)
        with private_output(path) as partial:
            book.save(partial)
        return len(items)

    def _write_head(
        self,
        sheet: Worksheet,
        translate: Translate,
        number: str,
        title: str,
        deadline: datetime | None,
        today: date,
    ) -> None:
        from openpyxl.styles import Alignment, Font

        from desktop.services.xlsx_write import set_cell

        set_cell(
            sheet, 1, 1, QT_TRANSLATE_NOOP("ChecklistExcel", "Bid checklist").render(translate)
        ).font = Font(bold=True, size=14)
        rows = (
            (QT_TRANSLATE_NOOP("ChecklistExcel", "Tender"), title),
            (QT_TRANSLATE_NOOP("ChecklistExcel", "Tender number"), number),
            (QT_TRANSLATE_NOOP("ChecklistExcel", "Submission deadline"), deadline),
            (QT_TRANSLATE_NOOP("ChecklistExcel", "Exported on"), today),
        )
        for row, (caption, value) in enumerate(rows, start=2):
            set_cell(sheet, row, 2, caption.render(translate)).font = Font(bold=True)
            cell = set_cell(sheet, row, 3, value)
            if isinstance(value, datetime):
                cell.number_format = "yyyy-mm-dd hh:mm"
            elif isinstance(value, date):
                cell.number_format = "yyyy-mm-dd"
            cell.alignment = Alignment(horizontal="left")
        hint = QT_TRANSLATE_NOOP(
            "ChecklistExcel",
            "Tick in the Status column (choose from the list) and write notes, then import the "
            "file back into Key Account Desk.",
        )
        set_cell(sheet, 6, 2, hint.render(translate)).font = Font(italic=True, color="606060")

    @staticmethod
    def _row_values(
        item: ChecklistRow,
        number: int,
        labels: dict[ChecklistStatus, str],
        translate: Translate,
        language: str,
    ) -> list[Any]:
        yes, no = (
            QT_TRANSLATE_NOOP("ChecklistExcel", "Yes").render(translate),
            QT_TRANSLATE_NOOP("ChecklistExcel", "No").render(translate),
        )
        return [
            number,
            section_label(item.section, translate),
            localized(item.text_en, item.text_zh, language),
            yes if item.required else no,
            labels[item.status],
            item.responsible,
            item.note,
            item.checked_by,
            item.checked_at,
            item.source,
            item.uuid,
        ]

    # ---- import ---------------------------------------------------------------------
    def read(
        self, tender_id: int, path: Path, *, translate: Translate, by: str, at: datetime
    ) -> ImportPreview:
        """What importing ``path`` would change (nothing is saved): checks the file, then
        refuses a sheet of another tender and any row it cannot understand."""
        uuid, number, title, _ = self._tender(tender_id)
        with read_workbook(path) as book:  # checked first; every failure a one-line message
            sheet_uuid = self._sheet_tender(book, path)
            if sheet_uuid != uuid:
                raise self._foreign(sheet_uuid, number or title)
            rows = list(book.worksheets[0].iter_rows(min_row=FIRST_ROW, values_only=True))
        if len(rows) > MAX_ROWS:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "ChecklistExcel",
                    "The sheet has more than {limit} rows; it is not one we exported.",
                ).with_(limit=MAX_ROWS)
            )
        return self._compare(tender_id, rows, translate, by, at)

    def _sheet_tender(self, book: Workbook, path: Path) -> str:
        if META_SHEET not in book.sheetnames:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "ChecklistExcel",
                    "{name} is not a checklist exported from Key Account Desk (its hidden "
                    "{sheet} sheet is missing).",
                ).with_(name=path.name, sheet=META_SHEET)
            )
        values = {
            str(row[0]): row[1]
            for row in book[META_SHEET].iter_rows(max_col=2, values_only=True)
            if row and row[0] is not None
        }
        return str(values.get("tender_uuid") or "")

    def _foreign(self, sheet_uuid: str, ours: str) -> UserError:
        with self._db.read() as s:
            other = s.execute(
                select(Tender.tender_no, Tender.title).where(Tender.uuid == sheet_uuid)
            ).first()
        if other is None:
            return UserError(
                QT_TRANSLATE_NOOP(
                    "ChecklistExcel",
                    "This sheet belongs to another tender, not to {ours}; nothing was imported.",
                ).with_(ours=ours)
            )
        return UserError(
            QT_TRANSLATE_NOOP(
                "ChecklistExcel",
                "This sheet belongs to tender {other}, not to {ours}; nothing was imported. "
                "Select that tender to import it.",
            ).with_(other=other.tender_no or other.title, ours=ours)
        )

    def _compare(
        self,
        tender_id: int,
        rows: list[tuple[Any, ...]],
        translate: Translate,
        by: str,
        at: datetime,
    ) -> ImportPreview:
        items = {item.uuid: item for item in self._items.items(tender_id)}
        statuses = _status_lookup(translate)
        changes, ignored, unchanged = [], [], 0
        for offset, values in enumerate(rows):
            row = FIRST_ROW + offset
            cells = list(values) + [None] * (COL_ID - len(values))
            item_uuid = str(cells[COL_ID - 1] or "").strip().lower()
            if not _UUID.match(item_uuid):
                if any(value not in (None, "") for value in cells):
                    ignored.append(row)
                continue
            item = items.get(item_uuid)
            if item is None:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "ChecklistExcel",
                        "Row {row}: the item is not in this tender's checklist (was the ID "
                        "changed or the row copied from another sheet?).",
                    ).with_(row=row)
                )
            change = self._row_change(item, row, cells, statuses, translate, by, at)
            if change is None:
                unchanged += 1
            else:
                changes.append(change)
        return ImportPreview(tender_id, tuple(changes), unchanged, tuple(ignored))

    @staticmethod
    def _row_change(
        item: ChecklistRow,
        row: int,
        cells: list[Any],
        statuses: dict[str, ChecklistStatus],
        translate: Translate,
        by: str,
        at: datetime,
    ) -> ItemChange | None:
        text = str(cells[COL_STATUS - 1] or "").strip()
        status = statuses.get(text.casefold()) if text else ChecklistStatus.OPEN
        if status is None:
            choices = ", ".join(label(s, translate) for s in ChecklistStatus)
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "ChecklistExcel", 'Row {row}: the status "{value}" is not one of: {choices}.'
                ).with_(row=row, value=text, choices=choices)
            )
        note = str(cells[COL_NOTE - 1] or "").strip()
        responsible = str(cells[COL_RESPONSIBLE - 1] or "").strip()
        checker = str(cells[COL_CHECKED_BY - 1] or "").strip()
        before = ItemState(
            item.status, item.checked_by, item.checked_at, item.note, item.responsible
        )
        after = before
        if status is not item.status:
            who = checker if checker and checker != item.checked_by else by
            after = ticked(before, status, who, at)
        after = ItemState(after.status, after.checked_by, after.checked_at, note, responsible)
        if after == before:
            return None
        if after.status is ChecklistStatus.PROBLEM and not after.note:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "ChecklistExcel", "Row {row}: an item with a problem needs a note."
                ).with_(row=row)
            )
        return ItemChange(item.id, row, item.text_en, item.text_zh, before, after)
