"""The full import dialog lists the values a merge did not keep, stays open to show them,
and saves them as a workbook."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.models import Contact
from desktop.services.excel.full_export import export_everything
from desktop.services.excel.full_import import read_full_export
from desktop.services.excel.import_service import ImportService
from desktop.views.excel.full_import_dialog import FullImportDialog
from tests.gui.conftest import wait_for_operations
from tests.unit.excel.test_merging import _set_cell


def test_a_value_changed_on_both_sides_is_listed_and_saved(qtbot, ctx, dialogs, tmp_path) -> None:
    file = tmp_path / "all.xlsx"
    with ctx.db.read() as s:
        export_everything(s.connection(), file, ctx.clock.now())
        person = s.scalars(select(Contact).order_by(Contact.id)).first()
    _set_cell(file, "contact", person.uuid, "title", "Typed in Excel")
    ctx.db.set_default_owner("Li Ming")
    with ctx.db.session() as s:  # after the export
        s.get_one(Contact, person.id).title = "Changed in the app"
    export = read_full_export(file)
    dialog = FullImportDialog(ctx, export, ImportService(ctx.db, ctx.clock).candidates(export))
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_for_operations(qtbot)
    assert not dialog.import_button.isEnabled() and dialog.result() == 0  # still open
    table = dialog.report_view.table
    problems = [(table.item(r, 3).text(), table.item(r, 4).text()) for r in range(table.rowCount())]
    assert any(effect == "not kept" and "Typed in Excel" in p for effect, p in problems)
    assert not dialog.save_report_button.isHidden()
    saved = tmp_path / "merge report.xlsx"
    dialogs.files = [saved]
    qtbot.mouseClick(dialog.save_report_button, Qt.MouseButton.LeftButton)
    rows = list(load_workbook(saved)["Merge report"].iter_rows(values_only=True))
    assert rows[1][4:8] == ("Changed in the app", "Li Ming", rows[1][6], "Typed in Excel")
    with ctx.db.read() as s:
        assert s.get_one(Contact, person.id).title == "Changed in the app"


def test_without_conflicts_the_dialog_closes_after_the_import(qtbot, ctx, dialogs, tmp_path):
    file = tmp_path / "all.xlsx"
    with ctx.db.read() as s:
        export_everything(s.connection(), file, ctx.clock.now())
        person = s.scalars(select(Contact).order_by(Contact.id)).first()
    _set_cell(file, "contact", person.uuid, "title", "Typed in Excel")
    export = read_full_export(file)
    dialog = FullImportDialog(ctx, export, [])
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_for_operations(qtbot)
    assert dialog.result() == 1 and dialog.save_report_button.isHidden()
    with ctx.db.read() as s:
        assert s.get_one(Contact, person.id).title == "Typed in Excel"
