"""A slim completion bar: cheap to update on every tick (QProgressBar repaints at once)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from .progress_delegate import bar_colour


class ProgressStrip(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._percent = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def percent(self) -> float:
        return self._percent

    def set_percent(self, percent: float) -> None:
        percent = max(0.0, min(percent, 100.0))
        if percent != self._percent:
            self._percent = percent
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(140, 10)

    def minimumSizeHint(self) -> QSize:
        return QSize(40, 10)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        track = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setBrush(QColor(0, 0, 0, 28))
        painter.drawRoundedRect(track, 4, 4)
        if self._percent > 0:
            filled = QRectF(track)
            filled.setWidth(track.width() * self._percent / 100)
            painter.setBrush(bar_colour(self._percent))
            painter.drawRoundedRect(filled, 4, 4)
        painter.end()
