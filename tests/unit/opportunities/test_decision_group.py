"""The decision group: per-deal role and stance defaulting to the person's, and warnings."""

from __future__ import annotations

import pytest

from desktop.models.enums import Layer, Role, Stance
from desktop.services.messages import UserError
from desktop.services.opportunities.decision_group import (
    DecisionGroupService,
    MemberData,
    MemberRow,
    warnings,
)


def member(name, roles=(), stance=None, role=None, deal_stance=None):
    return MemberRow(1, 1, name, "", Layer.DECISION, tuple(roles), stance, role, deal_stance, "")


def texts(rows):
    return [w.render() for w in warnings(rows)]


def test_warnings() -> None:
    assert texts([]) == [
        "No decision group yet: add the people who decide this deal from the org chart."
    ]
    assert texts([member("Wang", [Role.KEY_DECISION_MAKER], Stance.NEUTRAL)]) == [
        "No coach: nobody in the decision group supports us from inside.",
        "Key decision maker Wang is not supportive (Neutral).",
    ]
    assert texts([member("Wang", [Role.KEY_DECISION_MAKER]), member("Chen", [Role.COACH])]) == [
        "Key decision maker Wang is not supportive (Unknown)."
    ]
    assert (
        texts(
            [
                member("Wang", [Role.KEY_DECISION_MAKER], Stance.SUPPORTER),
                member("Chen", stance=Stance.COACH),
            ]
        )
        == []
    )
    assert texts([member("Chen", [Role.COACH]), member("Bai", stance=Stance.BLOCKER)]) == [
        "No key decision maker in the decision group.",
        "Bai is a blocker: firmly for a competitor.",
    ]


def test_the_deal_overrides_the_persons_role_and_stance() -> None:
    # Sun is a supporting technical gatekeeper in general, but the decision maker here.
    sun = member(
        "Sun",
        [Role.TECHNICAL_GATEKEEPER],
        Stance.SUPPORTER,
        Role.KEY_DECISION_MAKER,
        Stance.OPPONENT,
    )
    assert sun.roles == (Role.KEY_DECISION_MAKER,)
    assert sun.effective_stance is Stance.OPPONENT
    assert "Key decision maker Sun is not supportive (Opponent)." in texts([sun])


def test_members_with_defaults_and_edits(db, make) -> None:
    account = make.account()
    wang = make.contact(account, "Wang", stance=Stance.SUPPORTER, roles=(Role.KEY_DECISION_MAKER,))
    chen = make.contact(account, "Chen", stance=Stance.COACH, roles=(Role.USER, Role.COACH))
    deal = make.opportunity(account)
    service = DecisionGroupService(db)
    assert [c.name for c in service.candidates(deal)] == ["Chen", "Wang"]
    first = service.add(deal, wang).id
    service.add(deal, chen)
    assert service.candidates(deal) == []
    rows = {r.name: r for r in service.members(deal)}
    assert rows["Chen"].roles == (Role.COACH, Role.USER)  # in the vocabulary's order
    assert rows["Wang"].effective_stance is Stance.SUPPORTER
    assert warnings(list(rows.values())) == []
    service.update(first, MemberData(None, Stance.OPPONENT, " Cooled after the audit "))
    assert service.member(first) == MemberData(None, Stance.OPPONENT, "Cooled after the audit")
    rows = {r.name: r for r in service.members(deal)}
    assert rows["Wang"].effective_stance is Stance.OPPONENT
    assert rows["Wang"].person_stance is Stance.SUPPORTER
    with pytest.raises(UserError, match="already in the decision group"):
        service.add(deal, wang)
    with pytest.raises(UserError, match="this account"):
        service.add(deal, make.contact(make.account("Other"), "Stranger"))
    _, graph = service.remove(first)
    assert [r.name for r in service.members(deal)] == ["Chen"]
    from desktop.services.opportunities.deals import OpportunityService

    OpportunityService(db).restore(graph)
    assert [r.name for r in service.members(deal)] == ["Chen", "Wang"]
