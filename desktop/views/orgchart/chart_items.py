"""Everything on the chart besides the cards: layer bands, reports-to lines, influence arrows;
and :func:`populate`, which puts a whole chart into a scene (the view's and the exports')."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QStyleOptionGraphicsItem,
    QWidget,
)

from desktop.models.enums import Layer
from desktop.services.messages import QT_TRANSLATE_NOOP, Translate
from desktop.services.orgchart.chart import Influence, OrgChart
from desktop.services.orgchart.layout import Band, Layout, Rect

from . import style
from .card_item import CardContent, HoverMixin, PersonCardItem

STRENGTH_TIP = {
    1: QT_TRANSLATE_NOOP("InfluenceLine", "{source} can influence {target} (weak)"),
    2: QT_TRANSLATE_NOOP("InfluenceLine", "{source} can influence {target} (medium)"),
    3: QT_TRANSLATE_NOOP("InfluenceLine", "{source} can influence {target} (strong)"),
}


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.width, rect.height)


class BandItem(QGraphicsItem):
    """A layer's band across the chart (its caption is a :class:`BandCaptionItem`)."""

    def __init__(self, band: Band, width: float) -> None:
        super().__init__()
        self.layer = band.layer
        self._rect = QRectF(0, band.top, width, band.bottom - band.top)
        self.setZValue(0)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.BAND_TINTS[self.layer])
        painter.drawRect(self._rect)


class BandCaptionItem(QGraphicsItem):
    """A band's caption (and, for an empty band, a hint), above the lines that cross it."""

    def __init__(self, band: Band, width: float, caption: str, hint: str) -> None:
        super().__init__()
        self.layer = band.layer
        self._band = QRectF(0, band.top, width, band.bottom - band.top)
        self._caption = caption
        self._hint = hint if band.empty else ""
        self.setZValue(2.5)  # over the lines, under the cards
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        return self._band

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        # Zoomed far out the caption grows, but stays within the band's header strip: the
        # cards of the first row start right below it.
        size = 15 if lod >= style.FAR_ZOOM else 22
        caption_font = style.font(size, bold=True)
        painter.setFont(caption_font)
        width = QFontMetricsF(caption_font).horizontalAdvance(self._caption)
        box = QRectF(self._band.x() + 8, self._band.y() + 2, width + 12, size + 8)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.BAND_TINTS[self.layer])
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(style.MUTED_TEXT)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self._caption)
        if self._hint:
            painter.setFont(style.font(size - 2))
            hint = self._band.adjusted(14, size + 12, -14, -4)
            painter.drawText(hint, Qt.AlignmentFlag.AlignCenter, self._hint)


def reporting_lines_item(layout: Layout) -> QGraphicsPathItem:
    """All reports-to lines as one path: cheap to build and to paint."""
    path = QPainterPath()
    for pieces in layout.lines.values():
        for piece in pieces:
            path.moveTo(piece.x1, piece.y1)
            path.lineTo(piece.x2, piece.y2)
    item = QGraphicsPathItem(path)
    item.setPen(style.reporting_pen())
    item.setZValue(1)
    return item


def _edge_point(rect: QRectF, toward: QPointF) -> QPointF:
    """Where the line from the centre of ``rect`` toward ``toward`` leaves the rectangle."""
    centre = rect.center()
    dx, dy = toward.x() - centre.x(), toward.y() - centre.y()
    if dx == 0 and dy == 0:
        return centre
    scale = min(
        (rect.width() / 2) / abs(dx) if dx else math.inf,
        (rect.height() / 2) / abs(dy) if dy else math.inf,
    )
    return QPointF(centre.x() + dx * scale, centre.y() + dy * scale)


