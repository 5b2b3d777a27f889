"""The window on a database the user may only read, or whose backups folder is someone
else's: it opens, says so, and refuses edits with one sentence instead of quitting."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QMessageBox

from desktop.services.clock import FixedClock
from desktop.services.trash import TrashService
from desktop.views import errors
from desktop.views.launcher import Launcher
from desktop.views.prefs import Preferences
from tests.conftest import TODAY
from tests.filesystems import as_other_user, give_away, is_root

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def _copy(demo_db_path: Path, folder: Path) -> Path:
    folder.mkdir()
    path = folder / "k.sqlite"
    shutil.copyfile(demo_db_path, path)
    return path


@pytest.mark.parametrize("read_only", ["file", "folder"])
def test_a_read_only_database_opens_read_only_and_refuses_edits_with_a_sentence(
    read_only: str, qtbot, shared_dir: Path, demo_db_path: Path, monkeypatch
) -> None:
    path = _copy(demo_db_path, shared_dir / "data")
    give_away(shared_dir)
    if read_only == "file":
        path.chmod(0o400)
    else:  # no lock file, no -wal can be made there: not "damaged", not "already open"
        path.parent.chmod(0o500)
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: pytest.fail(text))
    before = sorted(p.name for p in path.parent.iterdir())
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    with as_other_user():
        launcher = Launcher("en", Preferences(), FixedClock(TODAY))
        assert launcher.open(path)
        window = launcher.window
        qtbot.addWidget(window)
        assert "read-only" in window.windowTitle()
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)  # every tab can show its data
        errors.install_exception_hook()
        try:  # what a click on Delete does, through the window's error handling
            TrashService(launcher.db, FixedClock(TODAY)).delete("account", 1)
        except Exception:
            sys.excepthook(*sys.exc_info())
        QThreadPool.globalInstance().waitForDone()
        launcher.shutdown()
    assert len(warnings) == 1 and "read-only" in warnings[0]
    assert sorted(p.name for p in path.parent.iterdir()) == before


@pytest.mark.skipif(not is_root(), reason="needs a folder owned by another user")
def test_a_backups_folder_of_someone_else_does_not_stop_the_window(
    qtbot, shared_dir: Path, demo_db_path: Path
) -> None:
    path = _copy(demo_db_path, shared_dir / "data")
    give_away(shared_dir)
    foreign = path.parent / "k-backups"
    foreign.mkdir(mode=0o700)  # root's: the user can neither read nor write it
    with as_other_user():
        launcher = Launcher("en", Preferences(), FixedClock(TODAY))
        assert launcher.open(path)
        qtbot.addWidget(launcher.window)
        message = launcher.window.statusBar().currentMessage()
        QThreadPool.globalInstance().waitForDone()
        launcher.shutdown()
    assert "No backups can be written" in message and str(foreign) in message
