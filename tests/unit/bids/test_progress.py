"""Progress arithmetic and deadline highlighting, with hand-computed cases and an injected
today."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.models.enums import ChecklistStatus as S
from desktop.models.enums import TenderResult
from desktop.services.bids.progress import (
    Progress,
    days_left,
    in_warning_window,
    is_highlighted,
    progress_by_section,
    progress_of,
)


@dataclass(frozen=True)
class Item:
    section: str
    required: bool
    status: S


ITEMS = [
    Item("pricing", True, S.DONE),
    Item("qualifications", True, S.DONE),
    Item("qualifications", True, S.OPEN),
    Item("qualifications", False, S.NOT_APPLICABLE),
    Item("qualifications", False, S.OPEN),
    Item("pricing", True, S.PROBLEM),
    Item("submission", True, S.NOT_APPLICABLE),
]


def test_progress_counts_by_hand() -> None:
    total = progress_of(ITEMS)
    assert total == Progress(total=7, done=2, not_applicable=2, problems=1, required_outstanding=2)
    assert total.applicable == 5
    assert total.outstanding == 3
    assert total.percent == pytest.approx(40.0)  # 2 done of 5 applicable
    assert not total.complete


def test_progress_per_section_in_checklist_order() -> None:
    sections = progress_by_section(ITEMS)
    assert [code for code, _ in sections] == ["qualifications", "pricing", "submission"]
    qualifications, pricing, submission = (p for _, p in sections)
    assert (qualifications.done, qualifications.applicable) == (1, 3)
    assert qualifications.percent == pytest.approx(100 / 3)
    assert (pricing.done, pricing.problems, pricing.required_outstanding) == (1, 1, 1)
    assert pricing.percent == 50.0
    # Only a not-applicable item: nothing left to do.
    assert submission.percent == 100.0 and submission.complete
    assert qualifications + pricing + submission == progress_of(ITEMS)


def test_empty_checklist() -> None:
    empty = progress_of([])
    assert empty.percent == 100.0
    assert not empty.complete  # nothing to be complete about


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.sampled_from(list(S))), max_size=40))
def test_progress_invariants(pairs) -> None:
    items = [Item("pricing", required, status) for required, status in pairs]
    result = progress_of(items)
    assert result.done + result.not_applicable + result.outstanding == result.total
    assert 0.0 <= result.percent <= 100.0
    assert result.required_outstanding <= result.outstanding
    assert result.complete == (bool(items) and result.outstanding == 0)


TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("deadline", "expected"),
    [
        (datetime(2026, 11, 23, 17, 0), 0),
        (datetime(2026, 11, 24, 0, 30), 1),
        (datetime(2026, 11, 28, 9, 30), 5),
        (datetime(2026, 11, 20, 9, 0), -3),
        (None, None),
    ],
)
def test_days_left(deadline, expected) -> None:
    assert days_left(deadline, TODAY) == expected


@pytest.mark.parametrize(
    ("deadline", "warn_days", "result", "submitted", "expected"),
    [
        (datetime(2026, 11, 26, 9, 0), 3, TenderResult.PENDING, None, True),  # 3 days: in
        (datetime(2026, 11, 27, 9, 0), 3, TenderResult.PENDING, None, False),  # 4 days: out
        (datetime(2026, 11, 27, 9, 0), 4, TenderResult.PENDING, None, True),
        (datetime(2026, 11, 23, 9, 0), 0, TenderResult.PENDING, None, True),  # due today
        (datetime(2026, 11, 21, 9, 0), 3, TenderResult.PENDING, None, True),  # missed
        (datetime(2026, 11, 24, 9, 0), 3, TenderResult.PENDING, datetime(2026, 11, 22), False),
        (datetime(2026, 11, 24, 9, 0), 3, TenderResult.LOST, None, False),
        (None, 3, TenderResult.PENDING, None, False),
    ],
)
def test_warning_window(deadline, warn_days, result, submitted, expected) -> None:
    window = in_warning_window(deadline, TODAY, warn_days, result=result, submitted_at=submitted)
    assert window is expected


def test_only_required_outstanding_items_are_highlighted() -> None:
    highlighted = [is_highlighted(item, True) for item in ITEMS]
    assert highlighted == [False, False, True, False, False, True, False]
    assert not any(is_highlighted(item, False) for item in ITEMS)
