"""Receivables ageing as stacked bars, one per account."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QWidget

from desktop.services.contracts.ageing import AgeingReport, AgeingRow
from desktop.views.common.charts import TICK_FONT_PX, ChartWidget, text_width

from .text import chart_scale, plain_amounts, short

TOP = 8  # accounts shown by name; the rest are summed up
# Not due yet, then from the first bucket (amber) to the oldest (deep red).
COLOURS = ["#c9ced6", "#f6d58e", "#f2b15f", "#e8843f", "#d5542f", "#b3261e", "#7f0f12"]


class AgeingChart(ChartWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, width=5, height=3)
        self.axes = self.figure.add_subplot()
        self.set_margins(56, 8, 120, 48)  # until the first plot fits them to its labels

    def plot(
        self,
        report: AgeingReport,
        bucket_labels: list[str],
        not_due_label: str,
        others_label: str,
    ) -> None:
        axes = self.axes
        axes.clear()
        for legend in list(self.figure.legends):
            legend.remove()
        divisor, unit = chart_scale()
        rows = [r for r in report.rows if r.due > 0 or r.not_due > 0]
        shown: list[tuple[str, AgeingRow]] = [(short(r.label), r) for r in rows[:TOP]]
        rest = rows[TOP:]
        if rest:
            width = len(report.buckets)
            summed = AgeingRow(
                0,
                others_label,
                sum((r.not_due for r in rest), Decimal(0)),
                tuple(sum((r.buckets[i] for r in rest), Decimal(0)) for i in range(width)),
            )
            shown.append((others_label, summed))
        if not shown:
            axes.set_axis_off()
            self.redraw()
            return
        axes.set_axis_on()
        shown.reverse()  # the largest on top
        labels = [name for name, _ in shown]
        left = [0.0] * len(shown)
        series = [(not_due_label, [float(r.not_due) / divisor for _, r in shown])]
        for index, text in enumerate(bucket_labels):
            series.append((text, [float(r.buckets[index]) / divisor for _, r in shown]))
        for number, (text, values) in enumerate(series):
            if not any(values):
                continue  # keep the legend to the buckets that hold money
            colour = COLOURS[min(number, len(COLOURS) - 1)]
            axes.barh(labels, values, left=left, label=text, color=colour, height=0.6)
            left = [a + b for a, b in zip(left, values, strict=True)]
        axes.set_xlabel(unit)
        axes.grid(axis="x", alpha=0.3)
        axes.set_axisbelow(True)
        handles, texts = axes.get_legend_handles_labels()
        self.figure.legend(handles, texts, loc="center right", fontsize="small", frameon=False)
        axes.tick_params(axis="y", labelsize="small")
        plain_amounts(axes.xaxis, ticks=2)
        # Room for the names on the left, the legend on the right, the amounts and their unit.
        line = TICK_FONT_PX + 8
        self.set_margins(text_width(labels) + 14, 8, text_width(texts) + 40, 2 * line + 8)
        self.redraw()
