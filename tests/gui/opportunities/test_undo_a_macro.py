"""A step of several actions (saving a lead, then converting it) is undone whole or not at all:
when one of them would lose a later change, the others are put back and the user is told."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.models import Lead, Opportunity
from desktop.models.enums import LeadStatus
from desktop.services.messages import UserError

from .test_leads_gui import leads_page, select_lead


def test_a_refused_part_of_a_conversion_leaves_it_converted(qtbot, tab, ctx, dialogs) -> None:
    page = leads_page(tab)
    editor = select_lead(page, "Distribution Automation Master Station Expansion (2027)")
    editor.criteria["in_buying_process"].click()
    editor.criteria["has_budget"].click()
    editor.convert_button.click()  # saves the ticks first, then converts: one step
    with ctx.db.session() as s:  # changed since, elsewhere: the budget tick again
        lead = s.scalars(select(Lead).where(Lead.title.startswith("Distribution Automation"))).one()
        lead.has_budget = False
    with ctx.db.read() as s:
        opportunity_id = s.get_one(Lead, lead.id).converted_opportunity_id
    with pytest.raises(UserError, match="later change"):  # the window shows it
        ctx.undo.undo()
    with ctx.db.read() as s:
        assert s.get_one(Lead, lead.id).status is LeadStatus.CONVERTED
        assert s.get(Opportunity, opportunity_id) is not None
    assert ctx.undo.undo_text() == "Convert lead to opportunity"
