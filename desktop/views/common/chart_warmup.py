"""Loading matplotlib while the user reads the first screen, so that the first chart is not a
pause (docs/speed.md#the-first-chart).

Two steps after the window is complete: a worker thread imports matplotlib and numpy and
loads the font list (plain Python, nothing of Qt; the GUI thread stays free to answer the
user); then, back on the GUI thread at an idle moment, ``configure_matplotlib`` and one
small figure drawn off screen on a Qt canvas with a Chinese label, which loads the fonts and
the renderer a chart needs; then what is alive is frozen out of the garbage collector's full
passes. Starting it twice does nothing; a failure is logged and leaves the first chart to load
matplotlib itself, as without it.

Once it is done, ``after_warm_up`` lets a tab prepare its chart pages at idle moments, one
small step per turn of the event loop (docs/speed.md#the-first-chart)."""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable, Iterator

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)


def _load_modules() -> None:
    """What the first chart would import: no Qt module is touched here (the Qt backend and
    pyplot are left to the GUI thread)."""
    import matplotlib.axes
    import matplotlib.figure  # noqa: F401
    from matplotlib import font_manager
    from matplotlib.backends import backend_agg  # noqa: F401

    font_manager.fontManager.ttflist  # noqa: B018 - built (or read from its cache) now


def _draw_once() -> None:
    """A chart like the application's (bars, a line, tick labels in Latin and Chinese, at the
    size and fonts they use): the glyphs, font lookups and the renderer are cached after it."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    from .charts import configure_matplotlib

    configure_matplotlib()
    figure = Figure(figsize=(5, 3))
    canvas = FigureCanvasQTAgg(figure)
    axes = figure.add_subplot()
    labels = ["Jan", "Feb", "1–30 天", "31–90", "> 360", "回款 ¥8.8M"]
    axes.bar(labels, [1.0, 2.5, 3.0, 0.5, 1.5, 2.0], label="应收账款")
    axes.plot(labels, [0.5, 1.0, 2.0, 2.5, 1.0, 3.0], marker="o", label="Collected")
    axes.set_title("875万 / 1.2亿")
    axes.legend(fontsize="small")
    axes.tick_params(labelsize="small")
    for size in (8, 8.5):  # the other sizes the charts write in: each is a font lookup
        axes.text(0, size / 4, f"¥8.8M (12) 谈判 {size}", fontsize=size)
    canvas.draw()
    canvas.deleteLater()


def _freeze_heap() -> None:
    """Modules, the window and matplotlib live as long as the application: frozen, a full
    collection no longer walks them (65-90 ms on the large dataset, in the middle of whatever
    the user waits for; about 7 ms after)."""
    gc.collect()
    gc.freeze()


class ChartWarmup(QObject):
    loaded = Signal()  # emitted in the worker thread, received on the GUI thread
    done = Signal()  # on the GUI thread, once ``finished``

    def __init__(self) -> None:
        super().__init__()
        self.finished = False
        self.loaded.connect(self._draw)
        threading.Thread(target=self._load, name="chart-warmup", daemon=True).start()

    def _load(self) -> None:
        try:
            _load_modules()
        except Exception:  # never fatal: the first chart loads what it needs itself
            log.exception("loading matplotlib in the background failed")
        self.loaded.emit()

    def _draw(self) -> None:
        try:
            _draw_once()
        except Exception:
            log.exception("drawing the first chart off screen failed")
        QTimer.singleShot(0, self._freeze)  # a turn of the event loop of its own

    def _freeze(self) -> None:
        _freeze_heap()
        self.finished = True
        self.done.emit()


_warmup: ChartWarmup | None = None


def warm_up_charts() -> ChartWarmup:
    """Start loading matplotlib (once per process); ``finished`` tells when it is done."""
    global _warmup
    if _warmup is None:
        _warmup = ChartWarmup()
    return _warmup


Steps = Callable[[], Iterator[object]]
_pending: list[tuple[QObject, Steps]] = []  # waiting for the warm-up to finish
_running: list[QObject] = []  # owners of step sequences not yet through


def after_warm_up(owner: QObject, steps: Steps) -> None:
    """Once the warm-up is done, run ``steps()`` (a generator) one step per idle turn of the
    GUI thread's event loop, while ``owner`` lives. Without a warm-up (tests, or the start-up
    probe) nothing runs: the charts are then built when first shown."""
    if _warmup is None:
        return
    if _warmup.finished:
        _start(owner, steps)
    else:
        if not _pending:
            _warmup.done.connect(_release)
        _pending.append((owner, steps))


def idle_work_done() -> bool:
    """True when the warm-up and the steps queued after it are through (for the benchmark,
    which waits for them as a user reads the screen)."""
    return (
        _warmup is not None
        and _warmup.finished
        and not _pending
        and not any(shiboken6.isValid(owner) for owner in _running)
    )


def _release() -> None:
    waiting = list(_pending)
    _pending.clear()
    for owner, steps in waiting:
        _start(owner, steps)


def _start(owner: QObject, steps: Steps) -> None:
    if not shiboken6.isValid(owner):
        return
    _running.append(owner)
    started: list[Iterator[object]] = []

    def step() -> None:
        try:
            if not started:
                started.append(steps())
            next(started[0])
        except StopIteration:
            _finish(owner)
            return
        except Exception:  # never fatal: the page builds what is missing when shown
            log.exception("preparing charts at idle time failed")
            _finish(owner)
            return
        QTimer.singleShot(0, owner, step)  # cancelled with its owner

    QTimer.singleShot(0, owner, step)


def _finish(owner: QObject) -> None:
    _running.remove(owner)
    _running[:] = [o for o in _running if shiboken6.isValid(o)]  # closed before their end
    if not _running:
        # What the preparing allocated would make the next full collection due, in the
        # middle of the first visit: collected now, at idle.
        gc.collect()
