"""Numbering at the start of a paragraph (第三章, 一、, （一）, 1., 1.1, (1), ①) and the
section path it sets; Word's automatic list numbers rendered as text (docs/tender-reading.md)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

# Full-width ASCII (１２．：（）) folds to ASCII one character for one, so offsets survive.
FOLD = {0xFF01 + i: 0x21 + i for i in range(94)} | {0x3000: 0x20, 0xA0: 0x20}
_FOLDED = re.compile("[\uff01-\uff5e\u3000\xa0]")


def fold(text: str) -> str:
    """``text.translate(FOLD)``, several times faster: Chinese text's own punctuation is
    replaced a character at a time (``str.replace`` runs in C), a regex finds the rest
    instead of a dictionary look-up for every character (docs/tender-reading.md#speed)."""
    if not _FOLDED.search(text):
        return text
    for full, ascii_ in _COMMON:
        text = text.replace(full, ascii_)
    return _FOLDED.sub(_fold_one, text)


_COMMON = [(full, chr(FOLD[ord(full)])) for full in "（），：；"]


def _fold_one(found: re.Match[str]) -> str:
    return chr(FOLD[ord(found.group())])


CN_DIGITS = "零一二三四五六七八九十"
_CN = "[一二三四五六七八九十百零〇]+"
# One alternation, tried once per line: a group per kind of number, the smaller its level
# the higher the heading (dotted numbers go deeper by their dots). It matches full-width
# forms as well (（一）, １．２, \\d and \\s take them already), so a line is tried as it is,
# without folding it first (docs/tender-reading.md#speed).
TOKEN = re.compile(
    rf"(?P<l0>第\s*(?:{_CN}|\d+)\s*[章部篇卷](?:分)?)"  # 第三章
    rf"|(?P<l1>第\s*(?:{_CN}|\d+)\s*节)"  # 第一节
    rf"|(?P<l2>{_CN}\s*[、.．](?!\d))"  # 一、
    rf"|(?P<l3>[(（]\s*{_CN}\s*[)）])"  # （一）
    r"|(?P<l4>\d{1,2}(?:[.．]\d{1,2}){1,4}[.．]?(?![\d%％]))"  # 1.1 / 1.1.1
    r"|(?P<l4b>\d{1,2}\s*[.．、](?![\d%％]))"  # 1.
    r"|(?P<l10>[(（]\s*\d{1,2}\s*[)）]|\d{1,2}[)）])"  # （1） / 1)
    r"|(?P<l11>[\u2460-\u2473])"  # ①
    r"|(?P<l12>[A-Za-zＡ-Ｚａ-ｚ][.．、)）](?![A-Za-zＡ-Ｚａ-ｚ0-9０-９]))"  # A.
)
LEVELS = {"l0": 0, "l1": 1, "l2": 2, "l3": 3, "l4": 4, "l4b": 4, "l10": 10, "l11": 11, "l12": 12}
LEAD = r"[\s★☆▲*＊]*+"  # before a number: nothing a number starts with
# the lead, the number and the spaces after it in one match: one regex call per line
LEAD_TOKEN = re.compile(f"{LEAD}(?:{TOKEN.pattern})[ \u3000\t]*")
HEAD = 24  # characters a number is looked for in


class Token(NamedTuple):  # a named tuple: one is made for most lines (reader.py's Block)
    level: int
    label: str  # as written, without the trailing 、 or .
    end: int  # where the text after the number starts


# what a number can start with: most paragraphs start otherwise and are passed at once
STARTS = frozenset(
    "第一二三四五六七八九十百零〇0123456789(（★☆▲* \t\u3000"
    "０１２３４５６７８９ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
) | frozenset(chr(c) for c in range(0x2460, 0x2474))


def heading_token(text: str) -> Token | None:
    """The numbering at the start of ``text`` (after a leading ★), if any; ``text`` folded or
    not."""
    if not text or text[0] not in STARTS:
        return None
    found = LEAD_TOKEN.match(text, 0, HEAD)
    if found is None or found.lastgroup is None:
        return None
    end = found.end()
    # the number with what leads it and the spaces after it says the token: a document
    # writes the same few hundred, so each is made once (docs/tender-reading.md#speed)
    key = (found.lastgroup, found.group())
    token = _KNOWN.get(key)
    if token is None:
        if end == HEAD:  # the spaces after the number may go on past the part looked in
            while end < len(text) and text[end] in " \u3000\t":
                end += 1
            return Token(*_level_and_label(found), end)
        if len(_KNOWN) > 10_000:
            _KNOWN.clear()
        token = _KNOWN[key] = Token(*_level_and_label(found), end)
    return token


_KNOWN: dict[tuple[str, str], Token] = {}


def _level_and_label(found: re.Match[str]) -> tuple[int, str]:
    group = found.lastgroup or ""
    level = LEVELS[group]
    label = found.string[found.start(group) : found.end(group)].rstrip("、.． ")
    if group == "l4":
        dotted = found.group(group).rstrip(".．")
        level += dotted.count(".") + dotted.count("．")
    return level, label


Levels = tuple[tuple[int, str], ...]  # (level, label) pairs, the level ascending


@dataclass
class SectionTracker:
    """The numbering path of the paragraphs read so far, e.g. ``第三章 2.1`` or ``二（一）``."""

    levels: Levels = ()
    shown: str = ""
    # where a number leads from the levels before it, and the path shown there: a document
    # goes the same few thousand steps again and again (docs/tender-reading.md#speed)
    _steps: dict[tuple[Levels, int, str], tuple[Levels, str]] = field(default_factory=dict)

    def see(self, token: Token | None) -> str:
        if token is not None:
            step = (self.levels, token.level, token.label)
            found = self._steps.get(step)
            if found is None:
                level = token.level
                # a new level is the deepest once those at and below it are gone
                kept = tuple(pair for pair in self.levels if pair[0] < level)
                levels = (*kept, (level, token.label))
                found = self._steps[step] = (levels, _path(dict(levels)))
            self.levels, self.shown = found
        return self.shown

    def path(self) -> str:
        return self.shown


def _path(levels: dict[int, str]) -> str:
    chapter = " ".join(levels[lvl] for lvl in (0, 1) if lvl in levels)
    inner = [lvl for lvl in sorted(levels) if lvl >= 2]
    dotted = [lvl for lvl in inner if 4 <= lvl < 10]
    # a dotted number says its own path (2.1.3); otherwise the path is joined (二（一）)
    shown = inner[inner.index(dotted[-1]) :] if dotted else inner
    tail = "".join(levels[lvl] for lvl in shown)
    return f"{chapter} {tail}".strip()


def chinese_number(n: int) -> str:
    """1 → 一, 12 → 十二, 20 → 二十 (lists rarely go past 99)."""
    if n <= 10:
        return CN_DIGITS[n]
    tens, units = divmod(n, 10)
    if tens >= 10:
        return str(n)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[units] if units else "")


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"),
                           (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"),
                           (4, "iv"), (1, "i")):  # fmt: skip
        while n >= value:
            out += letters
            n -= value
    return out


def format_number(n: int, fmt: str) -> str:
    """A list number in Word's ``w:numFmt`` (approximate: unknown formats give 1, 2, 3)."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified",
               "taiwaneseCounting", "taiwaneseCountingThousand", "japaneseCounting"):  # fmt: skip
        return chinese_number(n)
    if fmt.startswith("decimalEnclosedCircle") and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if fmt == "decimalFullWidth":
        return str(n).translate({0x30 + i: 0xFF10 + i for i in range(10)})
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (n - 1) % 26)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        return _roman(n).upper() if fmt == "upperRoman" else _roman(n)
    if fmt in ("bullet", "none"):
        return ""
    return str(n)
