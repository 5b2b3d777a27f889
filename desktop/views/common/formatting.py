"""Showing values the way the user's locale writes them: dates, money (CNY), numbers."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from fractions import Fraction
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from desktop.services.labels import label
from desktop.services.messages import Message
from desktop.views.i18n import translate

CURRENCY_SYMBOLS = {"CNY": "¥"}


def _date_format(locale: QLocale) -> str:
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    locale = QLocale()
    return locale.toString(QDate(value.year, value.month, value.day), _date_format(locale))


def format_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    locale = QLocale()
    moment = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
    return locale.toString(moment, f"{_date_format(locale)} {time_format}")


def format_money(value: Decimal | None, currency: str = "CNY", *, decimals: int = 2) -> str:
    if value is None:
        return ""
    locale = QLocale()
    symbol = CURRENCY_SYMBOLS.get(currency, currency + " ")
    if currency == "CNY" and locale.language() != QLocale.Language.Chinese:
        symbol = "CN¥"
    return locale.toCurrencyString(float(value), symbol, decimals)


def format_number(value: float | int | Decimal | Fraction | None, decimals: int = 0) -> str:
    if value is None:
        return ""
    return QLocale().toString(float(value), "f", decimals)


def format_percent(value: float | int | Decimal | None, decimals: int = 0) -> str:
    return "" if value is None else f"{format_number(value, decimals)}%"


def display(value: Any) -> str:
    """A reasonable text for any value a service hands to a view."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("Formatting", "Yes") if value else translate("Formatting", "No")
    if isinstance(value, Enum):
        return label(value, translate)
    if isinstance(value, Message):
        return value.render(translate)
    if isinstance(value, Decimal):
        return format_money(value)
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, int | float):
        return format_number(value)
    if isinstance(value, tuple | list | frozenset | set):
        return ", ".join(display(item) for item in value)
    return str(value)
