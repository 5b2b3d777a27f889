"""Draws a completion percentage as a slim bar with its figure, in table cells."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

PERCENT_ROLE = Qt.ItemDataRole.UserRole + 10  # float 0..100, or None for "no checklist"


def bar_colour(percent: float) -> QColor:
    if percent >= 100:
        return QColor("#2e7d32")
    if percent >= 60:
        return QColor("#5a8f3c")
    return QColor("#c77700")


class ProgressDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        percent = index.data(PERCENT_ROLE)
        if percent is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = QRectF(option.rect).adjusted(4, 4, -4, -4)
        bar_width = max(rect.width() * 0.45, 30)
        track = QRectF(rect.x(), rect.center().y() - 3, bar_width, 6)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 28))
        painter.drawRoundedRect(track, 3, 3)
        filled = QRectF(track)
        filled.setWidth(track.width() * max(0.0, min(percent, 100.0)) / 100)
        painter.setBrush(bar_colour(percent))
        painter.drawRoundedRect(filled, 3, 3)
        selected = option.state & QStyle.StateFlag.State_Selected
        painter.setPen(
            option.palette.highlightedText().color() if selected else option.palette.text().color()
        )
        text_rect = rect.adjusted(bar_width + 6, 0, 0, 0)
        painter.drawText(
            text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text
        )
        painter.restore()
