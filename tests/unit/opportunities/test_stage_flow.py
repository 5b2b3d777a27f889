"""Exit checklists, moving between stages with recorded overrides, closing, undo and redo."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from desktop.models import Opportunity, StageChange
from desktop.models.enums import ForecastCategory
from desktop.services.messages import UserError
from desktop.services.opportunities.stage_flow import CheckState, StageFlowService

from .conftest import NOW

pytestmark = pytest.mark.both_engines


@pytest.fixture
def flow(db):
    return StageFlowService(db)


def test_view_shows_the_current_checklist_and_history(db, make, flow) -> None:
    deal = make.opportunity(make.account(), stage="shape")
    view = flow.view(deal)
    assert view.current.code == "shape"
    assert len(view.checklist) == 5 and not any(item.done for item in view.checklist)
    assert view.next_stage().code == "bid"
    (entry,) = view.history
    assert (entry.from_en, entry.to_en) == ("", "Shape the customer")


def test_ticking_and_unticking_a_criterion(db, make, flow) -> None:
    deal = make.opportunity(make.account())
    first = flow.view(deal).checklist[0]
    state = CheckState(True, NOW, "Li Ming")
    flow.set_check(deal, first.criterion_id, state)
    assert flow.view(deal).checklist[0].state == state
    flow.set_check(deal, first.criterion_id, None)
    assert flow.view(deal).checklist[0].state is None


def test_moving_forward_lists_every_unmet_criterion_including_skipped_stages(
    db, make, flow
) -> None:
    deal = make.opportunity(make.account(), stage="bid")
    view = flow.view(deal)
    for item in view.checklist[:2]:
        flow.set_check(deal, item.criterion_id, CheckState(True, NOW, ""))
    plan = flow.plan_move(deal, make.stage_id("negotiate"))
    assert plan.forward
    assert [en for en, _ in plan.unmet] == [
        "Bid submitted with a complete checklist",
        "The customer's management decided for us",  # the skipped stage "selected"
    ]
    assert plan.unmet[0][1] == "投标文件按检查清单完整提交"


def test_moving_back_or_to_lost_checks_nothing(db, make, flow) -> None:
    deal = make.opportunity(make.account(), stage="bid")
    assert not flow.plan_move(deal, make.stage_id("shape")).forward
    lost = flow.plan_move(deal, make.stage_id("lost"))
    assert not lost.forward and lost.unmet == ()


def test_override_is_recorded_in_the_stage_history(db, make, flow) -> None:
    deal = make.opportunity(make.account(), stage="bid")
    moved = flow.move(
        deal,
        make.stage_id("selected"),
        NOW,
        override=True,
        unmet=("Bid submitted",),
        note="GM said so",
    )
    with db.read() as s:
        change = s.get_one(StageChange, moved.change_id)
        assert (change.override, change.unmet_criteria, change.note) == (
            True,
            ["Bid submitted"],
            "GM said so",
        )
        assert change.from_stage_id == make.stage_id("bid")
        o = s.get_one(Opportunity, deal)
        assert (o.stage_id, o.stage_entered_on) == (make.stage_id("selected"), NOW.date())
    (latest, *_) = flow.view(deal).history
    assert latest.override and latest.unmet == ("Bid submitted",)
    with pytest.raises(UserError, match="already in that stage"):
        flow.move(deal, make.stage_id("selected"), NOW)


def test_closing_as_won_or_lost_and_reopening(db, make, flow) -> None:
    deal = make.opportunity(make.account(), stage="negotiate", category=ForecastCategory.COMMIT)
    flow.move(deal, make.stage_id("won"), NOW, reason="Best technical score")
    with db.read() as s:
        o = s.get_one(Opportunity, deal)
        assert (o.forecast_category, o.closed_on, o.win_loss_reason) == (
            ForecastCategory.WON,
            NOW.date(),
            "Best technical score",
        )
    flow.move(deal, make.stage_id("lost"), NOW + timedelta(days=1))
    with db.read() as s:
        o = s.get_one(Opportunity, deal)
        assert o.forecast_category is ForecastCategory.LOST
        assert o.win_loss_reason == "Best technical score"  # kept when no new reason given
    flow.move(deal, make.stage_id("negotiate"), NOW + timedelta(days=2))
    with db.read() as s:
        o = s.get_one(Opportunity, deal)
        assert (o.forecast_category, o.closed_on) == (ForecastCategory.PIPELINE, None)


def test_undo_and_redo_a_move(db, make, flow) -> None:
    deal = make.opportunity(
        make.account(),
        stage="negotiate",
        category=ForecastCategory.COMMIT,
        entered=date(2026, 10, 1),
    )
    moved = flow.move(deal, make.stage_id("won"), datetime(2026, 11, 23, 15, 0), reason="Price")
    with db.read() as s:
        change_uuid = s.get_one(StageChange, moved.change_id).uuid
    _, graph = flow.undo_move(deal, moved)
    with db.read() as s:
        o = s.get_one(Opportunity, deal)
        assert (
            o.stage_id,
            o.stage_entered_on,
            o.forecast_category,
            o.closed_on,
            o.win_loss_reason,
        ) == (
            make.stage_id("negotiate"),
            date(2026, 10, 1),
            ForecastCategory.COMMIT,
            None,
            "",
        )
        assert s.get(StageChange, moved.change_id) is None
    flow.redo_move(deal, moved, graph)
    with db.read() as s:
        o = s.get_one(Opportunity, deal)
        assert (o.forecast_category, o.win_loss_reason) == (ForecastCategory.WON, "Price")
        assert (
            s.scalars(select(StageChange.uuid).where(StageChange.id == moved.change_id)).one()
            == change_uuid
        )


def test_a_move_keeps_or_drops_a_manual_probability_and_undo_puts_it_back(db, make, flow) -> None:
    deal = make.opportunity(make.account(), stage="bid")
    with db.session() as s:
        s.get_one(Opportunity, deal).probability_override = 35
    assert flow.plan_move(deal, make.stage_id("shape")).probability_override == 35
    flow.move(deal, make.stage_id("shape"), NOW, keep_probability=True)
    with db.read() as s:
        assert s.get_one(Opportunity, deal).probability_override == 35
    moved = flow.move(deal, make.stage_id("bid"), NOW, keep_probability=False)
    with db.read() as s:
        assert s.get_one(Opportunity, deal).probability_override is None
    flow.undo_move(deal, moved)
    with db.read() as s:
        assert s.get_one(Opportunity, deal).probability_override == 35
