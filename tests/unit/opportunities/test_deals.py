"""One opportunity: creating, the fact sheet's rules, competitors, deleting and undoing it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desktop.models import (
    Assessment,
    Competitor,
    Contract,
    DecisionGroupMember,
    Lead,
    Opportunity,
    StageChange,
)
from desktop.models.enums import AssessmentKind, ForecastCategory, LeadStatus
from desktop.services import raw_rows
from desktop.services.messages import UserError
from desktop.services.opportunities.deals import (
    CompetitorData,
    NewOpportunity,
    OpportunityService,
    charter_text,
    charter_value,
)

from .conftest import NOW

pytestmark = pytest.mark.both_engines


def test_create_puts_the_deal_in_the_first_stage_with_history(db, make) -> None:
    account = make.account()
    service = OpportunityService(db)
    created = service.create(
        NewOpportunity(account, " Core network ", Decimal("1200000"), date(2027, 2, 1)), NOW
    )
    detail = service.detail(created.id)
    assert (detail.facts.name, detail.facts.amount, detail.stage_en) == (
        "Core network",
        Decimal("1200000.00"),
        "Validate opportunity",
    )
    assert (detail.probability, detail.weighted) == (25, Decimal("300000.00"))
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(StageChange)) == 1
    with pytest.raises(UserError, match="Name"):
        service.create(NewOpportunity(account, " "), NOW)


def test_save_facts_and_charter(db, make) -> None:
    account = make.account()
    person = make.contact(account, "Wang")
    deal = make.opportunity(account, amount=1000)
    service = OpportunityService(db)
    facts = replace(
        service.detail(deal).facts,
        amount=Decimal("2500.50"),
        probability_override=35,
        forecast_category=ForecastCategory.COMMIT,
        key_contact_id=person,
        sponsor="Zhang Tao",
        charter={"milestones": ["Demo", "Bid"], "budget": "CNY 80,000"},
    )
    service.save_facts(deal, facts)
    detail = service.detail(deal)
    assert detail.facts == facts
    assert (detail.probability, detail.weighted) == (35, Decimal("875.18"))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"name": ""}, "Name"),
        ({"amount": Decimal(-1)}, "Amount"),
        ({"probability_override": 101}, "Probability"),
        ({"forecast_category": ForecastCategory.WON}, "Won and Lost stages"),
    ],
)
def test_invalid_facts_are_refused_and_nothing_changes(db, make, change, message) -> None:
    deal = make.opportunity(make.account(), amount=1000)
    service = OpportunityService(db)
    before = service.detail(deal)
    with pytest.raises(UserError, match=message):
        service.save_facts(deal, replace(before.facts, **change))
    assert service.detail(deal) == before


def test_key_person_must_belong_to_the_account(db, make) -> None:
    deal = make.opportunity(make.account())
    stranger = make.contact(make.account("Other"), "Stranger")
    service = OpportunityService(db)
    with pytest.raises(UserError, match="Key person"):
        service.save_facts(deal, replace(service.detail(deal).facts, key_contact_id=stranger))


def test_a_closed_deal_keeps_its_closed_category(db, make) -> None:
    deal = make.opportunity(make.account(), stage="won", category=ForecastCategory.WON)
    service = OpportunityService(db)
    facts = service.detail(deal).facts
    service.save_facts(deal, replace(facts, description="Signed"))
    with pytest.raises(UserError, match="closed opportunity"):
        service.save_facts(deal, replace(facts, forecast_category=ForecastCategory.COMMIT))


def test_competitors(db, make) -> None:
    deal = make.opportunity(make.account())
    service = OpportunityService(db)
    small = service.add_competitor(deal, CompetitorData("Small Co", expected_share=10)).id
    big = service.add_competitor(deal, CompetitorData("Huarui", "Low price", "Far away", 35)).id
    assert [c.name for c in service.competitors(deal)] == ["Huarui", "Small Co"]
    service.update_competitor(small, CompetitorData("Small Co", expected_share=60))
    assert [c.id for c in service.competitors(deal)] == [small, big]
    with pytest.raises(UserError, match="Expected share"):
        service.update_competitor(small, CompetitorData("Small Co", expected_share=120))
    with pytest.raises(UserError, match="competitor's name"):
        service.add_competitor(deal, CompetitorData(" "))
    _, graph = service.remove_competitor(big)
    assert [c.id for c in service.competitors(deal)] == [small]
    service.restore(graph)
    assert service.competitor(big) == CompetitorData("Huarui", "Low price", "Far away", 35)


def test_delete_takes_everything_with_it_and_restore_brings_it_back_exactly(db, make) -> None:
    account = make.account()
    person = make.contact(account, "Wang")
    deal = make.opportunity(account, key_contact_id=person)
    service = OpportunityService(db)
    service.add_competitor(deal, CompetitorData("Huarui"))
    with db.session() as s:
        s.add(DecisionGroupMember(opportunity_id=deal, contact_id=person))
        s.add(
            Assessment(
                kind=AssessmentKind.EVALUATION,
                account_id=account,
                opportunity_id=deal,
                assessed_on=date(2026, 11, 1),
            )
        )
        s.add(
            Lead(
                account_id=account,
                title="Lead",
                status=LeadStatus.CONVERTED,
                converted_opportunity_id=deal,
            )
        )
        s.add(
            Contract(
                account_id=account, opportunity_id=deal, number="C-1", title="C", amount=Decimal(1)
            )
        )

    def state():
        with db.read() as s:
            tables = (
                "opportunity",
                "stage_change",
                "competitor",
                "decision_group_member",
                "assessment",
                "lead",
                "contract",
            )
            # versions rise with every write, a restore's too (docs/team-server.md#versions)
            return {
                name: [
                    {k: v for k, v in row.items() if k != "version"}
                    for rows in raw_rows.capture(s, name, [1, 2, 3]).rows.values()
                    for row in rows
                ]
                for name in tables
            }

    before = state()
    changes, graph = service.remove(deal)
    assert changes.touches("opportunities", "leads")
    with db.read() as s:
        assert s.get(Opportunity, deal) is None
        assert s.scalar(select(Lead.converted_opportunity_id)) is None
        assert s.scalar(select(Contract.opportunity_id)) is None
        assert s.scalar(select(func.count()).select_from(Competitor)) == 0
    service.restore(graph)
    assert state() == before


def test_charter_text_round_trip() -> None:
    assert charter_text(["a", "b"]) == "a\nb"
    assert charter_text(None) == ""
    assert charter_value(" a \n\n b ", True) == ["a", "b"]
    assert charter_value(" budget ", False) == "budget"
