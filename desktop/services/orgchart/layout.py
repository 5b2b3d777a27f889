"""Where each card of the org chart goes: a pure function, tree in, positions out. Qt-free.

The chart has four horizontal bands, top to bottom: outside influencers (superior unit,
headquarters, design institute: the outer ring of docs/domain.md#roles-and-stances, drawn
above the client as a superior unit is), then the decision, management and operational
layers. Within the bands people hang as trees along their reports-to lines.

Rules, including what happens when the data disagrees with itself:

* A child is always below its parent. A person's row is the first row of their own band, or
  the row under their manager, whichever is lower. So someone recorded in the decision layer who
  reports to a management-layer person is drawn one row under that manager, inside the
  management band; such people are returned in :attr:`Layout.displaced` so that the card can say
  which layer they really belong to.
* A reports-to line that points at no one in the chart (another account, a deleted person) or
  at the person themself is ignored. Stored data may contain a loop (A reports to B, B to A);
  in each loop the reports-to line of the person with the smallest id is ignored. Both are
  returned in :attr:`Layout.ignored_manager`; the layout always terminates.
* Horizontally, each subtree is packed against its left neighbour as closely as its outline
  (per row, including the vertical lines that run through rows on the way to a deeper child)
  allows, and a parent is centred over its children. Hence no two cards overlap and no
  reports-to line crosses a card or another family's line. Trees that share no rows (the outside
  band and the client's own hierarchy, usually) are centred on each other.
* Reports-to lines are orthogonal: a stem down from the manager to a bus just under the
  manager's row, the bus across, and a drop down to the top of each report.
* A manager's reports who have no reports of their own hang in a column when there are two or
  more of them in a band: a spine down with a tick to the left edge of each card, placed after
  the manager's other reports of that band. That keeps wide teams narrow. A column holds at
  most ``Spacing.max_column`` cards; more make several columns side by side.
* Given the window's shape, a chart far wider than it is wrapped into rows of sections
  (:mod:`.wrapping`, docs/org-chart.md#large-accounts).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from desktop.models.enums import ExternalKind, Layer

# Bands from top to bottom.
BAND_ORDER: tuple[Layer, ...] = (
    Layer.EXTERNAL,
    Layer.DECISION,
    Layer.MANAGEMENT,
    Layer.OPERATIONAL,
)
MIN_WIDTH = 640.0  # an empty chart still shows its bands readably
_BAND_INDEX = {layer: number for number, layer in enumerate(BAND_ORDER)}
# Outside influencers are grouped by kind, in this order.
EXTERNAL_ORDER: tuple[ExternalKind | None, ...] = (
    ExternalKind.SUPERIOR_UNIT,
    ExternalKind.HEADQUARTERS,
    ExternalKind.DESIGN_INSTITUTE,
    ExternalKind.OTHER,
    None,
)


@dataclass(frozen=True)
class LayoutNode:
    id: int
    manager_id: int | None
    layer: Layer
    external_kind: ExternalKind | None = None
    width: float = 240.0
    height: float = 104.0


@dataclass(frozen=True)
class Spacing:
    card_gap: float = 28.0  # between cards (and lines) side by side
    row_gap: float = 44.0  # under a row with a manager's bus in it
    stack_gap: float = 16.0  # under other rows (e.g. between the cards of a column)
    stack_indent: float = 18.0  # a column's cards start this far right of the manager's centre
    band_header: float = 34.0  # the band's caption, above its first row
    band_padding: float = 26.0  # under a band's last row (at least row_gap / 2)
    band_gap: float = 12.0  # between two bands
    empty_band: float = 56.0  # the body of a band with nobody in it
    margin: float = 24.0
    line_clearance: float = 4.0  # half-width kept around a vertical line passing a row
    max_column: int = 5  # cards in a column of reports; more make several columns
    section_gap: float = 40.0  # between the sections of a wrapped chart
    gutter: float = 12.0  # x of the line down the left edge to a wrapped team's rows


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    @property
    def centre_x(self) -> float:
        return self.x + self.width / 2

    def overlaps(self, other: Rect) -> bool:
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.bottom
            and other.y < self.bottom
        )


@dataclass(frozen=True)
class Segment:
    """A horizontal or vertical piece of a reports-to line."""

    x1: float
    y1: float
    x2: float
    y2: float

    def crosses(self, rect: Rect) -> bool:
        """True when the segment enters the inside of ``rect`` (touching an edge is fine)."""
        left, right = sorted((self.x1, self.x2))
        top, bottom = sorted((self.y1, self.y2))
        return left < rect.right and right > rect.x and top < rect.bottom and bottom > rect.y


@dataclass(frozen=True)
class Band:
    layer: Layer
    top: float
    bottom: float
    empty: bool


@dataclass(frozen=True)
class Layout:
    cards: dict[int, Rect]
    bands: tuple[Band, ...]
    # For each manager with reports: the pieces of the lines to them.
    lines: dict[int, tuple[Segment, ...]]
    # The reports-to used: person -> manager (ignored lines left out).
    managers: dict[int, int]
    displaced: frozenset[int] = frozenset()
    ignored_manager: frozenset[int] = frozenset()
    width: float = 0.0
    height: float = 0.0
    rows: dict[int, int] = field(default_factory=dict)  # person -> global row number


# -- the tree ----------------------------------------------------------------------------------
def _managers(nodes: Sequence[LayoutNode]) -> tuple[dict[int, int], set[int]]:
    """Usable reports-to lines, and the people whose line was ignored (unknown, self, loop)."""
    known = {node.id for node in nodes}
    manager: dict[int, int] = {}
    ignored: set[int] = set()
    for node in nodes:
        if node.manager_id is None:
            continue
        if node.manager_id in known and node.manager_id != node.id:
            manager[node.id] = node.manager_id
        else:
            ignored.add(node.id)
    # Break loops: follow each chain; a chain that comes back to itself loses one line.
    state: dict[int, int] = {}  # 1: on the current path, 2: done
    for start in sorted(manager):
        path: list[int] = []
        current: int | None = start
        while current is not None and state.get(current) is None:
            state[current] = 1
            path.append(current)
            current = manager.get(current)
        if current is not None and state.get(current) == 1:
            loop = path[path.index(current) :]
            cut = min(loop)
            del manager[cut]
            ignored.add(cut)
        for person in path:
            state[person] = 2
    return manager, ignored


def _topological(
    nodes: Sequence[LayoutNode], manager: dict[int, int], children: dict[int, list[int]]
) -> list[int]:
    """Managers before their reports; siblings in ``children``'s order."""
    order: list[int] = []
    stack = [node.id for node in reversed(nodes) if node.id not in manager]
    while stack:
        person = stack.pop()
        order.append(person)
        stack.extend(reversed(children.get(person, [])))
    return order


