"""The checklist in Excel: export, tick in "Excel" (openpyxl), import back; foreign sheets,
formula-looking text and unreadable statuses."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from desktop.models.enums import ChecklistStatus
from desktop.services.bids.checklist import ChecklistService
from desktop.services.bids.excel import (
    COL_CHECKED_BY,
    COL_ID,
    COL_NOTE,
    COL_STATUS,
    FIRST_ROW,
    META_SHEET,
    ChecklistWorkbook,
)
from desktop.services.bids.tenders import TenderService
from desktop.services.messages import UserError, english

from .conftest import demo_tender, tender_data

AT = datetime(2026, 11, 23, 11, 0)
TODAY = date(2026, 11, 23)


def _export(db, tender_id, path: Path) -> Path:
    ChecklistWorkbook(db).export(tender_id, path, translate=english, language="en", today=TODAY)
    return path


def _row_of(sheet, item_uuid: str) -> int:
    for row in range(FIRST_ROW, sheet.max_row + 1):
        if sheet.cell(row, COL_ID).value == item_uuid:
            return row
    raise AssertionError(item_uuid)


def test_export_is_a_sheet_a_clerk_can_tick(db, tender_id, tmp_path) -> None:
    path = _export(db, tender_id, tmp_path / "checklist.xlsx")
    items = ChecklistService(db).items(tender_id)
    book = load_workbook(path)
    sheet = book.worksheets[0]
    assert sheet.cell(FIRST_ROW - 1, COL_STATUS).value == "Status"
    assert sheet.cell(FIRST_ROW, 3).value == items[0].text_en
    assert sheet.cell(FIRST_ROW, COL_STATUS).value == "Open"
    assert sheet.max_row == FIRST_ROW + len(items) - 1
    (validation,) = sheet.data_validations.dataValidation
    assert validation.type == "list"
    assert validation.formula1 == '"Open,Done,Not applicable,Problem"'
    assert str(validation.sqref) == f"E{FIRST_ROW}:E{FIRST_ROW + len(items) - 1}"
    meta = book[META_SHEET]
    assert meta.sheet_state == "hidden"
    uuid = TenderService(db).detail(tender_id, TODAY).uuid
    assert meta["B2"].value == uuid
    assert book.properties.identifier == uuid


def test_formula_like_text_is_written_as_text(db, tender_id, tmp_path) -> None:
    service = ChecklistService(db)
    dangerous = ['=HYPERLINK("http://evil.example","x")', "+1+1", "-2", "@SUM(A1)", "=1/0"]
    items = service.items(tender_id)
    for item, text in zip(items, dangerous, strict=False):
        service.set_note(item.id, text)
    path = _export(db, tender_id, tmp_path / "x.xlsx")
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml
    sheet = load_workbook(path).worksheets[0]
    notes = [sheet.cell(FIRST_ROW + n, COL_NOTE).value for n in range(len(dangerous))]
    assert notes == dangerous
    # Nothing changed, so importing it back changes nothing.
    preview = ChecklistWorkbook(db).read(tender_id, path, translate=english, by="Li Ming", at=AT)
    assert preview.changes == () and preview.unchanged == len(items)


def test_round_trip_applies_ticks(db, tender_id, tmp_path) -> None:
    path = _export(db, tender_id, tmp_path / "checklist.xlsx")
    items = ChecklistService(db).items(tender_id)
    book = load_workbook(path)
    sheet = book.worksheets[0]
    done, na, problem, noted = items[0], items[1], items[2], items[3]
    sheet.cell(_row_of(sheet, done.uuid), COL_STATUS).value = "Done"
    sheet.cell(_row_of(sheet, done.uuid), COL_CHECKED_BY).value = "Zhou Qian"
    sheet.cell(_row_of(sheet, na.uuid), COL_STATUS).value = " not applicable "
    sheet.cell(_row_of(sheet, problem.uuid), COL_STATUS).value = "problem"
    sheet.cell(_row_of(sheet, problem.uuid), COL_NOTE).value = "Seal missing on p. 12"
    sheet.cell(_row_of(sheet, noted.uuid), COL_NOTE).value = "Ask Chen Jing"
    sheet.cell(sheet.max_row + 2, 3).value = "A line the clerk added"
    book.save(path)
    workbook = ChecklistWorkbook(db)
    preview = workbook.read(tender_id, path, translate=english, by="Li Ming", at=AT)
    assert [c.item_id for c in preview.changes] == [done.id, na.id, problem.id, noted.id]
    assert preview.unchanged == len(items) - 4
    assert preview.ignored_rows == (FIRST_ROW + len(items) + 1,)
    assert ChecklistService(db).items(tender_id) == items  # nothing saved yet
    ChecklistService(db).restore_states(preview.after)
    after = {row.id: row for row in ChecklistService(db).items(tender_id)}
    assert (after[done.id].status, after[done.id].checked_by, after[done.id].checked_at) == (
        ChecklistStatus.DONE,
        "Zhou Qian",
        AT,
    )
    assert (after[na.id].status, after[na.id].checked_by) == (
        ChecklistStatus.NOT_APPLICABLE,
        "Li Ming",
    )
    assert (after[problem.id].status, after[problem.id].note) == (
        ChecklistStatus.PROBLEM,
        "Seal missing on p. 12",
    )
    assert (after[noted.id].status, after[noted.id].note) == (ChecklistStatus.OPEN, "Ask Chen Jing")
    ChecklistService(db).restore_states(preview.before)
    assert ChecklistService(db).items(tender_id) == items


def test_chinese_labels_are_understood(db, tender_id, tmp_path) -> None:
    chinese = {"Done": "已完成", "Open": "未完成"}

    def translate(context: str, text: str) -> str:
        return chinese.get(text, text)

    path = tmp_path / "zh.xlsx"
    ChecklistWorkbook(db).export(
        tender_id, path, translate=translate, language="zh_CN", today=TODAY
    )
    book = load_workbook(path)
    sheet = book.worksheets[0]
    assert sheet.cell(FIRST_ROW, COL_STATUS).value == "未完成"
    sheet.cell(FIRST_ROW, COL_STATUS).value = "已完成"
    sheet.cell(FIRST_ROW + 1, COL_STATUS).value = "Done"  # English works too
    book.save(path)
    preview = ChecklistWorkbook(db).read(tender_id, path, translate=translate, by="李明", at=AT)
    assert [c.after.status for c in preview.changes] == [ChecklistStatus.DONE] * 2


def test_a_sheet_of_another_tender_is_refused(db, tender_id, opportunity_id, tmp_path) -> None:
    other_id, _ = TenderService(db).create(
        tender_data(opportunity_id, tender_no="PCSW-2026-099"), None
    )
    path = _export(db, other_id, tmp_path / "other.xlsx")
    with pytest.raises(UserError, match="belongs to tender PCSW-2026-099, not to PCSW-2026-017"):
        ChecklistWorkbook(db).read(tender_id, path, translate=english, by="x", at=AT)


def test_a_sheet_from_another_database_is_refused(demo_db, db, tender_id, tmp_path) -> None:
    path = _export(demo_db, demo_tender(demo_db, "HHDL"), tmp_path / "demo.xlsx")
    with pytest.raises(UserError, match="belongs to another tender"):
        ChecklistWorkbook(db).read(tender_id, path, translate=english, by="x", at=AT)


def test_unreadable_status_names_the_row(db, tender_id, tmp_path) -> None:
    path = _export(db, tender_id, tmp_path / "bad.xlsx")
    book = load_workbook(path)
    book.worksheets[0].cell(FIRST_ROW + 2, COL_STATUS).value = "Maybe"
    book.save(path)
    with pytest.raises(UserError, match=f'Row {FIRST_ROW + 2}: the status "Maybe"'):
        ChecklistWorkbook(db).read(tender_id, path, translate=english, by="x", at=AT)


def test_other_files_are_refused_before_loading(db, tender_id, tmp_path) -> None:
    text = tmp_path / "ticks.xlsx"
    text.write_text("status,note\nDone,x\n")
    with pytest.raises(UserError, match="text \\(CSV\\) file"):
        ChecklistWorkbook(db).read(tender_id, text, translate=english, by="x", at=AT)
    plain = tmp_path / "plain.xlsx"
    Workbook().save(plain)
    with pytest.raises(UserError, match="not a checklist exported from Key Account Desk"):
        ChecklistWorkbook(db).read(tender_id, plain, translate=english, by="x", at=AT)
