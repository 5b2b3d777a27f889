"""The weighted pipeline by stage, drawn as a funnel."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from desktop.services.labels import localized
from desktop.services.opportunities.pipeline import StageTotal
from desktop.views.common.charts import text_width
from desktop.views.i18n import current_language, translate

from .chart_format import fresh_axes, short_money
from .plain_chart import PlainChart

COLOURS = ("#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b")


class FunnelChart(PlainChart):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("FunnelChart", "Weighted pipeline by stage (number of deals)"),
            parent=parent,
            width=5,
            height=3.2,
        )
        self.setMinimumHeight(260)

    def plot(self, stages: Sequence[StageTotal]) -> None:
        axes = fresh_axes(self.figure)
        language = current_language()
        values = [float(s.weighted) for s in stages]
        widest = max(values, default=0) or 1.0
        positions = list(range(len(stages)))[::-1]
        lefts = [(widest - v) / 2 for v in values]
        colours = [COLOURS[min(n, len(COLOURS) - 1)] for n in range(len(stages))]
        axes.barh(positions, values, left=lefts, color=colours, height=0.8)
        for y, stage, value, left in zip(positions, stages, values, lefts, strict=True):
            text = translate("FunnelChart", "{amount} ({count})").format(
                amount=short_money(stage.weighted, language), count=stage.count
            )
            if value >= widest * 0.45:
                axes.text(
                    widest / 2, y, text, ha="center", va="center", fontsize=8.5, color="white"
                )
            else:
                axes.text(
                    left + value + widest * 0.02,
                    y,
                    text,
                    ha="left",
                    va="center",
                    fontsize=8.5,
                    color="#202124",
                )
        names = [_stage_label(s, language) for s in stages]
        axes.set_yticks(positions)
        axes.set_yticklabels(names, fontsize=8.5)
        self.set_margins(text_width(names) + 16, 4, 8, 4)
        axes.set_xticks([])
        axes.set_xlim(0, widest)
        for side in ("top", "right", "bottom", "left"):
            axes.spines[side].set_visible(False)
        self.redraw()


def _stage_label(stage: StageTotal, language: str) -> str:
    """The stage with the probability its bar is weighted by: the stage's, or the average
    when deals in it carry a manual probability
    (docs/domain.md#stage-probability-and-estimated-win-chance)."""
    name = localized(stage.name_en, stage.name_zh, language)
    percent = stage.weighting_percent
    if percent == stage.probability:
        return f"{name} ({percent}%)"
    return translate("FunnelChart", "{stage} ({percent}% on average)").format(
        stage=name, percent=percent
    )
