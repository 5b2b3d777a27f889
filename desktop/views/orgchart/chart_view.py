"""The view on the org chart: zoom (wheel, Ctrl+plus/minus), pan (drag the background), fit
to the window, and centring on a person."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from .scene import OrgChartScene

MIN_ZOOM = 0.1
MAX_ZOOM = 3.0
STEP = 1.2


DEFAULT_ASPECT = 1.6  # before the window has its size
RESHAPE = 1.3  # the window's shape changed this much: lay a large chart out again


class OrgChartView(QGraphicsView):
    zoom_changed = Signal(float)
    resized = Signal()
    shape_changed = Signal()  # while fitted, the window's shape changed much

    def __init__(self, scene: OrgChartScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(Qt.GlobalColor.white)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Keep the chart fitted to the window as it resizes, until the user zooms or pans.
        self.auto_fit = True
        self.laid_out_for: float | None = None
        self.fitting = False  # the aspect the chart was laid out for

    def aspect(self) -> float:
        """The window's width / height, which a large chart's layout aims at."""
        size = self.viewport().size()
        if not self.isVisible() or size.width() < 200 or size.height() < 150:
            return DEFAULT_ASPECT
        return size.width() / size.height()

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        scale = factor / self.zoom()
        if abs(scale - 1.0) > 1e-6:
            self.scale(scale, scale)
            self.zoom_changed.emit(self.zoom())

    def zoom_in(self) -> None:
        self.auto_fit = False
        self._zoom_centred(self.zoom() * STEP)

    def zoom_out(self) -> None:
        self.auto_fit = False
        self._zoom_centred(self.zoom() / STEP)

    def _zoom_centred(self, factor: float) -> None:
        anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.set_zoom(factor)
        self.setTransformationAnchor(anchor)

    def fit(self) -> None:
        """The whole chart in the window (never blown up beyond 100 %); it stays fitted as
        the window resizes until the user zooms."""
        self.auto_fit = True
        rect = self.scene().sceneRect()
        if rect.isEmpty():
            return
        self.fitting = True  # the overview waits for the end
        self.resetTransform()
        self.fitInView(rect.adjusted(-8, -8, 8, 8), Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.0:
            self.resetTransform()
        self.set_zoom(max(self.zoom(), MIN_ZOOM))
        self.fitting = False
        self.zoom_changed.emit(self.zoom())

    def centre_on_rect(self, rect: QRectF) -> None:
        self.auto_fit = False
        if self.zoom() < 0.6:
            self.set_zoom(0.9)
        self.centerOn(rect.center())

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps == 0:
            super().wheelEvent(event)
            return
        self.auto_fit = False
        self.set_zoom(self.zoom() * (STEP**steps))
        event.accept()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.auto_fit:
            self.fit()
            used = self.laid_out_for
            if used is not None and max(used / self.aspect(), self.aspect() / used) > RESHAPE:
                self.shape_changed.emit()
        self.resized.emit()
