"""The overview map in a corner of a large chart: the whole chart small, the part the window
shows as a rectangle; click or drag in it to move there (docs/org-chart.md#large-accounts)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QFrame

from .chart_view import OrgChartView

SIZE = 200.0  # the longer side, in pixels


class OverviewMap(QFrame):
    """Drawn from a picture of the scene made once per chart, so scrolling costs nothing."""

    def __init__(self, view: OrgChartView) -> None:
        super().__init__(view)
        self.view = view
        self._picture = QPixmap()
        self._scale = 1.0
        self._stale = False  # the picture is of an earlier chart
        self.setFrameShape(QFrame.Shape.Box)
        self.setStyleSheet("OverviewMap { background: white; border: 1px solid #9aa4ad }")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Overview: click or drag to move around the chart"))
        view.horizontalScrollBar().valueChanged.connect(self.update_visibility)
        view.verticalScrollBar().valueChanged.connect(self.update_visibility)
        view.zoom_changed.connect(self.update_visibility)
        view.resized.connect(self.update_visibility)
        self.hide()

    def refresh(self) -> None:
        """The chart was rebuilt: picture it again when next needed (not while it all fits)."""
        self._stale = True
        if self.view.auto_fit:  # fitted next: the whole chart shows, no overview needed
            self.hide()
        else:
            self.update_visibility()

    def _picture_scene(self) -> None:
        self._stale = False
        scene = self.view.scene()
        rect = scene.sceneRect()
        self._picture = QPixmap()
        if rect.isEmpty():
            return
        self._scale = SIZE / max(rect.width(), rect.height())
        width = max(int(rect.width() * self._scale), 8)
        height = max(int(rect.height() * self._scale), 8)
        picture = QPixmap(width, height)
        picture.fill(Qt.GlobalColor.white)
        painter = QPainter(picture)
        scene.render(painter, QRectF(0, 0, width, height), rect)
        painter.end()
        self._picture = picture
        self.resize(width + 2, height + 2)

    def visible_rect(self) -> QRectF:
        """The part of the scene the window shows."""
        return self.view.mapToScene(self.view.viewport().rect()).boundingRect()

    def update_visibility(self) -> None:
        """Shown only when the window shows part of the chart; kept in the bottom-right corner."""
        scene = self.view.scene()
        if scene is None or self.view.fitting:  # closing, or the fit is not done
            return
        scene_rect = scene.sceneRect()
        partial = not scene_rect.isEmpty() and not self.visible_rect().contains(
            scene_rect.adjusted(8, 8, -8, -8)
        )
        if partial and self._stale:
            self._picture_scene()
        viewport = self.view.viewport().geometry()
        self.move(viewport.right() - self.width() - 12, viewport.bottom() - self.height() - 12)
        self.setVisible(partial and not self._picture.isNull())
        self.raise_()
        self.update()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self._picture.isNull():
            return
        painter = QPainter(self)
        painter.drawPixmap(1, 1, self._picture)
        origin = self.view.scene().sceneRect().topLeft()
        shown = self.visible_rect().translated(-origin)
        box = QRectF(
            1 + shown.x() * self._scale,
            1 + shown.y() * self._scale,
            shown.width() * self._scale,
            shown.height() * self._scale,
        )
        painter.setPen(QPen(QColor("#1e66d0"), 2))
        painter.setBrush(QColor(30, 102, 208, 40))
        painter.drawRect(box.intersected(QRectF(self.rect())))

    def scene_point(self, point: QPointF) -> QPointF:
        origin = self.view.scene().sceneRect().topLeft()
        return origin + QPointF((point.x() - 1) / self._scale, (point.y() - 1) / self._scale)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._move_to(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._move_to(event)

    def _move_to(self, event: QMouseEvent) -> None:
        self.view.auto_fit = False
        self.view.centerOn(self.scene_point(event.position()))
        self.update()
        event.accept()
