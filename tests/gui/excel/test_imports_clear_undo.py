"""An import or a merge cannot be undone: it clears the undo history of every tab and says so,
so that no older command undoes across it (docs/undo.md)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QUndoStack

from desktop.services.changes import ACCOUNTS, ChangeSet
from desktop.services.database import open_database
from desktop.services.excel.full_export import export_everything
from desktop.services.excel.full_import import read_full_export
from desktop.services.excel.import_service import ImportService
from desktop.views.common import undo
from desktop.views.excel.full_import_dialog import FullImportDialog
from tests.gui.conftest import make_context


def test_a_merge_clears_the_undo_history(qtbot, ctx, dialogs, tmp_path: Path) -> None:
    target = tmp_path / "all.xlsx"
    with ctx.db.read() as s:
        export_everything(s.connection(), target, ctx.clock.now())
    other = open_database(tmp_path / "other.sqlite").db
    try:
        other_ctx = make_context(other, dialogs)
        stack = QUndoStack()
        other_ctx.undo.add(stack)
        nothing = ChangeSet.of(ACCOUNTS)
        undo.push(stack, "An earlier edit", lambda: nothing, lambda: nothing, lambda _c: None)
        assert other_ctx.undo.undo_text() == "An earlier edit"
        export = read_full_export(target)
        candidates = ImportService(other, other_ctx.clock).candidates(export)
        dialog = FullImportDialog(other_ctx, export, candidates)
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(other_ctx.undo.forgotten) as told:
            dialog.import_button.click()
        assert "undo history was cleared" in told.args[0]
        assert other_ctx.undo.undo_text() is None and stack.count() == 0
    finally:
        other.close()
