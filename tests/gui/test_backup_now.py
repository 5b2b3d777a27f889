"""File ▸ Backup now: a manual backup beside the others, off the GUI thread, and old backups
thinned out by the same schedule as after any backup."""

from __future__ import annotations

from datetime import timedelta

from desktop.services.backup import backup_name
from desktop.services.backups import list_backups, target_for
from desktop.views.main_window import MainWindow
from tests.gui.conftest import shown, wait_for_operations


def test_backup_now_writes_a_backup_and_prunes_the_old_ones(qtbot, ctx) -> None:
    path = ctx.db.path
    now = ctx.clock.now()
    # Three copies of one day a month ago: the schedule keeps only the newest of them.
    day = now - timedelta(days=30)
    old = [target_for(path, "daily", day.replace(hour=hour)) for hour in (9, 12, 18)]
    for copy in old:
        copy.write_bytes(path.read_bytes())
    window = shown(qtbot, MainWindow(ctx), None)
    window.backup_now()
    wait_for_operations(qtbot)
    kept = {backup.path.name for backup in list_backups(path)}
    assert kept == {old[-1].name, backup_name(path, "manual", now)}
    assert backup_name(path, "manual", now) in window.statusBar().currentMessage()
