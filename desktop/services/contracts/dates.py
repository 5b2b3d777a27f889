"""Calendar arithmetic for contract rules: months and years end on the corresponding day.

PRC Civil Code art. 202 (periods counted in months or years): "按照年、月计算期间的，到期月的
对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日" — a period ending in a month
without the corresponding day (31 April, 29 February in a common year) ends on that month's
last day. Warranty periods, limitation periods and birthdays all follow this rule here.
"""

from __future__ import annotations

import calendar
from datetime import date


def add_months(start: date, months: int) -> date:
    """``start`` moved by ``months`` calendar months, clamped to the month's last day."""
    years, month_index = divmod(start.month - 1 + months, 12)
    year = start.year + years
    month = month_index + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def add_years(start: date, years: int) -> date:
    """``start`` moved by ``years``; 29 February becomes 28 February in a common year."""
    return add_months(start, 12 * years)


def anniversary(born: date, year: int) -> date:
    """The birthday of someone born on ``born`` in ``year`` (29 Feb: 28 Feb in common years)."""
    return add_years(born, year - born.year)


def next_anniversary(born: date, today: date) -> date:
    """The first birthday on or after ``today``."""
    this_year = anniversary(born, today.year)
    return this_year if this_year >= today else anniversary(born, today.year + 1)


def month_start(day: date, offset: int = 0) -> date:
    """The first day of the month ``offset`` months from the month of ``day``."""
    return add_months(day.replace(day=1), offset)
