"""Text PDFs, with PDFium (pypdfium2): lines joined into paragraphs, page numbers kept
(docs/tender-reading.md#pdf)."""

from __future__ import annotations

import bisect
import ctypes
import itertools
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from desktop.services.messages import QT_TRANSLATE_NOOP

from .numbering import HEAD, SectionTracker, heading_token
from .numbering import STARTS as NUMBER_STARTS
from .reader import MAX_PAGES, Block, TenderText, _refuse

PASSWORD_ERROR = 4  # FPDF_ERR_PASSWORD
# page headers and footers: "第 3 页 共 120 页", "- 3 -", "3 / 120"
PAGE_NUMBER = re.compile(r"^(第\s*\d+\s*页.*|-?\s*\d+\s*-?|\d+\s*/\s*\d+|共\s*\d+\s*页.*)$")
PAGE_NUMBER_STARTS = frozenset("第共-0123456789")
ENDS = ("。", "；", ";", "：", ":", "！", "？", "|")
RULE = 3.0  # points: thinner than this is a ruling line, not a box
# PDFium puts a space between a table's cells; Chinese running text has none after a Chinese
# character (but after 第一章 and the like, in a date's time of day "17日 上午9:30", and in a
# title spaced out "招 标 文 件", one character a word): a page without one has no table to
# look for. The pattern starts at the space, looking back at the character before it: the
# regex engine then skips to the spaces instead of trying every character
# (docs/tender-reading.md#speed)
CELL_GAP = re.compile(
    r"[ \t](?<=[\u3400-\u9fff\uff01-\uff5e）】》”][ \t])(?<![章节分篇][ \t])"
    r"(?!(?<=日[ \t])[ \t]*(?:上午|下午))"  # a time of day after a date
    r"(?!(?<!\S\S[ \t])[ \t]*\S(?:\s|\Z))"  # one character, a space, one character
    r"[ \t]*\S"
)
MIN_TEXT_PER_PAGE = 20  # fewer characters per page on average: a scan with a stray label


def read_pdf(path: Path) -> TenderText:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == PASSWORD_ERROR:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "TenderReading",
                    "{name} is protected by a password; ask for a copy without one.",
                ),
                path,
            ) from exc
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "TenderReading",
                "{name} is damaged and cannot be read as a PDF; ask for a new copy.",
            ),
            path,
        ) from exc
    try:
        if len(pdf) > MAX_PAGES:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "TenderReading",
                    "{name} has more than {limit} pages, too many for a tender document.",
                ).with_(limit=MAX_PAGES),
                path,
            )
        pages = [_page_entries(pdf, number) for number in range(len(pdf))]
    except pdfium.PdfiumError as exc:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "TenderReading",
                "{name} is damaged and cannot be read as a PDF; ask for a new copy.",
            ),
            path,
        ) from exc
    finally:
        pdf.close()
    characters = sum(
        sum(map(len, map(str.strip, map(_TEXT, content)))) if kind == "lines"
        else sum(map(len, content[0])) if kind == "plain"
        else sum(map(len, content))
        for entries in pages
        for _top, kind, content in entries
    )  # fmt: skip
    if characters < MIN_TEXT_PER_PAGE * max(1, len(pages)):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "TenderReading",
                "{name}: this PDF has no text layer (a scan); ask for the Word version or a "
                "text PDF.",
            ),
            path,
        )
    return TenderText(path.name, tuple(_blocks(pages)), len(pages))


def page_text(pdf: Any, number: int) -> str:
    """One page's text as PDFium lays it out: what the benchmark calls the bare extraction."""
    page = pdf[number]
    try:
        textpage = page.get_textpage()
        try:
            return str(textpage.get_text_range())
        finally:
            textpage.close()
    finally:
        page.close()


class _Line(NamedTuple):  # a named tuple, made with tuple.__new__ where thousands are (Block)
    top: float
    left: float
    right: float
    height: float
    text: str


_TEXT = operator.attrgetter("text")
_FIRST = operator.itemgetter(0)
_RIGHT = operator.attrgetter("right")


@dataclass
class _Grid:
    """A table found from its ruling lines: row boundaries top down, column boundaries."""

    ys: list[float]
    xs: list[float]
    cells: dict[tuple[int, int], list[_Line]] = field(default_factory=dict)
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


def _cell_text(lines: list[_Line], right: float) -> str:
    """A cell's lines: one that stops short of the cell's right edge ends a paragraph."""
    if len(lines) < 2:  # most cells: one piece of one line
        return lines[0].text.strip() if lines else ""
    text = ""
    previous: _Line | None = None
    for line in _merge(lines):
        if previous is not None:
            text += "" if previous.right > right - 2.5 * previous.height else "\n"
        text += line.text
        previous = line
    return text.strip()


