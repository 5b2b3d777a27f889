"""The fact sheet refuses to write over a colleague's change to the opportunity and reloads with
the user's edits on top (docs/team-server.md#versions)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from desktop.models import Opportunity
from desktop.views.opportunities import facts_form

from .test_editor import open_deal


def test_reload_and_reapply_keeps_both_changes(qtbot, tab, ctx, monkeypatch) -> None:
    editor = open_deal(tab, ctx, "Phase 2")
    facts = editor.facts
    facts.probability.setValue(65)  # the user edits...
    service = ctx.services.opportunities
    theirs = service.detail(editor.opportunity_id)
    service.save_facts(theirs.id, replace(theirs.facts, name="Phase 2, renamed"))  # ...a colleague
    asked = []
    monkeypatch.setattr(facts_form, "offer_reload", lambda parent, error: asked.append(1) or True)
    qtbot.mouseClick(facts.save_button, Qt.MouseButton.LeftButton)
    assert asked
    with ctx.db.read() as s:
        assert s.get_one(Opportunity, editor.opportunity_id).probability_override is None
    assert facts.name.text() == "Phase 2, renamed" and facts.probability.value() == 65
    qtbot.mouseClick(facts.save_button, Qt.MouseButton.LeftButton)
    with ctx.db.read() as s:
        deal = s.get_one(Opportunity, editor.opportunity_id)
        assert (deal.name, deal.probability_override) == ("Phase 2, renamed", 65)
    facts.probability.setValue(70)  # a second save after one's own goes through
    qtbot.mouseClick(facts.save_button, Qt.MouseButton.LeftButton)
    with ctx.db.read() as s:
        assert s.get_one(Opportunity, editor.opportunity_id).probability_override == 70
