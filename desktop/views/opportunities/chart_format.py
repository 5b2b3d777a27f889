"""Short amounts for chart labels: 875万 / 1.2亿 in Chinese, ¥8.8M / ¥350k in English."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale

from desktop.views.i18n import CHINESE, current_language


def short_money(value: Decimal | float, language: str | None = None) -> str:
    amount = float(value)
    sign = "-" if amount < 0 else ""
    amount = abs(amount)
    if (language or current_language()) == CHINESE:
        if amount >= 1e8:
            return f"{sign}{amount / 1e8:.2f}亿"
        if amount >= 1e4:
            return f"{sign}{amount / 1e4:,.0f}万"
        return f"{sign}{amount:,.0f}"
    if amount >= 1e6:
        return f"{sign}¥{amount / 1e6:,.1f}M"
    if amount >= 1e3:
        return f"{sign}¥{amount / 1e3:,.0f}k"
    return f"{sign}¥{amount:,.0f}"


def month_label(month, with_year: bool = False) -> str:
    locale = QLocale()
    name = locale.monthName(month.month, QLocale.FormatType.ShortFormat)
    return f"{name}\n{month.year}" if with_year else name


def fresh_axes(figure):
    """The figure's one Axes, emptied of what the last plot drew (cheaper than a new one)."""
    if not figure.axes:
        return figure.add_subplot()
    axes = figure.axes[0]
    for artist in [*axes.patches, *axes.texts, *axes.lines, *axes.collections]:
        artist.remove()
    legend = axes.get_legend()
    if legend is not None:
        legend.remove()
    axes.relim()
    axes.autoscale()
    return axes
