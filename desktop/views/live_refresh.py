"""Other users' changes on a team server appear without a restart
(docs/team-server.md#live-refresh): the window listens for the server's change notifications
and publishes them on its event hub, as if they were its own edits, so each tab refreshes what
it shows. A server that goes away is listened to again quietly every few seconds."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

from desktop.services.live_changes import Listener

from .context import AppContext

log = logging.getLogger(__name__)
RETRY_MS = 5000


class LiveRefresh(QObject):
    def __init__(self, ctx: AppContext, parent: QObject) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._listener: Listener | None = None
        self._notifier: QSocketNotifier | None = None
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._listen)
        self._listen()

    def _listen(self) -> None:
        assert self.ctx.db.server is not None
        try:
            self._listener = Listener(self.ctx.db.server, own_session=self.ctx.db.session_id)
        except Exception as error:  # the server is away: try again later, quietly
            log.warning("cannot listen for colleagues' changes yet (%s)", type(error).__name__)
            self._retry.start()
            return
        self._notifier = QSocketNotifier(self._listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._poll)

    def _poll(self) -> None:
        assert self._listener is not None
        try:
            changes = self._listener.poll()
        except Exception as error:
            log.warning("lost the server's change notifications (%s)", type(error).__name__)
            self._stop()
            self._retry.start()
            return
        if changes is not None:
            self.ctx.events.publish(changes)

    def _stop(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._listener is not None:
            try:
                self._listener.close()
            except Exception:
                log.debug("closing the change listener failed", exc_info=True)
            self._listener = None

    def close(self) -> None:
        self._retry.stop()
        self._stop()


def start_live_refresh(ctx: AppContext, parent: QObject) -> LiveRefresh | None:
    """Listen for colleagues' changes when the database is a team server."""
    return LiveRefresh(ctx, parent) if ctx.db.server else None
