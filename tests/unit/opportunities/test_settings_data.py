"""Stage list editing, monthly targets and forecast settings."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from desktop.services.messages import UserError
from desktop.services.opportunities.forecast import ForecastService
from desktop.services.opportunities.stage_flow import StageFlowService
from desktop.services.opportunities.stage_list import CriterionEdit, StageEdit, StageListService
from desktop.services.opportunities.targets import TargetService
from desktop.services.versions import ChangedMeanwhile


@pytest.fixture
def stages(db):
    return StageListService(db)


def test_stage_list_reads_the_defaults_with_counts(db, make, stages) -> None:
    make.opportunity(make.account(), stage="bid")
    rows = stages.stage_list()
    assert [r.code for r in rows] == [
        "validate",
        "shape",
        "bid",
        "selected",
        "negotiate",
        "won",
        "lost",
    ]
    assert [r.probability for r in rows] == [25, 50, 60, 70, 90, 100, 0]
    assert rows[2].opportunities == 1
    assert rows[0].criteria[1] == CriterionEdit(
        rows[0].criteria[1].id, "Budget known", "已了解预算"
    )


def test_rename_reprobability_reorder_add_and_remove(db, make, stages) -> None:
    rows = stages.stage_list()
    validate, shape, bid, _selected, negotiate, won, lost = rows
    new = StageEdit(
        None, "Technical exchange", "技术交流", 40, criteria=(CriterionEdit(None, "Demo done", ""),)
    )
    edited = [
        replace(validate, probability=20, criteria=validate.criteria[:1]),
        new,
        won,  # closed stages go to the end whatever the order given
        replace(shape, name_zh="引导"),
        bid,
        negotiate,
        lost,
    ]
    stages.save(edited)  # "selected" removed
    after = stages.stage_list()
    assert [r.name_en for r in after] == [
        "Validate opportunity",
        "Technical exchange",
        "Shape the customer",
        "Solution and bid",
        "Negotiate and sign",
        "Won (order)",
        "Lost",
    ]
    assert after[0].probability == 20 and len(after[0].criteria) == 1
    assert after[1].code == "technical_exchange"
    assert [(c.text_en, c.text_zh) for c in after[1].criteria] == [("Demo done", "Demo done")]
    assert after[2].name_zh == "引导"
    assert [s.code for s in StageFlowService(db).stages()][1] == "technical_exchange"


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda rows: [replace(rows[0], name_zh=" "), *rows[1:]], "Stage 1: give its name"),
        (lambda rows: [replace(rows[0], probability=120), *rows[1:]], "0 to 100"),
        (lambda rows: rows[:-1], "Won and Lost"),
        (lambda rows: rows[-2:], "at least one open stage"),
        (
            lambda rows: [replace(rows[0], criteria=(CriterionEdit(None, " ", ""),)), *rows[1:]],
            "exit criterion has no text",
        ),
    ],
)
def test_invalid_stage_lists_are_refused(db, stages, edit, message) -> None:
    before = stages.stage_list()
    with pytest.raises(UserError, match=message):
        stages.save(edit(before))
    assert stages.stage_list() == before


def test_a_stage_in_use_cannot_be_removed(db, make, stages) -> None:
    make.opportunity(make.account(), stage="selected")
    rows = stages.stage_list()
    with pytest.raises(UserError, match="still holds 1 opportunities"):
        stages.save([r for r in rows if r.code != "selected"])
    assert stages.stage_list() == rows


def test_monthly_targets(db) -> None:
    service = TargetService(db)
    rows = service.year(date(2026, 11, 1))
    assert [r.month for r in rows][::11] == [date(2026, 11, 1), date(2027, 10, 1)]
    assert all(r.amount is None for r in rows)
    service.save({date(2026, 11, 1): Decimal("4500000"), date(2027, 1, 1): Decimal("2000000.50")})
    service.save({date(2026, 11, 1): Decimal("5000000"), date(2027, 1, 1): None})
    rows = service.year(date(2026, 11, 1))
    assert rows[0].amount == Decimal("5000000.00") and rows[2].amount is None
    with pytest.raises(UserError, match="2026-12"):
        service.save({date(2026, 12, 1): Decimal(-1)})


def test_forecast_settings(db) -> None:
    service = ForecastService(db)
    assert service.settings() == ({"months": 3, "minimum": 150}, {"low": 95, "high": 110})
    service.save_settings({"months": 6, "minimum": 200}, {"low": 90, "high": 120})
    assert service.settings() == ({"months": 6, "minimum": 200}, {"low": 90, "high": 120})
    with pytest.raises(UserError, match="Coverage period"):
        service.save_settings({"months": 13, "minimum": 150}, {"low": 95, "high": 110})
    with pytest.raises(UserError, match="accuracy band"):
        service.save_settings({"months": 3, "minimum": 150}, {"low": 101, "high": 110})


def _codes(stages: StageListService) -> list[str]:
    return [row.code for row in stages.stage_list()]


def _moved(rows: list[StageEdit], code: str, to: int) -> list[StageEdit]:
    """The list with ``code`` moved to place ``to``."""
    row = next(r for r in rows if r.code == code)
    rest = [r for r in rows if r is not row]
    return [*rest[:to], row, *rest[to:]]


@pytest.mark.both_engines
def test_a_stage_a_colleague_added_meanwhile_is_kept(stages) -> None:
    """Saving the list as read, with one stage renamed, is not removing the stage a colleague
    added since (docs/team-server.md#versions)."""
    shown = stages.stage_list()
    theirs = stages.stage_list()
    stages.save([*theirs[:2], StageEdit(None, "Site survey", "现场勘察", 55), *theirs[2:]], theirs)
    mine = [replace(shown[0], name_zh="验证"), *shown[1:]]
    stages.save(mine, shown)
    after = stages.stage_list()
    assert [r.name_en for r in after][2] == "Site survey"
    assert after[0].name_zh == "验证"


@pytest.mark.both_engines
def test_a_colleagues_reorder_is_kept_when_the_user_did_not_reorder(stages) -> None:
    shown = stages.stage_list()
    theirs = stages.stage_list()
    stages.save(_moved(theirs, "bid", 0), theirs)
    new = StageEdit(None, "Site survey", "现场勘察", 55)
    # renamed "shape", and a new stage after it
    stages.save([shown[0], replace(shown[1], name_zh="引导"), new, *shown[2:]], shown)
    assert _codes(stages) == [
        "bid", "validate", "shape", "site_survey", "selected", "negotiate", "won", "lost"
    ]  # fmt: skip
    assert stages.stage_list()[2].name_zh == "引导"


@pytest.mark.both_engines
def test_two_reorders_at_once_refuse_the_second(stages) -> None:
    shown = stages.stage_list()
    theirs = stages.stage_list()
    stages.save(_moved(theirs, "bid", 0), theirs)
    before = _codes(stages)
    with pytest.raises(ChangedMeanwhile):
        stages.save(_moved(shown, "negotiate", 0), shown)
    assert _codes(stages) == before


@pytest.mark.both_engines
def test_a_stage_a_colleague_removed_meanwhile(stages) -> None:
    """Left as read, it stays removed; changed by the user, the save is refused."""
    shown = stages.stage_list()
    theirs = stages.stage_list()
    stages.save([r for r in theirs if r.code != "selected"], theirs)
    with pytest.raises(ChangedMeanwhile):
        changed = [replace(r, probability=75) if r.code == "selected" else r for r in shown]
        stages.save(changed, shown)
    stages.save([replace(shown[0], probability=20), *shown[1:]], shown)
    assert "selected" not in _codes(stages)
    assert stages.stage_list()[0].probability == 20
