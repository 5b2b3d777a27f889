"""Import and export from the window: mapping, dry run, import, cancel, merge, export."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

from desktop.models import Account, Contact
from desktop.services.database import open_database
from desktop.services.excel.import_service import ImportService, plan_sheets
from desktop.views.excel.actions import ExcelActions
from desktop.views.excel.full_import_dialog import FullImportDialog
from desktop.views.excel.import_dialog import ImportDialog
from tests.gui.conftest import make_context, wait_for_operations

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "excel"


@pytest.fixture
def empty_ctx(db, dialogs):
    return make_context(db, dialogs)


def test_mapping_can_be_corrected_checked_and_imported(qtbot, empty_ctx, dialogs) -> None:
    plans = plan_sheets(FIXTURES / "contacts_messy.xlsx")
    dialog = ImportDialog(empty_ctx, "contacts_messy.xlsx", plans)
    qtbot.addWidget(dialog)
    headers = plans[0].sheet.headers
    birthday_row = headers.index("生日")
    combo = dialog.mapping.cellWidget(birthday_row, 1)
    assert combo.currentData() == "birthday"
    combo.setCurrentIndex(0)  # "not imported"
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    wait_for_operations(qtbot)
    assert dialog.report is not None and dialog.report.dry_run
    assert "生日" not in {p.column for p in dialog.report.problems}
    with empty_ctx.db.read() as s:
        assert s.query(Contact).count() == 0
    with qtbot.waitSignal(empty_ctx.events.data_changed):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_for_operations(qtbot)
    with empty_ctx.db.read() as s:
        assert s.query(Contact).count() == 9
        assert all(c.birthday is None for c in s.query(Contact))
    assert dialogs.shown[-1][0] == "info"


def test_a_required_field_must_be_mapped(qtbot, empty_ctx, dialogs) -> None:
    plans = plan_sheets(FIXTURES / "contacts_messy.xlsx")
    dialog = ImportDialog(empty_ctx, "x", plans)
    qtbot.addWidget(dialog)
    dialog.mapping.cellWidget(plans[0].sheet.headers.index("客户名称"), 1).setCurrentIndex(0)
    dialog.import_button.click()
    assert dialogs.shown[-1][0] == "warn"
    with empty_ctx.db.read() as s:
        assert s.query(Contact).count() == 0


def test_saved_mapping_is_reused(qtbot, empty_ctx, dialogs) -> None:
    plans = plan_sheets(FIXTURES / "crm_export.xlsx")
    dialog = ImportDialog(empty_ctx, "x", plans)
    qtbot.addWidget(dialog)
    dialog.mapping.cellWidget(plans[0].sheet.headers.index("Birthday"), 1).setCurrentIndex(0)
    dialogs.texts = ["CRM contacts"]
    dialog.save_button.click()
    saved = ImportService(empty_ctx.db, empty_ctx.clock).saved_mappings()["CRM contacts"]
    assert "Birthday" not in saved["headers"] and saved["headers"]["Full Name"] == "name"
    fresh = ImportDialog(empty_ctx, "x", plan_sheets(FIXTURES / "crm_export.xlsx"))
    qtbot.addWidget(fresh)
    fresh.saved.setCurrentIndex(fresh.saved.findData("CRM contacts"))
    fresh.saved.activated.emit(fresh.saved.currentIndex())
    assert "birthday" not in fresh.current().mapping.values()


def test_cancel_leaves_the_database_as_it_was(qtbot, empty_ctx, monkeypatch) -> None:
    gate = threading.Event()
    run = ImportService.run

    def held(service, *args, **kwargs):
        gate.wait()  # until Cancel was pressed
        return run(service, *args, **kwargs)

    monkeypatch.setattr(ImportService, "run", held)
    dialog = ImportDialog(empty_ctx, "x", plan_sheets(FIXTURES / "contacts_messy.xlsx"))
    qtbot.addWidget(dialog)
    try:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        progress = dialog.findChild(QProgressDialog)
        qtbot.waitUntil(progress.isVisible)
        assert progress.isModal()
        qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    finally:
        gate.set()
    wait_for_operations(qtbot)
    assert "nothing was changed" in dialog.report_view.summary.text()
    with empty_ctx.db.read() as s:
        assert s.query(Contact).count() == 0 and s.query(Account).count() == 0


def _export_everything(qtbot, ctx, dialogs, monkeypatch, target: Path, *, personal: bool) -> None:
    from desktop.views.excel.full_export_dialog import FullExportDialog

    def choose(dialog: FullExportDialog) -> int:
        assert not dialog.personal.isChecked()  # personal data stays out by default
        dialog.personal.setChecked(personal)
        return FullExportDialog.DialogCode.Accepted

    monkeypatch.setattr(FullExportDialog, "exec", choose)
    dialogs.files = [target]
    ExcelActions(ctx, None).export_everything()
    wait_for_operations(qtbot)


@pytest.mark.parametrize("personal", [False, True])
def test_export_everything_leaves_personal_data_out_unless_ticked(
    qtbot, ctx, dialogs, tmp_path: Path, monkeypatch, personal: bool
) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "all.xlsx"
    _export_everything(qtbot, ctx, dialogs, monkeypatch, target, personal=personal)
    message = dialogs.shown[-1][2]
    assert ("left out" in message) != personal and "personal data" in message.lower()
    book = load_workbook(target, read_only=True)
    headers = next(book["contact"].iter_rows(max_row=1, values_only=True))
    assert ("family" in headers and "wechat" in headers) == personal
    about = next(book["About"].iter_rows(min_row=2, max_row=2, values_only=True))[1]
    assert ("left out" in about) != personal


def test_export_everything_then_merge_it_into_another_database(
    qtbot, ctx, dialogs, tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "all.xlsx"
    _export_everything(qtbot, ctx, dialogs, monkeypatch, target, personal=True)
    assert target.exists() and "personal data" in dialogs.shown[-1][2]
    other = open_database(tmp_path / "other.sqlite").db
    try:
        with other.session() as s:
            s.add(Account(name=_first_account_name(ctx)))
        other_ctx = make_context(other, dialogs)
        service = ImportService(other, other_ctx.clock)
        from desktop.services.excel.full_import import read_full_export

        export = read_full_export(target)
        candidates = service.candidates(export)
        assert [c.table for c in candidates] == ["account"]
        dialog = FullImportDialog(other_ctx, export, candidates)
        qtbot.addWidget(dialog)
        dialog.table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)  # keep both
        dialog.import_button.click()
        wait_for_operations(qtbot)
        with other.read() as s:
            names = [a.name for a in s.query(Account)]
        assert names.count(_first_account_name(ctx)) == 2
    finally:
        other.close()


def _first_account_name(ctx) -> str:
    with ctx.db.read() as s:
        return s.query(Account).order_by(Account.id).first().name


def test_manager_summary_from_the_menu(qtbot, ctx, dialogs, tmp_path: Path, monkeypatch) -> None:
    from openpyxl import load_workbook

    from desktop.views.excel.summary_dialog import SummaryDialog

    def choose(dialog: SummaryDialog) -> int:
        dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
        assert not dialog.personal.isChecked()  # personal data stays out by default
        return SummaryDialog.DialogCode.Accepted

    monkeypatch.setattr(SummaryDialog, "exec", choose)
    target = tmp_path / "weekly"
    dialogs.files = [target]
    ExcelActions(ctx, None).export_summary()
    wait_for_operations(qtbot)
    book = load_workbook(target.with_suffix(".xlsx"))
    assert book.sheetnames[0] == "概览" and "关键人物" not in book.sheetnames


def test_a_doubtful_sheet_starts_left_out_and_can_be_taken_over(
    qtbot, empty_ctx, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    path = tmp_path / "mixed.xlsx"
    book = Workbook()
    book.active.title = "客户"
    book.active.append(["客户名称", "行业"])
    book.active.append(["华东水务", "水务"])
    doubtful = book.create_sheet("Sheet2")
    for row in (["Name", "Value"], ["John", 3], ["Sophia", 5]):
        doubtful.append(row)
    book.save(path)
    dialog = ImportDialog(empty_ctx, path.name, plan_sheets(path))
    qtbot.addWidget(dialog)
    dialog.sheet.setCurrentIndex(1)
    assert not dialog.include.isChecked()
    assert "do not say clearly" in dialog.header_note.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_for_operations(qtbot)
    with empty_ctx.db.read() as s:
        assert [a.name for a in s.query(Account)] == ["华东水务"]


def test_the_window_takes_its_own_full_export_as_one(
    qtbot, ctx, dialogs, tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "all.xlsx"
    _export_everything(qtbot, ctx, dialogs, monkeypatch, target, personal=False)
    opened = []
    monkeypatch.setattr(FullImportDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    ExcelActions(ctx, None).import_workbook(target)
    wait_for_operations(qtbot)
    assert [type(d) for d in opened] == [FullImportDialog]
