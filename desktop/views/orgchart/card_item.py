"""One person's card on the chart: a single item that paints itself (fast for hundreds).

Near: name and role badges, title, stance and personality, closeness and trust. Far (zoomed
out): the stance colour and the name in large type, so the power map still reads at a glance.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import cast

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from desktop.models.enums import Stance
from desktop.services.labels import LABELS, label
from desktop.services.messages import QT_TRANSLATE_NOOP, Translate
from desktop.services.orgchart.chart import Person

from . import style

PAD = 10.0
STRIPE = 6.0
RADIUS = 6.0

CLOSENESS = QT_TRANSLATE_NOOP("PersonCard", "Closeness")
TRUST = QT_TRANSLATE_NOOP("PersonCard", "Trust")
SHOWN_IN = QT_TRANSLATE_NOOP("PersonCard", "In the {layer} by data; shown under their manager")
BIRTHDAY = QT_TRANSLATE_NOOP("PersonCard", "Birthday: {date} ({age})")
AGE = QT_TRANSLATE_NOOP("PersonCard", "Age: {age}")
INTERESTS = QT_TRANSLATE_NOOP("PersonCard", "Interests: {text}")
FAMILY = QT_TRANSLATE_NOOP("PersonCard", "Family: {text}")
LAST_MET = QT_TRANSLATE_NOOP("PersonCard", "Last met: {date}")
NEVER_MET = QT_TRANSLATE_NOOP("PersonCard", "Never met")
LEFT_ON = QT_TRANSLATE_NOOP("PersonCard", "Left on {date}")
GONE_OPACITY = 0.45  # a person who left the client: greyed (docs/map-over-time.md)
FROM_ACCOUNT = QT_TRANSLATE_NOOP("PersonCard", "From {account}")
KNOWN_BY = QT_TRANSLATE_NOOP("PersonCard", "Known by: {owners}")
NOBODY_KNOWS = QT_TRANSLATE_NOOP("PersonCard", "Nobody on our team knows them")
# What the cards are coloured by (docs/coverage.md).
BY_STANCE = "stance"
BY_OWNER = "owner"
FONTS = {
    "name": style.font(14, bold=True),
    "text": style.font(12),
    "small": style.font(11),
    "badge": style.font(10, bold=True),
    "far": style.font(28, bold=True),
    "far_badge": style.font(18, bold=True),
}


_METRICS: dict[str, QFontMetricsF] = {}
_ADVANCES: dict[tuple[str, str], float] = {}


def _metrics() -> dict[str, QFontMetricsF]:
    if not _METRICS:
        _METRICS.update({key: QFontMetricsF(value) for key, value in FONTS.items()})
    return _METRICS


def _advance(font: str, text: str) -> float:
    """The width of a short, often repeated text (badges, meter labels), remembered."""
    key = (font, text)
    if key not in _ADVANCES:
        _ADVANCES[key] = _metrics()[font].horizontalAdvance(text)
    return _ADVANCES[key]


@dataclass(frozen=True)
class CardContent:
    """Everything a card shows, already translated and formatted."""

    person_id: int
    name: str
    subtitle: str
    badges: tuple[tuple[str, style.BadgeStyle], ...]
    stance: Stance | None
    stance_text: str
    personality: str
    closeness: int | None
    trust: int | None
    closeness_label: str
    trust_label: str
    personal: tuple[str, ...] = ()
    tooltip: str = ""
    gone: bool = False  # left the client
    owners: str = ""  # the initials of who on our team knows them, strongest first
    coverage: int | None = None  # the strongest of those relationships
    foreign: bool = False  # of another account, on this chart for their influence

    team: int = 0  # 1: has reports (shown), -n: n people hidden under them, 0: no reports


def initials(name: str) -> str:
    """A colleague's initials for a badge: "Li Ming" → "LM"; a Chinese name stays whole."""
    words = name.split()
    if len(words) > 1:
        return "".join(word[0].upper() for word in words)[:3]
    return name if not name.isascii() else name[:2].upper()


