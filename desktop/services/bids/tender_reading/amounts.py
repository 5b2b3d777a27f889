"""Amounts written in figures (¥20,000.00, 2万元) or in capital numerals (贰万元整)."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_GROUPS = ("零〇", "壹一", "贰二两", "叁三", "肆四", "伍五", "陆六", "柒七", "捌八", "玖九")
DIGITS = {char: n for n, group in enumerate(_GROUPS) for char in group}
UNITS = {"拾": 10, "十": 10, "佰": 100, "百": 100, "仟": 1000, "千": 1000}
BIG = {"万": 10_000, "亿": 100_000_000}


def capital_number(text: str) -> int | None:
    """贰万 → 20000, 壹佰伍拾万 → 1500000, 叁仟元 → 3000; None when it is not a number."""
    total = section = number = 0
    seen = False
    for char in text:
        if char in DIGITS:
            number = DIGITS[char]
            seen = True
        elif char in UNITS:
            section += (number or 1) * UNITS[char]
            number = 0
            seen = True
        elif char in BIG and seen:
            total += (section + number) * BIG[char]
            section = number = 0
        else:
            return None
    return total + section + number if seen else None


def figure_amount(number: str, wan: bool) -> Decimal | None:
    try:
        value = Decimal(re.sub(r"[,\s]", "", number))
    except InvalidOperation:
        return None
    return value * 10_000 if wan else value
