"""Files that are not sound workbooks are refused before any XML is parsed."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.services.messages import UserError
from desktop.services.xlsx_guard import OLE2_MAGIC, Limits, check_workbook


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    path = tmp_path / "good.xlsx"
    book = Workbook()
    book.active.append(["姓名", "职务"])
    book.save(path)
    return path


def _refused(path: Path, limits: Limits | None = None) -> str:
    with pytest.raises(UserError) as info:
        check_workbook(path, limits or Limits())
    return str(info.value)


def test_a_real_workbook_passes(workbook: Path) -> None:
    check_workbook(workbook)


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.xlsx", b"", "is empty"),
        ("locked.xlsx", OLE2_MAGIC + bytes(504), "password-protected or an old .xls"),
        ("old.xls", OLE2_MAGIC + bytes(504), "password-protected or an old .xls"),
        ("contacts.csv", "姓名,职务\n王建国,总经理\n".encode(), "text (CSV) file"),
        ("renamed.xlsx", "姓名,职务\n".encode(), "text (CSV) file"),
        ("garbage.xlsx", b"\x00\x01garbage" * 50, "not an Excel workbook"),
    ],
)
def test_wrong_kinds_of_file_get_their_own_message(
    tmp_path: Path, name: str, content: bytes, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert expected in _refused(path)


def test_truncated_workbook(tmp_path: Path, workbook: Path) -> None:
    path = tmp_path / "cut.xlsx"
    path.write_bytes(workbook.read_bytes()[:600])
    assert "damaged or incomplete" in _refused(path)


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("holiday.jpg", b"\xff\xd8" * 100)
    assert "not an Excel workbook" in _refused(path)


def test_oversized_and_overcompressed_archives(tmp_path: Path, workbook: Path) -> None:
    assert "too large" in _refused(workbook, Limits(max_uncompressed=1000))
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * 2_000_000)
    assert "zip bomb" in _refused(bomb, Limits(ratio_floor=1_000_000))


REAL_WORLD = Path(__file__).resolve().parents[1] / "fixtures" / "excel"
# Packages other software writes that Excel, WPS and our reader open (see make_fixtures.py).
UNUSUAL_BUT_SOUND = {
    "attendance_backslashes.xlsx": ("contacts", 2),  # xl\worksheets\sheet1.xml
    "minimal_package.xlsx": ("accounts", 1),  # workbook found only through _rels/.rels
}


@pytest.mark.parametrize("name", sorted(UNUSUAL_BUT_SOUND))
def test_unusual_but_sound_packages_pass_and_import(name: str, db, clock) -> None:
    from desktop.services.excel.import_service import ImportService, plan_sheets

    check_workbook(REAL_WORLD / name)
    kind, count = UNUSUAL_BUT_SOUND[name]
    (plan,) = plan_sheets(REAL_WORLD / name)
    assert plan.kind == kind
    report, _ = ImportService(db, clock).run([plan], dry_run=False)
    assert report.created[kind] == count and report.errors == 0


def test_a_backslashed_package_opens_for_the_checklist_reader_too() -> None:
    from desktop.services.xlsx_guard import read_workbook

    with read_workbook(REAL_WORLD / "attendance_backslashes.xlsx") as book:
        assert book.sheetnames == ["出勤分类组织汇总表"]


def test_an_office_package_without_a_workbook_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "letter.xlsx"  # a Word document renamed
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("_rels/.rels", "<Relationships/>")
        archive.writestr("word/document.xml", "<document/>")
    assert "not an Excel workbook" in _refused(path)
