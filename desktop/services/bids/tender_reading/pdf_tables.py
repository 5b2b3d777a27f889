"""A PDF page's tables, through PDFium's C API: the ruling lines of its vector paths make
grids, and a table's lines of text are placed into their cells by their characters' boxes
(docs/tender-reading.md#pdf)."""

from __future__ import annotations

import bisect
import ctypes
import itertools
import operator
import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from .pdfium_calls import PATH, Handle, charbox_error, object_calls

RULE = 3.0  # points: thinner than this is a ruling line, not a box


class Line(NamedTuple):  # a named tuple, made with tuple.__new__ where thousands are (Block)
    top: float
    left: float
    right: float
    height: float
    text: str


@dataclass
class Grid:
    """A table found from its ruling lines: row boundaries top down, column boundaries."""

    ys: list[float]
    xs: list[float]
    cells: dict[tuple[int, int], list[Line]] = field(default_factory=dict)
    downs: list[float] = field(init=False)  # -ys, ascending, for bisect

    def __post_init__(self) -> None:
        self.downs = [-y for y in self.ys]

    def cell_of(self, x: float, y: float) -> tuple[int, int] | None:
        xs = self.xs
        if not (xs[0] < x < xs[-1] and self.ys[-1] < y < self.ys[0]):
            return None
        # the row whose lower boundary is the first below y, the column whose right boundary
        # is the first right of x
        return bisect.bisect_right(self.downs, -y) - 1, bisect.bisect_right(xs, x) - 1

    def rows(self) -> list[str]:
        """The rows' texts top down, their cells' joined by `` | ``; empty cells and rows are
        left out, so only the cells that hold text are looked at."""
        texts = []
        cells, xs = self.cells, self.xs
        row_texts: list[str] = []
        current = -1
        for row, col in sorted(cells):
            if row != current:
                if row_texts:
                    texts.append(" | ".join(row_texts))
                row_texts, current = [], row
            text = _cell_text(cells[row, col], xs[col + 1])
            if text:
                row_texts.append(text)
        if row_texts:
            texts.append(" | ".join(row_texts))
        return texts


def _cell_text(lines: list[Line], right: float) -> str:
    """A cell's lines: one that stops short of the cell's right edge ends a paragraph."""
    if len(lines) < 2:  # most cells: one piece of one line
        return lines[0].text.strip() if lines else ""
    text = ""
    previous: Line | None = None
    for line in _merge(lines):
        if previous is not None:
            text += "" if previous.right > right - 2.5 * previous.height else "\n"
        text += line.text
        previous = line
    return text.strip()


def _merge(pieces: list[Line]) -> list[Line]:
    """Text pieces on the same baseline (their middles within half a line), left to right, as
    lines top down."""
    groups: list[list[Line]] = []
    for piece in sorted(pieces, key=lambda p: -(p.top - p.height / 2)):
        middle = piece.top - piece.height / 2
        first = groups[-1][0] if groups else None
        if first is not None and abs(first.top - first.height / 2 - middle) < 0.5 * first.height:
            groups[-1].append(piece)
        else:
            groups.append([piece])
    lines = []
    for group in groups:
        group.sort(key=lambda p: p.left)
        text = group[0].text
        for before, piece in itertools.pairwise(group):
            gap = piece.left - before.right > max(piece.height, before.height)
            text += (" " if gap else "") + piece.text
        top = max(p.top for p in group)
        height = max(p.height for p in group)
        lines.append(Line(top, group[0].left, group[-1].right, height, text))
    return lines


def find_grids(page: Any) -> list[Grid]:
    """Tables drawn with ruling lines (cell rectangles or line segments)."""
    horizontal: list[tuple[float, float, float]] = []  # y, left, right
    vertical: list[tuple[float, float, float]] = []  # x, bottom, top
    # the area each path rules, widened by RULE: a cell rectangle is one box (its four
    # sides touch one another), not four (docs/tender-reading.md#speed)
    boxes: list[tuple[float, float, float, float]] = []
    for left, bottom, right, top in path_bounds(page):
        width, height = right - left, top - bottom
        if height <= RULE and width >= 4 * RULE:
            y = (top + bottom) / 2
            horizontal.append((y, left, right))
            boxes.append((left, y - RULE, right, y + RULE))
        elif width <= RULE and height >= 2 * RULE:
            x = (left + right) / 2
            vertical.append((x, bottom, top))
            boxes.append((x - RULE, bottom, x + RULE, top))
        elif width > RULE and height > RULE:
            horizontal += [(bottom, left, right), (top, left, right)]
            vertical += [(left, bottom, top), (right, bottom, top)]
            boxes.append((left - RULE, bottom - RULE, right + RULE, top + RULE))
    if len(horizontal) < 2 or len(vertical) < 2:
        return []
    regions = _regions(boxes)
    if len(regions) == 1:  # one table: every line is in it (its area holds them all)
        ys, xs = _distinct([h[0] for h in horizontal]), _distinct([v[0] for v in vertical])
        if len(ys) >= 2 and len(xs) >= 2 and (len(ys) - 1) * (len(xs) - 1) > 1:
            return [Grid(sorted(ys, reverse=True), sorted(xs))]
        return []
    grids = []
    for left, bottom, right, top in regions:
        ys = _distinct(
            [y for y, x0, x1 in horizontal if bottom <= y <= top and x0 < right and x1 > left]
        )
        xs = _distinct([x for x, b, t in vertical if left <= x <= right and b < top and t > bottom])
        if len(ys) >= 2 and len(xs) >= 2 and (len(ys) - 1) * (len(xs) - 1) > 1:
            grids.append(Grid(sorted(ys, reverse=True), sorted(xs)))
    return grids


