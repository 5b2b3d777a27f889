"""Which people a large chart shows: folded teams, focus, filters (docs/org-chart.md)."""

from __future__ import annotations

from desktop.models.enums import Layer, Role, Stance
from desktop.services.orgchart.chart import Influence, OrgChart, Person
from desktop.services.orgchart.visibility import (
    ChartFilter,
    Focus,
    is_key,
    neighbourhood,
    shown_people,
)


def person(id_: int, boss: int | None, **kw) -> Person:
    values = dict(
        id=id_,
        name=f"P{id_}",
        title="",
        department="",
        organisation="",
        layer=Layer.MANAGEMENT,
        external_kind=None,
        reports_to_id=boss,
        roles=(),
        stance=None,
        personality=None,
        influence_level=None,
        closeness=None,
        trust=None,
        could_be_coach=False,
        last_met=None,
        birthday=None,
        age=None,
        interests="",
        family="",
    )
    values.update(kw)
    return Person(**values)


# 1 ─ 2 ─ 4 ─ 6
#   └ 3 ─ 5        and an influence line 6 → 3; 7 reports to someone of another account
CHART = OrgChart(
    1,
    "Grid",
    (
        person(1, None, roles=(Role.KEY_DECISION_MAKER,), layer=Layer.DECISION),
        person(2, 1, stance=Stance.SUPPORTER),
        person(3, 1, influence_level=4),
        person(4, 2, stance=Stance.SUPPORTER, layer=Layer.OPERATIONAL),
        person(5, 3, roles=(Role.TECHNICAL_GATEKEEPER,)),
        person(6, 4, stance=Stance.COACH, layer=Layer.OPERATIONAL),
        person(7, 99),
    ),
    (Influence(1, 6, 3, 2, ""),),
)


def test_a_folded_team_is_hidden_and_counted_also_inside_another_folded_one() -> None:
    shown = shown_people(CHART, collapsed={2})
    assert shown.people == {1, 2, 3, 5, 7}  # the folded person stays, with a count
    assert shown.hidden_reports == {2: 2}
    both = shown_people(CHART, collapsed={1, 4})
    assert both.people == {1, 7} and both.hidden_reports == {1: 5}
    assert shown_people(CHART, collapsed={5, 99}).hidden_reports == {}  # no team, unknown


def test_the_neighbourhood_follows_reporting_and_influence_lines_both_ways() -> None:
    assert neighbourhood(CHART, 6, 1) == {6, 4, 3}
    assert neighbourhood(CHART, 6, 2) == {6, 4, 3, 2, 1, 5}
    assert neighbourhood(CHART, 42, 2) == set()
    assert shown_people(CHART, focus=Focus(6, 1)).people == {6, 4, 3}


def test_filters_combine_and_hidden_managers_pass_their_place_up() -> None:
    supporters = ChartFilter(stances=frozenset({Stance.SUPPORTER, Stance.COACH}))
    shown = shown_people(CHART, chart_filter=supporters)
    assert shown.people == {2, 4, 6}
    assert shown.managers == {4: 2, 6: 4}
    only_operational = ChartFilter(
        stances=frozenset({Stance.SUPPORTER, Stance.COACH}),
        layers=frozenset({Layer.OPERATIONAL}),
    )
    shown = shown_people(CHART, chart_filter=only_operational)
    assert shown.people == {4, 6} and shown.managers == {6: 4}
    assert shown_people(CHART, chart_filter=ChartFilter(group=frozenset({1, 5}))).managers == {5: 1}
    assert shown_people(CHART, chart_filter=ChartFilter(owned=frozenset())).people == set()
    assert not ChartFilter().active and ChartFilter(key_only=True).active


def test_key_people_are_deciders_gatekeepers_coaches_and_the_very_influential() -> None:
    assert {p.id for p in CHART.people if is_key(p)} == {1, 3, 5, 6}
    assert shown_people(CHART, chart_filter=ChartFilter(key_only=True)).people == {1, 3, 5, 6}
    assert shown_people(CHART, chart_filter=ChartFilter(roles=frozenset({Role.COACH}))).people == (
        frozenset()
    )