def card_content(
    person: Person,
    translate: Translate,
    format_date,
    today: date,
    *,
    displaced: bool = False,
    personal: bool = False,
    team: int = 0,
) -> CardContent:
    subtitle = person.title or person.department
    if person.external_kind is not None:
        outsider = label(person.external_kind, translate)
        subtitle = " · ".join(part for part in (outsider, person.organisation, subtitle) if part)
    if person.from_account is not None:
        home = FROM_ACCOUNT.with_(account=person.from_account).render(translate)
        subtitle = " · ".join(part for part in (home, person.title) if part)
    if person.left_on is not None:
        left = LEFT_ON.with_(date=format_date(person.left_on)).render(translate)
        subtitle = " · ".join(part for part in (left, subtitle) if part)
    tips = [person.name, *(part for part in (person.title, person.department) if part)]
    if person.from_account is not None:
        tips.append(FROM_ACCOUNT.with_(account=person.from_account).render(translate))
    tips += [", ".join(label(role, translate) for role in person.roles)] if person.roles else []
    tips.append(
        LAST_MET.with_(date=format_date(person.last_met)).render(translate)
        if person.last_met
        else NEVER_MET.render(translate)
    )
    owners = ", ".join(f"{member} ({strength})" for member, strength in person.owners)
    tips.append(
        KNOWN_BY.with_(owners=owners).render(translate)
        if owners
        else NOBODY_KNOWS.render(translate)
    )
    if displaced:
        layer = LABELS[person.layer].render(translate)
        tips.append(SHOWN_IN.with_(layer=layer).render(translate))
    lines: list[str] = []
    if personal:
        age = person.age_on(today)
        if person.birthday is not None:
            text = BIRTHDAY.with_(date=format_date(person.birthday), age=age).render(translate)
            lines.append(text)
        elif age is not None:
            lines.append(AGE.with_(age=age).render(translate))
        if person.interests:
            lines.append(INTERESTS.with_(text=person.interests).render(translate))
        if person.family:
            lines.append(FAMILY.with_(text=person.family).render(translate))
    return CardContent(
        person_id=person.id,
        name=person.name,
        subtitle=subtitle,
        badges=tuple(
            (style.ROLE_BADGES[role].short.render(translate), style.ROLE_BADGES[role])
            for role in person.roles
        ),
        stance=person.stance,
        stance_text=label(person.stance, translate),
        personality=label(person.personality, translate) if person.personality else "",
        closeness=person.closeness,
        trust=person.trust,
        closeness_label=CLOSENESS.render(translate),
        trust_label=TRUST.render(translate),
        personal=tuple(lines[:3]),
        tooltip="\n".join(tips),
        gone=person.has_left,
        owners=" ".join(initials(member) for member, _strength in person.owners[:3]),
        coverage=person.owners[0][1] if person.owners else None,
        foreign=person.from_account is not None,
        team=team,
    )


class HoverMixin:
    """Repaint when the mouse comes and goes (``self._hover`` tells which)."""

    _hover = False

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hover = True
        cast(QGraphicsItem, self).update()  # mixed into a QGraphicsItem

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hover = False
        cast(QGraphicsItem, self).update()


