"""One rule, two paths: the deal's own probability, else its stage's, and the weighted
amount, the same in the editor (Python) and in the list and pipeline (SQL)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.services.opportunities.deals import OpportunityService
from desktop.services.opportunities.opportunity_list import OpportunityList


@pytest.mark.parametrize(
    ("override", "amount", "percent", "weighted"),
    [
        (None, "1000", 60, "600.00"),  # the "bid" stage's 60 %
        (0, "1000", 0, "0.00"),  # 0 % is an override, not "no override"
        (100, "1000", 100, "1000.00"),
        (37, "1234.55", 37, "456.78"),  # 456.7835
        (1, "0.50", 1, "0.00"),  # 0.005: half to even, in both paths
        (3, "0.50", 3, "0.02"),  # 0.015
    ],
)
def test_the_editor_and_the_list_show_the_same_probability_and_weighted_amount(
    db, make, override, amount, percent, weighted
) -> None:
    deal = make.opportunity(make.account(), amount=amount, stage="bid", override=override)
    detail = OpportunityService(db).detail(deal)
    (row,) = OpportunityList(db).page(0, 10)
    expected = (percent, Decimal(weighted))
    assert (detail.probability, detail.weighted) == expected
    assert (row.probability, row.weighted) == expected
    assert row.probability_overridden == (override is not None)
