"""The legend: stance colours, the two kinds of line, and the role badges. One flow layout
painted by a widget beside the chart and by an item in the exports."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QSizePolicy, QStyleOptionGraphicsItem, QWidget

from desktop.services.labels import label
from desktop.services.messages import QT_TRANSLATE_NOOP, Message, Translate
from desktop.services.orgchart.chart import ROLE_ORDER, STANCE_ORDER
from desktop.services.orgchart.relationships import STRENGTHS
from desktop.views.i18n import translate as qt_translate

from . import style
from .card_item import BY_OWNER, BY_STANCE

STANCES = QT_TRANSLATE_NOOP("ChartLegend", "Stance toward us")
OWNERS = QT_TRANSLATE_NOOP("ChartLegend", "Our best relationship")
COVERAGE: dict[int | None, Message] = {
    **{n: STRENGTHS[n] for n in (3, 2, 1)},
    None: QT_TRANSLATE_NOOP("ChartLegend", "nobody knows them"),
}
LINES = QT_TRANSLATE_NOOP("ChartLegend", "Lines")
ROLES = QT_TRANSLATE_NOOP("ChartLegend", "Roles")
REPORTS_TO = QT_TRANSLATE_NOOP("ChartLegend", "Reports to")
INFLUENCES = {
    1: QT_TRANSLATE_NOOP("ChartLegend", "Can influence: weak"),
    2: QT_TRANSLATE_NOOP("ChartLegend", "medium"),
    3: QT_TRANSLATE_NOOP("ChartLegend", "strong"),
}
SWATCH = 22.0
ROW = 20.0
GAP = 14.0


@dataclass(frozen=True)
class Entry:
    kind: str  # "heading", "stance", "coverage", "reports", "influence", "badge"
    text: str
    key: Any = None  # by kind: the stance or strength, the influence strength, (short, badge)


def entries(translate: Translate, colour_by: str = BY_STANCE) -> list[Entry]:
    """The legend of the cards as coloured (by stance or by relationship owner)."""
    if colour_by == BY_OWNER:
        found = [Entry("heading", OWNERS.render(translate))]
        found += [Entry("coverage", text.render(translate), n) for n, text in COVERAGE.items()]
    else:
        found = [Entry("heading", STANCES.render(translate))]
        found += [Entry("stance", label(s, translate), s) for s in STANCE_ORDER]
    found.append(Entry("heading", LINES.render(translate)))
    found.append(Entry("reports", REPORTS_TO.render(translate)))
    found += [Entry("influence", INFLUENCES[n].render(translate), n) for n in (1, 2, 3)]
    found.append(Entry("heading", ROLES.render(translate)))
    for role in ROLE_ORDER:
        badge = style.ROLE_BADGES[role]
        found.append(Entry("badge", label(role, translate), (badge.short.render(translate), badge)))
    return found


def flow(items: list[Entry], width: float) -> tuple[list[tuple[QRectF, Entry]], float]:
    """Entries placed left to right, wrapping at ``width``; headings start a new line."""
    text = QFontMetricsF(style.font(12))
    badge = QFontMetricsF(style.font(10, bold=True))
    placed: list[tuple[QRectF, Entry]] = []
    x = y = 0.0
    for entry in items:
        if entry.kind == "heading":
            if placed:
                y += ROW + 6
            placed.append((QRectF(0, y, width, ROW), entry))
            x, y = 0.0, y + ROW
            continue
        marker = SWATCH
        if entry.kind == "badge":
            marker = badge.horizontalAdvance(entry.key[0]) + 8
        elif entry.kind in ("reports", "influence"):
            marker = 30.0
        w = marker + 6 + text.horizontalAdvance(entry.text)
        if x > 0 and x + w > width:
            x, y = 0.0, y + ROW
        placed.append((QRectF(x, y, min(w, width), ROW), entry))
        x += w + GAP
    return placed, (y + ROW if placed else 0.0)


def paint_legend(painter: QPainter, placed: list[tuple[QRectF, Entry]]) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for box, entry in placed:
        middle = box.center().y()
        if entry.kind == "heading":
            painter.setFont(style.font(12, bold=True))
            painter.setPen(style.TEXT)
            painter.drawText(box, Qt.AlignmentFlag.AlignVCenter, entry.text)
            continue
        marker = 30.0 if entry.kind in ("reports", "influence") else SWATCH
        if entry.kind in ("stance", "coverage"):
            styles = style.STANCE_STYLES if entry.kind == "stance" else style.COVERAGE_STYLES
            stance = styles[entry.key]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(stance.colour)
            painter.drawRoundedRect(QRectF(box.x(), middle - 7, SWATCH, 14), 3, 3)
        elif entry.kind == "reports":
            painter.setPen(style.reporting_pen())
            painter.drawLine(QPointF(box.x(), middle), QPointF(box.x() + marker, middle))
        elif entry.kind == "influence":
            pen = style.influence_pen(entry.key)
            painter.setPen(pen)
            path = QPainterPath(QPointF(box.x(), middle + 4))
            path.quadTo(QPointF(box.x() + 14, middle - 6), QPointF(box.x() + marker - 6, middle))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.setPen(QPen(pen.color(), 1))
            painter.setBrush(pen.color())
            tip = QPointF(box.x() + marker, middle)
            painter.drawPolygon(QPolygonF([tip, tip + QPointF(-8, -4.5), tip + QPointF(-8, 4.5)]))
        else:
            short, badge = entry.key
            metrics = QFontMetricsF(style.font(10, bold=True))
            marker = metrics.horizontalAdvance(short) + 8
            rect = QRectF(box.x(), middle - 8.5, marker, 17)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(badge.fill)
            painter.drawRoundedRect(rect, 4, 4)
            painter.setFont(style.font(10, bold=True))
            painter.setPen(badge.text)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, short)
        painter.setFont(style.font(12))
        painter.setPen(style.TEXT)
        text_box = QRectF(box.x() + marker + 6, box.y(), box.width() - marker - 6, box.height())
        painter.drawText(text_box, Qt.AlignmentFlag.AlignVCenter, entry.text)


class LegendWidget(QWidget):
    """The legend beside the chart; it wraps to its width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries = entries(qt_translate)
        self.colour_by = BY_STANCE
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_colour_by(self, colour_by: str) -> None:
        self.colour_by = colour_by
        self._entries = entries(qt_translate, colour_by)
        self.updateGeometry()
        self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(flow(self._entries, max(width - 8, 60))[1]) + 8

    def sizeHint(self) -> QSize:
        return QSize(240, self.heightForWidth(240))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.translate(4, 4)
        paint_legend(painter, flow(self._entries, max(self.width() - 8, 60))[0])


class LegendItem(QGraphicsItem):
    """The legend on an exported page."""

    def __init__(self, translate: Translate, width: float, colour_by: str = BY_STANCE) -> None:
        super().__init__()
        self._placed, height = flow(entries(translate, colour_by), width)
        self._rect = QRectF(0, 0, width, height)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        paint_legend(painter, self._placed)
