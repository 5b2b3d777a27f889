"""The org chart layout: hand-made cases, then properties over random organisations."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.models.enums import ExternalKind, Layer
from desktop.services.orgchart.layout import (
    BAND_ORDER,
    Layout,
    LayoutNode,
    Rect,
    Segment,
    layout_chart,
    overlapping_pairs,
)

D, M, OP, X = Layer.DECISION, Layer.MANAGEMENT, Layer.OPERATIONAL, Layer.EXTERNAL


def node(id_: int, boss: int | None, layer: Layer, **kw) -> LayoutNode:
    return LayoutNode(id_, boss, layer, **kw)


def band_of(layout: Layout, rect: Rect) -> Layer:
    return next(b.layer for b in layout.bands if b.top <= rect.y and rect.bottom <= b.bottom)


# -- hand-made organisations -------------------------------------------------------------------
def test_a_small_company_hangs_from_its_general_manager() -> None:
    nodes = [
        node(1, None, D),
        node(2, 1, D),
        node(3, 1, M),
        node(4, 2, M),
        node(5, 3, OP),
        node(6, 3, OP),
    ]
    layout = layout_chart(nodes)
    cards = layout.cards
    assert cards[1].bottom < cards[2].y  # the deputy is a row under the GM, same band
    assert band_of(layout, cards[2]) is D
    assert cards[3].y == cards[4].y  # both managers start the management band
    assert band_of(layout, cards[3]) is M
    assert band_of(layout, cards[5]) is OP and band_of(layout, cards[6]) is OP
    # The GM is centred over his two reports.
    assert cards[1].centre_x == (cards[2].centre_x + cards[3].centre_x) / 2
    # 5 and 6 have no reports: they hang in a column right of their manager's centre.
    assert cards[5].x == cards[6].x > cards[3].centre_x
    assert cards[5].bottom < cards[6].y
    stem, spine, *ticks = layout.lines[3]
    assert stem.x1 == stem.x2 == spine.x1 == spine.x2 == cards[3].centre_x
    assert spine.y2 == cards[6].y + cards[6].height / 2
    assert [(t.y1, t.x2) for t in ticks] == [
        (cards[5].y + cards[5].height / 2, cards[5].x),
        (cards[6].y + cards[6].height / 2, cards[6].x),
    ]
    assert_sound(nodes, layout)
    assert layout.displaced == frozenset() and layout.ignored_manager == frozenset()
    assert [b.layer for b in layout.bands] == list(BAND_ORDER)
    assert layout.bands[0].empty  # nobody outside yet: the band is there, and empty


def test_a_decision_maker_reporting_to_a_manager_is_drawn_under_that_manager() -> None:
    nodes = [node(1, None, M), node(2, 1, D), node(3, None, D)]
    layout = layout_chart(nodes)
    assert layout.cards[2].y > layout.cards[1].bottom
    assert band_of(layout, layout.cards[2]) is M
    assert layout.displaced == frozenset({2})
    assert band_of(layout, layout.cards[3]) is D


def test_loops_and_unknown_managers_are_ignored_without_hanging() -> None:
    nodes = [
        node(1, 3, D),
        node(2, 1, D),
        node(3, 2, D),  # 1 -> 3 -> 2 -> 1
        node(4, 4, M),  # reports to himself
        node(5, 99, M),  # to someone of another account
        node(6, 2, M),
    ]
    layout = layout_chart(nodes)
    assert layout.ignored_manager == frozenset({1, 4, 5})
    assert layout.managers == {2: 1, 3: 2, 6: 2}
    assert layout.cards[1].bottom < layout.cards[2].y < layout.cards[3].y


def test_outside_influencers_sit_in_their_own_band_grouped_by_kind() -> None:
    nodes = [
        node(1, None, D),
        node(2, None, X, external_kind=ExternalKind.DESIGN_INSTITUTE),
        node(3, None, X, external_kind=ExternalKind.SUPERIOR_UNIT),
        node(4, 1, M),
    ]
    layout = layout_chart(nodes)
    assert band_of(layout, layout.cards[2]) is X and band_of(layout, layout.cards[3]) is X
    assert layout.cards[3].x < layout.cards[2].x  # superior unit first
    assert layout.cards[2].bottom < layout.cards[1].y
    # The outside band is centred over the client's tree, not pushed aside.
    outside = (layout.cards[3].x + layout.cards[2].right) / 2
    assert abs(outside - layout.cards[1].centre_x) < 1


def test_reports_without_teams_form_a_column_beside_the_others() -> None:
    # The GM has a deputy with a team, and three managers without one.
    nodes = [node(1, None, D), node(2, 1, M), node(3, 2, OP), node(4, 2, OP)]
    nodes += [node(10, 1, M), node(11, 1, M), node(12, 1, M)]
    layout = layout_chart(nodes)
    cards = layout.cards
    assert cards[10].x == cards[11].x == cards[12].x > cards[2].right
    assert cards[2].y == cards[10].y < cards[11].y < cards[12].y
    assert_sound(nodes, layout)
    # Narrower than four cards side by side.
    assert layout.width < 4 * 240 + 2 * 24


def test_a_deep_report_line_passes_beside_the_cards_in_between() -> None:
    # 1 has a management report (2, with a big team) and an operational one (3) whose line
    # runs down through the management row.
    nodes = [node(1, None, D), node(2, 1, M), node(3, 1, OP)]
    nodes += [node(10 + n, 2, OP) for n in range(4)]
    nodes += [node(20 + n, 10 + n, OP) for n in range(4)]  # so that they are not a column
    layout = layout_chart(nodes)
    assert_sound(nodes, layout)
    drop = [s for s in layout.lines[1] if s.x1 == s.x2 and s.x1 == layout.cards[3].centre_x]
    assert drop and drop[-1].y2 == layout.cards[3].y


def test_an_empty_chart_still_has_its_four_bands() -> None:
    layout = layout_chart([])
    assert [b.empty for b in layout.bands] == [True] * 4
    assert layout.cards == {} and layout.width > 0 and layout.height > 0


def test_segment_crossing_ignores_touching_edges() -> None:
    card = Rect(0, 0, 100, 50)
    assert Segment(50, -20, 50, 0).crosses(card) is False  # ends on the top edge
    assert Segment(50, -20, 50, 10).crosses(card) is True
    assert Segment(-10, 25, 110, 25).crosses(card) is True
    assert Segment(100, -10, 100, 60).crosses(card) is False  # along the right edge


# -- properties --------------------------------------------------------------------------------
def assert_sound(nodes: list[LayoutNode], layout: Layout) -> None:
    cards = layout.cards
    assert set(cards) == {n.id for n in nodes}
    assert overlapping_pairs(cards.values()) == []
    by_id = {n.id: n for n in nodes}
    for person, boss in layout.managers.items():
        assert cards[boss].bottom < cards[person].y, "a manager is above each report"
    for boss, pieces in layout.lines.items():
        family = {boss} | {p for p, b in layout.managers.items() if b == boss}
        for piece in pieces:
            for other, rect in cards.items():
                if other not in family:
                    assert not piece.crosses(rect), f"line of {boss} crosses card {other}"
            # The family's own cards are only touched at their edges.
            for member in family:
                assert not piece.crosses(cards[member])
    # Layers in order: people drawn in their own band keep the bands' order.
    placed = [n for n in nodes if n.id not in layout.displaced]
    for a in placed:
        assert band_of(layout, cards[a.id]) is a.layer
        for b in placed:
            if BAND_ORDER.index(a.layer) < BAND_ORDER.index(b.layer):
                assert cards[a.id].bottom < cards[b.id].y
    for person in layout.displaced:
        boss = layout.managers[person]
        assert BAND_ORDER.index(by_id[boss].layer) > BAND_ORDER.index(by_id[person].layer) or (
            boss in layout.displaced
        )
    for band in layout.bands:
        assert band.top < band.bottom
    assert all(r.x >= 0 and r.right <= layout.width for r in cards.values())
    assert all(r.y >= 0 and r.bottom <= layout.height for r in cards.values())


@st.composite
def organisations(draw, max_size: int = 60) -> list[LayoutNode]:
    size = draw(st.integers(min_value=0, max_value=max_size))
    layers = st.sampled_from(list(Layer))
    nodes = []
    for number in range(1, size + 1):
        boss = draw(st.one_of(st.none(), st.integers(min_value=1, max_value=size + 2)))
        layer = draw(layers)
        kind = draw(st.sampled_from(list(ExternalKind))) if layer is X else None
        width = draw(st.sampled_from([180.0, 240.0, 300.0]))
        height = draw(st.sampled_from([60.0, 104.0, 150.0]))
        nodes.append(LayoutNode(number, boss, layer, kind, width, height))
    return nodes


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(organisations())
def test_any_organisation_is_laid_out_soundly(nodes: list[LayoutNode]) -> None:
    assert_sound(nodes, layout_chart(nodes))


@st.composite
def big_trees(draw) -> list[LayoutNode]:
    """300 to 360 people, mostly a real hierarchy (each reports to someone earlier)."""
    size = draw(st.integers(min_value=300, max_value=360))
    seed = draw(st.integers(min_value=0, max_value=2**32 - 1))
    import random

    rng = random.Random(seed)
    nodes = []
    for number in range(1, size + 1):
        layer = rng.choice([D, M, M, OP, OP, OP, X])
        boss = rng.randint(1, number - 1) if number > 1 and rng.random() < 0.9 else None
        nodes.append(LayoutNode(number, boss, layer, ExternalKind.OTHER if layer is X else None))
    return nodes


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(big_trees())
def test_organisations_of_300_and_more_are_laid_out_soundly(nodes: list[LayoutNode]) -> None:
    assert_sound(nodes, layout_chart(nodes))


def test_a_long_chain_in_a_loop_terminates() -> None:
    size = 2000
    nodes = [node(n, n % size + 1, M) for n in range(1, size + 1)]  # one loop of 2000
    layout = layout_chart(nodes)
    assert layout.ignored_manager == frozenset({1})
    assert len(layout.cards) == size
