"""Undo of one record's saved form reverses exactly what the save changed (docs/undo.md)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from desktop.models import Competitor
from desktop.services.database import Database
from desktop.services.messages import UserError
from desktop.services.opportunities.deals import OpportunityService
from desktop.services.row_delta import RecordEdits


def _competitor(db: Database) -> int:
    with db.read() as s:
        return s.scalars(select(Competitor.id)).first()


def test_undoing_a_saved_form_keeps_fields_changed_since(demo_db: Database) -> None:
    service, edits = OpportunityService(demo_db), RecordEdits(demo_db)
    competitor = _competitor(demo_db)
    old = service.competitor(competitor)
    edit = edits.run(
        "competitor",
        competitor,
        lambda: service.update_competitor(competitor, replace(old, name="Renamed Co.")),
    )
    with demo_db.session() as s:  # changed since, not through this edit
        s.get_one(Competitor, competitor).strengths = "Cheaper now"
    edits.undo(edit)
    now = service.competitor(competitor)
    assert (now.name, now.strengths) == (old.name, "Cheaper now")
    edits.redo(edit)
    assert service.competitor(competitor).name == "Renamed Co."


def test_undoing_a_saved_form_refuses_to_overwrite_a_later_change(demo_db: Database) -> None:
    service, edits = OpportunityService(demo_db), RecordEdits(demo_db)
    competitor = _competitor(demo_db)
    old = service.competitor(competitor)
    edit = edits.run(
        "competitor",
        competitor,
        lambda: service.update_competitor(competitor, replace(old, name="Renamed Co.")),
    )
    service.update_competitor(competitor, replace(old, name="Renamed again"))
    with pytest.raises(UserError, match="later change"):
        edits.undo(edit)
    assert service.competitor(competitor).name == "Renamed again"
