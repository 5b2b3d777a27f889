"""Start-up paints the window with the account list before SQLAlchemy's ORM, the models or any
tab load, then opens the database in full and builds the tab on show with its data; matplotlib
loads after that, in the background, so that the first chart is not a pause
(docs/speed.md#start-up)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop.services.clock import FixedClock
from desktop.views.launcher import Launcher
from desktop.views.prefs import Preferences
from tests.conftest import TODAY

from .child import run_python

HEAVY = ("sqlalchemy", "sqlalchemy.orm", "desktop.models", "matplotlib", "numpy", "openpyxl")

START = """
import json, sys
from desktop import app, startup_probe
from desktop.views.launcher import Launcher
HEAVY = %r
seen = {}
finish = Launcher._finish_opening

def at_first_paint(self, *args):
    window = self.window
    seen["paint"] = {
        "loaded": [m for m in HEAVY if m in sys.modules],
        "accounts": window.accounts.model.rowCount() - 1,
        "selected": window.accounts.current_account(),
        "built": [slot.page is not None for slot in window.slots],
    }
    finish(self, *args)
    page = window.slots[0].page
    seen["ready"] = {
        "loaded": [m for m in HEAVY if m in sys.modules],
        "built": [slot.page is not None for slot in window.slots],
        "people": len(page.chart.people) if page.chart else 0,
        "account": page.account_id,
        "reminders": type(window.reminders).__name__,
    }

