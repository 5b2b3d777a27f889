"""After the opening: results per lot, the tender's overall result, and the won tender that
moves its opportunity to contract negotiation in the same transaction."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.models import Opportunity, StageChange
from desktop.models.enums import TenderResult as R
from desktop.services.bids.results import (
    LotResultData,
    ResultsData,
    ResultsService,
    overall_result,
)
from desktop.services.bids.tenders import TenderService
from desktop.services.messages import UserError

from .conftest import make_opportunity, tender_data

WHEN = datetime(2026, 11, 30, 15, 0)
TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("lots", "expected"),
    [
        ([], None),
        ([R.PENDING], R.PENDING),
        ([R.WON, R.LOST, R.VOID], R.WON),
        ([R.WON, R.PENDING], R.WON),
        ([R.LOST, R.PENDING], R.PENDING),
        ([R.LOST, R.VOID], R.LOST),
        ([R.VOID, R.VOID], R.VOID),
    ],
)
def test_overall_result(lots, expected) -> None:
    assert overall_result(lots) is expected


def _stage(db, opportunity_id) -> tuple[str, date, int]:
    with db.read() as s:
        opportunity = s.get_one(Opportunity, opportunity_id)
        changes = len(s.scalars(select(StageChange)).all())
        return opportunity.stage.code, opportunity.stage_entered_on, changes


def _results(db, tender_id, *lot_results: R) -> ResultsData:
    lots = TenderService(db).detail(tender_id, TODAY).lots
    return ResultsData(
        clarification="Asked about the RTU redundancy",
        second_quote=Decimal("1750000"),
        result_reason="Top technical score",
        lots=tuple(
            LotResultData(lot.uuid, result, "Us" if result is R.WON else "Rival", None, None, "")
            for lot, result in zip(lots, lot_results, strict=True)
        ),
    )


def test_won_moves_the_opportunity_to_negotiation_and_undo_moves_it_back(
    db, tender_id, opportunity_id
) -> None:
    service = ResultsService(db)
    before_stage = _stage(db, opportunity_id)
    recorded = service.record(
        tender_id, _results(db, tender_id, R.WON, R.LOST), WHEN, stage_note="Won tender"
    )
    assert recorded.moved_to_stage == "negotiate"
    assert recorded.changes.kinds == {"tenders", "opportunities"}
    code, entered, changes = _stage(db, opportunity_id)
    assert (code, entered, changes) == ("negotiate", WHEN.date(), before_stage[2] + 1)
    detail = TenderService(db).detail(tender_id, TODAY)
    assert detail.result is R.WON
    assert [lot.result for lot in detail.lots] == [R.WON, R.LOST]
    assert detail.second_quote == Decimal("1750000.00")
    with db.read() as s:
        change = s.scalars(
            select(StageChange).where(StageChange.uuid == recorded.before.stage_change_uuid)
        ).one()
        assert change.note == "Won tender"
    service.undo(tender_id, recorded.before)
    assert _stage(db, opportunity_id) == before_stage
    detail = TenderService(db).detail(tender_id, TODAY)
    assert detail.result is R.PENDING and detail.clarification == ""
    # Redo re-creates the same history entry.
    again = service.record(
        tender_id,
        _results(db, tender_id, R.WON, R.LOST),
        WHEN,
        stage_change_uuid=recorded.before.stage_change_uuid,
    )
    assert again.before.stage_change_uuid == recorded.before.stage_change_uuid


def test_no_move_when_lost_or_already_further(db) -> None:
    service = ResultsService(db)
    opportunity_id = make_opportunity(db, stage="negotiate")
    tender_id, _ = TenderService(db).create(tender_data(opportunity_id), None)
    before = _stage(db, opportunity_id)
    assert (
        service.record(tender_id, _results(db, tender_id, R.WON, R.VOID), WHEN).moved_to_stage
        is None
    )
    assert _stage(db, opportunity_id) == before
    other = make_opportunity(db)
    lost_id, _ = TenderService(db).create(tender_data(other), None)
    recorded = service.record(lost_id, _results(db, lost_id, R.LOST, R.VOID), WHEN)
    assert recorded.moved_to_stage is None
    assert TenderService(db).detail(lost_id, TODAY).result is R.LOST


def test_without_lots_the_given_result_counts(db, opportunity_id) -> None:
    tender_id, _ = TenderService(db).create(tender_data(opportunity_id, lots=()), None)
    recorded = ResultsService(db).record(tender_id, ResultsData(result=R.VOID), WHEN)
    assert recorded.moved_to_stage is None
    assert TenderService(db).detail(tender_id, TODAY).result is R.VOID


def test_invalid_results_change_nothing(db, tender_id) -> None:
    service = ResultsService(db)
    data = _results(db, tender_id, R.WON, R.LOST)
    bad_rank = replace(data, lots=(replace(data.lots[0], our_rank=2), data.lots[1]))
    with pytest.raises(UserError, match="Lot 1: a lot we won has us ranked first"):
        service.record(tender_id, bad_rank, WHEN)
    with pytest.raises(UserError, match="Second quote"):
        service.record(tender_id, replace(data, second_quote=Decimal(-1)), WHEN)
    assert TenderService(db).detail(tender_id, TODAY).result is R.PENDING
