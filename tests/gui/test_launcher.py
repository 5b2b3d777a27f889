"""Starting up: one window per database, refusal messages, uncaught errors."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop.services.clock import FixedClock
from desktop.views import errors
from desktop.views.launcher import Launcher, lock_for
from desktop.views.prefs import Preferences
from tests.conftest import TODAY


def _launcher() -> Launcher:
    return Launcher("en", Preferences(), FixedClock(TODAY))


def test_second_instance_on_the_same_database_is_refused(
    qtbot, demo_db_path: Path, monkeypatch
) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
                import sys, time
                from PySide6.QtCore import QLockFile
                lock = QLockFile(r"{demo_db_path}.lock")
                assert lock.tryLock(1000)
                print("locked", flush=True)
                sys.stdin.readline()
            """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        before = demo_db_path.read_bytes()
        messages: list[str] = []
        monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: messages.append(text))
        launcher = _launcher()
        assert launcher.open(demo_db_path) is False
        assert "already open" in messages[0]
        assert launcher.window is None
        assert demo_db_path.read_bytes() == before
    finally:
        holder.communicate("\n", timeout=10)


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


def test_uncaught_exception_is_logged_and_shown(qtbot, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.detailedText()) or 0)
    log_file = errors.setup_logging()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.install_exception_hook()
    try:
        raise ValueError("boom in a slot")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    assert "boom in a slot" in shown[0]
    assert "boom in a slot" in log_file.read_text(encoding="utf-8")
