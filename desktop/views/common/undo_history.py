"""Edit ▸ Undo and Redo in time order across every tab and the account list (docs/undo.md).

Each tab keeps its own undo stack; this history remembers which stack got each command, so
that Undo always takes back the newest action wherever it was done (after a1 in tab A, b1 in
tab B and a2 in tab A: a2, then b1, then a1), and Redo does them again in the same order. An
undo the service refuses (a later change would be lost, the record's account is in the trash)
leaves the command where it was, still undoable, and the caller shows the message.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoGroup, QUndoStack
from shiboken6 import isValid

from desktop.services.messages import UserError


def _prepare(command: QUndoCommand, *, redo: bool) -> None:
    """Run the service calls of a command (of each command of a macro, in the order the stack
    would) before the stack moves: if one refuses, those already run are reversed again and
    the refusal propagates, so that nothing changed and nothing moved."""
    children = [command.child(i) for i in range(command.childCount())] or [command]
    ready = []
    try:
        for child in children if redo else reversed(children):
            prepare = getattr(child, "prepare_redo" if redo else "prepare_undo", None)
            if prepare is not None:
                prepare()
                ready.append(child)
    except UserError:
        for child in reversed(ready):
            child.unprepare(redo=redo)
        raise


class UndoHistory(QObject):
    #: The next undo or redo changed (the menu's texts and enabled states follow it).
    changed = Signal()
    #: The history was cleared, for the reason given (shown in the status bar).
    forgotten = Signal(str)

    def __init__(self, group: QUndoGroup, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._group = group
        self._done: list[QUndoStack] = []  # oldest first: the stack of each command done
        self._undone: list[QUndoStack] = []  # newest undo last
        self._index: dict[int, int] = {}  # id(stack) -> its index as last seen
        self._busy = False

    def add(self, stack: QUndoStack) -> None:
        self._group.addStack(stack)
        self._index[id(stack)] = stack.index()
        stack.indexChanged.connect(lambda index, s=stack: self._on_index_changed(s, index))

    # -- what is next ------------------------------------------------------------------------
    def _next(self, entries: list[QUndoStack], redo: bool) -> QUndoStack | None:
        while entries:
            stack = entries[-1]
            if isValid(stack) and (stack.canRedo() if redo else stack.canUndo()):
                return stack
            entries.pop()
        return None

    def undo_text(self) -> str | None:
        """What Undo would take back (None: nothing)."""
        stack = self._next(self._done, redo=False)
        return None if stack is None else stack.undoText()

    def redo_text(self) -> str | None:
        stack = self._next(self._undone, redo=True)
        return None if stack is None else stack.redoText()

    # -- doing it ----------------------------------------------------------------------------
    def undo(self) -> None:
        """Take back the newest action; a UserError from the service propagates and then
        nothing changed."""
        self._step(self._done, self._undone, redo=False)

    def redo(self) -> None:
        self._step(self._undone, self._done, redo=True)

    def _step(self, source: list[QUndoStack], target: list[QUndoStack], *, redo: bool) -> None:
        stack = self._next(source, redo)
        if stack is None:
            return
        _prepare(stack.command(stack.index() if redo else stack.index() - 1), redo=redo)
        self._busy = True
        try:
            stack.redo() if redo else stack.undo()
        finally:
            self._busy = False
        self._index[id(stack)] = stack.index()
        target.append(source.pop())
        self._changed()

    def forget(self, reason: str = "") -> None:
        """Clear every stack (after an import, a merge, a restore or a purge: their writes
        are not undoable, and older commands must not undo across them)."""
        for stack in self._group.stacks():
            stack.clear()
        self._done.clear()
        self._undone.clear()
        self._changed()
        if reason:
            self.forgotten.emit(reason)

    # -- keeping track -----------------------------------------------------------------------
    def _on_index_changed(self, stack: QUndoStack, index: int) -> None:
        old = self._index.get(id(stack), 0)
        self._index[id(stack)] = index
        if self._busy:
            return
        if not isValid(stack) or stack.count() == 0:  # cleared, or being destroyed
            self._done[:] = [s for s in self._done if s is not stack]
            self._undone[:] = [s for s in self._undone if s is not stack]
        elif index == old + 1 and index == stack.count():  # a new command
            self._done.append(stack)
            self._undone.clear()
        else:  # undone or redone on the stack itself
            self._move(stack, old - index, self._done, self._undone)
            self._move(stack, index - old, self._undone, self._done)
        self._changed()

    @staticmethod
    def _move(stack: QUndoStack, times: int, source: list, target: list) -> None:
        for _ in range(max(times, 0)):
            for position in range(len(source) - 1, -1, -1):
                if source[position] is stack:
                    target.append(source.pop(position))
                    break

    def _changed(self) -> None:
        """Keep the group's active stack on the next undo (or redo), so that code using the
        group directly follows the same order."""
        stack = self._next(self._done, redo=False) or self._next(self._undone, redo=True)
        if stack is not None and isValid(self._group):
            self._group.setActiveStack(stack)
        self.changed.emit()
