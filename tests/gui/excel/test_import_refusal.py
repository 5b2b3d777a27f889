"""The import dialog on a workbook with a value the forms would not accept: it says nothing
was imported and lists the cell, and the database is as it was."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import Qt

from desktop.models import Account, Contact
from desktop.services.excel.import_service import plan_sheets
from desktop.views.excel.import_dialog import ImportDialog
from tests.gui.conftest import make_context, wait_for_operations


def test_a_bad_value_is_listed_and_nothing_is_imported(qtbot, db, dialogs, tmp_path: Path) -> None:
    path = tmp_path / "people.xlsx"
    book = Workbook()
    book.active.title = "联系人"
    for row in (
        ["客户名称", "姓名", "立场"],
        ["淮海电力", "周振华", "支持"],
        ["淮海电力", "王强", "?"],
    ):
        book.active.append(row)
    book.save(path)
    ctx = make_context(db, dialogs)
    dialog = ImportDialog(ctx, path.name, plan_sheets(path))
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_for_operations(qtbot)
    kind, _title, text = dialogs.shown[-1]
    assert kind == "warn" and "Nothing was imported" in text
    table = dialog.report_view.table
    assert table.rowCount() == 1
    cells = [table.item(0, column).text() for column in range(5)]
    assert cells[:4] == ["联系人", "3", "立场", "not accepted"]  # the effect before the sentence
    assert "supporter" in cells[4] and "not accepted" not in cells[4]
    with db.read() as s:
        assert s.query(Account).count() == 0 and s.query(Contact).count() == 0


def test_the_full_import_dialog_refuses_a_bad_value_too(
    qtbot, demo_db, db, dialogs, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    from desktop.services.excel.full_export import export_everything
    from desktop.services.excel.full_import import read_full_export
    from desktop.views.excel.full_import_dialog import FullImportDialog
    from tests.conftest import TODAY

    path = tmp_path / "full.xlsx"
    with demo_db.read() as s:
        export_everything(s.connection(), path, TODAY)
    book = load_workbook(path)
    sheet = book["contact"]
    layer = [c.value for c in sheet[1]].index("layer") + 1
    sheet.cell(row=5, column=layer, value="bogus_layer")
    book.save(path)
    dialog = FullImportDialog(make_context(db, dialogs), read_full_export(path), [])
    qtbot.addWidget(dialog)
    dialog.import_button.click()
    wait_for_operations(qtbot)
    kind, _title, text = dialogs.shown[-1]
    assert kind == "warn" and "Nothing was imported" in text
    cells = [dialog.report_view.table.item(0, column).text() for column in range(5)]
    assert cells[:3] == ["contact", "5", "layer"] and "operational" in cells[4]
    assert cells[4].startswith("Layer: ")  # the form's label, not the column's code
    with db.read() as s:
        assert s.query(Account).count() == 0 and s.query(Contact).count() == 0