def _units(
    kids: list[int],
    children: dict[int, list[int]],
    band_of: dict[int, int],
    max_column: int,
    stems: frozenset[int] = frozenset(),
) -> list[list[int]]:
    """A manager's reports as units placed side by side: one report with their subtree, or
    a column of two or more reports of one band who have no reports themselves (after the
    others of that band); more than ``max_column`` of them make several columns side by side."""
    leaves: dict[int, list[int]] = {}
    for kid in kids:
        if kid not in children and kid not in stems:  # a stem needs its own room
            leaves.setdefault(band_of[kid], []).append(kid)
    columns = [
        group[len(group) * part // count : len(group) * (part + 1) // count]
        for group in leaves.values()
        if len(group) > 1
        for count in [-(-len(group) // max_column)]
        for part in range(count)
    ]
    in_column = {kid for group in columns for kid in group}
    units = [[kid] for kid in kids if kid not in in_column] + columns
    first = {kid: number for number, kid in enumerate(kids)}
    units.sort(key=lambda unit: (band_of[unit[0]], len(unit) > 1, first[unit[0]]))
    return units


# -- the layout --------------------------------------------------------------------------------
def _layout_tree(
    nodes: Sequence[LayoutNode],
    spacing: Spacing,
    keep_empty: Iterable[int] = range(len(BAND_ORDER)),
    stems: frozenset[int] = frozenset(),
    drops: frozenset[int] = frozenset(),
) -> Layout:
    """One section: the bands of ``keep_empty`` are drawn even when nobody is in them; a
    person of ``stems`` keeps a line's room below them down to the last row, a root of
    ``drops`` keeps it above them up to the first row (for the lines to a wrapped team)."""
    keep_empty = set(keep_empty)
    by_id = {node.id: node for node in nodes}
    position = {node.id: number for number, node in enumerate(nodes)}
    manager, ignored = _managers(nodes)
    children: dict[int, list[int]] = {}
    for node in nodes:
        if node.id in manager:
            children.setdefault(manager[node.id], []).append(node.id)

    # Display band: one's own band, or the manager's display band when that is lower.
    band_of: dict[int, int] = {}
    for person in _topological(nodes, manager, children):
        own = _BAND_INDEX[by_id[person].layer]
        boss = manager.get(person)
        band_of[person] = own if boss is None else max(own, band_of[boss])
    for kids in children.values():
        kids.sort(key=lambda p: (band_of[p], position[p]))
    order = _topological(nodes, manager, children)
    units = {
        boss: _units(kids, children, band_of, spacing.max_column, stems)
        for boss, kids in children.items()
    }
    above: dict[int, int] = {}  # a leaf in a column -> the leaf above it
    for family in units.values():
        for unit in family:
            above.update(zip(unit[1:], unit[:-1], strict=True))

    # Rows, band by band: the first row of the band, or under the manager (or the leaf above).
    row: dict[int, int] = {}
    band_rows: list[tuple[int, int]] = []  # (first row, last row) per band; last < first: empty
    next_row = 0
    for band in range(len(BAND_ORDER)):
        first = next_row
        last = first - 1
        for person in order:
            if band_of[person] != band:
                continue
            boss = manager.get(person)
            # Displaced people sit under a manager of this band, so below ``first`` anyway.
            row[person] = first if boss is None else max(first, row[boss] + 1)
            if person in above:
                row[person] = max(row[person], row[above[person]] + 1)
            last = max(last, row[person])
        band_rows.append((first, last))
        next_row = last + 1

    # Vertical geometry: row tops and heights, band extents. A bus needs a wide gap under its
    # manager's row; elsewhere rows sit closer.
    row_height: dict[int, float] = {}
    for person, number in row.items():
        row_height[number] = max(row_height.get(number, 0.0), by_id[person].height)
    bus_rows = {row[boss] for boss, family in units.items() if len(family) > 1}
    row_top: dict[int, float] = {}
    gap_below: dict[int, float] = {}
    bands: list[Band] = []
    y = spacing.margin
    for band, (first, last) in enumerate(band_rows):
        if last < first and band not in keep_empty:
            continue
        top = y
        y += spacing.band_header
        if last < first:
            y += spacing.empty_band
        else:
            for number in range(first, last + 1):
                row_top[number] = y
                y += row_height.get(number, 0.0)
                gap = spacing.row_gap if number in bus_rows else spacing.stack_gap
                gap_below[number] = spacing.band_padding if number == last else gap
                if number < last:
                    y += gap
            y += spacing.band_padding
        bands.append(Band(BAND_ORDER[band], top, y, last < first))
        y += spacing.band_gap
    height = y - spacing.band_gap + spacing.margin

    centre = _horizontal(
        nodes, by_id, manager, children, units, row, band_of, spacing, stems, drops
    )
    left = min((centre[n.id] - n.width / 2 for n in nodes), default=0.0)
    shift = spacing.margin - left
    cards = {
        node.id: Rect(
            centre[node.id] + shift - node.width / 2,
            row_top[row[node.id]],
            node.width,
            node.height,
        )
        for node in nodes
    }
    width = max((rect.right for rect in cards.values()), default=spacing.margin) + spacing.margin
    lines = {
        boss: _family_lines(
            cards,
            boss,
            family,
            row_top[row[boss]] + row_height[row[boss]] + gap_below[row[boss]] / 2,
            spacing.stack_indent,
        )
        for boss, family in units.items()
    }
    displaced = frozenset(p for p in order if band_of[p] != _BAND_INDEX[by_id[p].layer])
    return Layout(
        cards=cards,
        bands=tuple(bands),
        lines=lines,
        managers=dict(manager),
        displaced=displaced,
        ignored_manager=frozenset(ignored),
        width=max(width, MIN_WIDTH),
        height=height,
        rows=row,
    )


class Contour:
    """A subtree's outline: per row, the leftmost and rightmost x it occupies (cards and the
    vertical lines passing through). ``base`` shifts the whole outline in O(1); merging walks
    the smaller outline only, so long chains stay fast."""

    __slots__ = ("base", "spans")

    def __init__(self) -> None:
        self.spans: dict[int, list[float]] = {}
        self.base = 0.0

    def add(self, number: int, left: float, right: float) -> None:
        left, right = left - self.base, right - self.base
        span = self.spans.get(number)
        if span is None:
            self.spans[number] = [left, right]
        else:
            span[0] = min(span[0], left)
            span[1] = max(span[1], right)

    def span(self, number: int) -> tuple[float, float] | None:
        found = self.spans.get(number)
        return None if found is None else (found[0] + self.base, found[1] + self.base)

    def items(self) -> Iterator[tuple[int, float, float]]:
        for number, (left, right) in self.spans.items():
            yield number, left + self.base, right + self.base

    def merged(self, other: Contour, offset: float) -> Contour:
        """The union of this outline and ``other`` moved by ``offset`` (uses up both)."""
        other.base += offset
        small, large = (self, other) if len(self.spans) < len(other.spans) else (other, self)
        for number, left, right in small.items():
            large.add(number, left, right)
        return large

    def extent(self) -> tuple[float, float]:
        return (
            min(left for left, _ in self.spans.values()) + self.base,
            max(right for _, right in self.spans.values()) + self.base,
        )


def _clearance(placed: Contour, outline: Contour, gap: float) -> float | None:
    """The smallest offset that puts ``outline`` right of ``placed`` in every shared row."""
    needed = None
    small, large = (
        (placed, outline) if len(placed.spans) < len(outline.spans) else (outline, placed)
    )
    for number in small.spans:
        if number in large.spans:
            # a number in both ``spans`` has a span in both outlines
            offset = placed.span(number)[1] + gap - outline.span(number)[0]  # type: ignore[index]
            needed = offset if needed is None else max(needed, offset)
    return needed


def _collides(placed: Contour, outline: Contour, shift: float, gap: float) -> bool:
    for number, left, right in outline.items():
        other = placed.span(number)
        if other is not None and left + shift < other[1] + gap and other[0] < right + shift + gap:
            return True
    return False


def _pack(outlines: list[Contour], gap: float) -> tuple[Contour, list[float]]:
    """Place outlines left to right, each as far left as the ones before allow."""
    packed = outlines[0]
    offsets = [0.0]
    for outline in outlines[1:]:
        offset = _clearance(packed, outline, gap)
        offset = offsets[-1] + gap if offset is None else offset
        offsets.append(offset)
        packed = packed.merged(outline, offset)
    return packed, offsets


def _horizontal(
    nodes: Sequence[LayoutNode],
    by_id: dict[int, LayoutNode],
    manager: dict[int, int],
    children: dict[int, list[int]],
    units: dict[int, list[list[int]]],
    row: dict[int, int],
    band_of: dict[int, int],
    spacing: Spacing,
    stems: frozenset[int] = frozenset(),
    drops: frozenset[int] = frozenset(),
) -> dict[int, float]:
    """Centre x of every card (absolute, before the final shift to the margin)."""
    position = {node.id: number for number, node in enumerate(nodes)}
    relative: dict[int, float] = {}  # centre relative to the manager's centre
    contour: dict[int, Contour] = {}
    roots = [node.id for node in nodes if node.id not in manager]
    half = spacing.line_clearance
    first_row, last_row = min(row.values(), default=0), max(row.values(), default=0)
    # Post-order without recursion (chains may be long).
    stack: list[tuple[int, bool]] = [(root, False) for root in reversed(roots)]
    while stack:
        person, expanded = stack.pop()
        kids = children.get(person, [])
        if not expanded and kids:
            stack.append((person, True))
            stack.extend((kid, False) for kid in reversed(kids))
            continue
        width = by_id[person].width
        if kids:
            outlines = []
            for unit in units[person]:
                if len(unit) == 1:  # a report and their team; the line runs down to them
                    outline = contour.pop(unit[0])
                    for number in range(row[person] + 1, row[unit[0]]):
                        outline.add(number, -half, half)
                else:  # a column: a spine, the cards right of it
                    outline = Contour()
                    for number in range(row[person] + 1, row[unit[-1]] + 1):
                        outline.add(number, -half, half)
                    for leaf in unit:
                        contour.pop(leaf)
                        outline.add(row[leaf], -half, spacing.stack_indent + by_id[leaf].width)
                outlines.append(outline)
            own, offsets = _pack(outlines, spacing.card_gap)
            middle = (offsets[0] + offsets[-1]) / 2
            for unit, offset in zip(units[person], offsets, strict=True):
                if len(unit) == 1:
                    relative[unit[0]] = offset - middle
                else:
                    for leaf in unit:
                        indent = spacing.stack_indent + by_id[leaf].width / 2
                        relative[leaf] = offset - middle + indent
            own.base -= middle
        else:
            own = Contour()
        own.add(row[person], -width / 2, width / 2)
        if person in stems:
            for number in range(row[person] + 1, last_row + 1):
                own.add(number, -half, half)
        if person in drops:
            for number in range(first_row, row[person]):
                own.add(number, -half, half)
        contour[person] = own

    # Roots: packed within their band's group, then the groups centred on each other.
    def root_key(person: int) -> tuple[int, int, int]:
        kind = by_id[person].external_kind if by_id[person].layer is Layer.EXTERNAL else None
        return (band_of[person], EXTERNAL_ORDER.index(kind), position[person])

    roots.sort(key=root_key)
    centre: dict[int, float] = {}
    placed = Contour()
    for band in range(len(BAND_ORDER)):
        group = [root for root in roots if band_of[root] == band]
        if not group:
            continue
        outline, offsets = _pack([contour[root] for root in group], spacing.card_gap)
        left, right = outline.extent()
        shift = -(left + right) / 2
        if _collides(placed, outline, shift, spacing.card_gap):
            needed = _clearance(placed, outline, spacing.card_gap)
            shift = shift if needed is None else needed
        placed = placed.merged(outline, shift)
        for root, offset in zip(group, offsets, strict=True):
            centre[root] = offset + shift

    for person in _topological(nodes, manager, children):
        boss = manager.get(person)
        if boss is not None:
            centre[person] = centre[boss] + relative[person]
    return centre


def _family_lines(
    cards: dict[int, Rect], boss: int, units: list[list[int]], bus: float, indent: float
) -> tuple[Segment, ...]:
    """A stem down from the manager to a bus in the gap under the manager's row, the bus
    across, then a drop to the top of each report, or a spine down a column with a tick to
    the left edge of each card."""
    top = cards[boss]
    x = top.centre_x
    anchors = [
        cards[unit[0]].centre_x if len(unit) == 1 else cards[unit[0]].x - indent for unit in units
    ]
    pieces = [Segment(x, top.bottom, x, bus)]
    left, right = min([*anchors, x]), max([*anchors, x])
    if right > left:
        pieces.append(Segment(left, bus, right, bus))
    for unit, anchor in zip(units, anchors, strict=True):
        if len(unit) == 1:
            pieces.append(Segment(anchor, bus, anchor, cards[unit[0]].y))
            continue
        middles = [cards[leaf].y + cards[leaf].height / 2 for leaf in unit]
        pieces.append(Segment(anchor, bus, anchor, middles[-1]))
        pieces += [
            Segment(anchor, middle, cards[leaf].x, middle)
            for leaf, middle in zip(unit, middles, strict=True)
        ]
    return tuple(pieces)


def overlapping_pairs(cards: Iterable[Rect]) -> list[tuple[Rect, Rect]]:
    """Pairs of cards that overlap (empty for any layout this module makes)."""
    ordered = sorted(cards, key=lambda r: r.x)
    found = []
    for number, rect in enumerate(ordered):
        for other in ordered[number + 1 :]:
            if other.x >= rect.right:
                break
            if rect.overlaps(other):
                found.append((rect, other))
    return found


def layout_chart(
    nodes: Sequence[LayoutNode], spacing: Spacing | None = None, *, empty_bands: bool = True
) -> Layout:
    """The chart in one piece (wrapped to a window's shape: :mod:`.wrapping`).
    ``empty_bands``: draw the bands nobody is in (off when some people are left out: the band
    is not empty then, only its people not shown)."""
    bands = range(len(BAND_ORDER)) if empty_bands else ()
    return _layout_tree(nodes, spacing or Spacing(), bands)
