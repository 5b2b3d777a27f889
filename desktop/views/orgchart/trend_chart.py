"""Closeness and trust over time, after each logged interaction."""

from __future__ import annotations

from desktop.services.orgchart.visits import TrendPoint
from desktop.views.common.charts import ChartWidget


class TrendChart(ChartWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent, width=3.4, height=1.9)
        self.axes = self.figure.add_subplot()
        self.setMinimumHeight(170)

    def show_trend(self, points: list[TrendPoint]) -> None:
        import matplotlib.dates as mdates

        axes = self.axes
        axes.clear()
        for attribute, text, colour, marker in (
            ("closeness", self.tr("Closeness"), "#3a6fb0", "o"),
            ("trust", self.tr("Trust"), "#1b7a3d", "s"),
        ):
            rated = [p for p in points if getattr(p, attribute) is not None]
            # Dates: matplotlib converts them through its units registry; its stubs say numbers.
            axes.plot(
                [p.on for p in rated],  # type: ignore[arg-type]
                [getattr(p, attribute) for p in rated],
                marker=marker,
                markersize=4,
                linewidth=1.6,
                color=colour,
                label=text,
            )
        axes.set_ylim(0.5, 5.5)
        axes.set_yticks([1, 2, 3, 4, 5])
        axes.grid(True, axis="y", alpha=0.3)
        axes.tick_params(labelsize=8)
        locator = mdates.AutoDateLocator(maxticks=5)
        axes.xaxis.set_major_locator(locator)
        # Numbers only (2026-07), readable in both languages.
        axes.xaxis.set_major_formatter(
            mdates.ConciseDateFormatter(
                locator,
                formats=["%Y", "%Y-%m", "%m-%d", "%H:%M", "%H:%M", "%S"],
                zero_formats=["", "%Y", "%Y-%m", "%m-%d", "%H:%M", "%H:%M"],
                offset_formats=["", "", "", "", "", ""],
            )
        )
        if points:
            axes.legend(loc="lower right", fontsize=8, frameon=False)
        else:
            axes.text(
                0.5,
                0.5,
                self.tr("No interactions logged yet"),
                ha="center",
                va="center",
                transform=axes.transAxes,
                color="#5b6670",
            )
        for side in ("top", "right"):
            axes.spines[side].set_visible(False)
        self.redraw()
