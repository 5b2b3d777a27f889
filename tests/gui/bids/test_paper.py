"""The checklist on paper (PDF, rendered to PNG) and in Excel (export, tick, import with a
preview, undo; another tender's sheet is refused)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtGui import QColor, QPageSize
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from desktop.models import ChecklistItem
from desktop.models.enums import ChecklistStatus as S
from desktop.services.bids.excel import COL_ID, COL_NOTE, COL_STATUS, FIRST_ROW
from desktop.views.bids.import_preview_dialog import ImportPreviewDialog
from tests.gui.conftest import wait_for_operations


def _dark_share(image, step: int = 3) -> float:
    dark = total = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            total += 1
            dark += QColor(image.pixel(x, y)).lightness() < 160
    return dark / total


def test_save_as_pdf_and_render_the_page(tab, dialogs, tmp_path) -> None:
    target = tmp_path / "checklist"
    dialogs.files = [target]
    tab.save_pdf()
    pdf = target.with_suffix(".pdf")
    data = pdf.read_bytes()
    if sys.platform != "win32":
        assert pdf.stat().st_mode & 0o777 == 0o600
    assert data.startswith(b"%PDF") and len(data) > 10_000
    # The same painting as images: A4 pages with ink on them.
    images = tab.paper.printout(tab.tender).render_images(dpi=60)
    assert 2 <= len(images) <= 4
    first = images[0]
    assert abs(first.width() / first.height() - 210 / 297) < 0.01
    assert 0.01 < _dark_share(first) < 0.35
    first.save(str(tmp_path / "page-1.png"))
    assert (tmp_path / "page-1.png").stat().st_size > 5_000


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_pdf_text_is_readable(tab, dialogs, tmp_path) -> None:
    dialogs.files = [tmp_path / "c.pdf"]
    tab.save_pdf()
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "c.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Bid checklist" in text
    assert tab.tender.data.tender_no in text
    assert "company seal (not the bid seal)" in text
    assert "Prepared by (bid clerk)" in text and "Page 1 of" in text
    if shutil.which("pdftoppm"):
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "40",
                "-png",
                "-f",
                "1",
                "-l",
                "1",
                str(tmp_path / "c.pdf"),
                str(tmp_path / "p"),
            ],
            check=True,
        )
        assert any(tmp_path.glob("p*.png"))


def _accept_preview(monkeypatch, seen: list) -> None:
    def exec_(dialog: ImportPreviewDialog) -> int:
        seen.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", exec_)


def _export(qtbot, tab, dialogs, path: Path) -> Path:
    dialogs.files = [path]
    tab.export_excel()
    wait_for_operations(qtbot)
    return path


def test_excel_round_trip(qtbot, tab, ctx, dialogs, tmp_path, monkeypatch) -> None:
    path = _export(qtbot, tab, dialogs, tmp_path / "ticks.xlsx")
    assert dialogs.shown[-1][0] == "info"
    if sys.platform != "win32":
        assert path.stat().st_mode & 0o777 == 0o600
    book = load_workbook(path)
    sheet = book.worksheets[0]
    open_rows = [
        row
        for row in range(FIRST_ROW, sheet.max_row + 1)
        if sheet.cell(row, COL_STATUS).value == "Open"
    ]
    first, second = open_rows[:2]
    sheet.cell(first, COL_STATUS).value = "Done"
    sheet.cell(second, COL_STATUS).value = "Problem"
    sheet.cell(second, COL_NOTE).value = "Original missing"
    book.save(path)
    uuids = [sheet.cell(first, COL_ID).value, sheet.cell(second, COL_ID).value]
    seen: list = []
    _accept_preview(monkeypatch, seen)
    dialogs.files = [path]
    tab.import_excel()
    assert seen[0].table.rowCount() == 2
    assert "Open → Done" in seen[0].table.item(0, 2).text()
    with ctx.db.read() as s:
        rows = {
            i.uuid: i for i in s.scalars(select(ChecklistItem).where(ChecklistItem.uuid.in_(uuids)))
        }
    done, problem = rows[uuids[0]], rows[uuids[1]]
    assert (done.status, done.checked_by, done.checked_at) == (S.DONE, "Li Ming", ctx.clock.now())
    assert (problem.status, problem.note) == (S.PROBLEM, "Original missing")
    tab.undo_stack.undo()
    with ctx.db.read() as s:
        statuses = {
            i.status for i in s.scalars(select(ChecklistItem).where(ChecklistItem.uuid.in_(uuids)))
        }
    assert statuses == {S.OPEN}


def test_cancelled_preview_saves_nothing(qtbot, tab, ctx, dialogs, tmp_path, monkeypatch) -> None:
    path = _export(qtbot, tab, dialogs, tmp_path / "ticks.xlsx")
    book = load_workbook(path)
    book.worksheets[0].cell(FIRST_ROW, COL_NOTE).value = "changed"
    book.save(path)
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    before = tab.checklist.model.all_rows()
    dialogs.files = [path]
    tab.import_excel()
    assert tab.checklist.model.all_rows() == before
    assert tab.undo_stack.count() == 0


def test_a_sheet_of_another_tender_is_refused(qtbot, tab, dialogs, tmp_path, monkeypatch) -> None:
    path = _export(qtbot, tab, dialogs, tmp_path / "dc2.xlsx")
    tab.table.selectRow(1)
    other = tab.tender.data.tender_no
    seen: list = []
    _accept_preview(monkeypatch, seen)
    dialogs.files = [path]
    tab.import_excel()
    kind, _title, text = dialogs.shown[-1]
    assert kind == "user_error"
    assert "belongs to tender HHDL-ZB" in text and other in text
    assert not seen and tab.undo_stack.count() == 0


def test_print_shows_a_preview_of_the_pages(tab, monkeypatch, qtbot) -> None:
    painted: list[int] = []

    def exec_(dialog: QPrintPreviewDialog) -> int:
        dialog.paintRequested.connect(
            lambda printer: painted.append(printer.pageLayout().pageSize().id())
        )
        dialog.show()  # the preview paints the pages through paintRequested
        qtbot.waitUntil(lambda: bool(painted))
        dialog.close()
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_)
    tab.print_action.trigger()
    assert painted[0] == QPageSize.PageSizeId.A4
