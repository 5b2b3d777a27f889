"""The funnel page's charts (docs/forecast-discipline.md): conversion against the
10 → 5 → 3 → 1 rule, time in stage, the deals whose decision date slipped most, and the win
rate by score band against what the scorecard predicted."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from desktop.services.labels import localized
from desktop.services.opportunities.discipline import FunnelStep, StageTime, WinRate
from desktop.services.opportunities.slips import SlippedDeal
from desktop.views.common.charts import text_width
from desktop.views.i18n import current_language, translate

from .chart_format import fresh_axes
from .plain_chart import PlainChart

ACTUAL = "#2171b5"
BELOW = "#e6550d"
RULE = "#b3261e"
PAST = "#bdbdbd"
SLIP = "#8a5a00"


def _tidy(axes, grid: str = "x") -> None:
    axes.grid(axis=grid, color="#e0e0e0")
    axes.set_axisbelow(True)
    axes.tick_params(labelsize=8)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)


def _nothing(chart: PlainChart, axes, text: str) -> None:
    axes.set_xticks([])
    axes.set_yticks([])
    for side in ("top", "right", "bottom", "left"):
        axes.spines[side].set_visible(False)
    axes.text(0.5, 0.5, text, ha="center", va="center", color="#5f6368", fontsize=9)
    chart.set_margins(8, 4, 8, 4)
    chart.redraw()


class _BarsByName(PlainChart):
    """Horizontal bars, one row per name, names on the left sized to fit."""

    def _names(self, axes, names: Sequence[str]) -> None:
        positions = list(range(len(names)))[::-1]
        axes.set_yticks(positions)
        axes.set_yticklabels(names, fontsize=8)
        self.set_margins(text_width(names) + 14, 4, 14, 24)


class ConversionChart(_BarsByName):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("DisciplineCharts", "Funnel conversion against the 10 → 5 → 3 → 1 rule"),
            [
                (ACTUAL, translate("DisciplineCharts", "Share that reached the stage")),
                (BELOW, translate("DisciplineCharts", "Below the rule")),
                (RULE, translate("DisciplineCharts", "Rule")),
            ],
            parent,
            width=5,
            height=3,
        )
        self.setMinimumHeight(250)

    def plot(self, steps: Sequence[FunnelStep]) -> None:
        axes = fresh_axes(self.figure)
        if not steps or steps[0].reached == 0:
            _nothing(self, axes, translate("DisciplineCharts", "No opportunities yet"))
            return
        language = current_language()
        positions = list(range(len(steps)))[::-1]
        shares = [float(s.share or 0) for s in steps]
        colours = [BELOW if s.below else ACTUAL for s in steps]
        axes.barh(positions, shares, color=colours, height=0.7)
        axes.scatter(
            [float(s.rule) for s in steps], positions, marker="|", s=260, color=RULE, zorder=3
        )
        for y, step, share in zip(positions, steps, shares, strict=True):
            axes.text(share + 1.5, y, f"{share:.0f}% ({step.reached})", va="center", fontsize=8)
        self._names(axes, [localized(s.name_en, s.name_zh, language) for s in steps])
        axes.set_xlim(0, 118)
        axes.xaxis.set_major_formatter(lambda value, _pos: f"{value:.0f}%")
        _tidy(axes)
        self.redraw()


class StageTimeChart(_BarsByName):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("DisciplineCharts", "Days in stage"),
            [
                (ACTUAL, translate("DisciplineCharts", "Open deals so far (average)")),
                (PAST, translate("DisciplineCharts", "Deals before them (average)")),
            ],
            parent,
            width=5,
            height=3,
        )
        self.setMinimumHeight(250)

    def plot(self, times: Sequence[StageTime]) -> None:
        axes = fresh_axes(self.figure)
        if not any(t.open_count or t.past_count for t in times):
            _nothing(self, axes, translate("DisciplineCharts", "No stage history yet"))
            return
        language = current_language()
        positions = list(range(len(times)))[::-1]
        now = [float(t.current_days or 0) for t in times]
        past = [float(t.past_days or 0) for t in times]
        axes.barh([p + 0.18 for p in positions], now, height=0.36, color=ACTUAL)
        axes.barh([p - 0.18 for p in positions], past, height=0.36, color=PAST)
        for y, value in zip(positions, now, strict=True):
            if value:
                axes.text(value, y + 0.18, f" {value:.0f}", va="center", fontsize=7.5)
        self._names(axes, [localized(t.name_en, t.name_zh, language) for t in times])
        axes.margins(x=0.12)
        _tidy(axes)
        self.redraw()


class SlipChart(_BarsByName):
    SHOWN = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("DisciplineCharts", "Decision dates that slipped (days later than promised)"),
            parent=parent,
            width=5,
            height=3,
        )
        self.setMinimumHeight(250)

    def plot(self, deals: Sequence[SlippedDeal]) -> None:
        axes = fresh_axes(self.figure)
        shown = sorted(deals, key=lambda d: -(d.days or 0))[: self.SHOWN]
        if not shown:
            _nothing(self, axes, translate("DisciplineCharts", "No decision date has slipped"))
            return
        positions = list(range(len(shown)))[::-1]
        days = [float(d.days or 0) for d in shown]
        axes.barh(positions, days, color=SLIP, height=0.7)
        for y, deal, value in zip(positions, shown, days, strict=True):
            text = translate("DisciplineCharts", "{days} d, {count}×").format(
                days=f"{value:.0f}", count=deal.count
            )
            axes.text(value, y, f" {text}", va="center", fontsize=7.5)
        self._names(axes, [_short(d.name) for d in shown])
        axes.margins(x=0.25)
        _tidy(axes)
        self.redraw()


class ScoreBandChart(PlainChart):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("DisciplineCharts", "Win rate by score band: reality against the scorecard"),
            [
                (ACTUAL, translate("DisciplineCharts", "Won ÷ closed")),
                (RULE, translate("DisciplineCharts", "Estimated win chance")),
            ],
            parent,
            width=5,
            height=3,
        )
        self.set_margins(44, 6, 12, 36)
        self.setMinimumHeight(250)

    def plot(self, bands: Sequence[WinRate]) -> None:
        axes = fresh_axes(self.figure)
        if not any(b.closed for b in bands):
            _nothing(self, axes, translate("DisciplineCharts", "No closed deals yet"))
            return
        self.set_margins(44, 6, 12, 36)
        xs = list(range(len(bands)))
        rates = [float(b.rate or 0) for b in bands]
        axes.bar(xs, rates, color=ACTUAL, width=0.6)
        predicted = [(x, b.predicted) for x, b in zip(xs, bands, strict=True) if b.predicted]
        axes.scatter(
            [x for x, _ in predicted],
            [p for _, p in predicted],
            marker="_",
            s=500,
            linewidths=2.5,
            color=RULE,
            zorder=3,
        )
        for x, band, rate in zip(xs, bands, rates, strict=True):
            if band.closed:
                label = translate("DisciplineCharts", "{won}/{closed}").format(
                    won=band.won, closed=band.closed
                )
                axes.text(x, rate + 2, label, ha="center", fontsize=7.5)
        axes.set_xticks(xs)
        axes.set_xticklabels([_text(b.label) for b in bands], fontsize=8)
        axes.set_ylim(0, 110)
        axes.yaxis.set_major_formatter(lambda value, _pos: f"{value:.0f}%")
        _tidy(axes, "y")
        self.redraw()


def _text(label: object) -> str:
    render = getattr(label, "render", None)
    return render(translate) if render is not None else str(label)


def _short(name: str, limit: int = 18) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"
