"""Deleting an account, a person, an opportunity, a tender or a contract where the user does
it: the record goes to the trash with everything under it, Edit ▸ Undo takes it back out
exactly (every row of every table as it was, the trash empty again), Redo puts it back in,
and Edit ▸ Trash restores it even once the undo history is gone."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHeaderView
from sqlalchemy import select

from desktop.models import Account, Contact, Contract, Opportunity, Payment, Tender
from desktop.services.contracts.data import PaymentData
from desktop.services.trash import TrashService
from desktop.views.main_window import MainWindow
from desktop.views.trash_dialog import TrashDialog
from tests.dump import dump
from tests.gui.conftest import shown

HOSPITAL = "Pengcheng First People's Hospital"
RAIL = "Pengcheng Urban Rail Transit Group Co., Ltd."
GRID = "State Grid Huaihai Electric Power Co., Ltd."


@pytest.fixture
def window(qtbot, ctx) -> MainWindow:
    return shown(qtbot, MainWindow(ctx))


def _id(ctx, model, **values) -> int:
    with ctx.db.read() as s:
        return s.scalar(select(model.id).filter_by(**values))


def _select_account(window: MainWindow, name: str) -> None:
    model = window.accounts.model
    row = next(r for r in range(1, model.rowCount()) if model.index(r).data() == name)
    window.accounts.view.setCurrentIndex(model.index(row))


def _delete_account(qtbot, window: MainWindow, ctx) -> QUndoStack:
    _select_account(window, HOSPITAL)
    qtbot.mouseClick(window.accounts.delete_button, Qt.MouseButton.LeftButton)
    assert window.accounts.current_account() is None  # "All accounts"
    return window.accounts.undo_stack


def _delete_person(qtbot, window: MainWindow, ctx) -> QUndoStack:
    tab = window.tab_pages[0]
    window.tabs.setCurrentWidget(tab)
    _select_account(window, RAIL)
    tab.scene.select_person(_id(ctx, Contact, name="Bai Zhigang"))
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    return tab.undo_stack


def _delete_opportunity(qtbot, window: MainWindow, ctx) -> QUndoStack:
    tab = window.tab_pages[1]
    window.tabs.setCurrentWidget(tab)
    ctx.events.open_record.emit("opportunity", _id(ctx, Opportunity, name=OPPORTUNITY))
    qtbot.mouseClick(tab.list_page.delete_button, Qt.MouseButton.LeftButton)
    return tab.undo_stack


def _delete_tender(qtbot, window: MainWindow, ctx) -> QUndoStack:
    tab = window.tab_pages[2]
    window.tabs.setCurrentWidget(tab)
    ctx.events.open_record.emit("tender", _id(ctx, Tender, tender_no="HHDL-ZB-2026-0312"))
    tab.delete_action.trigger()
    return tab.undo_stack


def _delete_contract(qtbot, window: MainWindow, ctx) -> QUndoStack:
    tab = window.tab_pages[3]
    window.tabs.setCurrentWidget(tab)
    ctx.events.open_record.emit("contract", _id(ctx, Contract, number="DT-2026-0086"))
    qtbot.mouseClick(tab.detail.overview.delete_button, Qt.MouseButton.LeftButton)
    return tab.undo_stack


OPPORTUNITY = "Line 2 Control Centre Network Expansion"


@dataclass(frozen=True)
class Case:
    kind: str
    delete: Callable[..., QUndoStack]
    title: str
    account: str
    model: type
    contents: tuple[str, ...] = ()  # kinds of records that must go with it


CASES = [
    Case("account", _delete_account, HOSPITAL, "", Account, ("contact", "opportunity")),
    Case("contact", _delete_person, "Bai Zhigang", RAIL, Contact),
    Case("opportunity", _delete_opportunity, OPPORTUNITY, RAIL, Opportunity),
    Case("tender", _delete_tender, "HHDL-ZB-2026-0312", GRID, Tender),
    Case("contract", _delete_contract, "DT-2026-0086", RAIL, Contract),
]


def _undo_action(window: MainWindow):
    return window.edit_menu.actions()[0]


def _redo_action(window: MainWindow):
    return window.edit_menu.actions()[1]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.kind)
def test_deleting_goes_to_the_trash_and_comes_back_exactly(qtbot, window, ctx, dialogs, case):
    trash = TrashService(ctx.db, ctx.clock)
    before = dump(ctx.db)
    with ctx.db.read() as s:
        record_id = s.scalar(select(case.model.id).where(_named(case)))
    dialogs.answers = [True]
    stack = case.delete(qtbot, window, ctx)
    kind, _title, question = dialogs.shown[-1]
    assert kind == "confirm" and "trash" in question
    with ctx.db.read() as s:
        assert s.get(case.model, record_id) is None
    (entry,) = trash.list()
    assert (entry.kind, entry.title, entry.account_name) == (case.kind, case.title, case.account)
    assert all(entry.contents.get(what) for what in case.contents)

    # Edit ▸ Undo works on the stack the deletion went on, and takes it out of the trash.
    assert _undo_action(window).isEnabled() and "Delete" in _undo_action(window).text()
    _undo_action(window).trigger()
    assert dump(ctx.db) == before
    assert trash.list() == []
    assert stack.canRedo()

    _redo_action(window).trigger()
    with ctx.db.read() as s:
        assert s.get(case.model, record_id) is None
    assert [row.title for row in trash.list()] == [case.title]

    # The undo history is gone (e.g. the app was restarted): Edit ▸ Trash still restores.
    stack.clear()
    dialog = TrashDialog(ctx, window)
    qtbot.addWidget(dialog)
    assert dialog.table.source.rowCount() == 1
    assert dialog.table.model().index(0, 1).data() == case.title
    with qtbot.waitSignal(ctx.events.data_changed):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.table.source.rowCount() == 0
    # A person's reports go back under them exactly, the time of their last change too.
    assert dump(ctx.db) == before


def _named(case: Case):
    column = {
        "account": Account.name,
        "contact": Contact.name,
        "opportunity": Opportunity.name,
        "tender": Tender.tender_no,
        "contract": Contract.number,
    }[case.kind]
    return column == case.title


def test_the_trash_lists_what_went_with_an_account(qtbot, window, ctx, dialogs) -> None:
    dialogs.answers = [True]
    _delete_account(qtbot, window, ctx)
    dialog = TrashDialog(ctx, window)
    qtbot.addWidget(dialog)
    with_it = dialog.table.model().index(0, 5).data()
    assert with_it == "People: 16 · Opportunities: 3 · Tenders: 1 · Contracts: 1"
    # never cut: the column takes the width left and wraps, the tooltip holds it all too
    stretch = dialog.table.horizontalHeader().sectionResizeMode(5)
    assert stretch == QHeaderView.ResizeMode.Stretch and dialog.table.wordWrap()
    assert dialog.table.model().index(0, 5).data(Qt.ItemDataRole.ToolTipRole) == with_it


def test_restore_and_delete_act_only_on_a_selected_row(qtbot, window, ctx, dialogs) -> None:
    dialogs.answers = [True]
    _delete_account(qtbot, window, ctx)
    dialog = TrashDialog(ctx, window)
    qtbot.addWidget(dialog)
    assert dialog.restore_button.isEnabled() and dialog.delete_button.isEnabled()
    row = dialog.table.visualRect(dialog.table.model().index(0, 0)).center()
    qtbot.mouseClick(
        dialog.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, row
    )
    assert dialog.table.selectionModel().selectedRows() == []
    assert not dialog.restore_button.isEnabled() and not dialog.delete_button.isEnabled()
    assert dialog.empty_button.isEnabled()


def test_undo_follows_the_last_stack_that_changed(qtbot, window, ctx, dialogs) -> None:
    """An account deleted in the list is undone by Edit ▸ Undo; after an edit in a tab,
    Edit ▸ Undo works on that tab again."""
    dialogs.answers = [True]
    _delete_account(qtbot, window, ctx)
    assert ctx.undo_group.activeStack() is window.accounts.undo_stack
    _delete_person(qtbot, window, ctx)
    assert ctx.undo_group.activeStack() is window.tab_pages[0].undo_stack
    _undo_action(window).trigger()  # the person
    assert _id(ctx, Contact, name="Bai Zhigang") is not None
    assert _id(ctx, Account, name=HOSPITAL) is None


def _record_payment(window: MainWindow, ctx, reference: str) -> None:
    tab = window.tab_pages[3]
    contract = _id(ctx, Contract, number="DT-2026-0086")
    data = PaymentData(ctx.clock.today(), Decimal(1000), reference=reference)
    tab.editor.attempt(f"Record {reference}", lambda: tab.service.save_part(contract, None, data))


def _payments(ctx) -> list[str]:
    with ctx.db.read() as s:
        return sorted(s.scalars(select(Payment.reference)).all())


def test_undo_and_redo_follow_time_order_across_tabs(qtbot, window, ctx, dialogs) -> None:
    """a1 in the Contracts tab, b1 in the org chart, a2 in the Contracts tab: Undo takes back
    a2, then b1, then a1, and the menu says which; Redo does them again in the same order."""
    known = _payments(ctx)
    dialogs.answers = [True]
    _record_payment(window, ctx, "A1")
    _delete_person(qtbot, window, ctx)
    _record_payment(window, ctx, "A2")
    assert _undo_action(window).text() == "&Undo Record A2"
    _undo_action(window).trigger()
    assert _payments(ctx) == sorted([*known, "A1"])
    assert _id(ctx, Contact, name="Bai Zhigang") is None
    assert _undo_action(window).text() == "&Undo Delete Bai Zhigang"
    assert _redo_action(window).text() == "&Redo Record A2"
    _undo_action(window).trigger()
    assert _id(ctx, Contact, name="Bai Zhigang") is not None
    _undo_action(window).trigger()
    assert _payments(ctx) == known
    assert not _undo_action(window).isEnabled()
    _redo_action(window).trigger()
    assert _payments(ctx) == sorted([*known, "A1"])
    _redo_action(window).trigger()
    assert _id(ctx, Contact, name="Bai Zhigang") is None
    _redo_action(window).trigger()
    assert _payments(ctx) == sorted([*known, "A1", "A2"])
    assert not _redo_action(window).isEnabled()


def test_a_person_deleted_before_their_account_comes_back_after_it(
    qtbot, window, ctx, dialogs
) -> None:
    """Undo brings the account back first (newest first), then the person deleted on their
    own before it: nobody is left in the trash, and the database is exactly as it was."""
    before = dump(ctx.db)
    dialogs.answers = [True, True]
    _delete_person(qtbot, window, ctx)
    _select_account(window, RAIL)
    qtbot.mouseClick(window.accounts.delete_button, Qt.MouseButton.LeftButton)
    assert _id(ctx, Account, name=RAIL) is None
    _undo_action(window).trigger()
    assert _id(ctx, Account, name=RAIL) is not None
    assert [row.title for row in TrashService(ctx.db, ctx.clock).list()] == ["Bai Zhigang"]
    _undo_action(window).trigger()
    assert TrashService(ctx.db, ctx.clock).list() == []
    assert dump(ctx.db) == before


def test_a_person_cannot_come_back_before_their_account(qtbot, window, ctx, dialogs) -> None:
    """From the trash, in the wrong order: the person is refused with a message saying to
    restore the account first, and both stay in the trash."""
    dialogs.answers = [True, True]
    _delete_person(qtbot, window, ctx)
    _select_account(window, RAIL)
    qtbot.mouseClick(window.accounts.delete_button, Qt.MouseButton.LeftButton)
    dialog = TrashDialog(ctx, window)
    qtbot.addWidget(dialog)
    row = next(r for r in range(2) if dialog.table.model().index(r, 1).data() == "Bai Zhigang")
    dialog.table.selectRow(row)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialogs.shown[-1][0] == "user_error" and "first" in dialogs.shown[-1][2]
    assert len(TrashService(ctx.db, ctx.clock).list()) == 2


def test_a_person_erased_for_good_leaves_no_trace(qtbot, window, ctx, dialogs) -> None:
    """Delete permanently: the person's personal data is gone from the database file and its
    log, and no undo (memory only) can bring the record back."""
    secret = "家庭：爱人在市规划局-5J8Q"
    bai = _id(ctx, Contact, name="Bai Zhigang")
    with ctx.db.session() as s:
        s.get_one(Contact, bai).family = secret
    tab = window.tab_pages[0]
    _select_account(window, RAIL)
    edited = tab.editor.update_person(bai, replace(tab.editor.people.get(bai), interests=secret))
    assert edited and tab.undo_stack.count() == 1
    path = ctx.db.path
    files = (path, path.with_name(path.name + "-wal"))
    assert any(secret.encode() in file.read_bytes() for file in files if file.exists())
    dialogs.answers = [True, True]
    _delete_person(qtbot, window, ctx)
    dialog = TrashDialog(ctx, window)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.table.source.rowCount() == 0
    assert all(stack.count() == 0 for stack in ctx.undo_group.stacks())
    assert not _undo_action(window).isEnabled()
    for file in files:
        if file.exists():
            assert secret.encode() not in file.read_bytes(), file.name


def test_erasing_while_another_program_reads_says_so_and_erases_after(
    qtbot, window, ctx, dialogs, monkeypatch
) -> None:
    import sqlite3

    from desktop.services.database import Database

    monkeypatch.setattr(Database, "CHECKPOINT_WAIT_MS", 0)
    secret = "家庭：孩子在实验小学-3R7T"
    bai = _id(ctx, Contact, name="Bai Zhigang")
    with ctx.db.session() as s:
        s.get_one(Contact, bai).family = secret
    path = ctx.db.path
    files = (path, path.with_name(path.name + "-wal"))
    dialogs.answers = [True, True]
    _delete_person(qtbot, window, ctx)
    reader = sqlite3.connect(path, isolation_level=None)  # e.g. a backup tool, mid-read
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM contact").fetchone()
    dialog = TrashDialog(ctx, window)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    reader.execute("COMMIT")
    reader.close()
    assert dialogs.shown[-1][0] == "info" and "still reading" in dialogs.shown[-1][2]
    with ctx.db.session() as s:  # the user's next change
        s.add(Account(name="Next change"))
    for file in files:
        if file.exists():
            assert secret.encode() not in file.read_bytes(), file.name
