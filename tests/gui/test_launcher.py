"""Starting up: one window per database, refusal messages, uncaught errors."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QMessageBox

from desktop.locking import lock_for
from desktop.services.clock import FixedClock
from desktop.views import errors
from desktop.views.launcher import Launcher
from desktop.views.prefs import Preferences
from tests.conftest import TODAY
from tests.damage import held_by_another_process
from tests.gui.conftest import wait_for_operations


def _launcher() -> Launcher:
    return Launcher("en", Preferences(), FixedClock(TODAY))


def test_second_instance_on_the_same_database_is_refused(
    qtbot, demo_db_path: Path, monkeypatch
) -> None:
    with held_by_another_process(demo_db_path):
        before = demo_db_path.read_bytes()
        messages: list[str] = []
        monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: messages.append(text))
        launcher = _launcher()
        assert launcher.open(demo_db_path) is False
        assert "already open" in messages[0]
        assert launcher.window is None
        assert demo_db_path.read_bytes() == before


def test_launcher_opens_the_window_and_releases_the_lock(qtbot, demo_db_path: Path) -> None:
    launcher = _launcher()
    assert launcher.open(demo_db_path)
    qtbot.addWidget(launcher.window)
    assert launcher.window.isVisible()
    assert not lock_for(demo_db_path).tryLock(0)
    launcher.shutdown()
    lock = lock_for(demo_db_path)
    assert lock.tryLock(0)
    lock.unlock()
    assert not Path(f"{demo_db_path}-wal").exists()


def test_foreign_file_is_refused_with_a_message(qtbot, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "photo.sqlite"
    path.write_bytes(b"\x89PNG" + bytes(500))
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: messages.append(text))
    assert _launcher().open(path) is False
    assert "not a database" in messages[0]
    assert path.read_bytes() == b"\x89PNG" + bytes(500)


def test_switching_database_keeps_one_window(qtbot, demo_db_path: Path, tmp_path: Path) -> None:
    launcher = _launcher()
    assert launcher.open(demo_db_path)
    first = launcher.window
    assert launcher.open(tmp_path / "second.sqlite")
    qtbot.addWidget(launcher.window)
    assert launcher.window is not first and not first.isVisible()
    assert lock_for(demo_db_path).tryLock(0)  # the first database was released
    launcher.shutdown()


def test_uncaught_exception_is_logged_and_shown_without_personal_data(
    qtbot, monkeypatch, db
) -> None:
    from desktop.models import Contact
    from desktop.services.logs import setup_logging

    shown: list[str] = []
    monkeypatch.setattr(errors.ErrorDialog, "exec", lambda box: shown.append(box.details) or 0)
    log_file = setup_logging()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.install_exception_hook()
    try:  # a save the database refuses, with a third party's personal data in it
        with db.session() as s:
            s.add(Contact(account_id=999_999, name="X", family="Wife: Zhang Meiling, 13912345678"))
    except Exception:
        sys.excepthook(*sys.exc_info())
    logged = log_file.read_text(encoding="utf-8")
    for text in (shown[0], logged):
        assert "IntegrityError" in text
        assert "Zhang Meiling" not in text and "13912345678" not in text
    if sys.platform != "win32":
        assert log_file.stat().st_mode & 0o777 == 0o600


def test_a_full_disk_is_said_in_one_sentence(qtbot, monkeypatch) -> None:
    import sqlite3

    from sqlalchemy.exc import OperationalError

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.install_exception_hook()
    try:
        raise OperationalError("INSERT", None, sqlite3.OperationalError("database or disk is full"))
    except OperationalError:
        sys.excepthook(*sys.exc_info())
    assert warnings == ["The disk is full: free some space and try again; nothing was changed."]


def _names(launcher: Launcher) -> list[str]:
    from desktop.models import Account

    with launcher.db.read() as s:
        return sorted(a.name for a in s.query(Account))


def test_closing_after_changes_takes_a_backup(qtbot, demo_db_path: Path) -> None:
    from desktop.models import Account
    from desktop.services import backups

    launcher = _launcher()
    assert launcher.open(demo_db_path)
    QThreadPool.globalInstance().waitForDone()
    daily = backups.list_backups(demo_db_path)
    assert [b.reason for b in daily] == ["daily"]
    with launcher.db.session() as s:
        s.add(Account(name="Late change"))
    launcher.shutdown()
    assert [b.reason for b in backups.list_backups(demo_db_path)] == ["exit", "daily"]


def test_restore_from_the_window_replaces_the_data(qtbot, demo_db_path: Path, tmp_path) -> None:
    from desktop.models import Account

    launcher = _launcher()
    assert launcher.open(demo_db_path)
    before = _names(launcher)
    backup = launcher.db.backup("manual", TODAY)
    with launcher.db.session() as s:
        s.add(Account(name="Added after the backup"))
    launcher.restore(backup)
    wait_for_operations(qtbot)
    qtbot.addWidget(launcher.window)
    assert _names(launcher) == before
    assert not lock_for(demo_db_path).tryLock(0)  # still ours
    launcher.shutdown()


def test_restore_runs_off_the_gui_thread_and_keeps_the_window_for_a_damaged_backup(
    qtbot, demo_db_path: Path, tmp_path, monkeypatch
) -> None:
    import threading

    from desktop.services import restore

    launcher = _launcher()
    assert launcher.open(demo_db_path)
    window = launcher.window
    qtbot.addWidget(window)
    checked_in = []
    check = restore.check_restorable
    monkeypatch.setattr(
        restore,
        "check_restorable",
        lambda path: checked_in.append(threading.get_ident()) or check(path),
    )
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: messages.append(text))
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(b"\x89PNG" + bytes(500))
    launcher.restore(damaged)
    wait_for_operations(qtbot)
    assert checked_in and checked_in[0] != threading.get_ident()
    assert len(messages) == 1 and "damaged.sqlite" in messages[0]
    assert launcher.window is window and window.isVisible()  # nothing was closed
    launcher.shutdown()


def test_damaged_database_is_recovered_from_the_newest_sound_backup(
    qtbot, demo_db_path: Path, monkeypatch
) -> None:
    launcher = _launcher()
    assert launcher.open(demo_db_path)
    expected = _names(launcher)
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
    assert again.open(demo_db_path)
    qtbot.addWidget(again.window)
    assert "damaged" in questions[0]
    assert _names(again) == expected
    kept = list(demo_db_path.parent.glob("demo.damaged-*.sqlite"))
    assert len(kept) == 1 and kept[0].read_bytes() == bytes(data)
    again.shutdown()


def test_declining_recovery_leaves_the_damaged_file_alone(
    qtbot, demo_db_path: Path, monkeypatch
) -> None:
    launcher = _launcher()
    assert launcher.open(demo_db_path)
    launcher.db.backup("daily", TODAY)
    launcher.shutdown()
    data = bytearray(demo_db_path.read_bytes())
    data[4096 * 2 : 4096 * 6] = b"\xee" * (4096 * 4)
    demo_db_path.write_bytes(bytes(data))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    assert _launcher().open(demo_db_path) is False
    assert demo_db_path.read_bytes() == bytes(data)


def test_trash_dialog_restores_a_deleted_account(qtbot, ctx) -> None:
    from desktop.models import Account
    from desktop.services.trash import TrashService
    from desktop.views.trash_dialog import TrashDialog

    with ctx.db.read() as s:
        account = s.query(Account).first()
    TrashService(ctx.db, ctx.clock).delete("account", account.id)
    dialog = TrashDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.table.source.rowCount() == 1
    with qtbot.waitSignal(ctx.events.data_changed):
        dialog.restore_button.click()
    with ctx.db.read() as s:
        assert s.get(Account, account.id).name == account.name
    assert dialog.table.source.rowCount() == 0


def test_partial_files_a_killed_backup_left_are_cleared_at_start(qtbot, demo_db_path: Path) -> None:
    import os
    import time

    from desktop.services import paths

    folder = paths.backup_dir_for(demo_db_path)
    stale = folder / "demo-2026-11-20-100000-exit.sqlite.0badc0de.partial"
    stale.write_bytes(b"half a backup")
    two_hours_ago = time.time() - 7200
    os.utime(stale, (two_hours_ago, two_hours_ago))
    launcher = _launcher()
    assert launcher.open(demo_db_path)
    qtbot.addWidget(launcher.window)
    QThreadPool.globalInstance().waitForDone()
    launcher.shutdown()
    assert not stale.exists()
