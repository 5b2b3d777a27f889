"""Leads: the temperature checklist suggesting the temperature, saving, and conversion."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from desktop.models import Lead, Opportunity
from desktop.models.enums import LeadStatus, LeadTemperature

from .conftest import account_id


def leads_page(tab):
    tab.show_page(tab.leads_page)
    return tab.leads_page


def select_lead(page, title: str):
    rows = page.table.source.rows()
    page.select(next(r.id for r in rows if r.title == title))
    return page.editor


def test_lists_the_leads_of_all_accounts_then_of_one(tab, ctx) -> None:
    page = leads_page(tab)
    assert len(page.table.source.rows()) == 6
    assert page.table.source.rows()[0].status is LeadStatus.OPEN  # open ones first
    assert page.summary.text() == "6 leads, 4 open"
    tab.set_account(account_id(ctx, "Grid"))
    assert len(page.table.source.rows()) == 2


def test_checklist_suggests_the_temperature(qtbot, tab) -> None:
    page = leads_page(tab)
    editor = select_lead(page, "Power 5G Private Network Pilot")
    assert editor.suggestion.text() == "Suggested: Cold (0 of 5)"
    for key in ("urgent", "clear_benefit", "consensus", "buying_within_6_months"):
        editor.checks[key].click()
    assert editor.suggestion.text() == "Suggested: Hot (4 of 5)"
    assert editor.use_suggestion.isEnabled()
    editor.use_suggestion.click()
    assert editor.temperature.value() is LeadTemperature.HOT
    editor.save_button.click()
    row = next(r for r in page.table.source.rows() if r.title == "Power 5G Private Network Pilot")
    assert row.temperature is LeadTemperature.HOT
    tab.undo_stack.undo()
    row = next(r for r in page.table.source.rows() if r.title == "Power 5G Private Network Pilot")
    assert row.temperature is LeadTemperature.COLD


def test_convert_once_the_three_criteria_hold(qtbot, tab, ctx, dialogs) -> None:
    page = leads_page(tab)
    editor = select_lead(page, "Distribution Automation Master Station Expansion (2027)")
    assert not editor.convert_button.isEnabled()
    editor.criteria["in_buying_process"].click()
    editor.criteria["has_budget"].click()
    assert editor.convert_button.isEnabled()
    editor.convert_button.click()  # saves the ticks first, then converts
    with ctx.db.read() as s:
        lead = s.scalars(select(Lead).where(Lead.title.startswith("Distribution Automation"))).one()
        assert lead.status is LeadStatus.CONVERTED
        opportunity = s.get_one(Opportunity, lead.converted_opportunity_id)
        assert opportunity.stage.code == "validate"
    assert dialogs.shown[-1][1] == "Converted"
    assert editor.open_button.isVisibleTo(editor)
    with qtbot.waitSignal(ctx.events.open_record) as opened:
        editor.open_button.click()
    assert opened.args == ["opportunity", opportunity.id]
    tab.show_record(*opened.args)  # what the main window does
    assert tab.current_page() is tab.list_page
    assert tab.list_page.editor.opportunity_id == opportunity.id
    tab.undo_stack.undo()  # the conversion, with the ticks saved just before it
    with ctx.db.read() as s:
        assert s.get(Opportunity, opportunity.id) is None
        reopened = s.get_one(Lead, lead.id)
        assert reopened.status is LeadStatus.OPEN
        assert not reopened.in_buying_process and not reopened.has_budget


def test_conversion_shows_the_man_screen_and_starts_with_the_estimate(
    qtbot, tab, ctx, dialogs
) -> None:
    page = leads_page(tab)
    editor = select_lead(page, "Distribution Automation Master Station Expansion (2027)")
    assert editor.estimated_amount.value_decimal() == Decimal("6000000.00")
    editor.criteria["in_buying_process"].click()
    editor.criteria["has_budget"].click()
    editor.estimated_amount.setValue(6500000)
    dialogs.answers = [False]
    editor.convert_button.click()
    kind, title, text = dialogs.shown[-1]
    assert (kind, title) == ("confirm", "MAN screen")
    assert "✔ Money: the customer can pay" in text
    assert "✘ Authority: we reach who decides" in text
    assert "Convert it to an opportunity anyway?" in text
    with ctx.db.read() as s:
        lead = s.scalars(select(Lead).where(Lead.title.startswith("Distribution Automation"))).one()
        assert lead.status is LeadStatus.OPEN  # not converted, the edits saved
        assert lead.estimated_amount == Decimal("6500000.00")
    dialogs.answers = [True]
    editor.convert_button.click()
    with ctx.db.read() as s:
        lead = s.get_one(Lead, lead.id)
        assert lead.status is LeadStatus.CONVERTED
        assert s.get_one(Opportunity, lead.converted_opportunity_id).amount == Decimal("6500000")


def test_new_lead_for_the_selected_account(qtbot, tab, ctx) -> None:
    grid = account_id(ctx, "Grid")
    tab.set_account(grid)
    page = leads_page(tab)
    page.new_button.click()
    editor = page.editor
    assert editor.account.currentData() == grid and editor.account.isEnabled()
    qtbot.keyClicks(editor.title, "Substation robots")
    editor.save_button.click()
    assert "Substation robots" in [r.title for r in page.table.source.rows()]
    assert editor.lead_id is not None and not editor.account.isEnabled()


def test_delete_a_lead(tab, dialogs) -> None:
    page = leads_page(tab)
    select_lead(page, "Power 5G Private Network Pilot")
    dialogs.answers = [True]
    page.delete_button.click()
    assert len(page.table.source.rows()) == 5
    tab.undo_stack.undo()
    assert len(page.table.source.rows()) == 6
