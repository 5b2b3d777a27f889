"""Turning what people type into spreadsheets into clean values.

Each parser takes a raw cell (str, float, date, datetime, bool or None, as the reader gives
it) and returns the value, or raises :class:`BadValue` saying why, which the importer
attaches to the row and column.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any, TypeVar

from desktop.services.catalog import translator
from desktop.services.field_rules import AMBIGUOUS, NOT_ALLOWED, BadValue, Choices
from desktop.services.labels import LABELS
from desktop.services.messages import QT_TRANSLATE_NOOP

E = TypeVar("E", bound=Enum)


SPACES = " \t\u3000\u00a0\r\n"  # ASCII, full-width and no-break spaces
DATE_PATTERNS = (
    re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日?"),
)
LIST_SEPARATORS = re.compile(r"[,，、;；/|\n]+")
# Full-width digits, Latin letters and brackets as typed with a Chinese input method:
# １２３ → 123, ＪＡＮＥ → JANE, （深圳） → (深圳). Chinese punctuation (，。：) stays.
WIDE = {
    code: code - 0xFEE0
    for code in (
        *range(ord("０"), ord("９") + 1),
        *range(ord("Ａ"), ord("Ｚ") + 1),
        *range(ord("ａ"), ord("ｚ") + 1),
        *map(ord, "（）［］｛｝"),
    )
}
EXCEL_EPOCH = date(1899, 12, 30)  # day 0 of Excel's serial dates (1900 date system)
SERIAL_DAYS = (1, 2958465)  # 1900-01-01 .. 9999-12-31


WIDE_FIRST = chr(min(WIDE))  # no character below it is in WIDE


def text(raw: Any) -> str:
    """Text with ASCII and full-width spaces trimmed; numbers lose a trailing ".0"."""
    if type(raw) is str:  # most cells: the translation only when a character needs it
        if raw.isascii() or max(raw) < WIDE_FIRST:
            return raw.strip(SPACES)
        return raw.translate(WIDE).strip(SPACES)
    if raw is None:
        return ""
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, datetime | date):
        return raw.isoformat()
    return str(raw).translate(WIDE).strip(SPACES)


BRACKETS = str.maketrans("[【〔〖<《]】〕〗>》", "(((((())))))")
NEAR_NOISE = re.compile(r"[\s.,·・\-_'\"“”‘’]+")


def loose(name: str) -> str:
    """How near-duplicate names compare: besides what ``key`` ignores (width, case, spaces),
    the kind of bracket and punctuation do not matter either: 华为【深圳】 ~ 华为（深圳）."""
    folded = unicodedata.normalize("NFKC", name).casefold().translate(BRACKETS)
    return NEAR_NOISE.sub("", folded)


def join_name(first: Any, last: Any) -> str:
    """A CRM's First Name / Last Name (名 / 姓) as one name: 姓名 without a space for Chinese,
    "First Last" for Latin names."""
    given, family = text(first), text(last)
    if any(unicodedata.east_asian_width(char) == "W" for char in given + family):
        return family + given
    return " ".join(part for part in (given, family) if part)


def is_blank(raw: Any) -> bool:
    return text(raw) == ""


def phone(raw: Any) -> str:
    """Phone numbers stored as numbers come back as text, without ".0" or E-notation."""
    if isinstance(raw, float | int) and not isinstance(raw, bool):
        return str(int(raw))
    return text(raw)


def _serial(days: int) -> date:
    if not SERIAL_DAYS[0] <= days <= SERIAL_DAYS[1]:
        raise BadValue(
            QT_TRANSLATE_NOOP("ImportValue", "{value} is not a real date.").with_(value=days)
        )
    return EXCEL_EPOCH + timedelta(days=days)


def parse_date(raw: Any) -> date | None:
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return _serial(int(raw))  # a date cell formatted as a number: Excel's serial day
    value = text(raw)
    if not value:
        return None
    if len(value) == 10 and value[4] == value[7] == "-":  # 2026-03-08, the usual way: fast
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass  # said below, as for any other way of writing it
    if value.isdigit() and len(value) <= 5:
        return _serial(int(value))
    for pattern in DATE_PATTERNS:
        match = pattern.match(value)
        if match:
            year, month, day = (int(part) for part in match.groups())
            try:
                return date(year, month, day)
            except ValueError as exc:
                raise BadValue(
                    QT_TRANSLATE_NOOP("ImportValue", "{value} is not a real date.").with_(
                        value=value
                    )
                ) from exc
    raise BadValue(
        QT_TRANSLATE_NOOP(
            "ImportValue", "{value} is not a date (write 2026-03-08, 2026/3/8 or 2026年3月8日)."
        ).with_(value=value)
    )


def parse_money(raw: Any) -> Decimal | None:
    if isinstance(raw, bool):
        raise BadValue(
            QT_TRANSLATE_NOOP("ImportValue", "{value} is not an amount.").with_(value=raw)
        )
    if isinstance(raw, int | float):
        return Decimal(str(raw)).quantize(Decimal("0.01"))
    value = text(raw).replace(",", "").replace("，", "").replace("¥", "").replace("￥", "")
    value = value.removeprefix("CNY").strip(SPACES)
    if not value:
        return None
    multiplier = Decimal(1)
    if value.endswith("万元") or value.endswith("万"):
        multiplier, value = Decimal(10_000), value.rstrip("元").removesuffix("万")
    value = value.removesuffix("元")
    try:
        return (Decimal(value) * multiplier).quantize(Decimal("0.01"))
    except InvalidOperation as exc:
        raise BadValue(
            QT_TRANSLATE_NOOP("ImportValue", "{value} is not an amount.").with_(value=text(raw))
        ) from exc


def parse_int(raw: Any, low: int | None = None, high: int | None = None) -> int | None:
    value = text(raw)
    if not value:
        return None
    try:
        number = int(float(value))
    except ValueError as exc:
        raise BadValue(
            QT_TRANSLATE_NOOP("ImportValue", "{value} is not a whole number.").with_(value=value)
        ) from exc
    if (low is not None and number < low) or (high is not None and number > high):
        raise BadValue(
            QT_TRANSLATE_NOOP("ImportValue", "{value} is outside {low}–{high}.").with_(
                value=number, low=low, high=high
            )
        )
    return number


def parse_percent(raw: Any) -> Decimal | None:
    if isinstance(raw, float) and 0 < raw <= 1:
        return Decimal(str(raw * 100)).quantize(Decimal("0.01"))
    value = text(raw).rstrip("%％")
    return parse_money(value)


TRUE_WORDS = {"yes", "y", "true", "1", "是", "√", "✓", "对", "有"}
FALSE_WORDS = {"no", "n", "false", "0", "否", "×", "无", "不", ""}


def parse_bool(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    value = text(raw).lower()
    if value in TRUE_WORDS:
        return True
    if value in FALSE_WORDS:
        return False
    raise BadValue(
        QT_TRANSLATE_NOOP("ImportValue", "{value} is neither yes nor no.").with_(value=value)
    )


def _normal(word: str) -> str:
    return re.sub(r"[\s_\-()（）]", "", word).lower()


def enum_aliases(enum_type: type[E], extra: dict[str, E] | None = None) -> dict[str, E]:
    """Every way to write a member: its code, its English name, its Chinese name (from the
    shipped translation), plus ``extra`` (e.g. stance letters C/S/N/E/B)."""
    chinese = translator("zh_CN")
    aliases: dict[str, E] = {}
    for member in enum_type:
        message = LABELS[member]
        names = {member.value, message.text, chinese(message.context, message.text)}
        for name in names:
            if name:
                aliases[_normal(name)] = member
    for key, member in (extra or {}).items():
        aliases[_normal(key)] = member
    return aliases


def parse_enum(raw: Any, aliases: dict[str, E]) -> E | None:
    """The member ``raw`` names: any alias, or the unambiguous start of one ("支持" for
    支持者, "关键决策人" for 关键决策者, "supp" for Supporter); else BadValue listing the
    allowed values."""
    value = text(raw)
    if not value:
        return None
    word = _normal(value)
    member = aliases.get(word)
    if member is not None:
        return member
    enum_type = type(next(iter(aliases.values())))
    found = _by_prefix(word, aliases)
    if len(found) == 1:
        return found[0]
    message = AMBIGUOUS if found else NOT_ALLOWED
    choices = Choices(tuple(found) if found else tuple(enum_type))
    raise BadValue(message.with_(field="", value=value, allowed=choices))


PERSON_SUFFIX = re.compile(r"(?<=..)[者人员]$")  # 关键决策人 ~ 关键决策者, 技术把关 ~ 技术把关者


def _by_prefix(word: str, aliases: dict[str, E]) -> list[E]:
    """Members one of whose names starts with ``word`` (a CJK word of two characters or
    more, a Latin one of three or more), in declaration order."""
    stem = PERSON_SUFFIX.sub("", word)
    wide = any(unicodedata.east_asian_width(char) == "W" for char in stem)
    if len(stem) < (2 if wide else 3):
        return []
    matches = {member for alias, member in aliases.items() if alias.startswith(stem)}
    return [member for member in type(next(iter(aliases.values()))) if member in matches]


def parse_enum_list(raw: Any, aliases: dict[str, E]) -> list[E]:
    members: list[E] = []
    for part in LIST_SEPARATORS.split(text(raw)):
        if part.strip(SPACES):
            member = parse_enum(part, aliases)
            if member is not None and member not in members:
                members.append(member)
    return members


CURRENCY_NAMES = {"人民币": "CNY", "RMB": "CNY", "元": "CNY", "美元": "USD", "欧元": "EUR"}


def currency(raw: Any) -> str:
    """A currency code: "cny" → CNY, 人民币 / RMB → CNY (the form takes three capitals)."""
    value = text(raw).upper()
    return CURRENCY_NAMES.get(value, value)


def split_names(raw: Any) -> list[str]:
    return [part.strip(SPACES) for part in LIST_SEPARATORS.split(text(raw)) if part.strip(SPACES)]
