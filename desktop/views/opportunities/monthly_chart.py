"""The 12-month forecast: weighted amounts by expected decision month and forecast category,
what was won, and the monthly target."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from desktop.services.opportunities.pipeline import MonthForecast
from desktop.views.i18n import translate

from .chart_format import fresh_axes, month_label, short_money
from .plain_chart import PlainChart

COMMIT = "#1b7f3b"
BEST_CASE = "#8bc34a"
PIPELINE = "#90a4ae"
WON = "#283593"
TARGET = "#b3261e"


class MonthlyForecastChart(PlainChart):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("MonthlyForecastChart", "12-month forecast (weighted) against target"),
            [
                (COMMIT, translate("MonthlyForecastChart", "Commit")),
                (BEST_CASE, translate("MonthlyForecastChart", "Best case")),
                (PIPELINE, translate("MonthlyForecastChart", "Pipeline")),
                (WON, translate("MonthlyForecastChart", "Won")),
                (TARGET, translate("MonthlyForecastChart", "Target")),
            ],
            parent,
            width=7,
            height=3.2,
        )
        self.set_margins(64, 8, 10, 34)
        self.setMinimumHeight(260)

    def plot(self, months: Sequence[MonthForecast]) -> None:
        axes = fresh_axes(self.figure)
        xs = list(range(len(months)))
        commit = [float(m.commit) for m in months]
        best = [float(m.best_case) for m in months]
        pipe = [float(m.pipeline) for m in months]
        won = [float(m.won) for m in months]
        width = 0.38
        left = [x - width / 2 for x in xs]
        right = [x + width / 2 for x in xs]
        axes.bar(left, commit, width, color=COMMIT, label="commit")
        axes.bar(
            left,
            best,
            width,
            bottom=commit,
            color=BEST_CASE,
            label="best_case",
        )
        axes.bar(
            left,
            pipe,
            width,
            bottom=[c + b for c, b in zip(commit, best, strict=True)],
            color=PIPELINE,
            label="pipeline",
        )
        axes.bar(right, won, width, color=WON, label="won")
        targets = [float(m.target) if m.target is not None else None for m in months]
        shown = [(x, t) for x, t in zip(xs, targets, strict=True) if t is not None]
        if shown:
            axes.scatter(
                [x for x, _ in shown],
                [t for _, t in shown],
                marker="_",
                s=500,
                linewidths=2.5,
                color=TARGET,
                zorder=3,
                label="target",
            )
        axes.set_xticks(xs)
        axes.set_xticklabels(
            [month_label(m.month, n == 0 or m.month.month == 1) for n, m in enumerate(months)],
            fontsize=8,
        )
        axes.yaxis.set_major_formatter(lambda value, _pos: short_money(value))
        axes.tick_params(axis="y", labelsize=8)
        axes.grid(axis="y", color="#e0e0e0")
        axes.set_axisbelow(True)
        for side in ("top", "right"):
            axes.spines[side].set_visible(False)
        self.redraw()
