"""A chart with its title and legend drawn by Qt around the matplotlib canvas, and margins
fixed in pixels: both much cheaper to draw than matplotlib's own (a forecast with three charts
stays quick on a slow machine)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QWidget

from desktop.views.common.charts import ChartWidget


class PlainChart(ChartWidget):
    def __init__(
        self,
        title: str,
        legend: Sequence[tuple[str, str]] = (),
        parent: QWidget | None = None,
        *,
        width: float = 5,
        height: float = 3,
    ) -> None:
        super().__init__(parent, width=width, height=height)
        self.set_margins(56, 10, 14, 28)
        self.title = QLabel(f"<b>{title}</b>", self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.legend_labels: list[str] = []
        layout = self.layout()
        assert isinstance(layout, QBoxLayout)  # ChartWidget lays out in a column
        layout.insertWidget(0, self.title)
        if legend:
            row = QHBoxLayout()
            row.addStretch(1)
            for colour, text in legend:
                swatch = QLabel(self)
                swatch.setFixedSize(12, 12)
                swatch.setStyleSheet(f"background: {colour}; border: 1px solid #9e9e9e")
                row.addWidget(swatch)
                row.addWidget(QLabel(text, self))
                row.addSpacing(12)
                self.legend_labels.append(text)
            row.addStretch(1)
            layout.addLayout(row)
