"""A colleague's change on the team server appears in an open window without a restart
(docs/team-server.md#live-refresh)."""

from __future__ import annotations

from desktop.models import Account
from desktop.services.accounts import AccountData, AccountService
from desktop.services.database import open_server
from desktop.views.main_window import MainWindow
from tests.gui.conftest import make_context, shown


def _names(window: MainWindow) -> list[str]:
    model = window.accounts.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_a_colleagues_new_account_appears(qtbot, pg_db, dialogs) -> None:
    window = shown(qtbot, MainWindow(make_context(pg_db, dialogs)))
    assert window.live is not None
    colleague = open_server(pg_db.server).db
    try:
        AccountService(colleague).create(AccountData(name="华东电网"))
        qtbot.waitUntil(lambda: "华东电网" in _names(window), timeout=5000)
    finally:
        colleague.close()
        window.close()


def test_the_windows_own_edit_is_not_refreshed_twice(qtbot, pg_db, dialogs) -> None:
    window = shown(qtbot, MainWindow(make_context(pg_db, dialogs)))
    published = []
    window.ctx.events.data_changed.connect(published.append)
    with pg_db.session() as s:
        s.add(Account(name="mine"))
    qtbot.wait(500)
    assert published == []
    window.close()


def test_a_window_on_a_file_does_not_listen(qtbot, db, dialogs) -> None:
    window = shown(qtbot, MainWindow(make_context(db, dialogs)))
    assert window.live is None
    window.close()
