"""Large accounts: the layout wraps to the window's shape (docs/org-chart.md#large-accounts)."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.models.enums import ExternalKind, Layer
from desktop.services.orgchart.layout import (
    BAND_ORDER,
    Layout,
    LayoutNode,
    layout_chart,
    overlapping_pairs,
)
from desktop.services.orgchart.wrapping import layout_to_shape

from .test_layout import big_trees

D, M, OP, X = Layer.DECISION, Layer.MANAGEMENT, Layer.OPERATIONAL, Layer.EXTERNAL
MAX_ROW = 30  # cards side by side in one row
MAX_COLUMN = 5  # cards one under the other in a column of reports


def power_company(seed: int = 7) -> list[LayoutNode]:
    """300 people shaped like the benchmark's account: a general manager, 11 deputies,
    72 managers, 186 staff under them, and 30 outside influencers under two of them."""
    rng = random.Random(seed)
    nodes = [LayoutNode(1, None, D)]
    deputies = list(range(2, 13))
    nodes += [LayoutNode(n, 1, D) for n in deputies]
    managers = list(range(13, 85))
    nodes += [LayoutNode(n, rng.choice(deputies), M) for n in managers]
    nodes += [LayoutNode(n, rng.choice(managers), OP) for n in range(85, 271)]
    nodes += [LayoutNode(n, None, X, ExternalKind.SUPERIOR_UNIT) for n in (271, 272)]
    nodes += [
        LayoutNode(n, rng.choice((271, 272)), X, ExternalKind.DESIGN_INSTITUTE)
        for n in range(273, 301)
    ]
    return nodes


def widest_row(layout: Layout) -> int:
    rows: dict[float, int] = {}
    for rect in layout.cards.values():
        rows[rect.y] = rows.get(rect.y, 0) + 1
    return max(rows.values())


def tallest_column(layout: Layout) -> int:
    columns: dict[float, int] = {}
    for rect in layout.cards.values():
        columns[rect.x] = columns.get(rect.x, 0) + 1
    # Cards at one x in different sections are not one column: count within a band.
    stacks: dict[tuple[float, float], int] = {}
    for rect in layout.cards.values():
        band = next(b for b in layout.bands if b.top <= rect.y < b.bottom)
        stacks[(rect.x, band.top)] = stacks.get((rect.x, band.top), 0) + 1
    return max(stacks.values())


def assert_lines_clear(layout: Layout) -> None:
    for boss, pieces in layout.lines.items():
        family = {boss} | {p for p, b in layout.managers.items() if b == boss}
        for piece in pieces:
            for other, rect in layout.cards.items():
                if other not in family:
                    assert not piece.crosses(rect), f"line of {boss} crosses card {other}"


@pytest.mark.parametrize("aspect", [1.0, 1.6, 2.2])
def test_a_300_person_account_takes_the_shape_of_the_window(aspect: float) -> None:
    nodes = power_company()
    layout = layout_to_shape(nodes, aspect)
    assert set(layout.cards) == {n.id for n in nodes}
    shape = layout.width / layout.height
    assert aspect / 1.6 <= shape <= aspect * 1.6
    assert widest_row(layout) <= MAX_ROW
    assert tallest_column(layout) <= MAX_COLUMN
    assert overlapping_pairs(layout.cards.values()) == []
    assert_lines_clear(layout)
    for person, boss in layout.managers.items():
        assert layout.cards[boss].bottom < layout.cards[person].y, "reports hang below"


def test_without_the_window_shape_the_chart_is_one_wide_strip() -> None:
    """What "fit to window" used to get: the management layer as one very wide row."""
    layout = layout_chart(power_company())
    assert layout.width / layout.height > 5
    assert [band.layer for band in layout.bands] == list(BAND_ORDER)


def test_each_row_of_teams_repeats_the_bands_in_order() -> None:
    layout = layout_to_shape(power_company(), 1.6)
    layers = [band.layer for band in layout.bands]
    assert layers[:2] == [X, D]  # the outside influencers and the general manager on top
    assert layers.count(D) >= 3 and layers.count(OP) >= 2  # rows of teams, bands repeated
    for person in (2, 13, 85):  # a deputy, a manager, a member of staff sit in their layer
        rect = layout.cards[person]
        band = next(b for b in layout.bands if b.top <= rect.y and rect.bottom <= b.bottom)
        assert band.layer is next(n.layer for n in power_company() if n.id == person)


def test_outside_influencers_are_laid_out_in_rows_not_one_column() -> None:
    nodes = [LayoutNode(1, None, X, ExternalKind.DESIGN_INSTITUTE)]
    nodes += [LayoutNode(n, 1, X, ExternalKind.DESIGN_INSTITUTE) for n in range(2, 22)]
    layout = layout_to_shape(nodes, 1.6)
    assert tallest_column(layout) <= MAX_COLUMN
    columns = {layout.cards[n].x for n in range(2, 22)}
    assert len(columns) == 4  # 20 people in four columns of five


def test_a_small_chart_is_not_wrapped() -> None:
    nodes = [LayoutNode(1, None, D), LayoutNode(2, 1, M), LayoutNode(3, 1, M)]
    assert layout_to_shape(nodes, 1.6) == layout_chart(nodes)


def test_a_flat_crowd_without_managers_wraps_into_rows() -> None:
    nodes = [LayoutNode(n, None, M) for n in range(1, 61)]
    layout = layout_to_shape(nodes, 1.6)
    assert widest_row(layout) < 20
    assert overlapping_pairs(layout.cards.values()) == []
    assert 1.6 / 1.6 <= layout.width / layout.height <= 1.6 * 1.6


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(big_trees(), st.sampled_from([0.8, 1.6, 2.4]))
def test_wrapped_organisations_are_laid_out_soundly(nodes: list[LayoutNode], aspect) -> None:
    layout = layout_to_shape(nodes, aspect)
    assert set(layout.cards) == {n.id for n in nodes}
    assert overlapping_pairs(layout.cards.values()) == []
    assert_lines_clear(layout)
    for person, boss in layout.managers.items():
        assert layout.cards[boss].bottom < layout.cards[person].y
    assert all(r.x >= 0 and r.right <= layout.width for r in layout.cards.values())
    assert all(r.y >= 0 and r.bottom <= layout.height for r in layout.cards.values())


def test_a_chart_of_a_few_cards_is_not_wrapped_even_in_a_tall_window() -> None:
    nodes = [LayoutNode(n, None, M) for n in range(1, 9)]  # eight managers side by side
    layout = layout_to_shape(nodes, 0.5)
    assert layout == layout_chart(nodes)
    assert len({rect.y for rect in layout.cards.values()}) == 1
