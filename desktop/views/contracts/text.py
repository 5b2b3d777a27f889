"""Turning the contract services' plain values into the user's language and notation."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import Enum

from PySide6.QtGui import QColor

from desktop.services.contracts.limitation import (
    LEVEL_TEXT,
    RESTART_TEXT,
    Level,
    LimitationClock,
)
from desktop.services.labels import label
from desktop.services.messages import Message, Sentences
from desktop.views.common.formatting import format_date, format_money, format_number
from desktop.views.i18n import CHINESE, current_language, translate

# Colours that stay readable on light backgrounds.
GOOD = QColor("#1b7a3a")
WARN = QColor("#9a6200")
BAD = QColor("#b00020")
MUTED = QColor("#6b6b6b")
LEVEL_COLOUR = {
    Level.RUNNING: None,
    Level.WARNING: WARN,
    Level.URGENT: BAD,
    Level.EXPIRED: BAD,
    Level.INTERRUPTED: MUTED,
    Level.NOT_STARTED: MUTED,
}


def _shown(value: object) -> object:
    if isinstance(value, Message):
        return render(value)
    if isinstance(value, Sentences):
        return " ".join(render(m) for m in value.messages)
    if isinstance(value, Decimal):
        return format_money(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, Enum):
        return label(value, translate)
    if isinstance(value, int) and not isinstance(value, bool):
        return format_number(value)
    return value


def render(message: Message) -> str:
    """A service message in the user's language, with money, dates and numbers formatted."""
    shown = Message(
        message.context,
        message.text,
        {key: _shown(value) for key, value in message.params.items()},
    )
    return shown.render(translate)


def days_text(days: int) -> str:
    return translate("ContractsText", "{days} days").format(days=format_number(days))


def clock_summary(clock: LimitationClock) -> str:
    """One line: "Expires 9 Oct 2029 (1,051 days left)" and the like."""
    if clock.level is Level.INTERRUPTED:
        return translate(
            "ContractsText",
            "Interrupted by litigation on {date}: restarts when the proceedings end",
        ).format(date=format_date(clock.litigation_on))
    if clock.level is Level.NOT_STARTED or clock.expires_on is None:
        return render(LEVEL_TEXT[Level.NOT_STARTED])
    if clock.level is Level.EXPIRED:
        return translate("ContractsText", "Expired on {date}").format(
            date=format_date(clock.expires_on)
        )
    return translate("ContractsText", "Expires {date} ({days} left)").format(
        date=format_date(clock.expires_on), days=days_text(clock.days_left or 0)
    )


def clock_detail(clock: LimitationClock) -> str:
    """Why the clock shows what it shows."""
    if clock.runs_from is None or clock.level in (Level.INTERRUPTED, Level.NOT_STARTED):
        return clock_summary(clock)
    reason = RESTART_TEXT[clock.restart].with_(
        date=clock.runs_from, step=clock.step if clock.step is not None else ""
    )
    return translate("ContractsText", "{summary}; the period {reason}.").format(
        summary=clock_summary(clock), reason=render(reason)
    )


def money(value: Decimal | None, currency: str = "CNY") -> str:
    return format_money(value, currency)


def chart_scale() -> tuple[int, str]:
    """Chart amounts in the unit the reader thinks in: 万元 (10,000) in Chinese, thousands
    otherwise."""
    if current_language() == CHINESE:
        return 10_000, translate("ContractsText", "Amount (10,000 CNY)")
    return 1_000, translate("ContractsText", "Amount (thousand CNY)")


def plain_amounts(axis, ticks: int = 4) -> None:
    """Whole amounts with the locale's thousands separators on a chart axis (never "1e7")."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    axis.set_major_locator(MaxNLocator(nbins=ticks))
    axis.set_major_formatter(FuncFormatter(lambda value, _position: format_number(round(value))))


def short(text: str, length: int = 18) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"
