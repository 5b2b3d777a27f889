"""A large chart wrapped to the window's shape: rows of sections under the rest, each with
its own bands (docs/org-chart.md#large-accounts). Qt-free, like :mod:`.layout`."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace

from .layout import (
    _BAND_INDEX,
    MIN_WIDTH,
    Band,
    Layout,
    LayoutNode,
    Rect,
    Segment,
    Spacing,
    _layout_tree,
    _managers,
    _topological,
    layout_chart,
)

TOO_WIDE = 1.5  # wrap when the chart is this many times wider than the window's shape
WRAP_FROM = 2400.0  # and wider than this (about nine cards): a smaller chart fits as it is


def layout_to_shape(
    nodes: Sequence[LayoutNode],
    aspect: float | None,
    spacing: Spacing | None = None,
    *,
    empty_bands: bool = True,
) -> Layout:
    """The chart laid out for a window of ``aspect`` (width / height; None: in one piece). A
    chart far wider than that is wrapped: the team of its widest manager (the hub) moves into
    rows of sections under the rest, each section with its own bands, joined to the hub by a
    line down the left edge. ``empty_bands`` as for :func:`layout_chart`."""
    spacing = spacing or Spacing()
    natural = layout_chart(nodes, spacing, empty_bands=empty_bands)
    if (
        aspect is None
        or natural.width <= WRAP_FROM
        or natural.width <= aspect * natural.height * TOO_WIDE
    ):
        return natural
    by_id = {node.id: node for node in nodes}
    manager, _ = _managers(nodes)
    children: dict[int, list[int]] = {}
    for node in nodes:
        if node.id in manager:
            children.setdefault(manager[node.id], []).append(node.id)
    hub, teams = _hub(nodes, manager, children)
    if len(teams) < 2:
        return natural
    in_teams = {person for team in teams for person in team}
    detached = [
        replace(by_id[person], manager_id=None) if person == team[0] else by_id[person]
        for team in teams
        for person in team
    ]
    at = {node.id: node for node in detached}
    # Each team's size as the unwrapped chart has it, margins all round.
    sizes = []
    for team in teams:
        rects = [natural.cards[p] for p in team]
        left, right = min(r.x for r in rects), max(r.right for r in rects)
        top, bottom = min(r.y for r in rects), max(r.bottom for r in rects)
        sizes.append((right - left + 2 * spacing.margin, bottom - top + 2 * spacing.margin))
    head_nodes = [node for node in nodes if node.id not in in_teams]
    hub_band = _BAND_INDEX[by_id[hub].layer] if hub is not None else -1
    head = (
        _layout_tree(
            head_nodes,
            spacing,
            range(hub_band + 1) if empty_bands else (),
            stems=frozenset({hub}),
        )
        if hub is not None
        else None
    )
    shelves = _shelves(
        sizes,
        aspect,
        (head.width, head.height) if head is not None else (0.0, 0.0),
        spacing,
    )
    heads = frozenset(team[0] for team in teams)
    sections = [] if head is None else [head]
    for shelf in shelves:
        members = [at[p] for number in shelf for p in teams[number]]
        sections.append(_layout_tree(members, spacing, (), drops=heads))
    return _stack(sections, hub, heads, natural.ignored_manager, spacing)


def _hub(
    nodes: Sequence[LayoutNode], manager: dict[int, int], children: dict[int, list[int]]
) -> tuple[int | None, list[list[int]]]:
    """Where to wrap: going down from the biggest tree into the biggest team while one team
    holds most of the people, the first manager whose team is spread out; its reports'
    subtrees (each a list, the report first). With no such manager: the trees themselves."""
    size: dict[int, int] = {}
    for node in reversed(_topological(nodes, manager, children)):
        size[node] = 1 + sum(size[kid] for kid in children.get(node, []))
    kids = [node.id for node in nodes if node.id not in manager]
    hub: int | None = None
    while kids:
        biggest = max(kids, key=size.__getitem__)
        if size[biggest] * 5 < sum(size[k] for k in kids) * 3 or biggest not in children:
            break
        hub, kids = biggest, children[biggest]

    def subtree(person: int) -> list[int]:
        found, stack = [], [person]
        while stack:
            current = stack.pop()
            found.append(current)
            stack.extend(reversed(children.get(current, [])))
        return found

    return hub, [subtree(kid) for kid in kids]


def _shelves(
    sizes: list[tuple[float, float]],
    aspect: float,
    head: tuple[float, float],
    spacing: Spacing,
) -> list[list[int]]:
    """The teams (by number, in order) in rows: the row count whose chart comes closest to
    the window's shape. Sizes are of each team laid out alone (margins all round)."""
    margins = 2 * spacing.margin
    widths = [w - margins + spacing.card_gap for w, _ in sizes]
    heights = [h - margins + spacing.section_gap for _, h in sizes]
    best: tuple[float, list[list[int]]] | None = None
    for count in range(1, len(sizes) + 1):
        target = sum(widths) / count
        shelves: list[list[int]] = [[]]
        used = 0.0
        for number, w in enumerate(widths):
            if shelves[-1] and used + w > target * 1.05:
                shelves.append([])
                used = 0.0
            shelves[-1].append(number)
            used += w
        wide = max([head[0]] + [sum(widths[n] for n in shelf) + margins for shelf in shelves])
        tall = head[1] + sum(max(heights[n] for n in shelf) for shelf in shelves)
        miss = abs(math.log(wide / max(tall, 1.0) / aspect))
        if best is None or miss < best[0]:
            best = (miss, shelves)
    assert best is not None
    return best[1]


