"""Rows written straight as XML: the same sheet openpyxl writes, cell for cell."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook, load_workbook

from desktop.services.excel.fast_rows import write_plainly
from desktop.services.xlsx_write import write_cell

ROWS = [
    ["plain", "", "  padded ", "a & b < c > d", "换行\n中文", None, "x" * 40_000],
    [0, -7, 2**40, 0.1, 1 / 3, 12345.67, float("nan")],
    [True, False, date(2026, 12, 3), datetime(2026, 12, 3, 1, 2, 3), None, None, "end"],
    [Decimal("1.50"), "tail"],
]


def _write(path: Path, plainly: bool) -> Path:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("rows")
    sheet.freeze_panes = "A2"
    if plainly:
        write_plainly(sheet)
    sheet.append([write_cell(sheet, "header"), write_cell(sheet, "=not a formula")])
    for row in ROWS:
        sheet.append(row)
    sheet.append([write_cell(sheet, 9.5, number_format="#,##0.00"), write_cell(sheet, "-1")])
    book.save(path)
    return path


def test_rows_written_plainly_are_the_xml_openpyxl_writes(tmp_path: Path) -> None:
    theirs = _write(tmp_path / "openpyxl.xlsx", plainly=False)
    ours = _write(tmp_path / "plain.xlsx", plainly=True)
    with zipfile.ZipFile(theirs) as a, zipfile.ZipFile(ours) as b:
        assert a.namelist() == b.namelist()
        for name in a.namelist():
            if name != "docProps/core.xml":  # when it was written
                assert a.read(name) == b.read(name), name
    sheet = load_workbook(ours)["rows"]
    assert sheet["B1"].value == "=not a formula" and sheet["B1"].quotePrefix
    assert sheet["C2"].value == "  padded " and sheet["G2"].value == "x" * 32767
    assert sheet["D4"].value == datetime(2026, 12, 3, 1, 2, 3)
    assert sheet["A6"].number_format == "#,##0.00"


def test_text_that_looks_like_an_error_stays_text(tmp_path: Path) -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("rows")
    write_plainly(sheet)
    sheet.append(["#N/A", "#REF!"])
    book.save(tmp_path / "errors.xlsx")
    cells = load_workbook(tmp_path / "errors.xlsx")["rows"]
    assert [(c.value, c.data_type) for c in cells[1]] == [("#N/A", "s"), ("#REF!", "s")]
