"""File ▸ Synchronise: progress, then the values not kept (docs/team-server.md#sync)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop.models import Account
from desktop.services import sync
from desktop.services.database import open_database, open_server
from desktop.views.main_window import MainWindow
from desktop.views.sync_dialog import SyncDialog
from tests.unit.server.test_sync import psql

from .conftest import make_context, shown, wait_for_operations


def test_synchronise_lists_the_values_not_kept_and_never_stores_the_password(
    qtbot, tmp_path: Path, pg_url: str, dialogs
) -> None:
    local = open_database(tmp_path / "laptop.sqlite").db
    server = open_server(pg_url).db
    try:
        with local.session() as s:
            s.add(Account(name="华东电网", region="上海"))
        sync.synchronise(local, server)
        with local.session() as s:
            s.scalars(select(Account)).one().region = "江苏"
        psql(pg_url, "UPDATE account SET region = '浙江'")
        ctx = make_context(local, dialogs)
        window = shown(qtbot, MainWindow(ctx), None)
        assert window.sync_action.isVisible() or window.sync_action.text()
        dialog = shown(qtbot, SyncDialog(ctx, window), None)
        password = pg_url.split(":")[2].split("@")[0]
        dialog.server.setText(pg_url.replace(f":{password}@", "@"))
        dialog.password.setText(password)
        dialog.start.click()
        wait_for_operations(qtbot)
        assert dialog.error.isHidden()
        assert "1 conflicts" in dialog.summary.text()
        model = dialog.conflicts.model()
        row = [model.index(0, c).data() for c in range(model.columnCount())]
        assert row[:3] == ["华东电网", "region", "浙江"] and row[4] == "江苏"
        assert password not in ctx.prefs.sync_server and "127.0.0.1" in ctx.prefs.sync_server
        with local.read() as s:
            assert s.scalars(select(Account.region)).one() == "浙江"
        dialog.password.setText("wrong")
        dialog.start.click()
        wait_for_operations(qtbot)
        assert "password authentication failed" in dialog.error.text()
        window.close()
    finally:
        local.close()
        server.close()
