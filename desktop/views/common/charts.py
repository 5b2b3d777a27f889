"""A matplotlib chart inside a widget, with fonts that can write Chinese.

matplotlib is imported only when the first chart is built (it costs about 0.3 s at start-up).
Services hand over plain series; a chart widget draws them with ``draw_idle()``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

log = logging.getLogger(__name__)

# Fonts that cover Chinese, most wanted first: Windows, macOS, then Linux packages.
CJK_CANDIDATES = (
    "Microsoft YaHei",
    "SimHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Noto Sans CJK JP",
)
_configured = False
PREPARED_TICKS = 13  # the most a chart shows: twelve months and "now"


def configure_matplotlib() -> list[str]:
    """Point matplotlib at an installed CJK font (per-glyph fallback through
    ``font.family``: Latin in DejaVu Sans, Chinese in the first CJK font found). Returns the
    CJK fonts used; logs one warning when there is none."""
    global _configured
    import matplotlib

    matplotlib.use("QtAgg")
    from matplotlib import font_manager, rcParams

    installed = {font.name for font in font_manager.fontManager.ttflist}
    cjk = [name for name in CJK_CANDIDATES if name in installed]
    if not _configured:
        if not cjk:
            log.warning("no Chinese font found: Chinese chart labels will show as boxes")
        rcParams["font.family"] = ["DejaVu Sans", *cjk]
        rcParams["axes.unicode_minus"] = False
        rcParams["figure.dpi"] = 100
        _configured = True
    return cjk


class ChartWidget(QWidget):
    """Owns a Figure and its Qt canvas; subclasses draw on ``self.figure``."""

    def __init__(
        self, parent: QWidget | None = None, *, width: float = 5, height: float = 3
    ) -> None:
        super().__init__(parent)
        configure_matplotlib()
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(width, height), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setParent(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)

    def redraw(self) -> None:
        self.canvas.draw_idle()

    def prepare(self) -> None:
        """Make the axes with their ticks and draw them once, empty, before the chart is
        shown: its first plot then costs what a later one does (docs/speed.md#the-first-chart).
        A chart that keeps its axes keeps the ticks made (one plot clearing them makes them
        again each time, first or not)."""
        axes = self.figure.axes[0] if self.figure.axes else self.figure.add_subplot()
        axes.xaxis.get_major_ticks(PREPARED_TICKS)
        axes.yaxis.get_major_ticks(PREPARED_TICKS)
        self.canvas.draw()

    # -- margins fixed in pixels: far cheaper to draw than matplotlib's constrained layout,
    #    which measures every label on every draw (about half the time of a bar chart) ----------
    margins: tuple[int, int, int, int] | None = None  # left, top, right, bottom

    def set_margins(self, left: int, top: int, right: int, bottom: int) -> None:
        """Fix the axes' margins in pixels (and stop the constrained layout)."""
        self.figure.set_layout_engine(None)
        self.margins = (left, top, right, bottom)
        self._apply_margins()

    def _apply_margins(self) -> None:
        if self.margins is None:
            return
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


TICK_FONT_PX = 12  # matplotlib's 8.5 pt ("small") at 100 dpi


def text_width(texts: Sequence[str]) -> int:
    """About how wide matplotlib writes the widest of ``texts`` at tick size, in pixels."""
    font = QFont()
    font.setPixelSize(TICK_FONT_PX)
    metrics = QFontMetrics(font)
    return max((metrics.horizontalAdvance(t) for t in texts), default=0)
