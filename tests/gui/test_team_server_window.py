"""The window on a team server: File ▸ Connect…, ``--db URL``, the password kept off the disk,
and a server that goes away (docs/team-server.md#connecting)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.engine import make_url

from desktop.services.clock import FixedClock
from desktop.services.server_login import fields_of, without_password
from desktop.views import errors
from desktop.views.connect_dialog import ConnectDialog
from desktop.views.launcher import Launcher, run_gui
from desktop.views.prefs import Preferences
from tests.conftest import TODAY
from tests.fake_keyring import fake_keyring  # noqa: F401 - a fixture
from tests.pg_server import password_of


@pytest.fixture(autouse=True)
def services_on_postgresql(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stubs for the few service queries still written for SQLite only; part A of the team
    server (the services on PostgreSQL) replaces them, and this fixture goes with them."""
    monkeypatch.setattr(
        "desktop.services.contracts.reminders.birthday_reminders", lambda *_args, **_kwargs: []
    )


def _launcher() -> Launcher:
    return Launcher("en", Preferences(), FixedClock(TODAY))


def _label(url: str) -> str:
    parsed = make_url(url)
    return f"kad_admin@127.0.0.1:{parsed.port}/{parsed.database}"


def _answer(monkeypatch: pytest.MonkeyPatch, qtbot, password: str, remember: bool = False):
    """The connect dialog, when shown, gets ``password`` typed and Connect clicked."""
    seen: list[ConnectDialog] = []

    def exec_(dialog: ConnectDialog) -> int:
        seen.append(dialog)
        dialog.password.setText(password)
        dialog.remember.setChecked(remember)
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ConnectDialog, "exec", exec_)
    return seen


def _files_holding(text: str, *folders: Path) -> list[Path]:
    return [
        path
        for folder in folders
        for path in folder.rglob("*")
        if path.is_file() and text.encode() in path.read_bytes()
    ]


def test_connect_opens_the_server_and_keeps_its_password_off_the_disk(
    qtbot,
    pg_url: str,
    db_path: Path,
    tmp_path: Path,
    isolated_home: Path,
    fake_keyring,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.services.logs import setup_logging

    setup_logging()
    launcher = _launcher()
    assert launcher.open(db_path)
    launcher.prefs.last_server = without_password(pg_url)
    seen = _answer(monkeypatch, qtbot, password_of(pg_url), remember=True)
    launcher.window.connect_requested.emit()  # File ▸ Connect to team server…
    window = launcher.window
    qtbot.addWidget(window)
    assert seen and seen[0].database.text() == make_url(pg_url).database  # the last server
    assert launcher.db.server is not None
    assert _label(pg_url) in window.windowTitle()
    assert _label(pg_url) in window.database_label.text()
    assert fake_keyring.saved == {("Key Account Desk", _label(pg_url)): password_of(pg_url)}
    window.accounts.reload()
    launcher.shutdown()
    QSettings().sync()
    assert Preferences().last_server == without_password(pg_url)
    assert _files_holding(password_of(pg_url), tmp_path, isolated_home) == []


def test_a_wrong_password_stays_in_the_dialog_with_what_was_typed(qtbot, pg_url: str) -> None:
    dialog = ConnectDialog(fields_of(pg_url), FixedClock(TODAY))
    qtbot.addWidget(dialog)
    dialog.password.setText("not-it")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.opened is None and dialog.result() == 0
    assert "password authentication failed" in dialog.error.text()
    assert "not-it" not in dialog.error.text()
    assert dialog.user.text() == "kad_admin" and dialog.password.text() == "not-it"
    dialog.password.setText("")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "The server asks for a password: type it, then connect."


def test_the_dialog_needs_a_server_a_database_and_a_user(qtbot) -> None:
    dialog = ConnectDialog(fields_of("postgresql://localhost/"), FixedClock(TODAY))
    qtbot.addWidget(dialog)
    assert not dialog.connect_button.isEnabled()
    dialog.database.setText("team")
    dialog.user.setText("wang")
    assert dialog.connect_button.isEnabled()
    dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("require"))
    assert dialog.fields().sslmode == "require"


def test_db_url_without_a_password_asks_for_it(
    qtbot, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    seen = _answer(monkeypatch, qtbot, password_of(pg_url))
    launcher = _launcher()
    assert launcher.connect(without_password(pg_url))
    qtbot.addWidget(launcher.window)
    assert seen[0].host.text() == "127.0.0.1" and seen[0].password.text() == password_of(pg_url)
    assert launcher.db.server == pg_url
    launcher.shutdown()


def test_the_command_line_opens_a_server_url_with_no_lock_or_file_beside_it(
    qtbot, pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.cli import build_parser

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    opened: list[Launcher] = []
    monkeypatch.setattr(Launcher, "shutdown", lambda launcher: opened.append(launcher))
    monkeypatch.setattr("PySide6.QtWidgets.QApplication.exec", lambda _app: 0)
    assert run_gui(build_parser().parse_args(["--db", pg_url, "--lang", "en"])) == 0
    window = opened[0].window
    qtbot.addWidget(window)
    assert _label(pg_url) in window.windowTitle()
    assert list(tmp_path.glob("*postgres*")) == [] and list(tmp_path.glob("*.lock")) == []
    opened[0].db.close()


def test_backup_and_restore_on_a_server_say_postgresql_does_it(
    qtbot, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    launcher = _launcher()
    assert launcher.connect(pg_url)
    qtbot.addWidget(launcher.window)
    launcher.window.backup_now()
    launcher.window.restore_backup()
    assert len(shown) == 2 and all("pg_dump" in text for text in shown)
    launcher.shutdown()


def test_a_server_that_goes_away_is_one_sentence_and_the_window_stays(
    qtbot, pg_server, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    reports: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    monkeypatch.setattr(errors.ErrorDialog, "exec", lambda box: reports.append(box.details) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.install_exception_hook()
    launcher = _launcher()
    assert launcher.connect(pg_url)
    window = launcher.window
    qtbot.addWidget(window)
    pg_server.drop(pg_url)  # the connections are cut and the database is gone
    with pytest.raises(Exception) as caught:
        window.accounts.reload()
    sys.excepthook(caught.type, caught.value, caught.tb)
    assert warnings == [
        "The connection to the team server was lost; nothing was changed. Check the network, "
        "then try again."
    ]
    assert reports == [] and window.isVisible()
    launcher.window = None
    launcher.shutdown()


def test_the_connect_dialog_uses_a_remembered_password_and_asks_again_when_refused(
    qtbot,
    pg_url: str,
    fake_keyring,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    key = ("Key Account Desk", _label(pg_url))
    fake_keyring.saved[key] = "changed-since"
    dialog = ConnectDialog(fields_of(pg_url), FixedClock(TODAY))
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.opened is None
    assert "refused the password remembered in the system key ring" in dialog.error.text()
    fake_keyring.saved[key] = password_of(pg_url)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.opened is not None  # with the remembered password, nothing typed
    dialog.opened.db.close()
