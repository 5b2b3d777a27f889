"""Running long work (imports, exports) off the GUI thread, with a progress bar and Cancel.

The job runs in a QThread and opens its own database session there; it reports progress
through a callback whose return value says whether to go on. Cancelling makes the job raise
``Cancelled`` (from ``desktop.services.excel.importer``) inside its transaction, which rolls
back: the database stays as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.views.i18n import translate

Job = Callable[[Callable[[int, int], bool]], Any]


class _Runner(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job
        self.cancelled = False

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self.cancelled

    @Slot()
    def run(self) -> None:
        try:
            result = self._job(self._progress)
        except BaseException as exc:  # handed to the GUI thread, which re-raises it
            self.failed.emit(exc)
        else:
            self.finished.emit(result)


class _Watcher(QObject):
    """Lives in the GUI thread, so the runner's signals are handled there."""

    def __init__(self, dialog: QProgressDialog, loop: QEventLoop) -> None:
        super().__init__()
        self.dialog = dialog
        self.loop = loop
        self.outcome: dict[str, Any] = {}

    @Slot(int, int)
    def progressed(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, total))

    @Slot(object)
    def finished(self, result: Any) -> None:
        self.outcome["result"] = result
        self.loop.quit()

    @Slot(object)
    def failed(self, error: BaseException) -> None:
        self.outcome["error"] = error
        self.loop.quit()


def run_in_background(parent: QWidget | None, title: str, job: Job) -> Any:
    """Run ``job(progress)`` in a worker thread while a progress dialog shows; returns its
    result, re-raises its exception (``Cancelled`` when the user cancelled)."""
    thread = QThread()
    runner = _Runner(job)
    runner.moveToThread(thread)
    dialog = QProgressDialog(title, translate("BackgroundJob", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    loop = QEventLoop()
    watcher = _Watcher(dialog, loop)

    def cancel() -> None:
        runner.cancelled = True
        dialog.setLabelText(translate("BackgroundJob", "Cancelling…"))

    # Blocking: the worker waits while the bar moves, so a Cancel click is seen at once.
    runner.progressed.connect(watcher.progressed, Qt.ConnectionType.BlockingQueuedConnection)
    runner.finished.connect(watcher.finished)
    runner.failed.connect(watcher.failed)
    dialog.canceled.connect(cancel)
    thread.started.connect(runner.run)
    thread.start()
    loop.exec()
    thread.quit()
    thread.wait()
    dialog.close()
    if "error" in watcher.outcome:
        raise watcher.outcome["error"]
    return watcher.outcome["result"]
