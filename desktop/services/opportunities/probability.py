"""The probability a deal is weighted with, and its weighted amount.

The rule: the opportunity's own probability when the user set one (0 % included), else its
stage's. It is stated once for values (:func:`probability`, :func:`weighted`) and once for
SQL (:data:`PROBABILITY`, :data:`WEIGHTED_RAW`) side by side here, and a test compares the
two on a real database (tests/unit/opportunities/test_probability.py).
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, type_coerce
from sqlalchemy.types import Integer

from desktop.models import Opportunity, Stage
from desktop.models.types import CENT

# Needs Stage joined to the opportunity.
PROBABILITY = func.coalesce(Opportunity.probability_override, Stage.probability)
# amount in cents x probability in percent: exact in SQL integers.
WEIGHTED_RAW = type_coerce(Opportunity.amount, Integer) * PROBABILITY


def probability(override: int | None, stage_probability: int) -> int:
    return stage_probability if override is None else override


def weighted_amount(cents_percent: int | None) -> Decimal:
    """Yuan from SQL's cents x percent, rounded to the cent."""
    return (Decimal(cents_percent or 0) / 10_000).quantize(CENT)


def weighted(amount: Decimal, percent: int) -> Decimal:
    """The weighted amount of a deal in hand, rounded as :data:`WEIGHTED_RAW` is."""
    return weighted_amount(int(amount / CENT) * percent)
