"""Actions the way a user works them: a red flag of the org chart becomes an action, the action
shows in the reminders dock, is closed there with an outcome, and the flag is open again; a
visit is logged from an action; a long reminder list is grouped and kept short."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt
from sqlalchemy import select

from desktop.models import Action, Contact
from desktop.models.enums import ActionStatus
from desktop.services.contracts.reminder_groups import (
    AccountGroup,
    ReminderGroups,
    grouped,
    summarised,
)
from desktop.services.contracts.reminders import Reminder, ReminderKind, ReminderList
from desktop.services.orgchart.coverage import FlagKind
from desktop.views.actions.action_dialog import ActionDialog, CloseActionDialog
from desktop.views.common.formatting import format_money
from desktop.views.contracts.reminder_model import REMINDER_ROLE, TOTAL_ROLE, ReminderTreeModel
from desktop.views.main_window import MainWindow
from desktop.views.orgchart.coverage_list import WORKED_ROLE
from desktop.views.orgchart.visit_dialog import VisitDialog
from tests.conftest import TODAY
from tests.gui.conftest import shown

DAY = TODAY.date()


@pytest.fixture
def window(qtbot, ctx) -> MainWindow:
    window = shown(qtbot, MainWindow(ctx, tab="orgchart"), (1500, 950))
    model = window.accounts.model
    row = next(r for r in range(1, model.rowCount()) if "Rail" in model.data(model.index(r)))
    window.accounts.view.setCurrentIndex(model.index(row))
    return window


def _answer(monkeypatch, dialog_class, fill) -> list:
    """The next dialogs of ``dialog_class`` get ``fill(dialog)`` then Save; collected."""
    seen: list = []

    def exec_(dialog) -> int:
        seen.append(dialog)
        fill(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)
    return seen


def _rows(model, parent=None):
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from _rows(model, index)


def _action_row(model, title: str):
    return next(
        (
            i
            for i in _rows(model)
            if (r := i.data(REMINDER_ROLE)) and r.kind == "action" and r.subject.startswith(title)
        ),
        None,
    )


def _not_met_row(tab) -> int:
    return next(n for n, f in enumerate(tab.flags) if f.kind is FlagKind.NOT_MET)


def test_a_red_flag_becomes_an_action_closed_in_the_dock(qtbot, ctx, window, monkeypatch):
    tab = window.tab_pages[0]
    coverage = tab.coverage
    row = _not_met_row(tab)
    assert coverage.model.index(row).data(WORKED_ROLE) is None
    assert not coverage.action_button.isEnabled()  # nothing selected yet
    rect = coverage.view.visualRect(coverage.model.index(row))
    qtbot.mouseClick(coverage.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    def plan(dialog: ActionDialog) -> None:
        assert "Red flag: Bai Zhigang" in dialog.about.text()
        assert dialog.title.text().startswith("Bai Zhigang")  # the flag's sentence
        dialog.title.setText("Visit Bai with the design review")
        dialog.assignee.setText("Li Ming")
        dialog.due_on.set_value(DAY)

    made = _answer(monkeypatch, ActionDialog, plan)
    qtbot.mouseClick(coverage.action_button, Qt.MouseButton.LeftButton)
    assert made and made[0].action_id is not None
    worked = coverage.model.index(_not_met_row(tab)).data(WORKED_ROLE)
    assert worked.startswith("Being worked on: Visit Bai with the design review (Li Ming")

    dock = window.reminders
    model = dock.model
    assert model.index(0, 0).data().startswith("Actions (")
    item = _action_row(model, "Visit Bai")
    assert item.parent().parent() == model.index(0, 0)
    assert item.parent().data().startswith("Pengcheng Urban Rail")  # under its account, first
    assert item.parent().row() == 0
    assert item.siblingAtColumn(0).data() == "Today"
    assert item.siblingAtColumn(1).data() == "Visit Bai with the design review · Li Ming"
    dock.tree.setCurrentIndex(item)
    assert dock.close_button.isEnabled() and dock.visit_button.isEnabled()

    def refuse_then_close(dialog: CloseActionDialog) -> None:
        dialog.accept()  # no outcome: the dialog says so and stays open
        assert dialog.error.isVisibleTo(dialog) and "outcome" in dialog.error.text()
        dialog.outcome.setPlainText("Met him; he wants a site visit")

    _answer(monkeypatch, CloseActionDialog, refuse_then_close)
    qtbot.mouseClick(dock.close_button, Qt.MouseButton.LeftButton)
    with ctx.db.read() as s:
        action = s.get_one(Action, made[0].action_id)
        assert (action.status, action.outcome) == (
            ActionStatus.DONE,
            "Met him; he wants a site visit",
        )
    assert _action_row(model, "Visit Bai") is None
    assert coverage.model.index(_not_met_row(tab)).data(WORKED_ROLE) is None


def test_a_visit_is_logged_from_an_action_about_a_person(qtbot, ctx, window, monkeypatch):
    tab = window.tab_pages[0]
    coverage = tab.coverage
    coverage.view.setCurrentIndex(coverage.model.index(_not_met_row(tab)))
    _answer(monkeypatch, ActionDialog, lambda d: d.due_on.set_value(DAY - timedelta(days=2)))
    qtbot.mouseClick(coverage.action_button, Qt.MouseButton.LeftButton)
    dock = window.reminders
    item = _action_row(dock.model, "Bai Zhigang")
    assert item.siblingAtColumn(0).data() == "2 days overdue"
    dock.tree.setCurrentIndex(item)
    _answer(monkeypatch, VisitDialog, lambda d: d.notes.setPlainText("Design review"))
    qtbot.mouseClick(dock.visit_button, Qt.MouseButton.LeftButton)
    with ctx.db.read() as s:
        action = s.scalars(select(Action).where(Action.title.like("Bai Zhigang%"))).one()
        assert action.interaction_id is not None
        bai = s.scalars(select(Contact).where(Contact.name == "Bai Zhigang")).one()
        assert bai.interactions[-1].notes == "Design review"
    # Bai is met now: his "not met" flag is gone from the chart.
    assert all(f.kind is not FlagKind.NOT_MET or f.person_id != bai.id for f in tab.flags)


def _overdue(account_id: int, account: str, number: int, amount: str) -> Reminder:
    day = DAY - timedelta(days=number + 1)
    return Reminder(
        ReminderKind.OVERDUE,
        day,
        f"Milestone {number}",
        f"HT-{account_id}-{number}",
        account,
        "contract",
        account_id * 100 + number,
        Decimal(amount),
        account_id=account_id,
    )


def _long_list() -> ReminderList:
    items = [_overdue(1, "Big Power", n, "1000") for n in range(12)]
    items += [_overdue(2, "Small Hospital", n, "10") for n in range(2)]
    items += [_overdue(3 + n, f"Client {n}", 0, "1") for n in range(8)]
    return ReminderList(DAY, 7, tuple(items), {ReminderKind.OVERDUE: len(items)})


def test_reminders_are_grouped_by_kind_then_account_current_first() -> None:
    (overdue,) = grouped(_long_list(), current_account=2)
    assert (overdue.count, overdue.total) == (22, Decimal("12028"))
    assert [g.account for g in overdue.accounts[:2]] == ["Small Hospital", "Big Power"]
    assert (overdue.accounts[1].count, overdue.accounts[1].total) == (12, Decimal("12000"))
    (again,) = grouped(_long_list())
    assert again.accounts[0].account == "Big Power"  # the most money first


def test_each_group_is_short_until_show_all(qtbot, qtmodeltester) -> None:
    model = ReminderTreeModel()
    model.set_groups(grouped(_long_list()), DAY)
    qtmodeltester.check(model)
    kind = model.index(0, 0)
    assert kind.data() == "Overdue payments (22)"
    assert kind.data(TOTAL_ROLE) == format_money(Decimal(12028), decimals=0)  # on the right
    accounts = [model.index(r, 0, kind).data() for r in range(model.rowCount(kind))]
    assert accounts[0] == "Big Power (12)"
    assert model.index(0, 0, kind).data(TOTAL_ROLE) == format_money(Decimal(12000), decimals=0)
    assert len(accounts) == 6 and accounts[-1] == "Show all (10)"  # 5 of 10 accounts
    big = model.index(0, 0, kind)
    texts = [model.index(r, 0, big).data() for r in range(model.rowCount(big))]
    assert len(texts) == 6 and texts[-1] == "Show all (12)"
    model.show_all(model.index(5, 0, big))
    assert model.rowCount(big) == 12
    assert (
        model.index(11, 1, big).data() == f"{format_money(Decimal(1000))} · HT-1-11 · Milestone 11"
    )
    model.show_all(model.index(5, 0, kind))
    assert model.rowCount(kind) == 10
    qtmodeltester.check(model)
    # Grouped again (after any change) the groups shown whole stay whole.
    model.set_groups(grouped(_long_list()), DAY)
    assert model.rowCount(model.index(0, 0)) == 10


def test_the_dock_shows_all_of_a_group_when_asked(qtbot, ctx, window, monkeypatch) -> None:
    dock = window.reminders
    monkeypatch.setattr(dock.service, "groups", lambda: summarised(_long_list()))
    dock.reload()
    kind = dock.model.index(0, 0)
    more = dock.model.index(5, 0, kind)
    assert more.data() == "Show all (10)"
    dock.tree.activated.emit(more)
    assert dock.model.rowCount(kind) == 10
    assert dock.tree.isFirstColumnSpanned(9, kind)


def test_making_and_closing_an_action_are_undone_from_the_edit_menu(
    qtbot, ctx, window, monkeypatch
):
    tab = window.tab_pages[0]
    coverage = tab.coverage
    coverage.view.setCurrentIndex(coverage.model.index(_not_met_row(tab)))
    made = _answer(monkeypatch, ActionDialog, lambda d: d.due_on.set_value(DAY))
    qtbot.mouseClick(coverage.action_button, Qt.MouseButton.LeftButton)
    action_id = made[0].action_id
    assert window.undo_action.text().startswith("&Undo Make the action “Bai Zhigang")
    window.undo()
    with ctx.db.read() as s:
        assert s.get(Action, action_id) is None
    assert coverage.model.index(_not_met_row(tab)).data(WORKED_ROLE) is None
    window.redo()
    assert coverage.model.index(_not_met_row(tab)).data(WORKED_ROLE) is not None
    dock = window.reminders
    dock.tree.setCurrentIndex(_action_row(dock.model, "Bai Zhigang"))
    _answer(monkeypatch, CloseActionDialog, lambda d: d.outcome.setPlainText("Met"))
    qtbot.mouseClick(dock.close_button, Qt.MouseButton.LeftButton)
    assert _action_row(dock.model, "Bai Zhigang") is None
    window.undo()
    with ctx.db.read() as s:
        assert s.get_one(Action, action_id).status is ActionStatus.OPEN
    assert _action_row(dock.model, "Bai Zhigang") is not None


def _counted_groups() -> ReminderGroups:
    """Actions of 8 accounts, counted but not read (as on a large book)."""
    groups = tuple(
        AccountGroup(ReminderKind.ACTION, account_id, f"Client {account_id}", 12, None)
        for account_id in range(1, 9)
    )
    return ReminderGroups(DAY, 7, groups)


def _action(account_id: int, number: int) -> Reminder:
    return Reminder(
        ReminderKind.ACTION, DAY, f"Call {number}", "Li", f"Client {account_id}", "action",
        account_id * 100 + number, account_id=account_id,
    )  # fmt: skip


def test_an_account_s_reminders_are_read_when_it_is_opened(qtbot, ctx, window, monkeypatch):
    dock = window.reminders
    read: list[list[int]] = []

    def items(groups, today, days):
        read.append([g.account_id for g in groups])
        return {g.key: tuple(_action(g.account_id, n) for n in range(12)) for g in groups}

    monkeypatch.setattr(dock.service, "groups", _counted_groups)
    monkeypatch.setattr(dock.service, "items", items)
    dock.set_account(None)
    dock.reload()
    model = dock.model
    kind = model.index(0, 0)
    assert kind.data() == "Actions (96)"
    first = model.index(0, 0, kind)
    assert first.data() == "Client 1 (12)"
    assert read == [] and model.rowCount(first) == 0 and model.hasChildren(first)
    dock.tree.expand(first)  # the user opens it: read now, shown short
    assert read == [[1]]
    assert model.rowCount(first) == 6 and model.index(5, 0, first).data() == "Show all (12)"
    assert dock.tree.isFirstColumnSpanned(5, first)
    dock.set_account(7)  # the current account's group comes first, opened and read
    assert read == [[1], [7]]
    current = model.index(0, 0, kind)
    assert current.data() == "Client 7 (12)" and dock.tree.isExpanded(current)
    assert model.index(0, 1, current).data() == "Call 0 · Li"
    dock.set_account(1)  # read already
    assert read == [[1], [7]]
