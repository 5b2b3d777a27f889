"""File ▸ Synchronise: progress, then the values not kept (docs/team-server.md#sync)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from desktop.models import Account, Opportunity
from desktop.services import sync
from desktop.services.database import open_database, open_server
from desktop.services.server_login import KEYRING_SERVICE, password_of, without_password
from desktop.services.server_schema import label
from desktop.services.team_records import hand_over
from desktop.views.main_window import MainWindow
from desktop.views.sync_dialog import SyncDialog
from tests.fake_keyring import fake_keyring  # noqa: F401 - a fixture
from tests.unit.server.team import PASSWORD, Team, team_fixture  # noqa: F401 - a fixture
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


def _sync_dialog(qtbot, tmp_path: Path, dialogs, pg_url: str):
    local = open_database(tmp_path / "laptop.sqlite").db
    dialog = SyncDialog(make_context(local, dialogs))
    qtbot.addWidget(dialog)
    dialog.server.setText(without_password(pg_url))
    return dialog, local


def _synchronise(qtbot, dialog: SyncDialog) -> None:
    dialog.start.click()
    wait_for_operations(qtbot)


def test_a_remembered_password_is_used_without_asking(
    qtbot,
    tmp_path: Path,
    pg_url: str,
    dialogs,
    fake_keyring,  # noqa: F811
    monkeypatch,
) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    fake_keyring.saved[(KEYRING_SERVICE, label(pg_url))] = password_of(pg_url)
    dialog, local = _sync_dialog(qtbot, tmp_path, dialogs, pg_url)
    try:
        assert dialog.remember.isVisibleTo(dialog) and dialog.password.text() == ""
        _synchronise(qtbot, dialog)
        assert dialog.error.isHidden() and dialog.outcome is not None
        assert password_of(pg_url) not in dialog.ctx.prefs.sync_server
    finally:
        local.close()


def test_a_refused_password_is_asked_again_and_replaced_only_when_remembered(
    qtbot,
    tmp_path: Path,
    pg_url: str,
    dialogs,
    fake_keyring,  # noqa: F811
    monkeypatch,
) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    key = (KEYRING_SERVICE, label(pg_url))
    fake_keyring.saved[key] = "changed-since"
    dialog, local = _sync_dialog(qtbot, tmp_path, dialogs, pg_url)
    try:
        _synchronise(qtbot, dialog)
        assert dialog.outcome is None
        assert dialog.error.text() == (
            "The server refused the password remembered in the system key ring: type the "
            "current one, then try again."
        )
        dialog.password.setText(password_of(pg_url))
        _synchronise(qtbot, dialog)  # "Remember" not ticked: the key ring is left alone
        assert dialog.outcome is not None and fake_keyring.saved[key] == "changed-since"
        dialog.remember.setChecked(True)
        _synchronise(qtbot, dialog)
        assert fake_keyring.saved[key] == password_of(pg_url)
    finally:
        local.close()


def test_without_any_password_it_is_asked_for(
    qtbot,
    tmp_path: Path,
    pg_url: str,
    dialogs,
    fake_keyring,  # noqa: F811
    monkeypatch,
) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    dialog, local = _sync_dialog(qtbot, tmp_path, dialogs, pg_url)
    try:
        dialog.remember.setChecked(True)
        _synchronise(qtbot, dialog)
        assert dialog.error.text() == "The server asks for a password: type it, then try again."
        assert fake_keyring.saved == {}  # nothing remembered from a failed login
    finally:
        local.close()


def test_the_summary_says_which_attached_files_went_where(
    qtbot, tmp_path: Path, pg_url: str, dialogs
) -> None:
    from tests.unit.server.test_sync_files import SCAN, attach_visit

    dialog, local = _sync_dialog(qtbot, tmp_path, dialogs, pg_url)
    try:
        source = tmp_path / "验收单.png"
        source.write_bytes(SCAN)
        attach_visit(local, source, local.path)
        dialog.password.setText(password_of(pg_url) or "")
        _synchronise(qtbot, dialog)
        assert dialog.error.isHidden()
        assert "Attached files: 1 sent to the server, 0 received." in dialog.summary.text()
    finally:
        local.close()


def test_the_changes_the_server_did_not_take_are_listed_with_what_left_this_computer(
    qtbot, tmp_path: Path, team: Team, dialogs
) -> None:
    team.tree("alice", "华东电网")
    local = open_database(tmp_path / "alice.sqlite").db
    try:
        sync.synchronise(local, team.db("alice"))
        with local.session() as s:
            s.scalars(select(Opportunity)).one().amount = Decimal("4500000")
        hand_over(team.db("boss"), team.names["alice"], team.names["bob"])
        dialog = SyncDialog(make_context(local, dialogs))
        qtbot.addWidget(dialog)
        dialog.server.setText(without_password(team.url("alice")))
        dialog.password.setText(PASSWORD)
        _synchronise(qtbot, dialog)
        assert dialog.error.isHidden() and dialog.conflicts.isHidden()
        model = dialog.unsent.model()
        assert model.rowCount() == 1 and not dialog.unsent.isHidden()
        assert [model.index(0, c).data() for c in range(model.columnCount())] == [
            "华东电网项目",
            "Amount",
            "4,500,000.00",
            "No longer shown to you: removed here, kept in the backup",
        ]
        summary = dialog.summary.text().splitlines()
        assert summary[1] == "Not sent to the server: 1 (listed below)."
        assert summary[2].startswith(f"7 records handed over to {team.names['bob']}")
        assert summary[3].startswith("The file as it was before this sync is backed up in ")
        with local.read() as s:
            assert s.scalars(select(Account)).all() == []
    finally:
        local.close()