def _stack(
    sections: list[Layout],
    hub: int | None,
    heads: frozenset[int],
    ignored: frozenset[int],
    spacing: Spacing,
) -> Layout:
    """Sections one under the other, centred; the hub's line runs down its stem, then along
    the left edge, with a bus over each row of its reports."""
    width = max(max(s.width for s in sections), MIN_WIDTH)
    cards: dict[int, Rect] = {}
    bands: list[Band] = []
    lines: dict[int, tuple[Segment, ...]] = {}
    managers: dict[int, int] = {}
    displaced: set[int] = set()
    rows: dict[int, int] = {}
    buses: list[tuple[float, list[int]]] = []  # per section after the first: y, its heads
    dy = 0.0
    first_row = 0
    for number, section in enumerate(sections):
        dx = (width - section.width) / 2
        if number:
            gap_top = bands[-1].bottom
            dy = gap_top + spacing.section_gap - section.bands[0].top
            buses.append(
                (gap_top + spacing.section_gap / 2, [p for p in section.cards if p in heads])
            )
        cards.update(
            {p: Rect(r.x + dx, r.y + dy, r.width, r.height) for p, r in section.cards.items()}
        )
        bands += [Band(b.layer, b.top + dy, b.bottom + dy, b.empty) for b in section.bands]
        for boss, pieces in section.lines.items():
            lines[boss] = tuple(Segment(p.x1 + dx, p.y1 + dy, p.x2 + dx, p.y2 + dy) for p in pieces)
        managers.update(section.managers)
        displaced |= section.displaced
        rows.update({p: r + first_row for p, r in section.rows.items()})
        first_row += max(section.rows.values(), default=-1) + 1
    height = bands[-1].bottom + spacing.margin
    if hub is not None:
        managers.update({head: hub for head in heads})
        lines[hub] = _hub_lines(cards, hub, buses, spacing.gutter)
    return Layout(
        cards=cards,
        bands=tuple(bands),
        lines=lines,
        managers=managers,
        displaced=frozenset(displaced),
        ignored_manager=ignored,
        width=width,
        height=height,
        rows=rows,
    )


def _hub_lines(
    cards: dict[int, Rect], hub: int, buses: list[tuple[float, list[int]]], gutter: float
) -> tuple[Segment, ...]:
    top = cards[hub]
    x = top.centre_x
    first = buses[0][0]
    pieces = [Segment(x, top.bottom, x, first)]
    if len(buses) > 1:
        pieces.append(Segment(gutter, first, gutter, buses[-1][0]))
    for number, (y, heads) in enumerate(buses):
        anchors = [cards[p].centre_x for p in heads]
        ends = anchors + ([x] if number == 0 else []) + ([gutter] if len(buses) > 1 else [])
        pieces.append(Segment(min(ends), y, max(ends), y))
        pieces += [Segment(a, y, a, cards[p].y) for a, p in zip(anchors, heads, strict=True)]
    return tuple(pieces)
