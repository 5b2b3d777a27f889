"""Ticking from the keyboard: Space, N and P write the status, the checker and the time at
once; every tick is undoable; Enter edits the note; Ctrl+F finds; a filter shows open items."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop.models import ChecklistItem
from desktop.models.enums import ChecklistStatus as S
from desktop.views.bids.checklist_model import COL_NOTE
from tests.conftest import TODAY


def _item(ctx, item_id: int) -> ChecklistItem:
    with ctx.db.read() as s:
        return s.get_one(ChecklistItem, item_id)


def _first_open(panel):
    for item_id in panel.model.visible_ids():
        row = next(r for r in panel.model.all_rows() if r.id == item_id)
        if row.status is S.OPEN:
            return row
    raise AssertionError("no open item")


def test_model_is_sound(tab, qtmodeltester) -> None:
    qtmodeltester.check(tab.checklist.model)
    assert tab.checklist.model.section_count() == 8


def test_space_n_and_p_tick_and_record_who_and_when(tab, ctx, qtbot, dialogs) -> None:
    panel = tab.checklist
    tree = panel.tree
    first = _first_open(panel)
    panel.select_item(first.id)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    stored = _item(ctx, first.id)
    assert (stored.status, stored.checked_by, stored.checked_at) == (S.DONE, "Li Ming", TODAY)
    # The cursor moved on to the next item: N marks it not applicable.
    second = panel.current_item()
    assert second.id != first.id
    qtbot.keyClick(tree, Qt.Key.Key_N)
    assert _item(ctx, second.id).status is S.NOT_APPLICABLE
    # P asks what the problem is.
    third = panel.current_item()
    dialogs.texts = ["Page 12 lacks the seam seal"]
    qtbot.keyClick(tree, Qt.Key.Key_P)
    stored = _item(ctx, third.id)
    assert (stored.status, stored.note, stored.checked_by) == (
        S.PROBLEM,
        "Page 12 lacks the seam seal",
        "Li Ming",
    )
    assert dialogs.shown[-1][0] == "ask_text"
    # Each tick is its own undo step and puts the item back exactly.
    assert tab.undo_stack.count() == 3
    tab.undo_stack.undo()
    assert _item(ctx, third.id).status is third.status
    assert _item(ctx, third.id).note == third.note
    tab.undo_stack.undo()
    tab.undo_stack.undo()
    restored = _item(ctx, first.id)
    assert (restored.status, restored.checked_by, restored.checked_at) == (S.OPEN, "", None)
    tab.undo_stack.redo()
    assert _item(ctx, first.id).checked_at == TODAY


def test_cancelling_the_problem_note_changes_nothing(tab, ctx, qtbot, dialogs) -> None:
    panel = tab.checklist
    item = _first_open(panel)
    panel.select_item(item.id)
    panel.tree.setFocus()
    dialogs.texts = [None]
    qtbot.keyClick(panel.tree, Qt.Key.Key_P)
    assert _item(ctx, item.id).status is S.OPEN
    dialogs.texts = ["  "]
    qtbot.keyClick(panel.tree, Qt.Key.Key_P)
    assert _item(ctx, item.id).status is S.OPEN
    assert dialogs.shown[-1][0] == "user_error"
    assert tab.undo_stack.count() == 0


def test_space_toggles_and_backspace_reopens(tab, ctx, qtbot) -> None:
    panel = tab.checklist
    done = next(r for r in panel.model.all_rows() if r.status is S.DONE)
    panel.select_item(done.id)
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Space)
    assert _item(ctx, done.id).status is S.OPEN
    panel.select_item(done.id)
    qtbot.keyClick(panel.tree, Qt.Key.Key_N)
    panel.select_item(done.id)
    qtbot.keyClick(panel.tree, Qt.Key.Key_Backspace)
    assert _item(ctx, done.id).status is S.OPEN


def test_enter_edits_the_note_in_place(tab, ctx, qtbot) -> None:
    panel = tab.checklist
    item = _first_open(panel)
    panel.select_item(item.id)
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Ask Chen Jing")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on its next turn
    qtbot.waitUntil(lambda: _item(ctx, item.id).note == "Ask Chen Jing")
    assert panel.model.index_of(item.id, COL_NOTE).data() == "Ask Chen Jing"
    tab.undo_stack.undo()
    assert _item(ctx, item.id).note == item.note


def test_ctrl_f_finds_and_the_filter_shows_open_items(tab, qtbot) -> None:
    panel = tab.checklist
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert panel.search.hasFocus()
    qtbot.keyClicks(panel.search, "power of attorney")
    visible = panel.model.visible_ids()
    assert visible and all(
        "power of attorney" in r.text_en.lower() + r.note.lower()
        for r in panel.model.all_rows()
        if r.id in visible
    )
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert panel.tree.hasFocus()
    assert panel.current_item().id in visible
    panel.search.clear()
    panel.open_only.setChecked(True)
    shown = [r for r in panel.model.all_rows() if r.id in panel.model.visible_ids()]
    assert shown and all(r.status in (S.OPEN, S.PROBLEM) for r in shown)
    # Ticking in the filtered list moves on to the next open item.
    current = panel.current_item()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Space)
    assert current.id not in panel.model.visible_ids()
    assert panel.current_item() is not None


def test_required_items_near_the_deadline_are_highlighted(tab, ctx) -> None:
    from desktop.services.bids.progress import WARN_DAYS
    from desktop.services.changes import SETTINGS, ChangeSet

    panel = tab.checklist
    item = _first_open(panel)
    index = panel.model.index_of(item.id)
    assert index.data(Qt.ItemDataRole.BackgroundRole) is None  # five days out, warn at 3
    with ctx.db.session() as s:
        WARN_DAYS.set(s, 5)
    ctx.events.publish(ChangeSet.of(SETTINGS))
    index = panel.model.index_of(item.id)
    assert item.required and index.data(Qt.ItemDataRole.BackgroundRole) is not None
    done = next(r for r in panel.model.all_rows() if r.status is S.DONE)
    assert panel.model.index_of(done.id).data(Qt.ItemDataRole.BackgroundRole) is None


@pytest.mark.both_engines  # on a server the file opens as a private copy of its content
def test_evidence_is_copied_and_opened_with_the_system_viewer(
    tab, ctx, dialogs, tmp_path, monkeypatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    panel = tab.checklist
    item = _first_open(panel)
    panel.select_item(item.id)
    receipt = tmp_path / "bond-receipt.pdf"
    receipt.write_bytes(b"%PDF-1.4 receipt")
    dialogs.files = [receipt]
    panel.detail.attach.click()
    assert panel.detail.files.count() == 1
    assert panel.current_item().evidence == 1
    panel.detail.open.click()
    (url,) = opened
    copy = Path(url.toLocalFile())  # the stored copy, not the original
    assert copy != receipt and copy.read_bytes() == b"%PDF-1.4 receipt"
    tab.undo_stack.undo()
    assert panel.detail.files.count() == 0
    tab.undo_stack.redo()
    assert panel.detail.files.count() == 1
