"""Amounts in lists and summaries: whole yuan without ".00", cents when there are any."""

from __future__ import annotations

from decimal import Decimal

from desktop.views.common.formatting import format_money


def money(value: Decimal | None) -> str:
    if value is None:
        return ""
    return format_money(value, decimals=0 if value == value.to_integral_value() else 2)
