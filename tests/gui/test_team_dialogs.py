"""File ▸ Team on a team server: sharing an account and handing records over, from the window
(docs/team-server.md#security)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.models import Account
from desktop.views.main_window import MainWindow
from desktop.views.team_dialogs import HandOverDialog, ShareDialog, add_team_menu
from tests.gui.conftest import make_context, shown
from tests.unit.server.team import TREE, Team, owners, team_fixture  # noqa: F401  (the fixture)


def test_a_file_has_no_team_menu(qtbot, ctx) -> None:
    window = shown(qtbot, MainWindow(ctx), None)
    assert window.team_menu is None


def test_ticking_a_colleague_shares_the_account(qtbot, team: Team, dialogs) -> None:
    team.tree("alice", "阿里账户")
    db = team.db("alice")
    with db.read() as s:
        account_id = s.scalars(select(Account.id)).one()
    dialog = shown(qtbot, ShareDialog(make_context(db, dialogs), account_id), None)
    assert "阿里账户" in dialog.windowTitle()
    names = [dialog.colleagues.item(r).text() for r in range(dialog.colleagues.count())]
    assert team.names["alice"] not in names and team.names["bob"] in names
    dialog.colleagues.item(names.index(team.names["bob"])).setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    assert dialog.result() == ShareDialog.DialogCode.Accepted
    with team.psql("bob") as conn:
        for table in TREE:
            assert owners(conn, table) == {team.names["alice"]}, table
    # a colleague may not pass it on: the dialog says so in one sentence and stays open
    bob_dialog = shown(qtbot, ShareDialog(make_context(team.db("bob"), dialogs), account_id), None)
    carol = [bob_dialog.colleagues.item(r) for r in range(bob_dialog.colleagues.count())]
    next(i for i in carol if i.text() == team.names["carol"]).setCheckState(Qt.CheckState.Checked)
    bob_dialog.accept()
    assert bob_dialog.error.isVisibleTo(bob_dialog)
    assert "your own records" in bob_dialog.error.text()


def test_a_manager_hands_records_over_from_the_window(qtbot, team: Team, dialogs) -> None:
    team.tree("alice", "阿里账户")
    alice, carol = team.names["alice"], team.names["carol"]
    dialog = shown(qtbot, HandOverDialog(make_context(team.db("boss"), dialogs)), None)
    dialog.source.setCurrentText(alice)
    dialog.target.setCurrentText(carol)
    dialog.note.setText("离职交接")
    dialog.accept()
    assert dialog.moved == len(TREE)
    with team.psql("carol") as conn:
        assert owners(conn, "payment") == {carol}


def test_the_team_menu_offers_hand_over_to_managers_only(qtbot, team: Team, dialogs) -> None:
    class Window:
        def __init__(self, who: str) -> None:
            self.ctx = make_context(team.db(who), dialogs)

    from PySide6.QtWidgets import QMenu

    for who, expected in (("bob", ["&Share this account…"]), ("boss", None)):
        menu = QMenu()
        team_menu = add_team_menu(Window(who), menu)
        assert team_menu is not None
        texts = [a.text() for a in team_menu.actions()]
        assert texts == (expected or ["&Share this account…", "&Hand over records…"])
