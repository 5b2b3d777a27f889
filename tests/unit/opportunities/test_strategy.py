"""The deal strategy sheet (docs/strategy.md) on a real database."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.models import (
    Action,
    Assessment,
    Competitor,
    Contact,
    DecisionGroupMember,
    Interaction,
    Opportunity,
    StageCheck,
    StageCriterion,
)
from desktop.models.enums import (
    ActionStatus,
    AssessmentKind,
    BuyingMode,
    InfluenceDegree,
    Layer,
    Role,
    Stance,
    StrategyNoteKind,
)
from desktop.services.action_subjects import AboutKind
from desktop.services.clock import FixedClock
from desktop.services.messages import UserError
from desktop.services.opportunities.strategy import BuyingRole, Source, strategy_sheet
from desktop.services.opportunities.strategy_service import (
    InfluenceData,
    ObjectiveData,
    StrategyService,
)

from .conftest import NOW, TODAY


@pytest.fixture
def service(db):
    return StrategyService(db, FixedClock(NOW))


@pytest.fixture
def deal(db, make):
    """Wang decides (neutral, never met), Li is the technical gatekeeper, Zhou coaches."""
    account = make.account()
    wang = make.contact(account, "Wang", stance=Stance.NEUTRAL, roles=(Role.KEY_DECISION_MAKER,))
    li = make.contact(account, "Li", stance=Stance.SUPPORTER, roles=(Role.TECHNICAL_GATEKEEPER,))
    zhou = make.contact(account, "Zhou", stance=Stance.COACH)
    make.contact(account, "Outsider")  # in the account, not in this deal
    opportunity = make.opportunity(account, amount=500_000, decision=date(2027, 3, 31))
    with db.session() as s:
        for contact_id in (wang, li, zhou):
            s.add(DecisionGroupMember(opportunity_id=opportunity, contact_id=contact_id))
        s.get_one(Contact, zhou).trust = 4
        s.add(Interaction(account_id=account, contact_id=li, occurred_on=TODAY))
        for contact_id in (wang, li, zhou):
            s.get_one(Contact, contact_id).layer = Layer.MANAGEMENT
    return {"id": opportunity, "wang": wang, "li": li, "zhou": zhou, "account": account}


def sheet_of(db, opportunity_id, language="en"):
    with db.read() as s:
        return strategy_sheet(s, opportunity_id, TODAY, language)


def member_id(db, opportunity_id, contact_id):
    with db.read() as s:
        return s.scalar(
            select(DecisionGroupMember.id).where(
                DecisionGroupMember.opportunity_id == opportunity_id,
                DecisionGroupMember.contact_id == contact_id,
            )
        )


def uuid_of(db, model, record_id):
    with db.read() as s:
        return s.get_one(model, record_id).uuid


def test_the_objective_falls_back_to_the_deals_amount_and_decision_date(db, deal, service):
    objective = sheet_of(db, deal["id"]).objective
    assert (objective.text, objective.amount, objective.by) == ("", 500_000, date(2027, 3, 31))
    assert objective.amount_is_deal and objective.by_is_decision

    service.set_objective(deal["id"], ObjectiveData(" SCADA phase 1 ", Decimal(300_000), None))
    objective = sheet_of(db, deal["id"]).objective
    assert (objective.text, objective.amount, objective.by) == (
        "SCADA phase 1",
        300_000,
        date(2027, 3, 31),
    )
    assert not objective.amount_is_deal and objective.by_is_decision
    with pytest.raises(UserError, match="cannot be negative"):
        service.set_objective(deal["id"], ObjectiveData("", Decimal(-1), None))


def test_buying_influences_are_grouped_by_the_part_they_play(db, deal, service):
    sheet = sheet_of(db, deal["id"])
    assert [i.name for i in sheet.group(BuyingRole.ECONOMIC)] == ["Wang"]
    assert [i.name for i in sheet.group(BuyingRole.TECHNICAL)] == ["Li"]
    assert [i.name for i in sheet.group(BuyingRole.COACH)] == ["Zhou"]  # by stance
    # Nobody plays the user buyer: the sheet warns.
    assert [w.render() for w in sheet.warnings] == [
        "No user buyer: nobody who will use the system judges our offer yet."
    ]
    # A per-deal role moves Li to the user buyers: now the technical buyers are missing.
    with db.session() as s:
        s.get_one(DecisionGroupMember, member_id(db, deal["id"], deal["li"])).role = Role.USER
    sheet = sheet_of(db, deal["id"])
    li = sheet.group(BuyingRole.USER)[0]
    assert li.name == "Li" and li.role_overridden and li.roles == (Role.USER,)
    assert [w.render() for w in sheet.warnings] == [
        "No technical buyer: nobody screens the offers against the specification yet."
    ]


def test_degree_mode_and_win_result_are_kept_per_deal(db, deal, service):
    wang = member_id(db, deal["id"], deal["wang"])
    service.set_influence(
        wang, InfluenceData(InfluenceDegree.HIGH, BuyingMode.EVEN_KEEL, " A quiet year ")
    )
    influence = sheet_of(db, deal["id"]).group(BuyingRole.ECONOMIC)[0]
    assert (influence.degree, influence.mode, influence.win_result) == (
        InfluenceDegree.HIGH,
        BuyingMode.EVEN_KEEL,
        "A quiet year",
    )
    flags = {f.key.split(":")[0]: f for f in sheet_of(db, deal["id"]).red_flags}
    assert flags["mode_closed"].source is Source.INFLUENCES
    assert "Wang is in Even keel mode" in flags["mode_closed"].text()


def test_red_flags_come_from_the_chart_the_stage_and_competitors(db, deal):
    with db.session() as s:
        o = s.get_one(Opportunity, deal["id"])
        s.add(Competitor(opportunity_id=o.id, name="Rival", expected_share=40, strengths="cheap"))
        s.add(Competitor(opportunity_id=o.id, name="Small", expected_share=10))
        criteria = s.scalars(
            select(StageCriterion).where(StageCriterion.stage_id == o.stage_id)
        ).all()
        for criterion in criteria[1:]:
            s.add(StageCheck(opportunity_id=o.id, criterion_id=criterion.id, done=True))
        first = criteria[0]
    sheet = sheet_of(db, deal["id"])
    red = {f.key: f for f in sheet.red_flags}
    wang = uuid_of(db, Contact, deal["wang"])
    # Coverage: the neutral decision maker, never met; nothing about the outsider.
    assert f"decision_maker_against:{wang}" in red
    assert red[f"not_met:{wang}"].source is Source.ORG_CHART
    assert not any("Outsider" in f.text() for f in sheet.red_flags)
    # The economic buyer not met is flagged once, by the chart.
    assert not any(k.startswith("economic_not_met") for k in red)
    opportunity_uuid = uuid_of(db, Opportunity, deal["id"])
    unmet = red[f"{opportunity_uuid}/{first.uuid}"]
    assert unmet.source is Source.STAGE and first.text_en in unmet.text()
    assert unmet.about_kind == AboutKind.STAGE_CRITERION
    assert [f.text() for f in sheet.red_flags if f.source is Source.COMPETITORS] == [
        "Rival expects 40 % of the order: cheap"
    ]
    # The criterion in the interface's language.
    chinese = sheet_of(db, deal["id"], "zh_CN")
    assert any(first.text_zh in f.text() for f in chinese.red_flags)
    strengths = {f.key.split(":")[0] for f in sheet.strengths}
    assert "coach_trusted" in strengths


def test_the_scorecard_gives_strengths_and_red_flags(db, deal):
    ratings = {"brand": 4, "maturity": 1, "competitor_share": 3, "price": 2}
    with db.session() as s:
        o = s.get_one(Opportunity, deal["id"])
        common = {"account_id": o.account_id, "opportunity_id": o.id, "assessed_on": TODAY}
        s.add(
            Assessment(
                kind=AssessmentKind.EVALUATION,
                answers={k: {"rating": v} for k, v in ratings.items()},
                result="40%",
                **common,
            )
        )
        s.add(Assessment(kind=AssessmentKind.TEN_ITEM, result="real=yes;worth=no", **common))
    sheet = sheet_of(db, deal["id"])
    red = [f.text() for f in sheet.red_flags if f.source is Source.SCORECARD]
    assert red[0].startswith("Evaluation: “Customer maturity” rated only 1 of 4")
    assert len([t for t in red if t.startswith("Evaluation")]) == 2
    assert "Ten-item check: “Is it worth winning?” answered No." in red
    strong = [f.text() for f in sheet.strengths if f.source is Source.SCORECARD]
    assert any("Brand / product recognition" in t for t in strong)
    assert "Ten-item check: “Is it real?” answered yes." in strong


def test_an_open_action_answers_its_flag_until_closed(db, deal):
    wang = uuid_of(db, Contact, deal["wang"])
    key = f"not_met:{wang}"
    with db.session() as s:
        action = Action(
            account_id=deal["account"],
            opportunity_id=deal["id"],
            title="Meet Wang",
            assignee="Me",
            due_on=date(2026, 12, 1),
            about_kind=AboutKind.RED_FLAG,
            about_key=key,
        )
        s.add(action)
        s.flush()
        action_id = action.id
    flag = next(f for f in sheet_of(db, deal["id"]).red_flags if f.key == key)
    assert flag.answer is not None
    assert (flag.answer.title, flag.answer.assignee, flag.answer.due_on) == (
        "Meet Wang",
        "Me",
        date(2026, 12, 1),
    )
    with db.session() as s:
        s.get_one(Action, action_id).status = ActionStatus.DONE
    flag = next(f for f in sheet_of(db, deal["id"]).red_flags if f.key == key)
    assert flag.answer is None


def test_own_notes_and_possible_actions(db, deal, service):
    service.add_note(deal["id"], StrategyNoteKind.STRENGTH, "We built their plant 2")
    red = service.add_note(deal["id"], StrategyNoteKind.RED_FLAG, "Budget {may} be cut")
    service.edit_note(red.id, "Budget may be cut")
    with pytest.raises(UserError, match="text is empty"):
        service.add_note(deal["id"], StrategyNoteKind.STRENGTH, "  ")
    sheet = service.sheet(deal["id"])
    assert [f.text() for f in sheet.strengths if f.source is Source.OWN] == [
        "We built their plant 2"
    ]
    own = [f for f in sheet.red_flags if f.source is Source.OWN]
    assert [f.text() for f in own] == ["Budget may be cut"] and own[0].note_id == red.id

    first = service.add_possible_action(deal["id"], "Invite Wang to the factory")
    second = service.add_possible_action(deal["id"], "Demo to Li's team")
    service.set_best(second.id, True)
    assert [(a.title, a.best) for a in service.sheet(deal["id"]).actions] == [
        ("Demo to Li's team", True),
        ("Invite Wang to the factory", False),
    ]
    with pytest.raises(UserError, match="due date"):
        service.schedule(second.id, "Me", None)
    service.schedule(second.id, "Me", date(2026, 12, 5))
    best = service.sheet(deal["id"]).best_actions[0]
    assert (best.status, best.assignee, best.due_on) == (
        ActionStatus.OPEN,
        "Me",
        date(2026, 12, 5),
    )
    with pytest.raises(UserError, match="Only a possible action"):
        service.schedule(second.id, "Me", date(2026, 12, 6))
    service.remove("action", first.id)
    assert [a.title for a in service.sheet(deal["id"]).actions] == ["Demo to Li's team"]
    service.remove("strategy_note", red.id)
    assert not [f for f in service.sheet(deal["id"]).red_flags if f.source is Source.OWN]


def test_a_buying_influence_against_us_is_a_red_flag_once(db, deal):
    with db.session() as s:
        for person in ("li", "wang"):
            member = s.get_one(DecisionGroupMember, member_id(db, deal["id"], deal[person]))
            member.stance = Stance.OPPONENT
    texts = [f.text() for f in sheet_of(db, deal["id"]).red_flags]
    assert "Li (Technical buyers) is against us (Opponent): plan how to answer them." in texts
    # Wang, a decision maker, is flagged by the org chart already.
    assert not any(t.startswith("Wang (") and "against us" in t for t in texts)
