"""Undoable edits: the service call runs first (it may refuse with a UserError), then the
command goes on the tab's undo stack; undo and redo call the service again, each one
transaction, and tell every view what changed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.services.changes import ChangeSet

Action = Callable[[], ChangeSet]


class ServiceCommand(QUndoCommand):
    def __init__(self, text: str, do: Action, undo: Action, publish: Callable[[ChangeSet], None]):
        super().__init__(text)
        self._do = do
        self._undo = undo
        self._publish = publish
        self._done_once = False

    def redo(self) -> None:
        if self._done_once:
            self._publish(self._do())
        self._done_once = True

    def undo(self) -> None:
        self._publish(self._undo())


def push(
    stack: QUndoStack,
    text: str,
    do: Action,
    undo: Action,
    publish: Callable[[ChangeSet], None],
) -> ChangeSet:
    """Run ``do`` now; if it succeeds, make it undoable. Exceptions propagate, and then
    nothing is pushed."""
    changes = do()
    stack.push(ServiceCommand(text, do, undo, publish))
    publish(changes)
    return changes
