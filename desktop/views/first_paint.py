"""Running something once a window has painted for the first time (docs/speed.md#start-up):
start-up finishes opening the database only after the user sees the window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _FirstPaint(QObject):
    """Watches every widget's paint until one of ``window``'s arrives; ``then`` runs at the
    next turn of the event loop (after the painted frame went to the screen), or after
    ``at_most_ms`` if the window is never painted (minimised, on another desktop)."""

    def __init__(self, window: QWidget, then: Callable[[], None], at_most_ms: int) -> None:
        app = QApplication.instance()
        assert app is not None  # the window is shown
        super().__init__(app)
        self.app = app
        self.window = window
        self.then: Callable[[], None] | None = then
        app.installEventFilter(self)
        QTimer.singleShot(at_most_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self.window
        ):
            QTimer.singleShot(0, self, self._run)
            self.app.removeEventFilter(self)
        return False

    def _run(self) -> None:
        then, self.then = self.then, None
        if then is not None:
            self.app.removeEventFilter(self)
            self.deleteLater()
            then()


def after_first_paint(window: QWidget, then: Callable[[], None], at_most_ms: int = 1000) -> None:
    """Call ``then`` once ``window`` (shown) has painted."""
    _FirstPaint(window, then, at_most_ms)
