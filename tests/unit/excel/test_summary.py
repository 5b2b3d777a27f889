"""The manager summary: sheets, real numbers that agree with the tabs, native charts, and
client staff's personal data left out unless asked for."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.models import Contact
from desktop.services.database import Database
from desktop.services.excel.summary import export_summary
from desktop.services.opportunities.pipeline import EVERYWHERE, pipeline_by_stage


def _summary(db: Database, clock, tmp_path: Path, **options) -> Path:
    path = tmp_path / "summary.xlsx"
    options.setdefault("language", "en")
    return export_summary(db, path, clock, **options)


def _all_values(path: Path) -> list:
    book = load_workbook(path)
    return [
        cell
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for cell in row
    ]


def test_sheets_figures_and_charts(demo_db: Database, clock, tmp_path: Path) -> None:
    path = _summary(demo_db, clock, tmp_path)
    book = load_workbook(path)
    assert book.sheetnames == [
        "Summary",
        "Pipeline",
        "Forecast",
        "Commit",
        "Won and lost",
        "Tenders due",
        "Receivables",
        "Limitation",
    ]
    cover = book["Summary"]
    figures = {
        cover.cell(row=r, column=1).value: cover.cell(row=r, column=2).value for r in range(4, 13)
    }
    with demo_db.read() as s:
        stages = pipeline_by_stage(s, EVERYWHERE)
    assert Decimal(str(figures["Open pipeline"])) == sum(t.amount for t in stages)
    assert Decimal(str(figures["Weighted pipeline"])) == sum(t.weighted for t in stages)
    assert isinstance(figures["Pipeline ÷ target (flag below 150 %)"], float)
    assert figures["Tenders still to submit"] >= 1
    charts = cover._charts
    assert len(charts) == 3  # native charts, not pictures
    assert not cover._images
    pipeline = book["Pipeline"]
    assert pipeline.freeze_panes == "A3" and pipeline.auto_filter.ref.startswith("A2:")
    amounts = [pipeline.cell(row=r, column=4).value for r in range(3, 3 + len(stages))]
    assert all(isinstance(a, int | float) for a in amounts)
    assert pipeline.cell(row=3, column=4).number_format == "#,##0.00"
    receivables = book["Receivables"]
    totals = [row for row in receivables.iter_rows(values_only=True) if row[0] == "Total"]
    assert totals and totals[0][2] is not None
    overdue_header = [
        row for row in receivables.iter_rows(values_only=True) if row[0] == "Contract"
    ]
    assert overdue_header and "Next step" in overdue_header[0]
    tenders = book["Tenders due"]
    assert isinstance(tenders.cell(row=3, column=1).value, datetime)
    assert 0 <= tenders.cell(row=3, column=6).value <= 1


def test_personal_data_is_left_out_unless_asked_for(
    demo_db: Database, clock, tmp_path: Path
) -> None:
    with demo_db.read() as s:
        birthdays = {c.birthday for c in s.query(Contact) if c.birthday}
        families = {c.family for c in s.query(Contact) if c.family}
    plain = _all_values(_summary(demo_db, clock, tmp_path))
    dates = {
        v.date() if isinstance(v, datetime) else v for v in plain if isinstance(v, date | datetime)
    }
    assert not dates & birthdays
    assert not set(plain) & families
    personal = tmp_path / "personal"
    personal.mkdir()
    path = _summary(demo_db, clock, personal, include_personal=True)
    book = load_workbook(path)
    assert "Key people" in book.sheetnames
    values = _all_values(path)
    assert set(values) & families


def test_one_salesperson_only(demo_db: Database, clock, tmp_path: Path) -> None:
    path = _summary(demo_db, clock, tmp_path, owner="Somebody Else")
    cover = load_workbook(path)["Summary"]
    assert cover["B4"].value == 0 and "Somebody Else" in cover["A2"].value


@pytest.mark.parametrize("language", ["zh_CN"])
def test_localised_sheets(demo_db: Database, clock, tmp_path: Path, language: str) -> None:
    book = load_workbook(_summary(demo_db, clock, tmp_path, language=language))
    assert book.sheetnames[0] == "概览"
    assert "应收账款" in book.sheetnames