def path_bounds(page: Any) -> list[tuple[float, float, float, float]]:
    """The boxes of the vector paths of a page (PDFium's handle), through PDFium's C API:
    pypdfium2's object wrappers cost more than the text extraction on a page of many text
    objects, and even its bare bindings add up (a page holds hundreds of text objects), so the
    loop calls PDFium without converting arguments (docs/tender-reading.md#speed)."""
    count_objects, get_object, get_type, get_bounds = object_calls()
    handle = page  # PDFium's handle, a ctypes pointer: passed as it is
    count = count_objects(handle)
    # the objects come back as ints, and go into the type's call as a void pointer: cheaper
    # than a ctypes object made for each (docs/tender-reading.md#speed)
    objects = list(map(get_object, itertools.repeat(handle, count), range(count)))
    # the types as bytes: the few paths among hundreds of text objects found by bytes.find
    types = bytes(map(get_type, objects))
    paths = []
    at = types.find(PATH)
    while at != -1:
        paths.append(Handle(objects[at]))
        at = types.find(PATH, at + 1)
    box = (ctypes.c_float * 4)()  # left, bottom, right, top
    left, bottom, right, top = (ctypes.byref(box, 4 * side) for side in range(4))
    # the four floats by one unpack of the buffer: tuple(box) reads them one by one
    unpack = _FOUR_FLOATS.unpack
    return [unpack(box) for path in paths if get_bounds(path, left, bottom, right, top)]


_FOUR_FLOATS = struct.Struct("4f")


def _regions(boxes: list[tuple[float, float, float, float]]) -> list[list[float]]:
    """The bounding boxes (left, bottom, right, top) of groups of touching boxes."""
    regions: list[list[float]] = []
    for box in sorted(boxes, key=_TOP, reverse=True):
        left, bottom, right, top = box
        for region in regions:
            if (
                left <= region[2]
                and right >= region[0]
                and bottom <= region[3]
                and top >= region[1]
            ):
                # widened in place: most boxes of a table add nothing to its area
                if left < region[0]:
                    region[0] = left
                if bottom < region[1]:
                    region[1] = bottom
                if right > region[2]:
                    region[2] = right
                if top > region[3]:
                    region[3] = top
                break
        else:
            regions.append(list(box))
    return regions


_TOP = operator.itemgetter(3)


def _distinct(values: list[float]) -> list[float]:
    found: list[float] = []
    for value in sorted(set(values)):  # cells repeat the boundaries they share
        if not found or value - found[-1] > 2 * RULE:
            found.append(value)
    return found


def cells_of_line(
    call: tuple[Callable[..., int], Any, Any, list[Any]],
    grid: Grid,
    text: str,
    start: int,
    end: int,
    first: tuple[float, float],
) -> dict[int | None, tuple[float, float, str]]:
    """A table line's pieces by column (None: outside the grid), each its left, right and text.

    PDFium puts a space between cells, so each run between spaces is placed by its first and
    last characters, and character by character only when those two fall in different cells.
    The line is in one row of the grid (``Grid.cell_of`` the same, with the row found once
    by the caller); ``first`` is the left and right of the line's first character, known
    already; ``call`` is ``charbox_call``'s."""
    get, handle, box, (to_left, to_right, to_bottom, to_top) = call
    xs = grid.xs
    first_x, last_x = xs[0], xs[-1]
    bisect_right = bisect.bisect_right
    merged: dict[int | None, tuple[float, float, str]] = {}
    at = start
    for word in text[start:end].split(" "):
        if not word:
            at += 1
            continue
        last = at + len(word) - 1
        if at == start:
            left_a, right_a = first
        elif get(handle, at, to_left, to_right, to_bottom, to_top):
            left_a, right_a = box[0], box[1]
        else:
            raise charbox_error()
        x = (left_a + right_a) / 2
        column = bisect_right(xs, x) - 1 if first_x < x < last_x else None
        if last == at:
            right_b = right_a
        elif get(handle, last, to_left, to_right, to_bottom, to_top):
            right_b = box[1]
            x = (box[0] + right_b) / 2
            if column != (bisect_right(xs, x) - 1 if first_x < x < last_x else None):
                column = False  # the run crosses a cell's boundary
        else:
            raise charbox_error()
        if column is False:
            pieces = []
            for index in range(at, last + 1):
                if not get(handle, index, to_left, to_right, to_bottom, to_top):
                    raise charbox_error()
                x = (box[0] + box[1]) / 2
                column = bisect_right(xs, x) - 1 if first_x < x < last_x else None
                pieces.append((column, box[0], box[1], text[index]))
        elif column not in merged:  # most runs: the first in their cell
            merged[column] = (left_a, right_b, word)
            at += len(word) + 1
            continue
        else:
            pieces = [(column, left_a, right_b, word)]
        for column, left, right, piece in pieces:
            if column in merged:
                first_left, last_right, joined = merged[column]
                gap = " " if left - last_right > 1.0 else ""
                merged[column] = (first_left, right, joined + gap + piece)
            else:
                merged[column] = (left, right, piece)
        at += len(word) + 1
    return merged