class PersonCardItem(HoverMixin, QGraphicsItem):
    def __init__(self, content: CardContent, rect: QRectF) -> None:
        super().__init__()
        self.content = content
        self.person_id = content.person_id
        self._size = rect.size()
        self.home = rect.topLeft()  # where the layout put it (a drag returns here)
        self.setPos(self.home)
        self.setZValue(3)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(content.tooltip)
        self.highlighted = 0  # search: 1 a hit, 2 the hit being shown
        self.colour_by = BY_STANCE
        self.drop_state: bool | None = None  # a drag hovers: True may drop, False refused
        self._press: QPointF | None = None
        self.dragging = False
        self._near_ready = self._far_ready = False
        self._far_painted = False  # the handle's size follows what was painted

    # -- geometry and text -----------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return QRectF(-10, -10, self._size.width() + 20, self._size.height() + 20)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.card_rect())
        if self.content.team:
            path.addRect(self.handle_rect(far=True))
        return path

    def handle_text(self) -> str:
        """The team handle: "−" folds the team away, "+12" shows the 12 people folded."""
        team = self.content.team
        return "" if not team else "−" if team > 0 else f"+{-team}"

    def handle_rect(self, *, far: bool = False) -> QRectF:
        text = self.handle_text()
        font, height = ("far_badge", 28.0) if far else ("badge", 18.0)
        width = max(height, _advance(font, text) + 12)
        return QRectF(
            (self._size.width() - width) / 2, self._size.height() - height / 2, width, height
        )

    def card_rect(self) -> QRectF:
        return QRectF(0, 0, self._size.width(), self._size.height())

    def _prepare_near(self) -> None:
        """Elided texts and badge boxes, worked out on the first near paint only."""
        c = self.content
        width = self._size.width()
        metrics = _metrics()
        self._badges = []
        right = width - PAD
        for text, badge in reversed(c.badges):
            w = _advance("badge", text) + 8
            right -= w
            self._badges.append((QRectF(right, 9, w, 17), text, badge))
            right -= 3
        inner = width - PAD - STRIPE - 6
        name_room = max(right - (STRIPE + 8) - 4, 40)
        elide = Qt.TextElideMode.ElideRight
        self._name = metrics["name"].elidedText(c.name, elide, name_room)
        self._subtitle = metrics["text"].elidedText(c.subtitle, elide, inner)
        self._personality = metrics["text"].elidedText(c.personality, elide, inner / 2)
        self._personal = [metrics["small"].elidedText(t, elide, inner) for t in c.personal]
        self._meter_labels = (
            _advance("small", c.closeness_label),
            _advance("small", c.trust_label),
        )
        self._near_ready = True

    def _prepare_far(self) -> None:
        """Far away the name is what counts: as large as fits, elided only past 18 px."""
        name = self.content.name
        room = self._size.width() - 2 * PAD
        self._far_font = QFont(FONTS["far"])
        advance = _metrics()["far"].horizontalAdvance(name)
        if advance > room:
            self._far_font.setPixelSize(max(18, int(28 * room / advance)))
        self._far_name = QFontMetricsF(self._far_font).elidedText(
            name, Qt.TextElideMode.ElideRight, room
        )
        self._far_ready = True

    # -- painting --------------------------------------------------------------------------
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        stance = style.STANCE_STYLES[self.content.stance]
        if self.colour_by == BY_OWNER:
            stance = style.COVERAGE_STYLES[self.content.coverage]
        rect = self.card_rect()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.content.gone:
            painter.setOpacity(GONE_OPACITY)
        if self.highlighted:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.HIGHLIGHT_COLOUR)
            grow = 4 if self.highlighted == 1 else 9
            painter.drawRoundedRect(rect.adjusted(-grow, -grow, grow, grow), RADIUS + 3, RADIUS + 3)
        if lod < style.FAR_ZOOM:
            self._paint_far(painter, rect, stance)
        else:
            self._paint_near(painter, rect, stance)
        outline = self._outline_pen(stance)
        if outline is not None:
            painter.setPen(outline)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), RADIUS + 1, RADIUS + 1)
        self._far_painted = lod < style.FAR_ZOOM
        if self.content.team:
            self._paint_handle(painter, far=self._far_painted)

    def _paint_handle(self, painter: QPainter, *, far: bool) -> None:
        box = self.handle_rect(far=far)
        folded = self.content.team < 0
        painter.setPen(QPen(style.MUTED_TEXT, 1.0))
        painter.setBrush(style.SELECTION_COLOUR if folded else QColor("white"))
        painter.drawRoundedRect(box, box.height() / 2, box.height() / 2)
        painter.setFont(FONTS["far_badge" if far else "badge"])
        painter.setPen(QColor("white") if folded else style.TEXT)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.handle_text())

    def _outline_pen(self, stance: style.StanceStyle) -> QPen | None:
        if self.drop_state is not None:
            colour = style.DROP_OK_COLOUR if self.drop_state else style.DROP_REFUSED_COLOUR
            return QPen(colour, 3.5)
        if self.isSelected():
            return QPen(style.SELECTION_COLOUR, 3.0)
        if self._hover:
            return QPen(stance.colour.darker(115), 2.0)
        return None

    def _paint_far(self, painter: QPainter, rect: QRectF, stance: style.StanceStyle) -> None:
        if not self._far_ready:
            self._prepare_far()
        painter.setPen(QPen(stance.colour.darker(130), 1.5))
        painter.setBrush(stance.colour)
        painter.drawRoundedRect(rect, RADIUS, RADIUS)
        painter.setPen(stance.text)
        painter.setFont(self._far_font)
        top = rect.adjusted(PAD, 6, -PAD, -rect.height() / 2 + 8)
        painter.drawText(top, Qt.AlignmentFlag.AlignCenter, self._far_name)
        painter.setFont(FONTS["far_badge"])
        texts = [text for text, _badge in self.content.badges]
        total = sum(_advance("far_badge", t) + 12 for t in texts) + 6 * max(len(texts) - 1, 0)
        x = rect.center().x() - total / 2
        y = rect.center().y() + 6
        for text, badge in self.content.badges:
            w = _advance("far_badge", text) + 12
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(badge.fill)
            painter.drawRoundedRect(QRectF(x, y, w, 26), 5, 5)
            painter.setPen(badge.text)
            painter.drawText(QRectF(x, y, w, 26), Qt.AlignmentFlag.AlignCenter, text)
            x += w + 6

    def _paint_near(self, painter: QPainter, rect: QRectF, stance: style.StanceStyle) -> None:
        if not self._near_ready:
            self._prepare_near()
        c = self.content
        border = QPen(style.CARD_BORDER, 1.0)
        if c.stance is None:
            border = QPen(stance.colour, 1.2, Qt.PenStyle.DashLine)
        if c.foreign:
            border = QPen(style.OUTSIDE_BORDER, 1.6, Qt.PenStyle.DashLine)
        painter.setPen(border)
        painter.setBrush(stance.tint)
        painter.drawRoundedRect(rect, RADIUS, RADIUS)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(stance.colour)
        painter.drawRoundedRect(QRectF(0, 0, STRIPE + RADIUS, rect.height()), RADIUS, RADIUS)
        painter.setBrush(stance.tint)
        painter.drawRect(QRectF(STRIPE, 0.5, RADIUS, rect.height() - 1))
        left = STRIPE + 8
        right = rect.width() - PAD
        painter.setPen(style.TEXT)
        painter.setFont(FONTS["name"])
        painter.drawText(
            QRectF(left, 7, right - left, 20), Qt.AlignmentFlag.AlignVCenter, self._name
        )
        painter.setFont(FONTS["badge"])
        for box, text, badge in self._badges:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(badge.fill)
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(badge.text)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.setFont(FONTS["text"])
        painter.setPen(style.MUTED_TEXT)
        painter.drawText(
            QRectF(left, 29, right - left, 16), Qt.AlignmentFlag.AlignVCenter, self._subtitle
        )
        # Stance chip (the stance's colour whatever the card is coloured by) and personality.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.STANCE_STYLES[c.stance].colour)
        painter.drawEllipse(QRectF(left, 53, 10, 10))
        painter.setPen(style.TEXT)
        painter.drawText(
            QRectF(left + 15, 49, right - left, 18), Qt.AlignmentFlag.AlignVCenter, c.stance_text
        )
        if self.colour_by == BY_OWNER:
            self._paint_owners(painter, right)
        else:
            painter.setPen(style.MUTED_TEXT)
            painter.drawText(
                QRectF(left, 49, right - left, 18),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                self._personality,
            )
        # Closeness and trust meters.
        painter.setFont(FONTS["small"])
        y = 73.0
        half = (right - left) / 2
        for x, text, text_width, value in (
            (left, c.closeness_label, self._meter_labels[0], c.closeness),
            (left + half + 4, c.trust_label, self._meter_labels[1], c.trust),
        ):
            painter.setPen(style.MUTED_TEXT)
            painter.drawText(QRectF(x, y, text_width + 2, 14), Qt.AlignmentFlag.AlignVCenter, text)
            self._paint_meter(painter, x + text_width + 5, y + 3.5, value)
        if self._personal:
            painter.setPen(style.TEXT)
            for number, line in enumerate(self._personal):
                box = QRectF(left, 94 + 15 * number, right - left, 15)
                painter.drawText(box, Qt.AlignmentFlag.AlignVCenter, line)

    def _paint_owners(self, painter: QPainter, right: float) -> None:
        """The owners' initials, right-aligned on the stance line (a dash: nobody)."""
        text = self.content.owners or "—"
        painter.setFont(FONTS["badge"])
        width = _advance("badge", text) + 10
        box = QRectF(right - width, 50, width, 17)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.OWNER_CHIP if self.content.owners else style.METER_OFF)
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(QColor("#ffffff") if self.content.owners else style.MUTED_TEXT)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.setFont(FONTS["text"])

    @staticmethod
    def _paint_meter(painter: QPainter, x: float, y: float, value: int | None) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        for step in range(5):
            on = value is not None and step < value
            painter.setBrush(QBrush(style.METER_ON if on else style.METER_OFF))
            painter.drawRoundedRect(QRectF(x + step * 9, y, 7, 7), 1.5, 1.5)
        if value is None:
            painter.setPen(QPen(QColor(style.MUTED_TEXT), 1.0))
            painter.drawLine(QPointF(x, y + 3.5), QPointF(x + 43, y + 3.5))

    # -- interaction -----------------------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self.scene()
        if (
            self.content.team
            and event.button() == Qt.MouseButton.LeftButton
            and self.handle_rect(far=self._far_painted).contains(event.pos())
            and hasattr(scene, "collapse_toggled")
        ):
            scene.collapse_toggled.emit(self.person_id)
            event.accept()
            return
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.scenePos()
            self.dragging = False
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._press is None:
            return
        delta = event.scenePos() - self._press
        if not self.dragging and delta.manhattanLength() < QApplication.startDragDistance():
            return
        if not self.dragging:
            self.dragging = True
            self.setZValue(10)
            self.setOpacity(0.85)
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.setPos(self.home + delta)
        scene = self.scene()
        if scene is not None and hasattr(scene, "drag_moved"):
            scene.drag_moved(self, event.scenePos())

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        dragged = self.dragging
        self._press = None
        self.dragging = False
        if dragged:
            self.setPos(self.home)
            self.setZValue(3)
            self.setOpacity(1.0)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            scene = self.scene()
            if scene is not None and hasattr(scene, "drag_finished"):
                scene.drag_finished(self, event.scenePos())
        super().mouseReleaseEvent(event)
