"""Long work off the GUI thread: imports, exports, merges, backups and restores all run
through ``run_operation`` (docs/architecture.md#how-long-work-runs).

The work runs in a worker thread of the global pool and opens its own database session
there. A window-modal progress dialog shows meanwhile; the work gets a ``progress(done,
total)`` callback that returns False once the user pressed Cancel, and then raises
``Cancelled`` inside its transaction, which rolls back. The outcome comes back on the GUI
thread as a queued signal: the change record is published, then the success callback runs;
a ``UserError`` is shown as its one sentence, so is a file that cannot be written or read
(``OSError``); anything else goes to the error hook. No
nested event loop: ``run_operation`` returns at once.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget

from desktop.services.changes import ChangeSet
from desktop.services.excel.importer import Cancelled
from desktop.services.messages import UserError
from desktop.views.context import AppContext
from desktop.views.i18n import translate

Progress = Callable[[int, int], bool]
Work = Callable[[Progress], Any]

# Operations between start and the end of their callbacks, kept alive here (and counted by
# ``running`` so that tests can wait for them).
_RUNNING: set[Operation] = set()


def running() -> bool:
    return bool(_RUNNING)


def file_problem(error: OSError) -> str:
    reason = error.strerror or str(error)
    return translate(
        "Operation",
        "The file could not be written or read ({reason}). Close it in other programs, or "
        "choose another place, then try again.",
    ).format(reason=reason)


class _Signals(QObject):
    # Emitted in the worker thread; the receivers live in the GUI thread, so Qt queues them.
    progressed = Signal(int, int)
    done = Signal(object, object)  # result, exception


class _Job(QRunnable):
    def __init__(self, work: Work, signals: _Signals, cancelled: threading.Event) -> None:
        super().__init__()
        self.work = work
        self.signals = signals
        self.cancelled = cancelled

    def progress(self, done: int, total: int) -> bool:
        self.signals.progressed.emit(done, total)
        return not self.cancelled.is_set()

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except BaseException as error:  # handed to the GUI thread, which reports it
            self.signals.done.emit(None, error)
        else:
            self.signals.done.emit(result, None)


class Operation(QObject):
    """One piece of long work; made by ``run_operation``."""

    finished = Signal()  # after the callbacks ran, whatever the outcome

    def __init__(
        self,
        ctx: AppContext | None,
        parent: QWidget | None,
        title: str,
        *,
        cancellable: bool,
        on_success: Callable[[Any], None] | None,
        on_cancel: Callable[[], None] | None,
        on_user_error: Callable[[UserError], None] | None,
        changes: Callable[[Any], ChangeSet | None] | None,
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.on_success = on_success
        self.on_cancel = on_cancel
        self.on_user_error = on_user_error
        self.changes = changes
        self.title = title
        self.cancelled = threading.Event()
        self.dialog = QProgressDialog(title, translate("Operation", "Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)  # quick work finishes without a flash
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        # Our own bar: QProgressDialog.setValue on a modal dialog processes events, which
        # would run the outcome's callbacks inside a progress update.
        self.bar = QProgressBar(self.dialog)
        self.bar.setRange(0, 0)
        self.dialog.setBar(self.bar)
        if cancellable:
            self.dialog.canceled.connect(self.cancel)
        else:
            self.dialog.setCancelButton(None)
        self.signals = _Signals()
        self.signals.progressed.connect(self._progressed)
        self.signals.done.connect(self._done)

    @Slot()
    def cancel(self) -> None:
        self.cancelled.set()
        self.dialog.setLabelText(translate("Operation", "Cancelling…"))

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(min(done, total))

    @Slot(object, object)
    def _done(self, result: Any, error: BaseException | None) -> None:
        self.dialog.reset()  # stops the timer that would show it
        self.dialog.close()
        self.dialog.deleteLater()
        try:
            if error is None:
                self._succeeded(result)
            elif isinstance(error, Cancelled):
                if self.on_cancel is not None:
                    self.on_cancel()
            elif isinstance(error, UserError):
                self._user_error(error)
            elif isinstance(error, OSError) and self.ctx is not None:
                # A file that cannot be written or read (open in Excel, a full or read-only
                # disk) is the user's to fix, not a bug.
                self.ctx.dialogs.error(self.title, file_problem(error))
            else:
                sys.excepthook(type(error), error, error.__traceback__)
        finally:
            _RUNNING.discard(self)
            self.finished.emit()

    def _succeeded(self, result: Any) -> None:
        changes = self.changes(result) if self.changes is not None else None
        if changes is None and isinstance(result, ChangeSet):
            changes = result
        if changes is not None and self.ctx is not None:
            self.ctx.events.publish(changes)
        if self.on_success is not None:
            self.on_success(result)

    def _user_error(self, error: UserError) -> None:
        if self.on_user_error is not None:
            self.on_user_error(error)
        elif self.ctx is not None:
            self.ctx.dialogs.show_user_error(error)
        else:
            sys.excepthook(type(error), error, error.__traceback__)


def run_operation(
    ctx: AppContext | None,
    parent: QWidget | None,
    title: str,
    work: Work,
    *,
    cancellable: bool = True,
    on_success: Callable[[Any], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    on_user_error: Callable[[UserError], None] | None = None,
    changes: Callable[[Any], ChangeSet | None] | None = None,
) -> Operation:
    """Start ``work(progress)`` in a worker thread and return at once.

    ``changes`` picks the change record out of the result (a ``ChangeSet`` result is
    published as it is); it is published on ``ctx.events`` before ``on_success`` runs.
    ``cancellable=False`` is for work that cannot stop half way (a backup, a restore).
    """
    operation = Operation(
        ctx,
        parent,
        title,
        cancellable=cancellable,
        on_success=on_success,
        on_cancel=on_cancel,
        on_user_error=on_user_error,
        changes=changes,
    )
    _RUNNING.add(operation)
    QThreadPool.globalInstance().start(_Job(work, operation.signals, operation.cancelled))
    return operation