Launcher._finish_opening = at_first_paint
code = app.main(["--db", sys.argv[1], "--lang", "en", "--tab", "orgchart"])
print("seen", json.dumps(seen))
sys.exit(code)
""" % (HEAVY,)  # noqa: UP031 - a script's source


def _accounts(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM account").fetchone()[0]


def test_the_window_paints_before_the_orm_and_the_tab_follows_with_data(
    demo_db_path: Path, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("KEYACCOUNT_DESK_STARTUP_PROBE", "1")  # quits once the window is complete
    output = run_python(["-c", START, str(demo_db_path)], tmp_path, 120)
    line = next(text for text in output.splitlines() if text.startswith("seen "))
    seen = json.loads(line.split(" ", 1)[1])
    paint, ready = seen["paint"], seen["ready"]
    assert paint["loaded"] == []  # not even SQLAlchemy: the list is read with sqlite3
    assert paint["accounts"] == _accounts(demo_db_path) > 0
    assert paint["selected"] is not None
    assert paint["built"] == [False, False, False, False]
    assert {"sqlalchemy.orm", "desktop.models"} <= set(ready["loaded"])
    assert not {"matplotlib", "numpy", "openpyxl"} & set(ready["loaded"])
    assert ready["built"] == [True, False, False, False]
    assert ready["account"] == paint["selected"] and ready["people"] > 0
    assert ready["reminders"] == "RemindersDock"
    assert '"ms"' in output  # the probe reported


def _launcher() -> Launcher:
    return Launcher("en", Preferences(), FixedClock(TODAY))


def test_a_click_on_a_tab_after_start_up_builds_it_with_data(qtbot, demo_db_path: Path) -> None:
    launcher = _launcher()
    assert launcher.open(demo_db_path, paint_first=True)
    window = launcher.window
    qtbot.addWidget(window)
    try:
        assert window.isVisible() and not window.attached
        assert window.accounts.model.rowCount() - 1 == _accounts(demo_db_path)
        qtbot.waitUntil(lambda: window.attached)
        assert launcher.db is not None and window.ctx.db is launcher.db
        assert [slot.page is not None for slot in window.slots] == [True, False, False, False]
        window.tabs.setCurrentWidget(window.slots[1])
        page = window.slots[1].page
        assert page is not None and page.isVisible()
        assert page.list_page.model.rowCount() > 0
    finally:
        launcher.shutdown()


def test_the_reminders_keep_the_layout_saved_when_they_arrive(qtbot, demo_db_path: Path) -> None:
    """The window paints with an empty place for the reminders; the dock that takes it after
    the first paint keeps what the user left (hidden here), and the window the size the user
    gave it meanwhile."""
    launcher = _launcher()
    assert launcher.open(demo_db_path)
    launcher.window.reminders.hide()
    launcher.window.resize(900, 700)
    launcher.shutdown()  # saves the layout
    again = _launcher()
    assert again.open(demo_db_path, paint_first=True)
    window = again.window
    qtbot.addWidget(window)
    try:
        assert not window.reminders_place.isVisible()
        window.resize(1000, 760)
        qtbot.waitUntil(lambda: window.attached)
        assert not window.reminders.isVisible()
        assert (window.width(), window.height()) == (1000, 760)
        window.reminders.toggleViewAction().trigger()
        assert window.reminders.isVisible()
    finally:
        again.shutdown()


def test_a_read_only_file_is_locked_once_it_is_open(qtbot, demo_db_path: Path, monkeypatch) -> None:
    import desktop.services.database as database

    monkeypatch.setattr(database, "opens_read_only", lambda _path: True)
    launcher = _launcher()
    assert launcher.open(demo_db_path, paint_first=True)
    window = launcher.window
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: window.attached)
        assert launcher.db.read_only and "read-only" in window.read_only_notice.text()
        assert not window.accounts.add_button.isEnabled()
        assert not window.slots[0].page.add_action.isEnabled()
    finally:
        launcher.shutdown()


def test_a_damage_found_after_the_first_paint_offers_the_backup(
    qtbot, demo_db_path: Path, monkeypatch
) -> None:
    """Only SQLite's check finds damage inside the pages; its verdict comes after the first
    paint, and the recovery is offered as at any other start."""
    launcher = _launcher()
    assert launcher.open(demo_db_path)
    launcher.db.backup("daily", TODAY)
    launcher.shutdown()
    data = bytearray(demo_db_path.read_bytes())
    data[4096 * 2 : 4096 * 6] = b"\xee" * (4096 * 4)
    demo_db_path.write_bytes(bytes(data))
    questions: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text: questions.append(text) or QMessageBox.StandardButton.Yes,
    )
    again = _launcher()
    assert again.open(demo_db_path, paint_first=True)
    qtbot.addWidget(again.window)
    try:
        qtbot.waitUntil(lambda: again.window is not None and again.window.attached)
        assert "damaged" in questions[0]
        assert list(demo_db_path.parent.glob("demo.damaged-*.sqlite"))
    finally:
        again.shutdown()


CHARTS = """
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop.services.database import open_database
from desktop.views.common.chart_warmup import warm_up_charts
from desktop.views.context import AppContext
from desktop.views.main_window import MainWindow
window = MainWindow(AppContext(db=open_database(Path(sys.argv[1])).db, language="en"))
window.show()
app.processEvents()
warmup = warm_up_charts()
while not warmup.finished:
    app.processEvents()
    time.sleep(0.01)
before = set(sys.modules)
tab = window.slots[1].tab()
window.tabs.setCurrentWidget(window.slots[1])
tab.show_page(tab.forecast_page)
app.processEvents()
tab.forecast_page.grab()
window.tabs.setCurrentWidget(window.slots[3])
contracts = window.slots[3].tab()
contracts.pages.setCurrentWidget(contracts.receivables)
app.processEvents()
contracts.receivables.grab()
new = sorted(m for m in set(sys.modules) - before if m.split(".")[0] in ("matplotlib", "numpy"))
print("loaded by the first charts:", ",".join(new))
"""


def test_after_the_warm_up_the_first_charts_load_no_matplotlib_module(
    demo_db_path: Path, tmp_path: Path
) -> None:
    output = run_python(["-c", CHARTS, str(demo_db_path)], tmp_path, 120)
    line = next(text for text in output.splitlines() if text.startswith("loaded by"))
    assert line.split(":", 1)[1].strip() == ""
