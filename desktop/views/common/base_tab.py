"""What the four tabs have in common: the selected account, an undo stack, and refreshing
only when visible data changed (a hidden tab just remembers it is stale)."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import QWidget

from desktop.services.changes import ChangeSet
from desktop.views.context import AppContext


class BaseTab(QWidget):
    # The kinds of data (``desktop.services.changes``) this tab shows.
    watched: frozenset[str] = frozenset()
    # The kinds of record (``EventHub.open_record``) this tab can show, e.g. "contact".
    record_kinds: frozenset[str] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_id: int | None = None
        self._stale = True
        self.undo_stack = QUndoStack(self)
        # Edit ▸ Undo follows what was done last, here or elsewhere.
        ctx.undo.add(self.undo_stack)
        ctx.events.data_changed.connect(self._on_events_data_changed)

    def title(self) -> str:
        """The tab's caption (translated); subclasses override it."""
        return self.windowTitle()

    def settings_pages(self) -> list:
        """Factories of the pages this tab adds to Settings ▸ Preferences
        (see ``desktop.views.settings_dialog.PageFactory``)."""
        return []

    def show_record(self, kind: str, record_id: int) -> None:
        """Select and show one record (the window has already selected its account)."""

    def reload(self) -> None:
        """Read what the tab shows from the database; subclasses override it."""

    def set_account(self, account_id: int | None) -> None:
        if account_id == self.account_id and not self._stale:
            return
        self.account_id = account_id
        self._refresh_or_mark()

    def _refresh_or_mark(self) -> None:
        if self.isVisible():
            self._stale = False
            self.reload()
        else:
            self._stale = True

    def _on_events_data_changed(self, changes: ChangeSet) -> None:
        if changes.touches(*self.watched):
            self.refresh(changes)

    def refresh(self, changes: ChangeSet) -> None:
        """Show ``changes`` (of kinds this tab watches): nothing to do when they are about
        another account than the one shown (docs/architecture.md, "Refresh by what
        changed"); subclasses may refresh less."""
        if changes.concerns(self.account_id):
            self._refresh_or_mark()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    def publish(self, changes: ChangeSet) -> None:
        """Tell every view (this one included) what a write changed."""
        self.ctx.events.publish(changes)
