"""From a tender document's text to its data (``fields.py``) and its items, with where each
came from (docs/tender-reading.md). Every rule is a named pattern in ``patterns.py``."""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import cache
from itertools import repeat
from typing import Literal, NamedTuple

from . import fields
from . import patterns as P
from .numbering import Token, fold, heading_token
from .reader import Block, TenderText, collector_paused

Kind = Literal["qualification", "substantive", "rejection", "document", "other"]
KINDS: tuple[Kind, ...] = ("qualification", "substantive", "rejection", "document", "other")
MAX_CHILDREN = 200  # blocks looked at below a heading that introduces a list
HEADING_CHARS = 40  # a heading is short and has no sentence punctuation
HEAD_CHARS = 24  # a clause's number is in its first characters (numbering.HEAD)
SENTENCE = re.compile(r"[。;,，]")
SEMICOLON = re.compile(r"[;；]")
NUMBER_CELLS = re.compile(r"^(?:\s*\d[\d.]*\s*\|)+")
# numbers that start the items of a list written in one paragraph or table cell
INLINE_NUMBER = re.compile(
    r"(?:^|(?<=[;；。,，:\s|]))(?:\(\d{1,2}\)|\d{1,2}[.、](?!\d)|[\u2460-\u2473]|\([一二三四五六七八九十]+\)"
    r"|[一二三四五六七八九十]+、)"
)


class Item(NamedTuple):  # a named tuple, like Block: thousands are made (reader.py)
    kind: Kind
    text: str
    source: str  # e.g. "第三章 2.1, p. 12" or "¶ 134"
    block_index: int  # into TenderText.blocks: the paragraph around it
    matches: str | None = None  # the default template item it is (art. 51 grounds), if any
    rule: str = ""  # the pattern that found it


@dataclass(frozen=True)
class Extraction:
    project: str
    tender_no: str
    deadline: datetime | None
    opening_place: str
    bid_bond: Decimal | None
    items: list[Item]


@cache
def _literal(word: str) -> re.Pattern[str]:
    return re.compile(re.escape(word))


_TEXT_OF, _TOKEN_OF = operator.itemgetter(0), operator.itemgetter(6)  # Block.text, .token


