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

import itertools
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget

from desktop.services.changes import ChangeSet
from desktop.services.excel.importer import Cancelled
from desktop.services.messages import UserError
from desktop.views.context import AppContext
from desktop.views.i18n import translate

Progress = Callable[[int, int], bool]
Work = Callable[[Progress], Any]

# Operations between start and the end of their callbacks, by number, kept alive here (and
# counted by ``running`` so that tests can wait for them). The worker thread knows only the
# number, so that no Qt object is ever released there.
_RUNNING: dict[int, Operation] = {}
_numbers = itertools.count()


def running() -> bool:
    return bool(_RUNNING)


def file_problem(error: OSError) -> str:
    reason = error.strerror or str(error)
    return translate(
        "Operation",
        "The file could not be written or read ({reason}). Close it in other programs, or "
        "choose another place, then try again.",
    ).format(reason=reason)


class _Relay(QObject):
    """The one sender of every worker's news. It lives in the GUI thread for as long as the
    application does, so a worker never emits through an object that could be deleted while
    the signal is still leaving it; Qt queues the news to the GUI thread."""

    progressed = Signal(int, int, int)  # operation number, done, total
    done = Signal(int, object, object)  # operation number, result, exception

    @Slot(int, int, int)
    def _progressed(self, number: int, done: int, total: int) -> None:
        operation = _RUNNING.get(number)
        if operation is not None:
            operation._progressed(done, total)

    @Slot(int, object, object)
    def _done(self, number: int, result: Any, error: BaseException | None) -> None:
        operation = _RUNNING.get(number)
        if operation is not None:
            operation._done(result, error)


_relay: _Relay | None = None


def _the_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay(QCoreApplication.instance())
        _relay.progressed.connect(_relay._progressed, Qt.ConnectionType.QueuedConnection)
        _relay.done.connect(_relay._done, Qt.ConnectionType.QueuedConnection)
    return _relay


class _Job(QRunnable):
    def __init__(self, work: Work, number: int, cancelled: threading.Event) -> None:
        super().__init__()
        self.work = work
        self.number = number
        self.cancelled = cancelled
        self.relay = _the_relay()

    def progress(self, done: int, total: int) -> bool:
        self.relay.progressed.emit(self.number, done, total)
        return not self.cancelled.is_set()

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except BaseException as error:  # handed to the GUI thread, which reports it
            self.relay.done.emit(self.number, None, error)
        else:
            self.relay.done.emit(self.number, result, None)


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
        self.number = next(_numbers)

    @Slot()
    def cancel(self) -> None:
        self.cancelled.set()
        self.dialog.setLabelText(translate("Operation", "Cancelling…"))

    def _progressed(self, done: int, total: int) -> None:
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(min(done, total))

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
            _RUNNING.pop(self.number, None)
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
    _RUNNING[operation.number] = operation
    QThreadPool.globalInstance().start(_Job(work, operation.number, operation.cancelled))
    return operation
