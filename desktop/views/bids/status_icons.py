"""The four checklist states drawn as small boxes, the same on screen and on paper:
an empty box (open), a tick (done), a dash (not applicable) and an exclamation mark (problem)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from desktop.models.enums import ChecklistStatus

COLOURS = {
    ChecklistStatus.OPEN: QColor("#546e7a"),
    ChecklistStatus.DONE: QColor("#2e7d32"),
    ChecklistStatus.NOT_APPLICABLE: QColor("#8d8d8d"),
    ChecklistStatus.PROBLEM: QColor("#c62828"),
}
HIGHLIGHT = QColor("#fde4e1")  # required items still open near the deadline
HIGHLIGHT_TEXT = QColor("#8e1b10")


def paint_status(painter: QPainter, box: QRectF, status: ChecklistStatus, *, ink=None) -> None:
    """Draw ``status`` into the square ``box`` (``ink``: one colour for black-and-white
    paper)."""
    colour = QColor(ink) if ink is not None else COLOURS[status]
    side = min(box.width(), box.height())
    square = QRectF(box.center().x() - side / 2, box.center().y() - side / 2, side, side)
    pen = QPen(colour, max(side / 9, 1.0))
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    inner = square.adjusted(
        pen.widthF() / 2, pen.widthF() / 2, -pen.widthF() / 2, -pen.widthF() / 2
    )
    filled = status is not ChecklistStatus.OPEN and ink is None
    painter.setPen(pen)
    painter.setBrush(colour if filled else Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(inner, side / 7, side / 7)
    mark = QPen(QColor("white") if filled else colour, max(side / 7, 1.2))
    mark.setCapStyle(Qt.PenCapStyle.RoundCap)
    mark.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(mark)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    x, y, w = inner.x(), inner.y(), inner.width()
    if status is ChecklistStatus.DONE:
        tick = QPainterPath(QPointF(x + w * 0.22, y + w * 0.52))
        tick.lineTo(QPointF(x + w * 0.42, y + w * 0.72))
        tick.lineTo(QPointF(x + w * 0.78, y + w * 0.30))
        painter.drawPath(tick)
    elif status is ChecklistStatus.NOT_APPLICABLE:
        painter.drawLine(QPointF(x + w * 0.25, y + w * 0.5), QPointF(x + w * 0.75, y + w * 0.5))
    elif status is ChecklistStatus.PROBLEM:
        painter.drawLine(QPointF(x + w * 0.5, y + w * 0.22), QPointF(x + w * 0.5, y + w * 0.56))
        painter.drawPoint(QPointF(x + w * 0.5, y + w * 0.76))
    painter.restore()


@cache
def status_icon(status: ChecklistStatus) -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        paint_status(painter, QRectF(1, 1, size - 2, size - 2), status)
        painter.end()
        icon.addPixmap(pixmap)
    return icon