class _Text:
    """The blocks folded and joined once, so that each pattern runs once over the document
    (patterns never match across a line break, so never across blocks)."""

    def __init__(self, blocks: tuple[Block, ...]) -> None:
        self.blocks = blocks
        texts = list(map(_TEXT_OF, blocks))
        self.whole = whole = fold("\n".join(texts))
        # folding keeps every character's place: a block's folded text is where its text is
        # a block starts after the ones before it and their line breaks
        lengths = itertools.accumulate(map(len, texts), initial=0)
        starts: list[int] = list(map(operator.add, lengths, range(len(texts))))
        self.starts = starts
        if whole.count("\n") < len(texts):  # no block holds a line break: split at them
            self.folded = whole.split("\n") if texts else []
        else:  # a table row's cell of several lines
            ends = [*starts[1:], len(whole) + 1]
            self.folded = [whole[a : b - 1] for a, b in zip(starts, ends, strict=True)]
        self.tokens: list[Token | Literal[False] | None] = list(map(_TOKEN_OF, blocks))
        self._holding: dict[str, set[int]] = {}  # a key word: the blocks holding it
        self.starts_after = self.starts[1:]  # block_at by one bisect: the blocks before

    def finditer(
        self, pattern: P.Pattern, end: int | None = None
    ) -> Iterator[tuple[int, re.Match[str]]]:
        stop = len(self.whole) if end is None else end
        if pattern.keys is None:
            for found in pattern.regex.finditer(self.whole, 0, stop):
                yield self.block_at(found.start()), found
            return
        # only the blocks holding a key, each once, in order: a match never crosses a line
        # break (patterns.py). Most hold no match: a search says so without making an iterator.
        whole, starts, folded = self.whole, self.starts, self.folded
        search, finditer = pattern.regex.search, pattern.regex.finditer
        for index in self.holding(pattern.keys):
            start = starts[index]
            if start >= stop:
                return
            block_end = min(start + len(folded[index]), stop)
            if search(whole, start, block_end) is not None:
                for found in finditer(whole, start, block_end):
                    yield index, found

    def blocks_matching(self, pattern: P.Pattern) -> Iterator[int]:
        """The blocks holding a match of ``pattern``, each once, in order."""
        if pattern.keys is None:
            last = -1
            for index, _found in self.finditer(pattern):
                if index != last:
                    yield index
                    last = index
            return
        whole, starts, folded, search = self.whole, self.starts, self.folded, pattern.regex.search
        for index in self.holding(pattern.keys):
            start = starts[index]
            if search(whole, start, start + len(folded[index])) is not None:
                yield index

    def holding(self, words: tuple[str, ...]) -> list[int]:
        """The blocks holding one of ``words``, in order. Each word is found by a scan for it
        alone, once for all the patterns it is a key of: a word is found many times faster
        than an alternation of words (docs/tender-reading.md#speed)."""
        found: set[int] = set()
        for word in words:
            blocks = self._holding.get(word)
            if blocks is None:
                places = map(re.Match.start, _literal(word).finditer(self.whole))
                # a block's index is the number of blocks starting after the first at or
                # before the place (block_at)
                blocks = set(map(bisect.bisect_right, repeat(self.starts_after), places))
                self._holding[word] = blocks
            found |= blocks
        return sorted(found)

    def block_at(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1

    def local(self, index: int, offset: int) -> int:
        return offset - self.starts[index]

    def token(self, index: int) -> Token | None:
        token = self.tokens[index]
        if token is False:  # not found by the reader
            token = self.tokens[index] = heading_token(self.folded[index])
        return token


def extract(text: TenderText) -> Extraction:
    with collector_paused():
        return _extract(text)


def _extract(text: TenderText) -> Extraction:
    doc = _Text(text.blocks)
    items = _Items(doc)
    items.substantive()
    items.lists()
    items.inline_rejections()
    items.others()
    return Extraction(
        project=fields.project(doc),
        tender_no=fields.tender_no(doc),
        deadline=fields.deadline(doc),
        opening_place=fields.opening_place(doc),
        bid_bond=fields.bid_bond(doc),
        items=items.sorted(),
    )


# --- items ----------------------------------------------------------------------------------


LISTS: tuple[tuple[Kind, tuple[P.Pattern, ...]], ...] = (
    ("rejection", P.REJECTION_LEAD),
    ("qualification", P.QUALIFICATION_LEAD),
    ("document", P.DOCUMENT_LEAD),
)


_new_tuple = tuple.__new__
_KIND_ORDER = {kind: n for n, kind in enumerate(KINDS)}


def _item_order(item: Item) -> tuple[int, int]:
    return item.block_index, _KIND_ORDER[item.kind]


class _Items:
    def __init__(self, doc: _Text) -> None:
        self.doc = doc
        self.found: dict[tuple[Kind, int, str], Item] = {}
        self.leads: set[int] = set()
        self.mentions: dict[Kind, set[int]] = {}  # blocks that name a list of each kind

    def add(self, kind: Kind, index: int, rule: str, text: str | None = None) -> None:
        doc = self.doc
        block = doc.blocks[index]
        if text is None:
            whole = block.text
            text = whole.strip()
            # a whole block's number is known already, when nothing was stripped from its start
            if whole[:1] != text[:1]:
                token = heading_token(text)
            else:
                known = doc.tokens[index]  # False: not found by the reader
                token = doc.token(index) if known is False else known
        else:
            text = text.strip()
            token = heading_token(text)
        if token is not None and token[0] >= 2:  # its level
            # an item's words: its list number is in its source already (a chapter is kept);
            # ★1. … keeps its mark
            text = ("★" if text[0] == "★" else "") + text[token[2] :].lstrip(" 、.．|")
        if not text:
            return
        key = (kind, index, text)
        found = self.found
        if key in found:
            return
        matches = _statutory(text) if kind == "rejection" else None
        # as Item(...) does, without its Python-level __new__: thousands are made
        found[key] = _new_tuple(Item, (kind, text, block.source, index, matches, rule))

    def sorted(self) -> list[Item]:
        return sorted(self.found.values(), key=_item_order)

    def substantive(self) -> None:
        """Every paragraph or table row with a ★ that is not a legend about ★."""
        doc = self.doc
        whole = doc.whole
        legends = [rule.regex.finditer for rule in P.STAR_LEGEND]
        at = whole.find(P.STAR)
        while at != -1:
            for legend in legends:  # loops, not any(…): a generator costs more than the search
                for found in legend(whole, max(0, at - 8), at + 12):
                    if found.start() <= at < found.end():
                        break
                else:
                    continue
                break
            else:
                index = doc.block_at(at)
                text = _starred(doc.blocks[index], at - doc.starts[index])
                self.add("substantive", index, "star", text)
            at = whole.find(P.STAR, at + 1)
        if P.ASTERISK in whole:
            self._asterisks()

    def _asterisks(self) -> None:
        """Clauses marked * where a legend says * marks substantive ones, or where nothing is
        marked ★ and no legend says what * is: the mark at the start of a clause or a cell
        (not a note's, * 注：), or (*) after it (docs/tender-reading.md#items)."""
        doc = self.doc
        whole, legends = doc.whole, [rule.regex.finditer for rule in P.ASTERISK_LEGEND]
        marks, explained, substantive = [], False, False
        at = whole.find(P.ASTERISK)
        while at != -1:
            legend = next(
                (f for find in legends for f in find(whole, max(0, at - 8), at + 12)
                 if f.start() <= at < f.end()),
                None,
            )  # fmt: skip
            if legend is None:
                marks.append(at)
            else:
                explained = True
                if P.ASTERISK_SUBSTANTIVE.regex.match(whole, legend.start()):
                    substantive = True
            at = whole.find(P.ASTERISK, at + 1)
        if not substantive and (explained or P.STAR in whole):
            return
        for at in marks:
            index = doc.block_at(at)
            local = at - doc.starts[index]
            folded = doc.folded[index]
            token = doc.token(index) if local < HEAD_CHARS else None
            before = folded[token.end if token else 0 : local].rsplit("|", 1)[-1].strip()
            if P.ASTERISK_NOTE.regex.match(folded, local + 1):
                continue
            if not before or folded[local - 1 : local + 2] == "(*)":
                text = _starred(doc.blocks[index], local)
                self.add("substantive", index, "asterisk", text)

    def lists(self) -> None:
        """Lists introduced by a heading or a sentence: grounds, qualifications, documents."""
        doc = self.doc
        leads: list[tuple[Kind, str, int, int, str]] = []
        for kind, rules in LISTS:
            seen: set[int] = set()
            for rule in rules:
                for index, match in doc.finditer(rule):
                    after = doc.local(index, match.end())
                    shape = None if index in seen else self._shape(index, after, kind)
                    if shape is not None:
                        seen.add(index)
                        leads.append((kind, rule.name, index, after, shape))
            self.mentions[kind] = seen
        self.leads = {index for _kind, _rule, index, _after, _shape in leads}
        for kind, name, index, after, shape in leads:
            self._list(kind, name, index, after, shape)

    def _shape(self, index: int, after: int, kind: Kind) -> str | None:
        """How a block that names a list introduces it: as a table row's subject, with the
        list in the same paragraph (numbered, or qualifications after a colon separated by
        semicolons), as a heading, as a sentence ending with a colon; None when it only
        mentions it."""
        block = self.doc.blocks[index]
        folded = self.doc.folded[index]
        if block.in_table:
            # the cell naming it: the first or second (序号 | 条款名称 | 内容), or the third of four
            # or more (序号 | 条款号 | 条款名称 | 编列内容), with the list in the cells after it
            cell, cells = folded.count(" | ", 0, after), folded.count(" | ") + 1
            subject = cell <= 1 or (cell == 2 and cells >= 4)
            if block.row == 1:  # a header naming it (序号 | 无效投标的情形): the rows below
                return "header" if not SENTENCE.search(folded) else None
            return "row" if cells > 1 and subject else None
        rest = folded[after:]
        tail = folded.rstrip()
        if INLINE_NUMBER.search(rest):
            return "inline"
        if kind == "qualification" and rest.lstrip()[:1] == ":" and ";" in rest.rstrip(";。 "):
            return "clauses"
        if len(tail) <= HEADING_CHARS and not SENTENCE.search(tail):
            return "heading"
        if tail.endswith(":") or not rest.strip(" :"):
            return "sentence"
        return None

    def _list(self, kind: Kind, rule: str, index: int, after: int, shape: str) -> None:
        doc = self.doc
        block = doc.blocks[index]
        if shape == "header":
            self._table(kind, rule, index + 1, first=False)
        elif shape == "row":
            cells = doc.folded[index].split(" | ")
            subject = max(1, doc.folded[index].count(" | ", 0, after))  # as _shape found it
            key = len(" | ".join(cells[: subject + 1])) if len(cells) > 2 else len(cells[0])
            for line in _split(block.text[key + 3 :]):
                if not P.REFERENCE.search(fold(line)):
                    self.add(kind, index, rule, line)
        elif shape == "inline":
            first = INLINE_NUMBER.search(doc.folded[index], after)
            assert first is not None  # the shape says so
            for line in _split(block.text[first.start() :]):
                self.add(kind, index, rule, line)
        elif shape == "clauses":  # 投标人资格要求：具有…；具有…；…。
            start = doc.folded[index].index(":", after) + 1
            for clause in SEMICOLON.split(block.text[start:]):
                if clause.strip(" 。") and not P.REFERENCE.search(fold(clause.strip())):
                    self.add(kind, index, rule, clause.strip(" 。"))
        else:
            self._children(kind, rule, index, heading=shape == "heading")

    def _children(self, kind: Kind, rule: str, index: int, heading: bool) -> None:
        doc = self.doc
        lead = doc.token(index)
        lead_level = lead.level if lead else -1
        # only a numbered heading says where its section ends; text under it is skipped (a
        # form's body under its title), under any other introduction it ends the list
        skip_text = heading and lead is not None
        child_level: int | None = None
        # a child ending like a sentence (…规定：, …规定；) may have its own list, whose items
        # count too; a child that is a title (a form's name) has a body, whose numbers do not
        opens = False
        stop = min(len(doc.blocks), index + 1 + MAX_CHILDREN)
        blocks, tokens, mentions = doc.blocks, doc.tokens, self.mentions[kind]
        at = index + 1
        while at < stop:
            if blocks[at].in_table and child_level is None:
                at = self._table(kind, rule, at)
                return
            token = tokens[at]
            if token is False:  # not found by the reader (_Text.token)
                token = doc.token(at)
            if token is None:
                if at == index + 1 and P.UNNUMBERED_ITEM.regex.search(doc.folded[at]):
                    self._unnumbered(kind, rule, at)
                    return
                if not skip_text:
                    return
                at += 1
                continue
            if token.level <= lead_level or (child_level is not None and token.level < child_level):
                return
            if child_level is None:
                child_level = token.level
            if token.level == child_level:
                # (一)资格证明文件 / (二)商务部分: a group of papers, its items below are papers too
                tail = doc.folded[at].rstrip()
                opens = tail[-1:] in (":", ";") or (
                    kind == "document"
                    and tail[-2:] in P.DOCUMENT_GROUP_ENDS
                    and P.DOCUMENT_GROUP.regex.match(tail) is not None
                )
            if (token.level == child_level or opens) and at not in mentions:
                self.add(kind, at, rule)
            at += 1

    def _unnumbered(self, kind: Kind, rule: str, at: int) -> None:
        """Items without numbers right below their lead: each bulleted or ending with ；, and
        the first ending with 。 after them, the last (docs/tender-reading.md#items)."""
        doc, item = self.doc, P.UNNUMBERED_ITEM.regex.search
        while at < len(doc.blocks) and not doc.blocks[at].in_table and doc.token(at) is None:
            folded = doc.folded[at]
            bullet = P.BULLET.regex.match(folded)
            last = not item(folded)
            if last and not folded.rstrip().endswith("。"):
                return
            self.add(kind, at, rule, doc.blocks[at].text[bullet.end() if bullet else 0 :])
            if last:
                return
            at += 1

    def _table(self, kind: Kind, rule: str, at: int, first: bool = True) -> int:
        """A table right below a lead-in (``first``: from its first row) or its header: each
        row but the header is an item."""
        doc = self.doc
        while at < len(doc.blocks) and doc.blocks[at].in_table:
            block = doc.blocks[at]
            if not first and block.row == 1:
                break
            header = (
                first
                and not SENTENCE.search(doc.folded[at])
                and ("序号" in block.text or "内容" in block.text or "名称" in block.text)
            )
            if not header:
                self.add(kind, at, rule, _row_text(block.text))
            first = False
            at += 1
        return at

    def inline_rejections(self) -> None:
        folded, leads = self.doc.folded, self.leads
        denied, questions = P.DENIED.regex.search, P.ABOUT_QUESTIONS.regex.search
        for index in self.doc.blocks_matching(P.CONSEQUENCE):
            text = folded[index]
            if index in leads or ("不予" in text and questions(text)):
                continue
            for rule in P.REJECTION:  # a loop, not next(…): a generator costs more
                search = rule.regex.search
                found = search(text)
                while found is not None:
                    at = found.start("consequence")
                    # not denied ("但不导致投标无效"): most have no 不 right before
                    if "不" not in text[at - 4 if at > 4 else 0 : at] or not denied(text, 0, at):
                        self.add("rejection", index, rule.name)
                        break
                    found = search(text, found.end())

    def others(self) -> None:
        doc = self.doc
        for rule in P.OTHER:
            for index in doc.blocks_matching(rule):
                folded = doc.folded[index]
                if P.OTHER_NEEDS.search(folded) and not P.OTHER_NONE.search(folded):
                    block = doc.blocks[index]
                    self.add(
                        "other", index, rule.name, _row_text(block.text) if block.in_table else None
                    )


def _starred(block: Block, at: int) -> str:
    """A table row's ★ clause: the line of the cell the ★ is in, or the whole row when that
    cell holds little more than the ★ (a column of marks)."""
    if not block.in_table:
        return block.text
    start = max(block.text.rfind("\n", 0, at), block.text.rfind(" | ", 0, at) + 2) + 1
    ends = [e for e in (block.text.find("\n", at), block.text.find(" | ", at)) if e != -1]
    line = block.text[start : min(ends) if ends else len(block.text)].strip()
    token = heading_token(line)
    bare = line[token.end if token else 0 :].strip("★*＊ \t")
    if len(bare) >= 4:
        return line
    first, bar, rest = block.text.partition(" | ")
    return rest if bar and first.strip().isdigit() else block.text  # a 序号 cell says nothing


def _row_text(row: str) -> str | None:
    """A table row's text without the cells before it that hold only a number (序号, 条款号
    say nothing); None when it starts with none."""
    return NUMBER_CELLS.sub("", row) if row[:1].isdigit() else None


def _split(text: str) -> list[str]:
    """The items of a list written in one cell or after a colon: one per line, and lines
    that hold several numbered items split at the numbers."""
    pieces: list[str] = []
    for line in text.split("\n"):
        folded = fold(line)
        cuts = [found.start() for found in INLINE_NUMBER.finditer(folded)]
        if len(cuts) < 2:
            pieces.append(line)
            continue
        if folded[: cuts[0]].strip(" :;，,。"):
            pieces.append(line[: cuts[0]])
        pieces.extend(line[a:b] for a, b in zip(cuts, [*cuts[1:], len(line)], strict=True))
    return [piece.strip(" ;；。") for piece in pieces if piece.strip(" ;；。:：")]


def _statutory(text: str) -> str | None:
    """The default template's art. 51 ground this one is, if any (docs/tender-reading.md):
    its words are Chinese, and ``[^,，。]`` takes both commas, so ``text`` needs no folding."""
    if not P.STATUTORY_ANY.search(text):  # most grounds are none of them
        return None
    for key, words in P.STATUTORY_RULES:
        for word in words:  # a loop, not all(…): a generator costs more than the search
            if not word.search(text):
                break
        else:
            return key
    return None
