"""Editing one opportunity: fact sheet, team and charter, stage with overrides, decision
group and competitors, each undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.models import DecisionGroupMember, Opportunity, Stage, StageChange, StageCheck
from desktop.models.enums import ForecastCategory, Role, Stance
from desktop.services.opportunities.deals import CompetitorData
from desktop.services.opportunities.decision_group import MemberData

from .conftest import opportunity_id


def open_deal(tab, ctx, fragment: str):
    tab.show_record("opportunity", opportunity_id(ctx, fragment))
    return tab.list_page.editor


def test_fact_sheet_edit_save_and_undo(qtbot, tab, ctx) -> None:
    editor = open_deal(tab, ctx, "Phase 2")
    facts = editor.facts
    assert not facts.save_button.isEnabled()
    facts.name.clear()
    qtbot.keyClicks(facts.name, "Data Centre Phase 2 (two lots)")
    facts.probability.setValue(65)
    assert facts.save_button.isEnabled() and facts.hint.text() == "Unsaved changes"
    qtbot.mouseClick(facts.save_button, Qt.MouseButton.LeftButton)
    with ctx.db.read() as s:
        deal = s.get_one(Opportunity, editor.opportunity_id)
        assert (deal.name, deal.probability_override) == ("Data Centre Phase 2 (two lots)", 65)
    assert not facts.save_button.isEnabled()
    page = tab.list_page
    row = page.model.row_of(editor.opportunity_id)
    assert page.model.row_at(row).name == "Data Centre Phase 2 (two lots)"
    assert "65 %" in editor.summary.text()
    tab.undo_stack.undo()
    with ctx.db.read() as s:
        deal = s.get_one(Opportunity, editor.opportunity_id)
        assert (deal.name, deal.probability_override) == ("Data Centre Expansion (Phase 2)", None)
    assert facts.name.text() == "Data Centre Expansion (Phase 2)"


def test_refused_fact_sheet_keeps_the_edit_and_says_why(tab, ctx, dialogs) -> None:
    editor = open_deal(tab, ctx, "Phase 2")
    editor.facts.forecast_category.set_value(ForecastCategory.WON)
    editor.facts.save_button.click()
    assert dialogs.shown[-1][0] == "user_error"
    assert "Won and Lost stages" in dialogs.shown[-1][2]
    assert editor.facts.is_dirty()


def test_leaving_with_unsaved_edits_asks_to_save(tab, ctx, dialogs) -> None:
    editor = open_deal(tab, ctx, "Phase 2")
    editor.team.team["sponsor"].setText("Zhang Tao, regional GM")
    dialogs.answers = [True]
    tab.show_record("opportunity", opportunity_id(ctx, "Line 3"))
    assert dialogs.shown[-1][1] == "Unsaved changes"
    with ctx.db.read() as s:
        assert (
            s.get_one(Opportunity, opportunity_id(ctx, "Phase 2")).sponsor
            == "Zhang Tao, regional GM"
        )


def test_charter_lists_are_kept_one_item_per_line(tab, ctx) -> None:
    editor = open_deal(tab, ctx, "Phase 2")
    risks = editor.team.charter["risks"]
    assert risks.toPlainText().count("\n") == 1  # two risks in the sample
    risks.setPlainText(risks.toPlainText() + "\nKey engineer leaves")
    editor.team.save_button.click()
    with ctx.db.read() as s:
        charter = s.get_one(Opportunity, editor.opportunity_id).charter
    assert charter["risks"][-1] == "Key engineer leaves" and len(charter["risks"]) == 3
    assert charter["budget"].startswith("Pre-sales budget")


def test_ticking_an_exit_criterion(tab, ctx) -> None:
    editor = open_deal(tab, ctx, "Phase 2")
    checklist = editor.stage.checklist
    item = checklist.item(1)
    assert item.checkState() == Qt.CheckState.Unchecked
    item.setCheckState(Qt.CheckState.Checked)
    with ctx.db.read() as s:
        checks = s.scalars(
            select(StageCheck).where(StageCheck.opportunity_id == editor.opportunity_id)
        ).all()
    assert len(checks) == 2 and all(c.done for c in checks)
    assert "2 of 3 exit criteria met" in editor.stage.current.text()
    tab.undo_stack.undo()
    assert editor.stage.checklist.item(1).checkState() == Qt.CheckState.Unchecked


def test_moving_forward_past_unmet_criteria_asks_and_records_the_override(
    tab, ctx, dialogs
) -> None:
    editor = open_deal(tab, ctx, "Phase 2")
    deal = editor.opportunity_id
    assert editor.stage.next_button.text() == "Move to Customer chose us ▸"
    dialogs.answers = [False]
    editor.stage.next_button.click()
    kind, title, text = dialogs.shown[-1]
    assert (kind, title) == ("confirm", "Exit criteria not met")
    assert "• Bid submitted with a complete checklist" in text
    with ctx.db.read() as s:
        assert s.get_one(Opportunity, deal).stage.code == "bid"
    dialogs.answers = [True]
    editor.stage.next_button.click()
    with ctx.db.read() as s:
        assert s.get_one(Opportunity, deal).stage.code == "selected"
        change = s.scalars(
            select(StageChange)
            .where(StageChange.opportunity_id == deal)
            .order_by(StageChange.id.desc())
        ).first()
        assert change.override
        assert change.unmet_criteria == [
            "Commitment and support from the dominant force in the tender group",
            "Bid submitted with a complete checklist",
        ]
    history = editor.stage.history.source.rows()
    assert history[0].override
    assert editor.stage.history.proxy.index(0, 3).data().startswith("⚠ skipped")
    tab.undo_stack.undo()
    with ctx.db.read() as s:
        assert s.get_one(Opportunity, deal).stage.code == "bid"


def test_closing_as_won_asks_why(tab, ctx, dialogs) -> None:
    editor = open_deal(tab, ctx, "Dispatch Data Network")
    stage = editor.stage
    stage.target.setCurrentIndex(stage.target.findText("Won (order)"))
    dialogs.answers = [True]
    dialogs.texts = ["Only vendor with a tested dispatch interface"]
    stage.move_button.click()
    with ctx.db.read() as s:
        deal = s.get_one(Opportunity, editor.opportunity_id)
        assert deal.forecast_category is ForecastCategory.WON
        assert deal.win_loss_reason == "Only vendor with a tested dispatch interface"
    assert "Won (order)" in editor.summary.text()


def test_cancelling_the_reason_cancels_the_move(tab, ctx, dialogs) -> None:
    editor = open_deal(tab, ctx, "Line 3")
    stage = editor.stage
    stage.target.setCurrentIndex(stage.target.findText("Lost"))
    dialogs.texts = [None]
    stage.move_button.click()
    assert tab.undo_stack.count() == 0


def test_decision_group_warnings_and_per_deal_stance(tab, ctx) -> None:
    editor = open_deal(tab, ctx, "Phase 2")
    group = editor.group
    assert "coach is in the group" in group.warnings.text()
    wang = next(r for r in group.table.source.rows() if r.name == "Wang Jianguo")
    group.update_member(wang, MemberData(None, Stance.NEUTRAL, "Cooled after the audit"))
    assert "Key decision maker Wang Jianguo is not supportive (Neutral)." in group.warnings.text()
    rows = {r.name: r for r in group.table.source.rows()}
    assert rows["Wang Jianguo"].stance is Stance.NEUTRAL
    proxy = group.table.proxy
    shown = {proxy.index(n, 0).data(): proxy.index(n, 3).data() for n in range(proxy.rowCount())}
    assert shown["Wang Jianguo"] == "Neutral"
    assert shown["Chen Siyuan"] == "Coach (org chart)"
    tab.undo_stack.undo()
    assert "coach is in the group" in group.warnings.text()


def test_adding_and_removing_people(tab, ctx) -> None:
    editor = open_deal(tab, ctx, "Line 3")
    group = editor.group
    before = len(group.table.source.rows())
    person = group.candidates.itemData(0)
    group.candidates.setCurrentIndex(0)
    group.add_button.click()
    assert len(group.table.source.rows()) == before + 1
    with ctx.db.read() as s:
        assert s.scalars(
            select(DecisionGroupMember).where(DecisionGroupMember.contact_id == person)
        ).first()
    group.table.selectRow(0)
    removed = group.table.selected_row()
    group.remove_button.click()
    assert removed.name not in [r.name for r in group.table.source.rows()]
    tab.undo_stack.undo()
    assert removed.name in [r.name for r in group.table.source.rows()]
    changed = group.table.source.rows()[0]
    group.update_member(changed, MemberData(Role.COACH, Stance.COACH, ""))
    assert all("No coach" not in line for line in group.warnings.text().split("<br>"))


def test_competitors(tab, ctx) -> None:
    editor = open_deal(tab, ctx, "Line 3")
    panel = editor.facts.competitors
    before = len(panel.table.source.rows())
    panel.add_competitor(CompetitorData("Hengtong", "Price", "Support", 40))
    rows = panel.table.source.rows()
    assert len(rows) == before + 1
    position = [r.name for r in rows].index("Hengtong")
    panel.table.selectRow(position)
    panel.remove_button.click()
    assert "Hengtong" not in [r.name for r in panel.table.source.rows()]
    tab.undo_stack.undo()
    assert "Hengtong" in [r.name for r in panel.table.source.rows()]


def test_the_buttons_acting_on_a_row_follow_the_selection(tab, ctx) -> None:
    editor = open_deal(tab, ctx, "Line 3")
    competitors, group = editor.facts.competitors, editor.group
    competitors.add_competitor(CompetitorData("Hengtong", "Price", "Support", 40))
    panels = {
        competitors: (competitors.edit_button, competitors.remove_button),
        group: (group.edit_button, group.remove_button, group.open_button),
    }
    for panel, buttons in panels.items():

        def enabled(buttons=buttons) -> list[bool]:
            return [button.isEnabled() for button in buttons]

        panel.table.clearSelection()
        assert not any(enabled()), panel
        panel.table.selectRow(0)
        assert all(enabled()), panel
        panel.show_opportunity(editor.opportunity_id)  # fresh rows: nothing selected
        assert not any(enabled()), panel
    assert competitors.add_button.isEnabled() and group.add_button.isEnabled()
    competitors.show_opportunity(None)
    assert not competitors.add_button.isEnabled()


def test_a_stage_move_asks_whether_to_keep_a_manual_probability(tab, ctx, dialogs) -> None:
    editor = open_deal(tab, ctx, "Phase 2")
    deal = editor.opportunity_id
    with ctx.db.session() as s:
        s.get_one(Opportunity, deal).probability_override = 35
        shape = s.scalars(select(Stage.id).where(Stage.code == "shape")).one()
    editor.stage.show_opportunity(deal)
    dialogs.answers = [False]
    editor.stage.move_to(shape)
    kind, title, text = dialogs.shown[-1]
    assert (kind, title) == ("confirm", "Keep the manual probability?")
    assert "set by hand to 35 %" in text and "stage probability of 50 %" in text
    with ctx.db.read() as s:
        assert s.get_one(Opportunity, deal).probability_override is None
    tab.undo_stack.undo()
    with ctx.db.read() as s:
        assert s.get_one(Opportunity, deal).probability_override == 35
    dialogs.answers = [True]
    editor.stage.move_to(shape)
    with ctx.db.read() as s:
        o = s.get_one(Opportunity, deal)
        assert (o.stage.code, o.probability_override) == ("shape", 35)
