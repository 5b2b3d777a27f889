"""File ▸ Export calendar… writes the reminders as an iCalendar file (docs/calendar.md)."""

from __future__ import annotations

from pathlib import Path

from icalendar import Calendar

from desktop.views.main_window import MainWindow
from tests.gui.conftest import shown, wait_for_operations


def _uids(path: Path) -> set[str]:
    return {str(e["uid"]) for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}


def test_the_menu_entry_writes_the_calendar_file(qtbot, ctx, dialogs, tmp_path) -> None:
    window = shown(qtbot, MainWindow(ctx), None)
    assert window.calendar_action in window.file_menu.actions()
    dialogs.files = [tmp_path / "mine"]  # the suffix is added
    dialogs.answers = [False]  # no birthdays
    window.calendar_action.trigger()
    wait_for_operations(qtbot)
    written = tmp_path / "mine.ics"
    uids = _uids(written)
    assert uids and not any(uid.endswith("-birthday@keyaccount-desk") for uid in uids)
    assert dialogs.shown[-1][0] == "info" and str(written) in dialogs.shown[-1][2]
    dialogs.files = [tmp_path / "personal.ics"]
    dialogs.answers = [True]
    window.calendar_action.trigger()
    wait_for_operations(qtbot)
    assert any(
        uid.endswith("-birthday@keyaccount-desk") for uid in _uids(tmp_path / "personal.ics")
    )
