"""Where actions come from besides red flags: an unmet stage criterion, a visit's next step, a
collection step and a tender checklist item each open the action dialog about themselves, and
the action leads back to them (docs/actions.md)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.models import Action, ChecklistItem, Contract, Interaction, Opportunity, Tender
from desktop.services.action_subjects import AboutKind, describe_subject
from desktop.views.actions.action_dialog import ActionDialog
from desktop.views.main_window import MainWindow
from tests.gui.conftest import shown


@pytest.fixture
def window(qtbot, ctx) -> MainWindow:
    return shown(qtbot, MainWindow(ctx), (1500, 950))


@pytest.fixture
def made(monkeypatch) -> list[ActionDialog]:
    dialogs: list[ActionDialog] = []

    def exec_(dialog: ActionDialog) -> int:
        dialogs.append(dialog)
        dialog.assignee.setText("Li Ming")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ActionDialog, "exec", exec_)
    return dialogs


def _action(ctx, action_id: int) -> Action:
    with ctx.db.read() as s:
        action = s.get_one(Action, action_id)
        s.expunge(action)
        return action


def _subject(ctx, action: Action):
    with ctx.db.read() as s:
        return describe_subject(s, action.about_kind, action.about_key)


def test_an_unmet_stage_criterion(qtbot, ctx, window, made) -> None:
    with ctx.db.read() as s:
        deal = s.scalars(select(Opportunity).where(Opportunity.name.like("%Phase 2%"))).one()
    ctx.events.open_record.emit("opportunity", deal.id)
    stage = window.tab_pages[1].list_page.editor.stage
    stage.checklist.setCurrentRow(0)  # met already in the sample
    assert not stage.action_button.isEnabled()
    stage.checklist.setCurrentRow(1)
    assert stage.action_button.isEnabled()
    qtbot.mouseClick(stage.action_button, Qt.MouseButton.LeftButton)
    action = _action(ctx, made[0].action_id)
    assert action.about_kind == AboutKind.STAGE_CRITERION
    assert (action.opportunity_id, action.title) == (deal.id, stage.checklist.item(1).text())
    assert made[0].about.text().startswith("Stage criterion: ")
    assert (_subject(ctx, action).record_kind, _subject(ctx, action).record_id) == (
        "opportunity",
        deal.id,
    )


def test_a_visits_next_step(qtbot, ctx, window, made) -> None:
    with ctx.db.read() as s:
        visit = s.scalars(
            select(Interaction).where(Interaction.next_step != "").order_by(Interaction.id)
        ).first()
        assert visit is not None
    ctx.events.open_record.emit("contact", visit.contact_id)
    panel = window.tab_pages[0].panel
    log = panel.visits
    panel.tabs.setCurrentWidget(log)
    rows = [log.table.source.row_at(r) for r in range(log.table.source.rowCount())]
    log.table.selectRow(next(n for n, r in enumerate(rows) if r.id == visit.id))
    assert log.action_button.isEnabled()
    qtbot.waitUntil(lambda: log.action_button.width() > 0)  # the panel opens beside the chart
    qtbot.mouseClick(log.action_button, Qt.MouseButton.LeftButton)
    action = _action(ctx, made[0].action_id)
    assert (action.about_kind, action.about_key) == (AboutKind.VISIT, visit.uuid)
    assert (action.title, action.due_on) == (visit.next_step, visit.next_step_on)
    assert _subject(ctx, action).contact_id == visit.contact_id  # a visit can be logged


def test_a_collection_step(qtbot, ctx, window, made) -> None:
    with ctx.db.read() as s:
        contract = s.scalars(select(Contract).where(Contract.number.like("XY-%"))).one()
    ctx.events.open_record.emit("contract", contract.id)
    collection = window.tab_pages[3].detail.collection
    assert collection.plan_button.isEnabled()
    qtbot.mouseClick(collection.plan_button, Qt.MouseButton.LeftButton)
    action = _action(ctx, made[0].action_id)
    assert action.about_kind == AboutKind.MILESTONE
    assert action.title.startswith("Lawyer's letter") and action.due_on == ctx.clock.today()
    assert (_subject(ctx, action).record_kind, _subject(ctx, action).record_id) == (
        "contract",
        contract.id,
    )


def test_a_tender_checklist_item(qtbot, ctx, window, made) -> None:
    with ctx.db.read() as s:
        tender = s.scalars(select(Tender).order_by(Tender.id)).first()
        assert tender is not None
        item = s.scalars(select(ChecklistItem).where(ChecklistItem.tender_id == tender.id)).first()
        assert item is not None
    ctx.events.open_record.emit("tender", tender.id)
    panel = window.tab_pages[2].checklist
    assert panel.select_item(item.id)
    qtbot.mouseClick(panel.detail.make_action, Qt.MouseButton.LeftButton)
    action = _action(ctx, made[0].action_id)
    assert (action.about_kind, action.about_key) == (AboutKind.CHECKLIST_ITEM, item.uuid)
    assert action.opportunity_id == tender.opportunity_id
    assert (_subject(ctx, action).record_kind, _subject(ctx, action).record_id) == (
        "tender",
        tender.id,
    )