def _merge(pieces: list[_Line]) -> list[_Line]:
    """Text pieces on the same baseline (their middles within half a line), left to right, as
    lines top down."""
    groups: list[list[_Line]] = []
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
        lines.append(_Line(top, group[0].left, group[-1].right, height, text))
    return lines


def _grids(page: Any) -> list[_Grid]:
    """Tables drawn with ruling lines (cell rectangles or line segments)."""
    horizontal: list[tuple[float, float, float]] = []  # y, left, right
    vertical: list[tuple[float, float, float]] = []  # x, bottom, top
    # the area each path rules, widened by RULE: a cell rectangle is one box (its four
    # sides touch one another), not four (docs/tender-reading.md#speed)
    boxes: list[tuple[float, float, float, float]] = []
    for left, bottom, right, top in _path_bounds(page):
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
            return [_Grid(sorted(ys, reverse=True), sorted(xs))]
        return []
    grids = []
    for left, bottom, right, top in regions:
        ys = _distinct(
            [y for y, x0, x1 in horizontal if bottom <= y <= top and x0 < right and x1 > left]
        )
        xs = _distinct([x for x, b, t in vertical if left <= x <= right and b < top and t > bottom])
        if len(ys) >= 2 and len(xs) >= 2 and (len(ys) - 1) * (len(xs) - 1) > 1:
            grids.append(_Grid(sorted(ys, reverse=True), sorted(xs)))
    return grids


def _path_bounds(page: Any) -> list[tuple[float, float, float, float]]:
    """The boxes of the page's vector paths, through PDFium's C API: pypdfium2's object
    wrappers cost more than the text extraction on a page of many text objects, and even its
    bare bindings add up (a page holds hundreds of text objects), so the loop calls PDFium
    without converting arguments (docs/tender-reading.md#speed)."""
    count_objects, get_object, get_type, get_bounds = _object_calls()
    handle = page.raw  # a ctypes pointer: passed as it is
    count = count_objects(handle)
    # the objects come back as ints, and go into the type's call as a void pointer: cheaper
    # than a ctypes object made for each (docs/tender-reading.md#speed)
    objects = list(map(get_object, itertools.repeat(handle, count), range(count)))
    # the types as bytes: the few paths among hundreds of text objects found by bytes.find
    types = bytes(map(get_type, objects))
    paths = []
    at = types.find(_PATH)
    while at != -1:
        paths.append(_Handle(objects[at]))
        at = types.find(_PATH, at + 1)
    box = (ctypes.c_float * 4)()  # left, bottom, right, top
    sides = [ctypes.byref(box, 4 * side) for side in range(4)]
    return [tuple(box) for path in paths if get_bounds(path, *sides)]


_PATH = 2  # FPDF_PAGEOBJ_PATH


class _Handle(ctypes.c_void_p):
    """A PDFium handle held as a subclass of c_void_p: a call without argument types passes it
    as the pointer it is (an int would go as a C int)."""


@cache
def _object_calls() -> tuple[Callable[..., int], ...]:
    """FPDFPage_CountObjects, FPDFPage_GetObject (an object as an int), FPDFPageObj_GetType
    (taking it as a void pointer) and FPDFPageObj_GetBounds."""
    import pypdfium2.raw as raw

    assert raw.FPDF_PAGEOBJ_PATH == _PATH
    # a type is 0 to 5: read as one byte, the types of a page make a bytes object
    get_type = _bare(raw.FPDFPageObj_GetType, ctypes.c_ubyte)
    get_type.argtypes = [ctypes.c_void_p]
    return (
        _bare(raw.FPDFPage_CountObjects, ctypes.c_int),
        _bare(raw.FPDFPage_GetObject, ctypes.c_void_p),
        get_type,
        _bare(raw.FPDFPageObj_GetBounds, ctypes.c_int),
    )


def _bare(function: Any, restype: Any) -> Any:
    """``function`` without argument types: it is given ctypes objects (handles, references)
    and ints, which ctypes passes as they are, with nothing to convert. A new pointer to the
    same function, of its class (so the same calling convention) but called as Python's own
    C API is (``PYFUNCTYPE``): these calls take well under a microsecond, less than releasing
    the GIL and taking it back around each costs."""
    base = type(function)
    flags = base._flags_ | ctypes._FUNCFLAG_PYTHONAPI  # type: ignore[attr-defined]
    holding_the_gil = type("_Call", (base,), {"_flags_": flags, "_restype_": restype})
    copy = holding_the_gil(ctypes.cast(function, ctypes.c_void_p).value or 0)
    copy.argtypes = None
    return copy


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


