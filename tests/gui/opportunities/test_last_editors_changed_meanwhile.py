"""The lead editor, a deal's sales objective, buying influences, the score card's "use the
estimated win chance", and scheduling or closing an action refuse to write over a colleague's
change, say who changed the record and when, and reload it with the user's edits on top
(docs/team-server.md#versions). On both engines: on PostgreSQL the colleague is a second
connection."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from desktop.models import Action, Opportunity
from desktop.models.enums import ActionStatus, BuyingMode
from desktop.views.actions.action_dialog import CloseActionDialog
from desktop.views.common.widgets import EnumCombo
from desktop.views.opportunities.buying_influences import MODE, PERSON
from desktop.views.opportunities.strategy_dialogs import ObjectiveDialog, ScheduleDialog

from .conftest import opportunity_id
from .test_leads_gui import leads_page, select_lead
from .test_scoring_gui import open_scores
from .test_strategy_tab import open_strategy

pytestmark = pytest.mark.both_engines

CHANGED = "changed this record at"


def test_the_lead_editor(tab, colleague, asked) -> None:
    page = leads_page(tab)
    editor = select_lead(page, "Power 5G Private Network Pilot")
    lead_id = editor.lead_id
    editor.title.setText("Power 5G Private Network, pilot and rollout")
    theirs, _ = colleague.leads.read(lead_id)
    colleague.leads.update(lead_id, replace(theirs, pain="Coverage gaps in the substations"))

    editor.save_button.click()
    assert asked and CHANGED in asked[0]
    assert colleague.leads.read(lead_id)[0].title == "Power 5G Private Network Pilot"
    # reloaded: the colleague's change shown, the user's still typed and unsaved
    assert editor.title.text() == "Power 5G Private Network, pilot and rollout"
    assert editor.pain.toPlainText() == "Coverage gaps in the substations"
    assert "save again" in editor.notice.text()
    assert editor.save_button.isEnabled()

    editor.save_button.click()
    saved, _ = colleague.leads.read(lead_id)
    assert saved.title == "Power 5G Private Network, pilot and rollout"
    assert saved.pain == "Coverage gaps in the substations"
    assert len(asked) == 1


def test_the_sales_objective(tab, ctx, colleague, monkeypatch, asked) -> None:
    panel = open_strategy(tab, ctx)
    deal = opportunity_id(ctx, "Phase 2")
    opened: list[ObjectiveDialog] = []

    def exec_(dialog: ObjectiveDialog) -> int:
        opened.append(dialog)
        if len(opened) == 1:
            dialog.text.setText("Win both lots with the storage upgrade")
            theirs, _ = colleague.strategy.read_objective(deal)
            colleague.strategy.set_objective(deal, replace(theirs, by=date(2027, 3, 31)))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ObjectiveDialog, "exec", exec_)
    panel.objective_button.click()
    assert asked and CHANGED in asked[0]
    assert len(opened) == 2  # opened again on the reloaded objective
    assert opened[1].text.text() == "Win both lots with the storage upgrade"
    assert opened[1].by.value() == date(2027, 3, 31)
    saved, _ = colleague.strategy.read_objective(deal)
    assert (saved.text, saved.by) == ("Win both lots with the storage upgrade", date(2027, 3, 31))
    assert "storage upgrade" in panel.objective.text()


def test_a_buying_influence(tab, ctx, colleague, asked) -> None:
    panel = open_strategy(tab, ctx)
    table = panel.influences
    row = next(
        n for n in range(table.rowCount()) if table.item(n, PERSON).text().startswith("Huang")
    )
    member = panel.sheet.influences[row].member_id
    theirs, _ = colleague.strategy.read_influence(member)
    colleague.strategy.set_influence(member, replace(theirs, win_result="A safe first project"))

    mode = table.cellWidget(row, MODE)
    assert isinstance(mode, EnumCombo)
    mode.set_value(BuyingMode.OVERCONFIDENT)  # saved as chosen: refused, then reapplied
    assert asked and CHANGED in asked[0]
    saved, _ = colleague.strategy.read_influence(member)
    assert (saved.mode, saved.win_result) == (BuyingMode.OVERCONFIDENT, "A safe first project")
    shown = next(i for i in panel.sheet.influences if i.member_id == member)
    assert (shown.mode, shown.win_result) == (BuyingMode.OVERCONFIDENT, "A safe first project")


def test_using_the_estimated_win_chance(tab, ctx, colleague, asked) -> None:
    card = open_scores(tab, ctx, "Phase 2")
    deal = opportunity_id(ctx, "Phase 2")
    theirs, _ = colleague.opportunities.read_facts(deal)
    colleague.opportunities.save_facts(deal, replace(theirs, sponsor="Vice president Liu"))

    card.use_button.click()
    assert asked and CHANGED in asked[0]
    with ctx.db.read() as s:
        saved = s.get_one(Opportunity, deal)
        assert (saved.probability_override, saved.sponsor) == (76, "Vice president Liu")


def test_scheduling_a_possible_action(tab, ctx, colleague, monkeypatch, asked) -> None:
    panel = open_strategy(tab, ctx)
    panel.create_action("Call the design institute")
    row = next(
        n for n in range(panel.plan.rowCount()) if panel.plan.item(n, 1).text().startswith("Call")
    )
    panel.plan.selectRow(row)
    action_id = panel.selected_action().id
    opened: list[ScheduleDialog] = []

    def exec_(dialog: ScheduleDialog) -> int:
        opened.append(dialog)
        if len(opened) == 1:
            dialog.assignee.setText("Zhao Lei")
            dialog.due_on.set_value(date(2026, 12, 2))
            colleague.actions.update(action_id, note="Ask for the drawings")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ScheduleDialog, "exec", exec_)
    panel.schedule_button.click()
    assert asked and CHANGED in asked[0]
    assert len(opened) == 2
    assert (opened[1].assignee.text(), opened[1].due_on.value()) == ("Zhao Lei", date(2026, 12, 2))
    with ctx.db.read() as s:
        action = s.get_one(Action, action_id)
        assert (action.status, action.assignee, action.due_on, action.note) == (
            ActionStatus.OPEN,
            "Zhao Lei",
            date(2026, 12, 2),
            "Ask for the drawings",
        )


def test_closing_an_action(qtbot, ctx, colleague, asked) -> None:
    with ctx.db.read() as s:
        action_id = s.scalars(
            select(Action.id).where(Action.status == ActionStatus.OPEN).order_by(Action.id)
        ).first()
    dialog = CloseActionDialog(ctx, action_id, "An open action")
    qtbot.addWidget(dialog)
    dialog.as_dropped.setChecked(True)
    dialog.outcome.setPlainText("The customer postponed the project")
    colleague.actions.update(action_id, due_on=date(2026, 12, 4))

    dialog.accept()
    assert asked and CHANGED in asked[0]
    assert dialog.result() == 0  # still open, nothing written over
    assert "save again" in dialog.error.text()
    assert dialog.as_dropped.isChecked()
    assert dialog.outcome.toPlainText() == "The customer postponed the project"
    with ctx.db.read() as s:
        assert s.get_one(Action, action_id).status is ActionStatus.OPEN

    dialog.accept()
    assert dialog.result() == 1
    with ctx.db.read() as s:
        action = s.get_one(Action, action_id)
        assert (action.status, action.outcome, action.due_on) == (
            ActionStatus.DROPPED,
            "The customer postponed the project",
            date(2026, 12, 4),
        )