class InfluenceItem(HoverMixin, QGraphicsItem):
    """A curved, dashed, purple arrow: "can influence", unlike the straight grey reports-to."""

    def __init__(self, link: Influence, source: QRectF, target: QRectF, tooltip: str) -> None:
        super().__init__()
        self.link = link
        self.link_id = link.id
        self.emphasis = 0  # 1: of the selected person, -1: faded
        start = _edge_point(source, target.center())
        end = _edge_point(target, source.center())
        line = QLineF(start, end)
        bend = min(60.0, line.length() * 0.18)
        normal = line.normalVector().unitVector()
        control = line.center() + QPointF(normal.dx() * bend, normal.dy() * bend)
        self._path = QPainterPath(start)
        self._path.quadTo(control, end)
        # The arrow head follows the curve's last direction.
        angle = math.atan2(end.y() - control.y(), end.x() - control.x())
        size = 9.0 + 2.0 * link.strength
        self._head = QPolygonF(
            [
                end,
                end - QPointF(math.cos(angle - 0.42) * size, math.sin(angle - 0.42) * size),
                end - QPointF(math.cos(angle + 0.42) * size, math.sin(angle + 0.42) * size),
            ]
        )
        stroker = QPainterPathStroker()
        stroker.setWidth(10)
        self._shape = stroker.createStroke(self._path)
        self._shape.addPolygon(self._head)
        self._bounds = self._shape.boundingRect().adjusted(-4, -4, 4, 4)
        self.setZValue(2)
        self.setAcceptHoverEvents(True)
        self.setToolTip(tooltip)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._shape

    def set_emphasis(self, emphasis: int) -> None:
        if emphasis != self.emphasis:
            self.emphasis = emphasis
            self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = style.influence_pen(self.link.strength, emphasised=self.emphasis > 0 or self._hover)
        colour = QColor(pen.color())
        if self.emphasis < 0 and not self._hover:
            colour.setAlpha(70)
            pen.setColor(colour)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        painter.setPen(QPen(colour, 1.0))
        painter.setBrush(colour)
        painter.drawPolygon(self._head)


@dataclass
class ChartItems:
    cards: dict[int, PersonCardItem] = field(default_factory=dict)
    arrows: dict[int, InfluenceItem] = field(default_factory=dict)
    bands: list[BandItem] = field(default_factory=list)
    others: list[QGraphicsItem] = field(default_factory=list)


_KEPT = "kept_items"  # a Python attribute on the scene: lives and dies with it


def keep_items(scene: QGraphicsScene, items: list[QGraphicsItem]) -> None:
    """Keep the Python side of items alive as long as the scene shows them: PySide would
    otherwise delete an item whose wrapper was dropped and later re-created by ``items()``."""
    setattr(scene, _KEPT, [*kept_items(scene), *items])


def kept_items(scene: QGraphicsScene) -> list[QGraphicsItem]:
    """The items keep_items() keeps alive for ``scene``."""
    return getattr(scene, _KEPT, [])


def clear_scene(scene: QGraphicsScene) -> None:
    scene.clear()
    setattr(scene, _KEPT, [])


def populate(
    scene: QGraphicsScene,
    chart: OrgChart,
    layout: Layout,
    contents: dict[int, CardContent],
    translate: Translate,
) -> ChartItems:
    """Put a laid-out chart into ``scene``: bands, reports-to lines, influence arrows, cards."""
    items = ChartItems()
    items.bands = [BandItem(band, layout.width) for band in layout.bands]
    for band in layout.bands:
        caption = style.BAND_CAPTIONS[band.layer].render(translate)
        hint = style.EMPTY_BAND_HINT.render(translate)
        items.others.append(BandCaptionItem(band, layout.width, caption, hint))
    items.others.append(reporting_lines_item(layout))
    for item in [*items.bands, *items.others]:
        scene.addItem(item)
    names = {person.id: person.name for person in chart.people}
    for link in chart.links:
        if link.source_id not in layout.cards or link.target_id not in layout.cards:
            continue
        tip = (
            STRENGTH_TIP.get(link.strength, STRENGTH_TIP[2])
            .with_(source=names[link.source_id], target=names[link.target_id])
            .render(translate)
        )
        if link.note:
            tip += "\n" + link.note
        arrow = InfluenceItem(
            link, qrect(layout.cards[link.source_id]), qrect(layout.cards[link.target_id]), tip
        )
        scene.addItem(arrow)
        items.arrows[link.id] = arrow
    for person in chart.people:
        if person.id not in layout.cards:  # hidden by a filter, a focus or a folded team
            continue
        card = PersonCardItem(contents[person.id], qrect(layout.cards[person.id]))
        scene.addItem(card)
        items.cards[person.id] = card
    scene.setSceneRect(QRectF(0, 0, layout.width, layout.height))
    keep_items(scene, [*items.bands, *items.others, *items.arrows.values(), *items.cards.values()])
    return items


def band_layer_at(bands: list[BandItem], point: QPointF) -> Layer | None:
    return next((band.layer for band in bands if band.boundingRect().contains(point)), None)