def _page_entries(pdf: Any, number: int) -> list[tuple[float, str, Any]]:
    """A page's lines outside tables and its tables' rows, top down: ("lines", …), ("rows", …);
    a page without a table: ("plain", (its lines, their widths)).

    The text is PDFium's own (its order, its line breaks); a line's place comes from the boxes
    of its first and last characters, and only lines inside a table are placed character by
    character, into their cells."""
    page = pdf[number]
    try:
        textpage = page.get_textpage()
        try:
            text = str(textpage.get_text_range())
            # looking at every object of every page costs more than the text itself
            grids = _grids(page) if CELL_GAP.search(text) else []
            if not grids:
                plain = _plain_lines(text)
                return [(0.0, "plain", plain)] if plain[0] else []
            body = _lines(textpage, text, grids)
        finally:
            textpage.close()
    finally:
        page.close()
    entries: list[Entry] = [(body[0].top, "lines", body)] if body else []
    for grid in grids:
        entries.append((grid.ys[0], "rows", grid.rows()))
    entries.sort(key=lambda entry: -entry[0])
    return _split_lines(entries, [grid.ys[0] for grid in grids])


def _plain_lines(text: str) -> tuple[list[str], list[int]]:
    """A page's lines where it has no table, and their widths in half-em units (_lines)."""
    lines = [line for line in map(str.strip, text.split("\r\n")) if line]
    return lines, [len(line.encode("gbk", "replace")) for line in lines]


def _lines(textpage: Any, text: str, grids: list[_Grid]) -> list[_Line]:
    """The page's lines outside tables; lines inside one go to its cells.

    A line's width is counted in half-em units (its GBK bytes: 2 for a Chinese character, 1
    for a Latin one), which is all joining lines into paragraphs needs; only on a page with a
    table does a line get its height on the page, from its first character's box."""
    # the boxes by the C call itself: a table page asks for thousands
    call = _charbox_call(textpage)
    get, handle, box, (left, right, bottom, top) = call
    body = []
    # the tables' spans top down: most pages have one (docs/tender-reading.md#speed)
    spans = [(grid.ys[-1], grid.ys[0], grid) for grid in grids]
    low, high, _grid = spans[0]
    at = 0
    for raw in text.split("\r\n"):
        end = at + len(raw)
        at = end + 2
        stripped = raw.strip()
        if not stripped:
            continue
        first = end - len(raw.lstrip())
        if not get(handle, first, left, right, bottom, top):
            raise _charbox_error()
        line_top = box[3]
        middle = (line_top + box[2]) / 2
        if not low < middle < high:
            for low_, high_, grid_ in spans:
                if low_ < middle < high_:
                    grid = grid_
                    break
            else:
                width = float(len(stripped.encode("gbk", "replace")))
                body.append(_new(_Line, (line_top, 0.0, width, 2.0, stripped)))
                continue
        else:
            grid = spans[0][2]
        height = line_top - box[2]
        row = bisect.bisect_right(grid.downs, -middle) - 1
        cells = grid.cells
        for column, (piece_left, piece_right, piece) in _cells_of_line(
            call, grid, text, first, end, (box[0], box[1])
        ).items():
            found = _new(_Line, (line_top, piece_left, piece_right, height, piece))
            if column is None:
                body.append(found)
            else:
                cells.setdefault((row, column), []).append(found)
    return body


def _charbox_call(textpage: Any) -> tuple[Callable[..., int], Any, Any, list[Any]]:
    """FPDFText_GetCharBox without argument types, its text page's handle, and the four
    doubles it writes (left, right, bottom, top) with references to them: pypdfium2's
    ``get_charbox`` allocates four doubles a call, and table pages need thousands."""
    box = (ctypes.c_double * 4)()
    sides = [ctypes.byref(box, 8 * side) for side in range(4)]
    handle = textpage.raw  # a ctypes pointer: passed as it is
    return _text_calls()[0], handle, box, sides


@cache
def _text_calls() -> tuple[Callable[..., int]]:
    import pypdfium2.raw as raw

    return (_bare(raw.FPDFText_GetCharBox, ctypes.c_int),)


def _charbox_error() -> Exception:
    import pypdfium2 as pdfium

    error: Exception = pdfium.PdfiumError("Failed to get charbox.")
    return error


def _charboxes(textpage: Any) -> Callable[[int], tuple[float, float, float, float]]:
    """A character's box (left, bottom, right, top), as pypdfium2's ``get_charbox`` gives it,
    by ``_charbox_call``."""
    get, handle, box, (left, right, bottom, top) = _charbox_call(textpage)

    def charbox(index: int) -> tuple[float, float, float, float]:
        if not get(handle, index, left, right, bottom, top):
            raise _charbox_error()
        return box[0], box[2], box[1], box[3]

    return charbox


