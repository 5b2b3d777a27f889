"""The interactive org chart scene: shows a chart, and turns mouse gestures into requests
(select, open, re-parent by drag and drop, draw an influence line, context menus)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLineF, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QPen
from PySide6.QtWidgets import (
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneMouseEvent,
)

from desktop.models.enums import Layer
from desktop.services.messages import Translate
from desktop.services.orgchart.chart import OrgChart
from desktop.services.orgchart.layout import Layout, LayoutNode
from desktop.services.orgchart.visibility import Shown
from desktop.services.orgchart.wrapping import layout_to_shape
from desktop.views.common.formatting import format_date

from . import style
from .card_item import BY_STANCE, CardContent, PersonCardItem, card_content
from .chart_items import BandItem, InfluenceItem, band_layer_at, clear_scene, populate


def lay_out(
    chart: OrgChart,
    translate: Translate,
    today: date,
    *,
    personal: bool = False,
    aspect: float | None = None,
    shown: Shown | None = None,
) -> tuple[Layout, dict[int, CardContent]]:
    """Positions and card contents of a chart (``personal``: cards carry personal details;
    ``aspect``: the window's width / height, to wrap a large chart; ``shown``: only these
    people, docs/org-chart.md#large-accounts)."""
    height = style.CARD_HEIGHT + (style.PERSONAL_HEIGHT if personal else 0)
    people = [p for p in chart.people if shown is None or p.id in shown.people]
    if shown is None:
        teams = {p.reports_to_id for p in chart.people}
    else:
        teams = set(shown.managers.values())  # the handle folds the reports shown
    layout = layout_to_shape(
        [
            LayoutNode(
                p.id,
                p.reports_to_id if shown is None else shown.managers.get(p.id),
                p.layer,
                p.external_kind,
                style.CARD_WIDTH,
                height,
            )
            for p in people
        ],
        aspect,
        empty_bands=shown is None or len(shown.people) == shown.total,
    )
    hidden = shown.hidden_reports if shown is not None else {}
    contents = {
        p.id: card_content(
            p,
            translate,
            format_date,
            today,
            displaced=p.id in layout.displaced,
            personal=personal,
            team=-hidden[p.id] if p.id in hidden else int(p.id in teams),
        )
        for p in people
    }
    return layout, contents


class OrgChartScene(QGraphicsScene):
    person_selected = Signal(object)  # int | None
    person_activated = Signal(int)  # double-click: open the record
    reparent_requested = Signal(int, int)  # person, new manager
    link_requested = Signal(int, int)  # source, target
    link_mode_ended = Signal()
    card_menu_requested = Signal(int, QPoint)  # person, screen position
    link_menu_requested = Signal(int, QPoint)  # influence line, screen position
    background_menu_requested = Signal(object, QPoint)  # Layer | None, screen position
    collapse_toggled = Signal(int)  # a card's team handle was clicked

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.chart: OrgChart | None = None
        self.layout: Layout | None = None
        self.kept_items: list = []
        self.cards: dict[int, PersonCardItem] = {}
        self.arrows: dict[int, InfluenceItem] = {}
        self.bands: list[BandItem] = []
        self._drop_target: PersonCardItem | None = None
        self.link_mode = False
        self._link_source: PersonCardItem | None = None
        self._rubber: QGraphicsLineItem | None = None
        self.colour_by = BY_STANCE
        self.selectionChanged.connect(self._on_selection_changed)

    # -- content ---------------------------------------------------------------------------
    def show_chart(
        self,
        chart: OrgChart,
        layout: Layout,
        contents: dict[int, CardContent],
        translate: Translate,
    ) -> None:
        selected = self.selected_person()
        self.blockSignals(True)
        self._rubber = None
        self._link_source = None
        self._drop_target = None
        clear_scene(self)
        self.chart, self.layout = chart, layout
        items = populate(self, chart, layout, contents, translate)
        self.cards, self.arrows, self.bands = items.cards, items.arrows, items.bands
        self.set_colour_by(self.colour_by)
        self.blockSignals(False)
        if selected in self.cards:
            self.select_person(selected)
        else:
            self.person_selected.emit(None)
        self._emphasise(self.selected_person())

    def show_nothing(self) -> None:
        # Clearing deselects the selected card: its selectionChanged must not reach the
        # arrows being deleted.
        self.blockSignals(True)
        self._rubber = self._link_source = self._drop_target = None
        clear_scene(self)
        self.chart = self.layout = None
        self.cards, self.arrows, self.bands = {}, {}, []
        self.blockSignals(False)
        self.person_selected.emit(None)

    def selected_person(self) -> int | None:
        for item in self.selectedItems():
            if isinstance(item, PersonCardItem):
                return item.person_id
        return None

    def select_person(self, person_id: int | None) -> None:
        for card in self.cards.values():
            card.setSelected(card.person_id == person_id)

    def set_colour_by(self, colour_by: str) -> None:
        """Colour the cards by stance or by relationship owner (docs/coverage.md)."""
        self.colour_by = colour_by
        for card in self.cards.values():
            card.colour_by = colour_by
            card.update()

    def highlight(self, person_ids: set[int], current: int | None = None) -> None:
        """Mark search hits (0: none, 1: a hit, 2: the hit being shown)."""
        for card in self.cards.values():
            mark = 2 if card.person_id == current else int(card.person_id in person_ids)
            if card.highlighted != mark:
                card.highlighted = mark
                card.update()

    def _on_selection_changed(self) -> None:
        person = self.selected_person()
        self._emphasise(person)
        self.person_selected.emit(person)

    def _emphasise(self, person: int | None) -> None:
        for arrow in self.arrows.values():
            if person is None:
                arrow.set_emphasis(0)
            else:
                mine = person in (arrow.link.source_id, arrow.link.target_id)
                arrow.set_emphasis(1 if mine else -1)

    # -- drag a card onto another: change whom they report to -------------------------------
    def team_of(self, person_id: int) -> set[int]:
        """The person and everyone who reports to them, directly or not."""
        managers = self.layout.managers if self.layout else {}
        reports: dict[int, list[int]] = {}
        for person, boss in managers.items():
            reports.setdefault(boss, []).append(person)
        team, stack = set(), [person_id]
        while stack:
            current = stack.pop()
            if current not in team:
                team.add(current)
                stack.extend(reports.get(current, []))
        return team

    def card_at(self, point: QPointF, exclude: PersonCardItem | None = None):
        for item in self.items(point):
            if isinstance(item, PersonCardItem) and item is not exclude:
                return item
        return None

    def drag_moved(self, card: PersonCardItem, point: QPointF) -> None:
        target = self.card_at(point, exclude=card)
        if target is not self._drop_target:
            if self._drop_target is not None:
                self._drop_target.drop_state = None
                self._drop_target.update()
            self._drop_target = target
            if target is not None:
                target.drop_state = target.person_id not in self.team_of(card.person_id)
                target.update()

    def drag_finished(self, card: PersonCardItem, point: QPointF) -> None:
        target = self.card_at(point, exclude=card)
        if self._drop_target is not None:
            self._drop_target.drop_state = None
            self._drop_target.update()
            self._drop_target = None
        if target is not None:
            self.reparent_requested.emit(card.person_id, target.person_id)

    # -- draw an influence line -------------------------------------------------------------
    def set_link_mode(self, on: bool, source: int | None = None) -> None:
        """In link mode, press on one card and release on another (or click the target when
        a source is given) to say the first can influence the second."""
        self.link_mode = on
        self._link_source = self.cards.get(source) if on and source is not None else None
        if self._link_source is not None:
            self._start_rubber(self._link_source)
        elif self._rubber is not None:
            self.removeItem(self._rubber)
            self._rubber = None

    def _start_rubber(self, card: PersonCardItem) -> None:
        centre = card.sceneBoundingRect().center()
        if self._rubber is None:
            pen = style.influence_pen(2)
            self._rubber = self.addLine(QLineF(centre, centre), QPen(pen))
            self._rubber.setZValue(20)
        self._rubber.setLine(QLineF(centre, centre))

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self.link_mode or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        card = self.card_at(event.scenePos())
        if self._link_source is None and card is not None:
            self._link_source = card
            self._start_rubber(card)
        elif self._link_source is not None and card is not None:
            self._finish_link(card)
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.link_mode and self._rubber is not None and self._link_source is not None:
            line = self._rubber.line()
            self._rubber.setLine(QLineF(line.p1(), event.scenePos()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self.link_mode:
            super().mouseReleaseEvent(event)
            return
        card = self.card_at(event.scenePos())
        if self._link_source is not None and card is not None and card is not self._link_source:
            self._finish_link(card)
        event.accept()

    def _finish_link(self, target: PersonCardItem) -> None:
        source = self._link_source
        self.set_link_mode(False)
        self.link_mode_ended.emit()
        if source is not None and target is not source:
            self.link_requested.emit(source.person_id, target.person_id)

    def keyPressEvent(self, event) -> None:
        if self.link_mode and event.key() == Qt.Key.Key_Escape:
            self.set_link_mode(False)
            self.link_mode_ended.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- double-click and context menus ----------------------------------------------------
    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        card = self.card_at(event.scenePos())
        if card is not None and not self.link_mode:
            self.person_activated.emit(card.person_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        point = event.scenePos()
        card = self.card_at(point)
        if card is not None:
            self.select_person(card.person_id)
            self.card_menu_requested.emit(card.person_id, event.screenPos())
            return
        arrow = next((i for i in self.items(point) if isinstance(i, InfluenceItem)), None)
        if arrow is not None:
            self.link_menu_requested.emit(arrow.link_id, event.screenPos())
            return
        layer: Layer | None = band_layer_at(self.bands, point)
        self.background_menu_requested.emit(layer, event.screenPos())
