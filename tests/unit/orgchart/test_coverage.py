"""Coverage analysis (red flags) on hand-made organisations."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from desktop.models.enums import Layer, Role, Stance
from desktop.services.orgchart.chart import OrgChart, Person
from desktop.services.orgchart.coverage import FlagKind, Severity, analyse

TODAY = date(2026, 11, 23)
MET = TODAY - timedelta(days=10)


def person(id_: int, name: str, layer: Layer = Layer.MANAGEMENT, **kw) -> Person:
    base = Person(
        id=id_,
        name=name,
        title="",
        department="",
        organisation="",
        layer=layer,
        external_kind=None,
        reports_to_id=None,
        roles=(),
        stance=Stance.SUPPORTER,
        personality=None,
        influence_level=None,
        closeness=None,
        trust=4,
        could_be_coach=False,
        last_met=MET,
        birthday=None,
        age=None,
        interests="",
        family="",
    )
    return replace(base, **kw)


def healthy() -> list[Person]:
    """Every layer covered, a trusted coach, decision makers on our side and met lately."""
    return [
        person(1, "GM", Layer.DECISION, roles=(Role.KEY_DECISION_MAKER,)),
        person(2, "CIO", Layer.MANAGEMENT, roles=(Role.TECHNICAL_GATEKEEPER,)),
        person(3, "Engineer", Layer.OPERATIONAL, roles=(Role.COACH,), stance=Stance.COACH),
        person(4, "Institute", Layer.EXTERNAL, roles=(Role.INFLUENCER,)),
    ]


def flags(people: list[Person], stale_days: int = 60):
    return analyse(OrgChart(1, "Client", tuple(people), ()), TODAY, stale_days)


def kinds(people: list[Person], stale_days: int = 60) -> list[tuple[FlagKind, int | None]]:
    return [(f.kind, f.person_id) for f in flags(people, stale_days)]


def test_a_well_covered_account_has_no_flags() -> None:
    assert flags(healthy()) == []


def test_no_coach_is_flagged_and_names_who_could_become_one() -> None:
    people = healthy()
    people[2] = replace(people[2], roles=(Role.USER,), stance=Stance.SUPPORTER)
    assert kinds(people) == [(FlagKind.NO_COACH, None)]
    people[1] = replace(people[1], could_be_coach=True)
    (flag,) = flags(people)
    assert flag.severity is Severity.HIGH
    assert "CIO could become one" in flag.message.render()
    # The coach stance alone is enough to count as a coach.
    people[2] = replace(people[2], stance=Stance.COACH)
    assert kinds(people) == []


def test_a_key_decision_maker_not_on_our_side_is_flagged_once() -> None:
    for stance, severity in (
        (Stance.NEUTRAL, Severity.MEDIUM),
        (Stance.OPPONENT, Severity.HIGH),
        (Stance.BLOCKER, Severity.HIGH),
    ):
        people = healthy()
        people[0] = replace(people[0], stance=stance)
        (flag,) = flags(people)
        assert (flag.kind, flag.person_id, flag.severity) == (
            FlagKind.DECISION_MAKER_AGAINST,
            1,
            severity,
        )
        assert flag.message.render().startswith("GM, a key decision maker")


def test_a_gatekeeper_against_us_is_flagged_once_because_they_can_reject_us() -> None:
    for stance, opening in (
        (Stance.OPPONENT, "CIO (Technical gatekeeper) is opposed to us"),
        (Stance.BLOCKER, "CIO (Technical gatekeeper) is a blocker, firmly for a competitor"),
    ):
        people = healthy()
        people[1] = replace(people[1], stance=stance)
        (flag,) = flags(people)
        assert (flag.kind, flag.person_id, flag.severity) == (
            FlagKind.GATEKEEPER_AGAINST,
            2,
            Severity.HIGH,
        )
        assert flag.message.render().startswith(opening)
        assert "can reject our offer" in flag.message.render()
    people = healthy()
    people.append(person(5, "CFO", roles=(Role.BUSINESS_GATEKEEPER,), stance=Stance.OPPONENT))
    people[1] = replace(people[1], stance=Stance.NEUTRAL)  # neutral: no flag of its own
    assert kinds(people) == [(FlagKind.GATEKEEPER_AGAINST, 5)]


def test_a_blocker_anywhere_is_flagged() -> None:
    people = [*healthy(), person(5, "Buyer", Layer.OPERATIONAL, stance=Stance.BLOCKER)]
    (flag,) = flags(people)
    assert (flag.kind, flag.person_id) == (FlagKind.BLOCKER, 5)
    assert flag.message.render() == (
        "Buyer is a blocker, firmly for a competitor: expect them to work against us."
    )


def test_each_layer_without_anyone_is_flagged() -> None:
    people = [p for p in healthy() if p.layer not in (Layer.MANAGEMENT, Layer.EXTERNAL)]
    found = flags(people)
    assert [(f.kind, f.layer) for f in found] == [
        (FlagKind.EMPTY_LAYER, Layer.MANAGEMENT),
        (FlagKind.EMPTY_LAYER, Layer.EXTERNAL),
    ]
    assert all(f.person_id is None for f in found)
    assert flags([])[0].kind is FlagKind.NO_COACH
    assert [f.layer for f in flags([]) if f.kind is FlagKind.EMPTY_LAYER] == [
        Layer.DECISION,  # the most serious first
        Layer.MANAGEMENT,
        Layer.OPERATIONAL,
        Layer.EXTERNAL,
    ]


def test_decision_makers_and_gatekeepers_not_met_for_more_than_n_days() -> None:
    people = healthy()
    people[0] = replace(people[0], last_met=TODAY - timedelta(days=60))  # exactly N: fine
    people[1] = replace(people[1], last_met=TODAY - timedelta(days=61))
    people.append(person(5, "User", Layer.OPERATIONAL, last_met=None))  # not watched
    people.append(person(6, "Head of IT", roles=(Role.BUSINESS_GATEKEEPER,), last_met=None))
    found = flags(people)
    assert [(f.kind, f.person_id) for f in found] == [
        (FlagKind.NOT_MET, 2),
        (FlagKind.NOT_MET, 6),
    ]
    assert found[0].message.render() == (
        "CIO (Technical gatekeeper) was last met 61 days ago, more than the 60 days allowed."
    )
    assert found[1].message.render() == (
        "Head of IT (Business gatekeeper) has never been met: no interaction is logged."
    )
    assert kinds(people, stale_days=90) == [(FlagKind.NOT_MET, 6)]


def test_a_coach_with_trust_below_three_or_unrated() -> None:
    people = healthy()
    people[2] = replace(people[2], trust=3)
    assert kinds(people) == []
    people[2] = replace(people[2], trust=2)
    (flag,) = flags(people)
    assert (flag.kind, flag.person_id) == (FlagKind.COACH_LOW_TRUST, 3)
    assert "only 2 out of 5" in flag.message.render()
    people[2] = replace(people[2], trust=None)
    assert "not been rated" in flags(people)[0].message.render()


def test_unknown_stance_is_flagged_last() -> None:
    people = [*healthy(), person(5, "Newcomer", stance=None)]
    people[0] = replace(people[0], stance=Stance.OPPONENT)
    assert kinds(people) == [
        (FlagKind.DECISION_MAKER_AGAINST, 1),
        (FlagKind.UNKNOWN_STANCE, 5),
    ]


def test_the_demo_metro_account_has_no_coach_and_a_blocker_not_met_for_75_days(demo_db) -> None:
    from desktop.models import Account
    from desktop.services.orgchart.chart import OrgChartReader

    with demo_db.read() as s:
        metro = s.query(Account).filter(Account.name.like("%Rail%")).one().id
    chart = OrgChartReader(demo_db).load(metro)
    found = analyse(chart, TODAY, 60)
    assert found[0].kind is FlagKind.NO_COACH
    bai = next(p for p in chart.people if p.stance is Stance.BLOCKER)
    assert (FlagKind.DECISION_MAKER_AGAINST, bai.id) in [(f.kind, f.person_id) for f in found]
    stale = next(f for f in found if f.kind is FlagKind.NOT_MET and f.person_id == bai.id)
    assert "75 days ago" in stale.message.render()
