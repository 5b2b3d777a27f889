"""Long work through ``run_operation``: off the GUI thread, a modal progress dialog with Cancel,
the outcome back on the GUI thread, and the change record published to the views."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop.models import Account, Contact
from desktop.services.changes import CONTRACTS, OPPORTUNITIES, ChangeSet
from desktop.services.excel.import_service import ImportService, plan_sheets
from desktop.services.messages import Message, UserError
from desktop.views.common.base_tab import BaseTab
from desktop.views.common.operation import run_operation
from tests.gui.conftest import make_context, shown, wait_for_operations

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "excel"


@pytest.fixture
def empty_ctx(db, dialogs):
    return make_context(db, dialogs)


@pytest.fixture
def gate():
    """Holds the work until the test opens it (always opened, so no worker is left hanging)."""
    event = threading.Event()
    yield event
    event.set()


def test_the_work_runs_off_the_gui_thread_and_the_result_comes_back_on_it(qtbot, empty_ctx) -> None:
    worked_in, called_in, results = [], [], []

    def work(_progress):
        worked_in.append(threading.get_ident())
        return 42

    def done(result) -> None:
        called_in.append(threading.get_ident())
        results.append(result)

    run_operation(empty_ctx, None, "Working", work, on_success=done)
    wait_for_operations(qtbot)
    assert results == [42]
    assert worked_in[0] != threading.get_ident()
    assert called_in == [threading.get_ident()]


def test_a_window_modal_progress_dialog_shows_the_progress(qtbot, empty_ctx, gate) -> None:
    def work(progress):
        progress(3, 10)
        gate.wait()
        return None

    operation = run_operation(empty_ctx, None, "Working", work)
    dialog = operation.dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.value() == 3)
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.maximum() == 10 and dialog.labelText() == "Working"
    closed = []
    dialog.destroyed.connect(lambda: closed.append(True))
    gate.set()
    wait_for_operations(qtbot)
    qtbot.waitUntil(lambda: closed == [True])  # the dialog goes with the work


def test_cancel_rolls_the_import_back(qtbot, empty_ctx, gate) -> None:
    plans = plan_sheets(FIXTURES / "contacts_messy.xlsx")
    service = ImportService(empty_ctx.db, empty_ctx.clock)
    outcome = []

    def work(progress):
        gate.wait()
        return service.run(plans, dry_run=False, progress=progress)

    operation = run_operation(
        empty_ctx,
        None,
        "Importing",
        work,
        on_success=lambda _r: outcome.append("done"),
        on_cancel=lambda: outcome.append("cancelled"),
    )
    qtbot.waitUntil(operation.dialog.isVisible)
    qtbot.mouseClick(operation.dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    gate.set()
    wait_for_operations(qtbot)
    assert outcome == ["cancelled"]
    with empty_ctx.db.read() as s:
        assert s.query(Contact).count() == 0 and s.query(Account).count() == 0


def test_work_that_cannot_stop_offers_no_cancel(qtbot, empty_ctx, gate) -> None:
    operation = run_operation(
        empty_ctx, None, "Backing up", lambda _p: gate.wait(), cancellable=False
    )
    qtbot.waitUntil(operation.dialog.isVisible)
    assert operation.dialog.findChild(QPushButton) is None
    gate.set()
    wait_for_operations(qtbot)


def test_a_user_error_arrives_as_one_sentence(qtbot, empty_ctx, dialogs) -> None:
    def work(_progress):
        raise UserError(Message("Test", "The file is not a workbook. Choose an .xlsx file."))

    succeeded = []
    run_operation(empty_ctx, None, "Reading", work, on_success=succeeded.append)
    wait_for_operations(qtbot)
    assert dialogs.shown == [
        ("user_error", "", "The file is not a workbook. Choose an .xlsx file.")
    ]
    assert succeeded == []


def test_an_unexpected_error_goes_to_the_error_hook(qtbot, empty_ctx, monkeypatch) -> None:
    hooked = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: hooked.append(value))

    def work(_progress):
        raise RuntimeError("disk on fire")

    run_operation(empty_ctx, None, "Working", work)
    wait_for_operations(qtbot)
    assert [str(error) for error in hooked] == ["disk on fire"]


class _CountingTab(BaseTab):
    def __init__(self, ctx, watched) -> None:
        self.watched = frozenset(watched)
        super().__init__(ctx)
        self.reloads = 0

    def reload(self) -> None:
        self.reloads += 1


def test_the_change_record_refreshes_the_interested_view(qtbot, empty_ctx) -> None:
    contracts = shown(qtbot, _CountingTab(empty_ctx, {CONTRACTS}), None)
    opportunities = shown(qtbot, _CountingTab(empty_ctx, {OPPORTUNITIES}), None)
    before = contracts.reloads, opportunities.reloads
    seen_on_success = []
    run_operation(
        empty_ctx,
        None,
        "Saving",
        lambda _p: ("report", ChangeSet.of(CONTRACTS)),
        changes=lambda result: result[1],
        on_success=lambda _r: seen_on_success.append(contracts.reloads),
    )
    wait_for_operations(qtbot)
    assert contracts.reloads == before[0] + 1
    assert opportunities.reloads == before[1]
    assert seen_on_success == [before[0] + 1]  # published before the success callback


def test_a_file_that_cannot_be_written_is_one_sentence_not_a_crash(
    qtbot, empty_ctx, dialogs, monkeypatch
) -> None:
    hooked = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: hooked.append(value))

    def work(_progress):
        raise PermissionError(13, "Permission denied")

    run_operation(empty_ctx, None, "Export to Excel", work)
    wait_for_operations(qtbot)
    assert hooked == []
    assert dialogs.shown == [
        (
            "error",
            "Export to Excel",
            "The file could not be written or read (Permission denied). Close it in other "
            "programs, or choose another place, then try again.",
        )
    ]
