"""Starting on a damaged file: it is kept aside and the right backup, labelled, is offered
(docs/damaged-files.md)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QMessageBox

from desktop.models import Account
from desktop.services import backups
from desktop.services.clock import FixedClock
from desktop.services.restore import restore_database
from desktop.views.launcher import Launcher
from desktop.views.prefs import Preferences
from desktop.views.restore_dialog import RestoreDialog
from tests.conftest import TODAY
from tests.damage import DAMAGES, damage, held_by_another_process


def _launcher() -> Launcher:
    return Launcher("en", Preferences(), FixedClock(TODAY))


def _names(launcher: Launcher) -> list[str]:
    with launcher.db.read() as s:
        return sorted(name for (name,) in s.query(Account.name))


def _answer(monkeypatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text: asked.append(text) or answer)
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: asked.append(text))
    return asked


def _used_with_a_daily_backup(path: Path) -> list[str]:
    """Open ``path`` in the window (it becomes the last-used file), take the daily backup."""
    launcher = _launcher()
    assert launcher.open(path)
    QThreadPool.globalInstance().waitForDone()
    names = _names(launcher)
    launcher.shutdown()
    assert [b.reason for b in backups.list_backups(path)] == ["daily"]
    return names


@pytest.mark.parametrize("kind", DAMAGES)
def test_a_damaged_file_is_kept_aside_and_the_daily_backup_restored(
    qtbot, kind: str, demo_db_path: Path, monkeypatch
) -> None:
    expected = _used_with_a_daily_backup(demo_db_path)
    damaged = damage(demo_db_path, kind)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    again = _launcher()
    assert again.open(demo_db_path)
    qtbot.addWidget(again.window)
    assert "is damaged" in asked[0] and "(Daily)" in asked[0]
    assert _names(again) == expected
    (kept,) = demo_db_path.parent.glob("demo.damaged-*.sqlite")
    assert kept.read_bytes() == damaged
    again.shutdown()


def test_an_emptied_last_used_file_without_backups_is_refused_untouched(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    path = tmp_path / "mine.sqlite"
    path.write_bytes(b"")
    Preferences().last_database = path
    told = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    launcher = _launcher()
    assert launcher.open(path) is False
    assert "is damaged (the file is empty)" in told[0] and "no sound backup" in told[0]
    assert path.read_bytes() == b"" and launcher.window is None


def test_declining_leaves_an_emptied_file_as_it_is(qtbot, demo_db_path: Path, monkeypatch) -> None:
    _used_with_a_daily_backup(demo_db_path)
    damage(demo_db_path, "empty")
    _answer(monkeypatch, QMessageBox.StandardButton.No)
    assert _launcher().open(demo_db_path) is False
    assert demo_db_path.read_bytes() == b""
    assert not list(demo_db_path.parent.glob("demo.damaged-*"))


def test_recovery_after_a_restore_does_not_offer_the_replaced_data_silently(
    qtbot, demo_db_path: Path, monkeypatch
) -> None:
    _used_with_a_daily_backup(demo_db_path)
    (daily,) = backups.list_backups(demo_db_path)
    restore_database(demo_db_path, daily.path, TODAY + timedelta(hours=1))
    damage(demo_db_path, "header-zeroed")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    assert _launcher().open(demo_db_path) is False
    assert "(Daily)" in asked[0] and "before a restore" not in asked[0]
    damage(daily.path, "cut-in-half")  # now only the before-restore copy is sound
    assert _launcher().open(demo_db_path) is False
    assert "(Before a restore)" in asked[1] and "holds the data that restore replaced" in asked[1]


def test_restore_dialog_labels_backups_and_selects_the_newest_that_is_not_replaced_data(
    qtbot, ctx
) -> None:
    daily = ctx.db.backup("daily", TODAY)
    ctx.db.backup("before-restore", TODAY + timedelta(hours=1))
    dialog = RestoreDialog(ctx)
    qtbot.addWidget(dialog)
    model = dialog.table.model()
    why = [model.index(row, 1).data(Qt.ItemDataRole.DisplayRole) for row in range(2)]
    assert why == ["Before a restore", "Daily"]
    dialog.restore_button.click()
    assert dialog.chosen == daily


def test_the_window_refuses_a_symlink_to_a_file_open_in_another_window(
    qtbot, demo_db_path: Path, monkeypatch
) -> None:
    alias = demo_db_path.with_name("alias.sqlite")
    alias.symlink_to(demo_db_path)
    told = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    with held_by_another_process(demo_db_path):
        assert _launcher().open(alias) is False
    assert "already open" in told[0]
