"""The deviation table leaves the app: printed and saved as PDF on A4 landscape in the columns
bid documents use, exported to Excel, and included in the checklist's PDF and workbook."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook

from desktop.models.enums import Deviation, DeviationType
from desktop.services.bids.deviations import DeviationData
from tests.gui.conftest import wait_for_operations

A4 = (842, 595)  # points, landscape
HEADERS = ["No.", "Tender clause", "Tender requirement", "Our response", "Deviation", "Explanation"]


@pytest.fixture
def lines(tab, ctx) -> list[DeviationData]:
    """Replaces the selected tender's deviation table by three known lines."""
    service = ctx.services.deviations
    for row in service.list(tab.tender.id):
        service.delete(row.id)
    wanted = [
        DeviationData(DeviationType.TECHNICAL, "3.2.1", "★ 响应时间≤2小时", "1小时到场"),
        DeviationData(
            DeviationType.TECHNICAL, "3.6.1", "Cooling 40 kW", "35 kW", Deviation.NEGATIVE, "Ask"
        ),
        DeviationData(DeviationType.COMMERCIAL, "5.1", "Warranty 3 years", "5 years"),
    ]
    for data in wanted:
        service.add(tab.tender.id, data)
    tab.deviations.load(tab.tender.id)
    return wanted


def _pages(path) -> list[tuple[float, float, str]]:
    document = pdfium.PdfDocument(str(path))
    try:
        return [
            (page.get_width(), page.get_height(), page.get_textpage().get_text_range())
            for page in document
        ]
    finally:
        document.close()


def test_deviation_pdf_is_a4_landscape_with_the_bid_columns(tab, lines, dialogs, tmp_path):
    dialogs.files = [tmp_path / "dev"]
    tab.deviations.pdf_button.click()
    pages = _pages(tmp_path / "dev.pdf")
    assert len(pages) == 1
    width, height, text = pages[0]
    assert (round(width), round(height)) == A4
    for header in HEADERS:
        assert header in text
    assert "Technical deviation table" in text and "Commercial deviation table" in text
    assert "3.6.1" in text and "Negative" in text and "5 years" in text


def test_a_long_table_repeats_its_header_on_every_page(tab, lines, ctx, dialogs, tmp_path):
    for number in range(60):
        ctx.services.deviations.add(
            tab.tender.id, DeviationData(clause=f"4.{number}", requirement="Requirement " * 12)
        )
    dialogs.files = [tmp_path / "long.pdf"]
    tab.deviations.pdf_button.click()
    pages = _pages(tmp_path / "long.pdf")
    assert len(pages) >= 3
    assert all(text.count("Tender requirement") >= 1 for _, _, text in pages)
    assert all((round(w), round(h)) == A4 for w, h, _ in pages)


def test_the_checklist_pdf_ends_with_the_deviation_table(tab, lines, dialogs, tmp_path):
    dialogs.files = [tmp_path / "checklist.pdf"]
    tab.save_pdf()
    pages = _pages(tmp_path / "checklist.pdf")
    portrait = [p for p in pages if p[1] > p[0]]
    assert portrait and pages[: len(portrait)] == portrait  # the checklist first, upright
    last_width, last_height, last_text = pages[-1]
    assert (round(last_width), round(last_height)) == A4
    assert "Technical deviation table" in last_text and "Bid checklist" in pages[0][2]


def test_deviation_table_to_excel(qtbot, tab, lines, dialogs, tmp_path):
    dialogs.files = [tmp_path / "dev"]
    tab.deviations.excel_button.click()
    wait_for_operations(qtbot)
    book = load_workbook(tmp_path / "dev.xlsx")
    assert book.sheetnames == ["Technical deviation table", "Commercial deviation table"]
    technical = book["Technical deviation table"]
    assert [c.value for c in technical[3]] == HEADERS
    assert [c.value for c in technical[4]] == [
        1,
        "3.2.1",
        "★ 响应时间≤2小时",
        "1小时到场",
        "No deviation",
        None,
    ]
    assert [c.value for c in technical[5]] == [
        2,
        "3.6.1",
        "Cooling 40 kW",
        "35 kW",
        "Negative deviation",
        "Ask",
    ]
    assert technical.page_setup.orientation == "landscape"
    commercial = book["Commercial deviation table"]
    assert [c.value for c in commercial[4]][:4] == [1, "5.1", "Warranty 3 years", "5 years"]
    assert "3 deviation lines written to dev.xlsx." in dialogs.shown[-1][2]


def test_the_checklist_workbook_carries_the_deviation_table(qtbot, tab, lines, dialogs, tmp_path):
    dialogs.files = [tmp_path / "checklist.xlsx"]
    tab.export_excel()
    wait_for_operations(qtbot)
    book = load_workbook(tmp_path / "checklist.xlsx")
    assert book.sheetnames[1:3] == ["Technical deviation table", "Commercial deviation table"]
    assert book.worksheets[0].title == "Checklist"  # import still reads the first sheet
    assert book["Technical deviation table"].cell(5, 2).value == "3.6.1"


def test_deviation_table_in_chinese(qtbot, chinese, tab, lines, dialogs, tmp_path):
    dialogs.files = [tmp_path / "dev.xlsx"]
    tab.deviations.excel_button.click()
    wait_for_operations(qtbot)
    sheet = load_workbook(tmp_path / "dev.xlsx").worksheets[0]
    assert [c.value for c in sheet[3]] == [
        "序号",
        "招标文件条目号",
        "招标要求",
        "投标响应",
        "偏离",
        "说明",
    ]
