"""Money collected against money falling due, month by month."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QWidget

from desktop.services.contracts.receivables import MonthFigure
from desktop.views.common.charts import TICK_FONT_PX, ChartWidget, text_width
from desktop.views.common.formatting import format_number

from .text import chart_scale, plain_amounts

DUE = "#f2b15f"
COLLECTED = "#2e7d32"


class CollectionChart(ChartWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, width=5, height=3)
        self.axes = self.figure.add_subplot()
        self.set_margins(56, 10, 12, 48)  # until the first plot fits them to its labels

    def plot(
        self,
        months: list[MonthFigure],
        today: date,
        due_label: str,
        collected_label: str,
        ahead_label: str,
    ) -> None:
        axes = self.axes
        axes.clear()
        divisor, unit = chart_scale()
        locale = QLocale()
        labels = []
        for figure in months:
            text = locale.toString(QDate(figure.month.year, figure.month.month, 1), "MMM")
            if figure.month.month == 1:
                text += f"\n{figure.month.year}"
            labels.append(text)
        positions = list(range(len(months)))
        width = 0.4
        axes.bar(
            [p - width / 2 for p in positions],
            [float(m.due) / divisor for m in months],
            width,
            label=due_label,
            color=DUE,
        )
        axes.bar(
            [p + width / 2 for p in positions],
            [float(m.collected) / divisor for m in months],
            width,
            label=collected_label,
            color=COLLECTED,
        )
        current = next(
            (
                i
                for i, m in enumerate(months)
                if (m.month.year, m.month.month) == (today.year, today.month)
            ),
            None,
        )
        if current is not None and current + 1 < len(months):
            axes.axvspan(current + 0.5, len(months) - 0.5, color="#000000", alpha=0.05, lw=0)
            axes.text(
                len(months) - 0.6,
                0.97,
                ahead_label,
                transform=axes.get_xaxis_transform(),
                ha="right",
                va="top",
                fontsize="small",
                color="#555555",
            )
        axes.set_xticks(positions, labels, fontsize="small")
        axes.set_xlim(-0.6, len(months) - 0.4)
        axes.set_ylabel(unit)
        axes.grid(axis="y", alpha=0.3)
        axes.set_axisbelow(True)
        axes.legend(fontsize="small", loc="upper left", frameon=False)
        plain_amounts(axes.yaxis)
        # Amounts and their unit on the left; months, and under January its year, below.
        highest = max((float(max(m.due, m.collected)) / divisor for m in months), default=0)
        line = TICK_FONT_PX + 8
        self.set_margins(text_width([format_number(round(highest))]) + 46, 10, 12, 2 * line + 8)
        self.redraw()
