"""The manager summary: sheets, real numbers that agree with the tabs, native charts, and
client staff's personal data left out unless asked for."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.models import Contact
from desktop.services.database import Database
from desktop.services.excel.summary import export_summary
from desktop.services.opportunities.pipeline import EVERYWHERE, pipeline_by_stage

pytestmark = pytest.mark.both_engines


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
        "Funnel",
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


# ---- the Funnel sheet and order priority (docs/forecast-discipline.md) ----------------------


def test_funnel_sheet_has_the_discipline_figures_as_numbers_and_a_native_chart(
    demo_db: Database, clock, tmp_path: Path
) -> None:
    from desktop.services.opportunities.discipline import discipline

    with demo_db.read() as s:
        figures = discipline(s, clock.today())
    sheet = load_workbook(_summary(demo_db, clock, tmp_path))["Funnel"]
    values: dict = {}
    for row in sheet.iter_rows(values_only=True):
        if row[0]:
            values.setdefault(row[0], row[1:])  # a stage's first row: the conversion table
    growth = values["Pipeline growth, last month"]
    assert growth[0] == pytest.approx(float(figures.growth.percent) / 100)
    assert growth[1:3] == ("5–10 %", "outside the band")  # +13.5 %
    assert values["Booked but not delivered"][:3] == (0, "below 5 %", None)
    assert values["Win rate of closed deals"][0] == pytest.approx(4 / 6, abs=0.001)
    assert values["Validate opportunity"][:3] == (15, 1, 1)  # reached, share, the rule
    assert values["Won (order)"][:3] == (4, pytest.approx(0.267), pytest.approx(0.1))
    assert values["Huarui Technology Co., Ltd."][:3] == (4, 2, 0.5)
    assert values["Dispatch Data Network Security Upgrade"][3] == 2  # slips
    (chart,) = sheet._charts
    assert chart.x_axis.scaling.orientation == "maxMin"
    assert not sheet._images


def test_funnel_sheet_is_localised(demo_db: Database, clock, tmp_path: Path) -> None:
    book = load_workbook(_summary(demo_db, clock, tmp_path, language="zh_CN"))
    assert "漏斗" in book.sheetnames


def test_pipeline_sheet_ranks_orders_by_priority(demo_db: Database, clock, tmp_path: Path) -> None:
    sheet = load_workbook(_summary(demo_db, clock, tmp_path))["Pipeline"]
    rows = list(sheet.iter_rows(values_only=True))
    header = next(n for n, row in enumerate(rows) if row[0] == "Order priority")
    ranked = [row for row in rows[header + 1 :] if row[0]]
    assert [(row[0][0], row[1]) for row in ranked] == [
        ("A", None),
        ("B", "yes"),  # the won campus deal, suggested from its part-paid contract
        ("B", None),
        ("B", None),
    ]
    assert isinstance(ranked[0][5], int | float)


# ---- printing and the fixes of docs/forecast-discipline.md#the-manager-summary ----------------


def test_every_sheet_prints_on_a4_landscape_fitted_to_width_with_repeated_headers(
    demo_db: Database, clock, tmp_path: Path
) -> None:
    book = load_workbook(_summary(demo_db, clock, tmp_path, include_personal=True))
    for sheet in book.worksheets:
        setup = sheet.page_setup
        assert (int(setup.paperSize), setup.orientation) == (9, "landscape"), sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
        assert setup.fitToWidth == 1, sheet.title
    assert book["Summary"].page_setup.fitToHeight == 1  # the charts on one page
    assert book["Receivables"].page_setup.fitToHeight == 0  # long tables run on
    assert book["Receivables"].print_title_rows == "$2:$2"
    assert book["Pipeline"].print_title_rows == "$2:$2"


def test_the_target_line_is_straight_and_the_stage_chart_reads_top_down(
    demo_db: Database, clock, tmp_path: Path
) -> None:
    import zipfile

    path = _summary(demo_db, clock, tmp_path)
    with zipfile.ZipFile(path) as archive:
        charts = [
            archive.read(name).decode()
            for name in archive.namelist()
            if name.startswith("xl/charts/chart")
        ]
    target = next(xml for xml in charts if "lineChart" in xml)
    line = target[target.index("<lineChart") : target.index("</lineChart>")]
    assert 'smooth val="0"' in line and 'smooth val="1"' not in line
    cover = load_workbook(path)["Summary"]
    stages = next(c for c in cover._charts if c.type == "bar")
    assert stages.x_axis.scaling.orientation == "maxMin"


def test_no_within_the_band_verdict_without_a_commit_to_compare(db, clock, tmp_path) -> None:
    from desktop.models import ForecastSnapshot

    with db.session() as s:
        s.add(ForecastSnapshot(week_start=date(2026, 11, 16), taken_at=datetime(2026, 11, 16)))
    sheet = load_workbook(_summary(db, clock, tmp_path))["Commit"]
    values = {row[0]: row[1] for row in sheet.iter_rows(values_only=True) if row[0]}
    assert values["Within the band"] == "nothing committed to compare"


def test_wrapped_headers_get_rows_tall_enough(demo_db: Database, clock, tmp_path) -> None:
    book = load_workbook(_summary(demo_db, clock, tmp_path, language="zh_CN"))
    forecast = book.worksheets[2]
    header = [c.value for c in forecast[2]]
    assert any(len(str(h)) > 7 for h in header)
    assert forecast.row_dimensions[2].height >= 30  # two lines at least


def test_receivables_filter_leaves_out_the_total_row(
    demo_db: Database, clock, tmp_path: Path
) -> None:
    sheet = load_workbook(_summary(demo_db, clock, tmp_path))["Receivables"]
    total_row = next(r for r in range(3, 60) if sheet.cell(row=r, column=1).value == "Total")
    ref = sheet.auto_filter.ref
    assert ref.startswith("A2:") and int(ref.split(":")[1].lstrip("ABCDEFGHIJ")) == total_row - 1


def test_ageing_buckets_are_those_of_the_receivables_tab(
    demo_db: Database, clock, tmp_path: Path
) -> None:
    """One definition (contracts/ageing.py, docs/domain.md#ageing): the summary follows the
    ageing setting and its default, whatever they are."""
    from desktop.services.contracts.ageing import AGEING_BOUNDS, buckets

    def headers(path: Path) -> list[str]:
        row = next(load_workbook(path)["Receivables"].iter_rows(min_row=2, max_row=2))
        return [c.value for c in row[2:] if c.value]

    default = [b.label().render() for b in buckets(AGEING_BOUNDS.default)]
    assert headers(_summary(demo_db, clock, tmp_path)) == default
    with demo_db.session() as s:
        AGEING_BOUNDS.set(s, [30, 90, 180, 365])
    again = tmp_path / "again"
    again.mkdir()
    assert headers(_summary(demo_db, clock, again)) == [
        "0–30 days",
        "31–90 days",
        "91–180 days",
        "181–365 days",
        "Over 365 days",
    ]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_prints_it(demo_db: Database, clock, tmp_path: Path) -> None:
    path = _summary(demo_db, clock, tmp_path)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert (tmp_path / "summary.pdf").stat().st_size > 0
