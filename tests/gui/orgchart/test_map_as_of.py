"""The map over time in the org chart tab: the map as of a date (read-only, marked), what
changed since, people who left or moved (docs/map-over-time.md)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from desktop.models.enums import Stance
from desktop.services.clock import FixedClock
from desktop.views.orgchart.move_dialog import MoveDialog
from tests.conftest import TODAY
from tests.gui.orgchart.conftest import account_id, person_id

WEEK_AGO = TODAY.date() - timedelta(days=7)


def _menu_action(tab, person: int, text: str):
    menu = tab.menus.card_menu(person, tab)
    assert menu is not None
    return next(a for a in menu.actions() if a.text() == text)


def _grid_with_a_stance_move(tab, ctx) -> int:
    ctx.db.clock = FixedClock(TODAY)  # the change is logged today
    tab.set_account(account_id(ctx.db, "Grid"))
    zhou = person_id(ctx.db, "Zhou Zhenhua")
    before = tab.chart.person(zhou).stance
    assert before is not Stance.BLOCKER
    tab.editor.set_stance(tab.chart, zhou, Stance.BLOCKER)
    assert tab.scene.cards[zhou].content.stance is Stance.BLOCKER
    return zhou


def test_a_date_in_the_past_shows_the_old_stance_read_only(qtbot, tab, ctx) -> None:
    zhou = _grid_with_a_stance_move(tab, ctx)
    tab.time.date.setDate(QDate(WEEK_AGO))
    card = tab.scene.cards[zhou].content
    assert card.stance is not Stance.BLOCKER
    assert tab.time.banner.isVisible() and "read-only" in tab.time.banner.text()
    assert not tab.add_action.isEnabled() and not tab.link_action.isEnabled()
    assert tab.menus.card_menu(zhou, tab) is None  # nothing to change on a past map
    tab.open_person(zhou)
    assert not tab.panel.isVisible()
    tab.time.today_action.trigger()
    assert tab.scene.cards[zhou].content.stance is Stance.BLOCKER
    assert not tab.time.banner.isVisible() and tab.add_action.isEnabled()


def test_what_changed_since_lists_the_move_and_selects_the_person(qtbot, tab, ctx) -> None:
    zhou = _grid_with_a_stance_move(tab, ctx)
    tab.time.changes_action.trigger()
    dialog = tab.time_actions.changes_dialog
    qtbot.addWidget(dialog)
    dialog.since.setDate(QDate(WEEK_AGO))
    model = dialog.table.model()
    rows = [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())]
    line = next(row for row in rows if row[1] == "Zhou Zhenhua")
    assert line[2].startswith("Stance: ") and line[2].endswith("→ Blocker")
    row = rows.index(line)
    qtbot.mouseClick(
        dialog.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=dialog.table.visualRect(model.index(row, 1)).center(),
    )
    assert tab.scene.selected_person() == zhou


def test_a_person_who_left_is_greyed_and_can_come_back(qtbot, tab, ctx) -> None:
    tab.set_account(account_id(ctx.db, "Grid"))
    zhou = person_id(ctx.db, "Zhou Zhenhua")

    def leave_last_month(dialog: QDialog) -> int:
        dialog.day.setDate(QDate(TODAY.date() - timedelta(days=30)))
        return QDialog.DialogCode.Accepted

    tab.open_dialog = leave_last_month
    _menu_action(tab, zhou, "Left the client…").trigger()
    card = tab.scene.cards[zhou].content
    assert card.gone and card.subtitle.startswith("Left on ")
    assert all(flag.person_id != zhou for flag in tab.flags)
    _menu_action(tab, zhou, "Back at the client").trigger()
    assert not tab.scene.cards[zhou].content.gone


def test_a_former_coach_moved_to_another_client_is_a_way_in(qtbot, tab, ctx, dialogs) -> None:
    grid = account_id(ctx.db, "Grid")
    tab.set_account(grid)
    coach = next(p for p in tab.chart.people if p.is_coach)
    target = next(a for a in ctx.services.moves.other_accounts(grid) if a[0] != grid)

    def move(dialog: MoveDialog) -> int:
        dialog.account.setCurrentIndex(dialog.account.findData(target[0]))
        return QDialog.DialogCode.Accepted

    tab.open_dialog = move
    _menu_action(tab, coach.id, "Moved to another client…").trigger()
    # Gone from the account; their influence lines keep them on its chart as an outsider.
    assert coach.id not in tab.scene.cards or tab.scene.cards[coach.id].content.foreign
    tab.set_account(target[0])
    assert coach.id in tab.scene.cards
    flag = next(f for f in tab.flags if f.person_id == coach.id)
    assert "a possible way in" in flag.message.render()
    _menu_action(tab, coach.id, "Create a lead through this former coach…").trigger()
    assert dialogs.shown[-1][1] == "Lead created"
    leads = ctx.services.leads.leads(target[0])
    assert any(coach.name in lead.title for lead in leads)
    # the old account's map of last week still shows them
    tab.set_account(grid)
    tab.time.set_day(date(TODAY.year, TODAY.month, TODAY.day) - timedelta(days=1))
    assert coach.id in tab.scene.cards
