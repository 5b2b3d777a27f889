"""A chart with its title and legend drawn by Qt around the matplotlib canvas, and margins
fixed in pixels: both much cheaper to draw than matplotlib's own (a forecast with three charts
stays quick on a slow machine)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop.views.common.charts import ChartWidget

TICK_FONT_PX = 12  # matplotlib's 8.5 pt at 100 dpi


def text_width(texts: Sequence[str]) -> int:
    """About how wide matplotlib writes the widest of ``texts`` at tick size, in pixels."""
    font = QFont()
    font.setPixelSize(TICK_FONT_PX)
    metrics = QFontMetrics(font)
    return max((metrics.horizontalAdvance(t) for t in texts), default=0)


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
        self.figure.set_layout_engine(None)
        self.margins = (56, 10, 14, 28)  # left, top, right, bottom, in pixels
        self.title = QLabel(f"<b>{title}</b>", self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.legend_labels: list[str] = []
        layout = self.layout()
        layout.insertWidget(0, self.title)  # type: ignore[attr-defined]
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
            layout.addLayout(row)  # type: ignore[attr-defined]

    def set_margins(self, left: int, top: int, right: int, bottom: int) -> None:
        self.margins = (left, top, right, bottom)
        self._apply_margins()

    def _apply_margins(self) -> None:
        width = max(self.canvas.width(), 100)
        height = max(self.canvas.height(), 80)
        left, top, right, bottom = self.margins
        self.figure.subplots_adjust(
            left=min(left / width, 0.6),
            right=max(1 - right / width, 0.65),
            top=max(1 - top / height, 0.5),
            bottom=min(bottom / height, 0.45),
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_margins()
