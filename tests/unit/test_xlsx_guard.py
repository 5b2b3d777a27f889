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
