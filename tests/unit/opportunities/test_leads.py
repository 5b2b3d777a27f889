"""Leads: the temperature suggestion, validation, and converting to an opportunity."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.models import Lead, Opportunity, StageChange
from desktop.models.enums import ForecastCategory, LeadStatus, LeadTemperature
from desktop.services.messages import UserError
from desktop.services.opportunities.leads import (
    LEAD_TEMPERATURE,
    LeadData,
    LeadService,
    suggest_temperature,
    validate_thresholds,
)

from .conftest import NOW

pytestmark = pytest.mark.both_engines

KEYS = ["urgent", "solution_mature", "clear_benefit", "consensus", "buying_within_6_months"]


def ticked(n: int) -> dict[str, bool]:
    return {key: i < n for i, key in enumerate(KEYS)}


@pytest.mark.parametrize(
    ("count", "temperature"),
    [
        (0, LeadTemperature.COLD),
        (1, LeadTemperature.COLD),
        (2, LeadTemperature.WARM),
        (3, LeadTemperature.WARM),
        (4, LeadTemperature.HOT),
        (5, LeadTemperature.HOT),
    ],
)
def test_ticked_criteria_suggest_the_temperature(count, temperature) -> None:
    assert suggest_temperature(ticked(count), LEAD_TEMPERATURE.default) is temperature


def test_suggestion_follows_the_thresholds_and_ignores_unknown_keys() -> None:
    assert suggest_temperature(ticked(3), {"hot": 3, "warm": 1}) is LeadTemperature.HOT
    assert suggest_temperature({"other": True, "urgent": "yes"}, {"hot": 3, "warm": 1}) is (
        LeadTemperature.COLD
    )
    validate_thresholds({"hot": 5, "warm": 5})
    with pytest.raises(UserError, match="Lead temperature"):
        validate_thresholds({"hot": 2, "warm": 3})
    with pytest.raises(UserError):
        validate_thresholds({"hot": 6, "warm": 1})


def qualified(account_id: int) -> LeadData:
    return LeadData(
        account_id=account_id,
        title="Ward terminals",
        source_channel="Coach",
        description="Nursing terminals",
        pain="Paper rounds",
        budget_note="CNY 1.6 M",
        relationship_note="Head nurse supports us",
        window_start=date(2027, 1, 10),
        window_end=date(2027, 3, 31),
        estimated_amount=Decimal("1600000.00"),
        temperature=LeadTemperature.HOT,
        temperature_checks=ticked(5),
        has_money=True,
        has_authority=True,
        has_need=True,
        in_buying_process=True,
        has_budget=True,
        can_participate=True,
    )


def test_create_update_and_list(db, make) -> None:
    account = make.account("Hospital")
    service = LeadService(db)
    created = service.create(qualified(account))
    assert service.lead(created.id) == qualified(account)
    service.update(created.id, replace(qualified(account), title="Ward tablets", has_need=False))
    (row,) = service.leads(account)
    assert (row.title, row.account, row.man, row.qualifies, row.suggested) == (
        "Ward tablets",
        "Hospital",
        2,
        True,
        LeadTemperature.HOT,
    )
    assert service.leads(None) == [row]
    assert service.leads(make.account("Other")) == []


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"title": "  "}, "Title"),
        ({"window_end": date(2027, 1, 1)}, "Time window"),
    ],
)
def test_invalid_lead_is_refused_and_nothing_changes(db, make, change, message) -> None:
    account = make.account()
    with pytest.raises(UserError, match=message):
        LeadService(db).create(replace(qualified(account), **change))
    with db.read() as s:
        assert s.scalars(select(Lead)).all() == []


def test_convert_needs_all_three_opportunity_criteria(db, make) -> None:
    account = make.account()
    service = LeadService(db)
    lead = service.create(replace(qualified(account), has_budget=False)).id
    with pytest.raises(UserError, match="investment plan and a budget"):
        service.convert(lead, NOW)
    with db.read() as s:
        assert s.scalars(select(Opportunity)).all() == []
        assert s.get_one(Lead, lead).status is LeadStatus.OPEN


def test_convert_creates_the_opportunity_in_the_first_stage_and_links_it(db, make) -> None:
    account = make.account()
    service = LeadService(db)
    lead = service.create(qualified(account)).id
    converted = service.convert(lead, NOW)
    assert converted.changes.touches("leads", "opportunities")
    with db.read() as s:
        o = s.get_one(Opportunity, converted.id)
        assert (o.name, o.account_id, o.stage.code, o.stage_entered_on) == (
            "Ward terminals",
            account,
            "validate",
            NOW.date(),
        )
        assert o.forecast_category is ForecastCategory.PIPELINE
        assert (o.expected_decision_date, o.purchase_date) == (date(2027, 1, 10), date(2027, 3, 31))
        assert o.information_source == "Coach"
        assert o.amount == Decimal("1600000.00")  # the lead's estimate
        assert "Paper rounds" in o.description and "CNY 1.6 M" in o.description
        (change,) = s.scalars(select(StageChange).where(StageChange.opportunity_id == o.id))
        assert change.from_stage_id is None and change.changed_at == NOW
        lead_row = s.get_one(Lead, lead)
        assert lead_row.status is LeadStatus.CONVERTED
        assert lead_row.converted_opportunity_id == o.id
    with pytest.raises(UserError, match="open lead"):
        service.convert(lead, NOW)


def test_a_lead_failing_the_man_screen_converts_only_when_confirmed(db, make) -> None:
    service = LeadService(db)
    data = replace(qualified(make.account()), has_authority=False, estimated_amount=None)
    assert data.fails_man()
    assert [(text.render(), holds) for text, holds in data.man_screen()] == [
        ("Money: the customer can pay", True),
        ("Authority: we reach who decides", False),
        ("Need: a real need exists", True),
    ]
    lead = service.create(data).id
    with pytest.raises(UserError, match="fails the MAN screen"):
        service.convert(lead, NOW)
    with db.read() as s:
        assert s.scalars(select(Opportunity)).all() == []
    converted = service.convert(lead, NOW, despite_man=True)
    with db.read() as s:
        assert s.get_one(Opportunity, converted.id).amount == 0  # no estimate: nothing yet


def test_an_estimated_amount_cannot_be_negative(db, make) -> None:
    with pytest.raises(UserError, match="Estimated amount: cannot be negative"):
        LeadService(db).create(replace(qualified(make.account()), estimated_amount=Decimal(-1)))


def test_undo_and_redo_conversion_keep_the_same_opportunity(db, make) -> None:
    account = make.account()
    service = LeadService(db)
    lead = service.create(qualified(account)).id
    converted = service.convert(lead, NOW)
    with db.read() as s:
        uuid = s.get_one(Opportunity, converted.id).uuid
    _, graph = service.unconvert(lead)
    with db.read() as s:
        assert s.get(Opportunity, converted.id) is None
        row = s.get_one(Lead, lead)
        assert (row.status, row.converted_opportunity_id) == (LeadStatus.OPEN, None)
    service.reconvert(lead, graph)
    with db.read() as s:
        o = s.get_one(Opportunity, converted.id)
        assert o.uuid == uuid
        assert len(s.scalars(select(StageChange)).all()) == 1
        row = s.get_one(Lead, lead)
        assert (row.status, row.converted_opportunity_id) == (LeadStatus.CONVERTED, o.id)


def test_a_converted_lead_cannot_be_reopened_by_editing(db, make) -> None:
    account = make.account()
    service = LeadService(db)
    lead = service.create(qualified(account)).id
    service.convert(lead, NOW)
    data = service.lead(lead)
    with pytest.raises(UserError, match="undo the conversion"):
        service.update(lead, replace(data, status=LeadStatus.OPEN))


def test_remove_and_restore(db, make) -> None:
    account = make.account()
    service = LeadService(db)
    lead = service.create(qualified(account)).id
    _, graph = service.remove(lead)
    assert service.leads(None) == []
    service.restore(graph)
    assert service.lead(lead) == qualified(account)
