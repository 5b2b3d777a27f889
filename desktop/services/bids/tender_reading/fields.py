"""The tender's data: project, tender number, bid deadline, opening place and bid bond
(docs/tender-reading.md#the-tenders-data). Every rule is a named pattern in ``patterns.py``."""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from . import patterns as P
from .amounts import capital_number, figure_amount
from .numbering import fold

if TYPE_CHECKING:
    from .extract import _Text

TITLE_BLOCKS = 40  # a document's title is in its first paragraphs


def _first_value(doc: _Text, rules: tuple[P.Pattern, ...]) -> str:
    for rule in rules:
        matches = (
            doc.finditer(rule)
            if "title" not in rule.name
            else doc.finditer(rule, end=doc.starts[min(TITLE_BLOCKS, len(doc.starts) - 1)])
        )
        for index, found in matches:
            start = doc.local(index, found.start("value"))
            value = doc.blocks[index].text[start : start + len(found.group("value"))]
            value = value.strip(" \t:：|")
            if value:
                return value
    return ""


def project(doc: _Text) -> str:
    return _first_value(doc, P.PROJECT).strip('“”"《》')


def opening_place(doc: _Text) -> str:
    """开标地点：…; else the place on a line of its own (地点：…) in the three below a heading
    naming the opening (the notice template's 四、提交投标文件截止时间、开标时间和地点)."""
    place = _first_value(doc, P.OPENING_PLACE).strip(" :")
    if place:
        return place
    for index in doc.blocks_matching(P.OPENING_HEADING):
        for below in range(index + 1, min(index + 4, len(doc.blocks))):
            found = P.PLACE_BELOW.search(doc.folded[below])
            if found is not None:
                text = doc.blocks[below].text
                return text[found.start("value") : found.end("value")].strip(" \t:：|")
    return ""


def tender_no(doc: _Text) -> str:
    value = fold(_first_value(doc, P.TENDER_NO)).rstrip(".")
    while value.endswith((")", "）")) and value.count(value[-1]) > value.count(
        "(" if value[-1] == ")" else "（"
    ):
        value = value[:-1]
    return value


def _datetime(found: re.Match[str]) -> datetime | None:
    hour = int(found.group("h")) if found.group("h") else 0
    minute = int(found.group("mi")) if found.group("mi") else (30 if found.group("half") else 0)
    if found.group("ap") in ("下午", "晚上") and hour < 12:
        hour += 12
    try:
        return datetime(
            int(found.group("y")), int(found.group("m")), int(found.group("d")), hour, minute
        )
    except ValueError:
        return None


_CN_DIGITS = {c: n for n, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2}
_CN_DATE_PART = re.compile("([〇零一二三四五六七八九十两]{1,4})(?=[年月日时点分])")


def _cn_number(found: re.Match[str]) -> str:
    """二〇二六 → 2026 (digit by digit), 十二 → 12, 二十八 → 28, 三十 → 30."""
    words = found.group(1)
    if "十" not in words:
        return "".join(str(_CN_DIGITS[c]) for c in words)
    tens, _ten, units = words.partition("十")
    return str(_CN_DIGITS.get(tens, 1) * 10 + _CN_DIGITS.get(units, 0))


def arabic_dates(text: str) -> str:
    """A date or time written in Chinese numerals (二〇二六年十二月十八日上午九时三十分), as the
    same in digits, so that one pattern reads both (docs/tender-reading.md#the-tenders-data)."""
    return _CN_DATE_PART.sub(_cn_number, text)


def deadline(doc: _Text) -> datetime | None:
    """The first date after a deadline keyword in the same paragraph or row, or on the line
    below a heading naming it; one with a time of day wins over a bare date; without any, the
    opening time, or the date bids are submitted before."""
    dated: datetime | None = None
    for rule in (*P.DEADLINE, *P.OPENING_TIME):
        if dated is not None and rule in P.OPENING_TIME:
            break
        for index, found in doc.finditer(rule):
            window = arabic_dates(doc.whole[found.end() : found.end() + 80].split("\n", 1)[0])
            when = P.DATETIME.regex.search(window)
            if when is None and index + 1 < len(doc.folded) and len(doc.folded[index]) <= 40:
                # a heading naming it, the date on the line below (docs/tender-reading.md)
                below = arabic_dates(doc.folded[index + 1][:80])
                lead = P.DATE_BELOW.regex.match(below)
                when = P.DATETIME.regex.match(below, lead.end() if lead else 0)
            if when is None:
                continue
            value = _datetime(when)
            if value is not None and when.group("h"):
                return value
            dated = dated or value
    if dated is None:  # none named: the date bids are submitted before
        for _index, found in doc.finditer(P.SUBMIT_BEFORE):
            when = P.DATETIME.regex.match(found.group("when"))
            if when is not None and (value := _datetime(when)) is not None:
                return value
    return dated


def bid_bond(doc: _Text) -> Decimal | None:
    """The first amount after the word 保证金 in its paragraph, skipping ceilings (不超过…)."""
    for index, found in doc.finditer(P.BOND_KEYWORD):
        window = doc.whole[found.end() : found.end() + 120].split("\n", 1)[0]
        if P.BOND_EXEMPT.search(doc.folded[index]):
            continue
        candidates = []
        for rule in (P.AMOUNT_FIGURES, P.AMOUNT_CAPITAL):
            for amount in rule.regex.finditer(window):
                if P.BOND_CEILING.search(window[max(0, amount.start() - 8) : amount.start()]):
                    continue
                value = _amount(amount)
                if value is not None and value > 0:
                    candidates.append((amount.start(), value))
                    break
        if candidates:
            return min(candidates)[1]
    return None


def _amount(found: re.Match[str]) -> Decimal | None:
    groups = found.groupdict()
    if groups.get("cap"):
        number = capital_number(groups["cap"])
        return Decimal(number) if number is not None else None
    if groups.get("num"):
        return figure_amount(groups["num"], bool(groups.get("wan")))
    if groups.get("num2") or groups.get("num3"):
        return figure_amount(groups.get("num2") or groups["num3"], False)
    return None
