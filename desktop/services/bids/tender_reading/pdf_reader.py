"""Text PDFs, with PDFium (pypdfium2): lines joined into paragraphs, page numbers kept
(docs/tender-reading.md#pdf)."""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from pathlib import Path
from typing import Any

from desktop.services.messages import QT_TRANSLATE_NOOP

from .numbering import HEAD, SectionTracker, heading_token
from .numbering import STARTS as NUMBER_STARTS
from .pdf_tables import Grid, Line, cells_of_line, find_grids
from .pdfium_calls import Pages, charbox_call, charbox_error
from .reader import MAX_PAGES, Block, TenderText, _refuse

PASSWORD_ERROR = 4  # FPDF_ERR_PASSWORD
# page headers and footers: "第 3 页 共 120 页", "- 3 -", "3 / 120"
PAGE_NUMBER = re.compile(r"^(第\s*\d+\s*页.*|-?\s*\d+\s*-?|\d+\s*/\s*\d+|共\s*\d+\s*页.*)$")
PAGE_NUMBER_STARTS = frozenset("第共-0123456789")
# a page number that starts with a digit or a dash ends with one ("3", "- 3 -", "3 / 120"):
# a numbered line ("1. …；") is passed without the regex
PAGE_NUMBER_ENDS = frozenset("-0123456789")
ENDS = ("。", "；", ";", "：", ":", "！", "？", "|")
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
        opened = Pages(pdf)
        pages = [_page_entries(opened, number) for number in range(len(pdf))]
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


_TEXT = operator.attrgetter("text")
_RIGHT = operator.attrgetter("right")


def _page_entries(pages: Pages, number: int) -> list[tuple[float, str, Any]]:
    """A page's lines outside tables and its tables' rows, top down: ("lines", …), ("rows", …);
    a page without a table: ("plain", (its lines, their widths)).

    The text is PDFium's own (its order, its line breaks); a line's place comes from the boxes
    of its first and last characters, and only lines inside a table are placed character by
    character, into their cells."""
    with pages.opened(number) as (page, textpage):
        text = pages.text(textpage)
        # looking at every object of every page costs more than the text itself
        grids = find_grids(page) if CELL_GAP.search(text) else []
        if not grids:
            plain = _plain_lines(text)
            return [(0.0, "plain", plain)] if plain[0] else []
        body = _lines(textpage, text, grids)
    entries: list[Entry] = [(body[0].top, "lines", body)] if body else []
    for grid in grids:
        entries.append((grid.ys[0], "rows", grid.rows()))
    entries.sort(key=lambda entry: -entry[0])
    return _split_lines(entries, [grid.ys[0] for grid in grids])


def _plain_lines(text: str) -> tuple[list[str], list[int]]:
    """A page's lines where it has no table, and their widths in half-em units (_lines)."""
    lines = [line for line in map(str.strip, text.split("\r\n")) if line]
    return lines, [len(line.encode("gbk", "replace")) for line in lines]


def _lines(textpage: Any, text: str, grids: list[Grid]) -> list[Line]:
    """The page's lines outside tables; lines inside one go to its cells.

    A line's width is counted in half-em units (its GBK bytes: 2 for a Chinese character, 1
    for a Latin one), which is all joining lines into paragraphs needs; only on a page with a
    table does a line get its height on the page, from its first character's box."""
    # the boxes by the C call itself: a table page asks for thousands
    call = charbox_call(textpage)
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
            raise charbox_error()
        line_top = box[3]
        middle = (line_top + box[2]) / 2
        if not low < middle < high:
            for low_, high_, grid_ in spans:
                if low_ < middle < high_:
                    grid = grid_
                    break
            else:
                width = len(stripped.encode("gbk", "replace"))  # compared as a number
                body.append(_new(Line, (line_top, 0.0, width, 2.0, stripped)))
                continue
        else:
            grid = spans[0][2]
        height = line_top - box[2]
        row = bisect.bisect_right(grid.downs, -middle) - 1
        cells = grid.cells
        for column, (piece_left, piece_right, piece) in cells_of_line(
            call, grid, text, first, end, (box[0], box[1])
        ).items():
            found = _new(Line, (line_top, piece_left, piece_right, height, piece))
            if column is None:
                body.append(found)
            else:
                cells.setdefault((row, column), []).append(found)
    return body


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
                if (
                    first in PAGE_NUMBER_STARTS
                    and (first in "第共" or text[-1] in PAGE_NUMBER_ENDS)
                    and is_page_number(text)
                ):
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
