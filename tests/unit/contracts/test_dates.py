from datetime import date

import pytest

from desktop.services.contracts.dates import (
    add_months,
    add_years,
    month_start,
    next_anniversary,
)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2026, 3, 31), 1, date(2026, 4, 30)),
        (date(2026, 11, 15), 2, date(2027, 1, 15)),
        (date(2026, 1, 15), -1, date(2025, 12, 15)),
        (date(2025, 9, 9), 12, date(2026, 9, 9)),
    ],
)
def test_months_end_on_the_corresponding_day_or_the_months_last(start, months, expected):
    assert add_months(start, months) == expected


def test_years_from_29_february_end_on_28_february_in_common_years():
    assert add_years(date(2024, 2, 29), 3) == date(2027, 2, 28)
    assert add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)


@pytest.mark.parametrize(
    ("born", "today", "expected"),
    [
        (date(1970, 11, 23), date(2026, 11, 23), date(2026, 11, 23)),
        (date(1970, 11, 22), date(2026, 11, 23), date(2027, 11, 22)),
        (date(1968, 2, 29), date(2027, 2, 1), date(2027, 2, 28)),
        (date(1968, 2, 29), date(2028, 2, 1), date(2028, 2, 29)),
        (date(1968, 2, 29), date(2027, 3, 1), date(2028, 2, 29)),
    ],
)
def test_next_birthday(born, today, expected):
    assert next_anniversary(born, today) == expected


def test_month_start():
    assert month_start(date(2026, 11, 23)) == date(2026, 11, 1)
    assert month_start(date(2026, 11, 23), 3) == date(2027, 2, 1)
    assert month_start(date(2026, 1, 31), -1) == date(2025, 12, 1)
