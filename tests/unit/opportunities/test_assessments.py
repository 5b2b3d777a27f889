"""Saving scoring forms: the score, the bid decision with its reason, undo and redo."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desktop.models import Assessment, Opportunity
from desktop.models.enums import AssessmentKind as K
from desktop.models.enums import BidDecision
from desktop.services.messages import UserError
from desktop.services.opportunities.assessments import AssessmentService


def answers(**ratings):
    return {key: {"rating": value, "comment": f"on {key}"} for key, value in ratings.items()}


def evaluation(b, m, c, p):
    return answers(brand=b, maturity=m, competitor_share=c, price=p)


@pytest.fixture
def service(db):
    return AssessmentService(db)


def test_latest_evaluation_sets_the_score(db, make, service) -> None:
    deal = make.opportunity(make.account())
    service.save(K.EVALUATION, deal, date(2026, 10, 1), evaluation(3, 2, 3, 3), "first look")
    service.save(K.EVALUATION, deal, date(2026, 11, 20), evaluation(4, 3, 3, 3))
    # A form dated earlier does not replace the latest score.
    service.save(K.EVALUATION, deal, date(2026, 9, 1), evaluation(1, 1, 1, 1))
    with db.read() as s:
        assert s.get_one(Opportunity, deal).score == 13
    card = service.score_card(deal)
    assert [a.total for a in card.evaluations] == [4, 11, 13]
    assert [a.result for a in card.evaluations] == ["5%", "55%", "69%"]
    assert card.latest(K.EVALUATION).assessed_on == date(2026, 11, 20)
    assert card.evaluations[1].comment == "first look"
    assert card.evaluations[1].answers["brand"] == {"rating": 3, "comment": "on brand"}


def test_incomplete_form_is_refused_and_nothing_is_kept(db, make, service) -> None:
    deal = make.opportunity(make.account())
    with pytest.raises(UserError, match="Price competitiveness"):
        service.save(
            K.EVALUATION, deal, date(2026, 11, 1), answers(brand=4, maturity=4, competitor_share=4)
        )
    with db.read() as s:
        assert s.scalars(select(Assessment)).all() == []
        assert s.get_one(Opportunity, deal).score is None


def test_payment_capacity_belongs_to_the_account(db, make, service) -> None:
    account = make.account()
    deal = make.opportunity(account)
    saved = service.save(
        K.PAYMENT_CAPACITY,
        account,
        date(2026, 11, 1),
        answers(ownership=4, financial=4, payment_history=3, industry_stage=3),
    )
    assert saved.before is None and saved.changes.touches("accounts")
    with db.read() as s:
        row = s.get_one(Assessment, saved.assessment_id)
        assert (row.opportunity_id, row.account_id, row.total, row.result) == (
            None,
            account,
            14,
            "A",
        )
    assert [a.result for a in service.score_card(deal).payment] == ["A"]


def test_ten_item_form_keeps_the_summary(db, make, service) -> None:
    deal = make.opportunity(make.account())
    keys = [
        "application_clear",
        "business_strong",
        "approval_sound",
        "budget_exists",
        "urgency",
        "short_term_revenue",
        "future_revenue",
        "profit",
        "risk",
        "strategic_value",
    ]
    ratings = [5, 4, 4, 3, 3, 2, 2, 2, 2, 2]
    saved = service.save(
        K.TEN_ITEM, deal, date(2026, 11, 1), answers(**dict(zip(keys, ratings, strict=True)))
    )
    with db.read() as s:
        row = s.get_one(Assessment, saved.assessment_id)
        assert (row.total, row.result) == (29, "real=probably;worth=doubtful")


def test_a_veto_marks_the_deal_no_bid_with_its_reason(db, make, service) -> None:
    deal = make.opportunity(make.account())
    form = answers(customer_rejects=True, no_product_need=False, against_strategy=True)
    form["bid"] = {"rating": True, "comment": "The design institute wrote the spec for Huarui"}
    saved = service.save(K.BID_DECISION, deal, date(2026, 11, 23), form)
    with db.read() as s:
        o = s.get_one(Opportunity, deal)
        assert o.bid_decision is BidDecision.NO_BID
        assert o.no_bid_reason == (
            "The customer explicitly rejects our product or scheme; "
            "It goes against our company's sales strategy; "
            "The design institute wrote the spec for Huarui"
        )
        assert s.get_one(Assessment, saved.assessment_id).result == "no_bid"


def test_bid_without_veto_and_no_bid_needs_a_reason(db, make, service) -> None:
    deal = make.opportunity(make.account())
    service.save(K.BID_DECISION, deal, date(2026, 11, 20), {"bid": {"rating": True, "comment": ""}})
    with db.read() as s:
        o = s.get_one(Opportunity, deal)
        assert (o.bid_decision, o.no_bid_reason) == (BidDecision.BID, "")
    with pytest.raises(UserError, match="Reason"):
        service.save(
            K.BID_DECISION, deal, date(2026, 11, 21), {"bid": {"rating": False, "comment": " "}}
        )
    service.save(
        K.BID_DECISION,
        deal,
        date(2026, 11, 22),
        {"bid": {"rating": False, "comment": "Margin too low"}},
    )
    with db.read() as s:
        o = s.get_one(Opportunity, deal)
        assert (o.bid_decision, o.no_bid_reason) == (BidDecision.NO_BID, "Margin too low")


def test_undo_restores_the_deal_and_redo_keeps_the_form(db, make, service) -> None:
    deal = make.opportunity(make.account())
    service.save(K.EVALUATION, deal, date(2026, 10, 1), evaluation(2, 2, 2, 2))
    saved = service.save(K.EVALUATION, deal, date(2026, 11, 1), evaluation(4, 4, 4, 4))
    veto = service.save(K.BID_DECISION, deal, date(2026, 11, 2), answers(no_product_need=True))
    with db.read() as s:
        uuid = s.get_one(Assessment, saved.assessment_id).uuid
    _, veto_graph = service.unsave(veto)
    _, graph = service.unsave(saved)
    with db.read() as s:
        o = s.get_one(Opportunity, deal)
        assert (o.score, o.bid_decision, o.no_bid_reason) == (8, BidDecision.UNDECIDED, "")
        assert s.get(Assessment, saved.assessment_id) is None
    service.resave(saved, graph)
    service.resave(veto, veto_graph)
    with db.read() as s:
        o = s.get_one(Opportunity, deal)
        assert (o.score, o.bid_decision) == (16, BidDecision.NO_BID)
        assert s.get_one(Assessment, saved.assessment_id).uuid == uuid


def test_deleting_a_form_lets_the_deal_follow_the_remaining_ones(db, make, service) -> None:
    deal = make.opportunity(make.account())
    service.save(K.EVALUATION, deal, date(2026, 10, 1), evaluation(2, 2, 2, 2))
    wrong = service.save(K.EVALUATION, deal, date(2026, 11, 1), evaluation(4, 4, 4, 4))
    bid = service.save(K.BID_DECISION, deal, date(2026, 11, 2), answers(no_product_need=True))
    deleted = service.delete(wrong.assessment_id)
    no_bid = service.delete(bid.assessment_id)
    with db.read() as s:
        o = s.get_one(Opportunity, deal)
        assert (o.score, o.bid_decision, o.no_bid_reason) == (8, BidDecision.UNDECIDED, "")
    service.undelete(no_bid)
    service.undelete(deleted)
    with db.read() as s:
        o = s.get_one(Opportunity, deal)
        assert (o.score, o.bid_decision) == (16, BidDecision.NO_BID)
    service.redelete(deleted)
    with db.read() as s:
        assert s.get_one(Opportunity, deal).score == 8