def _cells_of_line(
    call: tuple[Callable[..., int], Any, Any, list[Any]],
    grid: _Grid,
    text: str,
    start: int,
    end: int,
    first: tuple[float, float],
) -> dict[int | None, tuple[float, float, str]]:
    """A table line's pieces by column (None: outside the grid), each its left, right and text.

    PDFium puts a space between cells, so each run between spaces is placed by its first and
    last characters, and character by character only when those two fall in different cells.
    The line is in one row of the grid (``_Grid.cell_of`` the same, with the row found once
    by the caller); ``first`` is the left and right of the line's first character, known
    already; ``call`` is ``_charbox_call``'s."""
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
            raise _charbox_error()
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
            raise _charbox_error()
        if column is False:
            pieces = []
            for index in range(at, last + 1):
                if not get(handle, index, to_left, to_right, to_bottom, to_top):
                    raise _charbox_error()
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


Entry = tuple[float, str, Any]  # top, "lines", "plain" or "rows", and what they hold


def _split_lines(entries: list[Entry], tops: list[float]) -> list[Entry]:
    """Runs of lines that a table sits between are split at it: between two lines, the one
    above the top of a table, the next below it."""
    out: list[Entry] = []
    for top, kind, content in entries:
        if kind != "lines":
            out.append((top, kind, content))
            continue
        heights = list(map(_TOP_OF, content))
        pairs = zip(itertools.count(1), heights, heights[1:])
        if len(tops) == 1:  # most pages: compared with it alone
            (table,) = tops
            cuts = [at for at, above, below in pairs if above > table > below]
        else:
            cuts = [at for at, above, below in pairs if any(above > t > below for t in tops)]
        for start, end in zip([0, *cuts], [*cuts, len(content)], strict=True):
            out.append((heights[start], kind, content[start:end]))
    out.sort(key=lambda entry: -entry[0])
    return out


_TOP_OF = operator.attrgetter("top")


def _blocks(pages: list[list[tuple[float, str, Any]]]) -> list[Block]:
    """Lines become paragraphs: a line starts a new one after a line that ends a sentence or
    stops short of the text's right edge, or when it starts with a number or a ★; a table's
    rows are blocks of their own. A paragraph's first line's number is the paragraph's when
    that line holds all that a number is looked for in (numbering.HEAD characters).

    Blocks are made as tuples of all their fields, without the named tuple's Python-level
    ``__new__``: a document has ten thousand (docs/tender-reading.md#speed)."""
    blocks: list[Block] = []
    add = blocks.append  # a list, not a generator: ten thousand fewer switches
    see = SectionTracker().see
    path = ""  # the section path: changed only by a paragraph with a number
    is_page_number = PAGE_NUMBER.match
    count = 0
    for page_number, entries in enumerate(pages, start=1):
        if entries and entries[0][1] == "plain":  # a line there is two half-ems high
            lines, widths = entries[0][2]
            limit = max(widths) - 2.5 * 2.0
            runs: list[tuple[str, Any]] = [
                ("lines", zip(lines, map(limit.__gt__, widths), strict=True))
            ]
        else:
            right = max(
                (max(map(_RIGHT, run)) for _top, kind, run in entries if kind == "lines"),
                default=0.0,
            )
            runs = [
                (kind, [(line.text.strip(), line.right < right - 2.5 * line.height)
                        for line in content])
                if kind == "lines"
                else (kind, content)
                for _top, kind, content in entries
            ]  # fmt: skip
        for kind, run in runs:
            if kind == "rows":  # a table's rows
                for row_number, text in enumerate(run, start=1):
                    count += 1
                    add(_new(Block, (text, page_number, count, path, True, row_number, False)))
                continue
            current: list[str] = []
            token = None
            short = False  # the line before stops short of the text's right edge
            for text, stops_short in run:
                if not text:
                    continue
                first = text[0]
                if first in PAGE_NUMBER_STARTS and is_page_number(text):
                    continue
                line_token = heading_token(text) if first in NUMBER_STARTS else None
                if current and (
                    line_token is not None or first in "★☆" or short or current[-1].endswith(ENDS)
                ):
                    count += 1
                    if token is not None:
                        path = see(token)
                    if len(current) == 1:
                        add(_new(Block, (current[0], page_number, count, path, False, None,
                                         token)))  # fmt: skip
                    else:
                        known = len(current[0]) >= HEAD
                        add(_new(
                            Block, ("".join(current), page_number, count, path, False, None,
                                    token if known else False),
                        ))  # fmt: skip
                    current = []
                if not current:
                    token = line_token
                current.append(text)
                short = stops_short
            if current:
                count += 1
                if token is not None:
                    path = see(token)
                known = len(current) == 1 or len(current[0]) >= HEAD
                add(_new(
                    Block, ("".join(current), page_number, count, path, False, None,
                            token if known else False),
                ))  # fmt: skip
    return blocks


_new = tuple.__new__
