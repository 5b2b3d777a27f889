"""Undoable edits: the service call runs first (it may refuse with a UserError), then the
command goes on the tab's undo stack; undo and redo call the service again, each one
transaction, and tell every view what changed. A deletion by the user moves the record to the
trash (:func:`push_trash`), so it can also be restored from Edit ▸ Trash later."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.services.changes import ChangeSet
from desktop.services.messages import UserError
from desktop.services.row_delta import RecordEdit, RecordEdits
from desktop.services.trash import Trashed, TrashService

Action = Callable[[], ChangeSet]
T = TypeVar("T")


class ServiceCommand(QUndoCommand):
    """Edit ▸ Undo (:class:`~.undo_history.UndoHistory`) first calls :meth:`prepare_undo`,
    which runs the service and may refuse, and only then moves the stack; :meth:`undo` then
    just publishes what changed. (Called on the stack directly, a refused undo drops the
    command: what it did stays done.)"""

    def __init__(self, text: str, do: Action, undo: Action, publish: Callable[[ChangeSet], None]):
        super().__init__(text)
        self._do = do
        self._undo = undo
        self._publish = publish
        self._done_once = False
        self._prepared: ChangeSet | None = None

    def prepare_undo(self) -> None:
        self._prepared = self._undo()

    def prepare_redo(self) -> None:
        self._prepared = self._do()

    def unprepare(self, *, redo: bool) -> None:
        """Reverse a prepared step (another step of the same macro was refused)."""
        (self._undo if redo else self._do)()
        self._prepared = None

    def _run(self, action: Action) -> None:
        changes, self._prepared = self._prepared, None
        try:
            self._publish(action() if changes is None else changes)
        except UserError:
            self.setObsolete(True)

    def redo(self) -> None:
        if self._done_once:
            self._run(self._do)
        self._done_once = True

    def undo(self) -> None:
        self._run(self._undo)


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


def checked_once(save: Callable[[int | None], T], version: int | None) -> Callable[[], T]:
    """``save(version)``: checked against the version the form read; its redo (after an
    undo) writes the same again unchecked, as the version it read is its own save's
    (docs/team-server.md#versions)."""
    done: list[bool] = []

    def do() -> T:
        result = save(None if done else version)
        done.append(True)
        return result

    return do


class HasChanges(Protocol):
    @property  # read-only: the edits are frozen dataclasses
    def changes(self) -> ChangeSet: ...


S = TypeVar("S", bound=HasChanges)


def push_state(
    stack: QUndoStack,
    text: str,
    first: Callable[[], S],
    undo: Callable[[S], ChangeSet],
    redo: Callable[[S], ChangeSet],
    publish: Callable[[ChangeSet], None],
) -> S:
    """Run ``first`` now: it returns what undo and redo need (e.g. the rows before and after
    an edit) and, in ``changes``, what it changed. Exceptions propagate, and then nothing is
    pushed."""
    done: list[S] = []

    def do() -> ChangeSet:
        if done:
            return redo(done[0])
        done.append(first())
        return done[0].changes

    push(stack, text, do, lambda: undo(done[0]), publish)
    return done[0]


def push_trash(
    stack: QUndoStack,
    text: str,
    trash: TrashService,
    kind: str,
    record_id: int,
    publish: Callable[[ChangeSet], None],
) -> Trashed:
    """A user's deletion: the record goes to the trash; undo takes it back out of the trash,
    redo puts it in again."""
    return push_state(
        stack,
        text,
        lambda: trash.delete(kind, record_id),
        trash.undelete,
        trash.redelete,
        publish,
    )


def push_record_edit(
    stack: QUndoStack,
    text: str,
    edits: RecordEdits,
    table: str,
    record_id: int,
    save: Action,
    publish: Callable[[ChangeSet], None],
) -> RecordEdit:
    """Saving a record's form: undo and redo apply what the save changed in its row, and
    nothing else (docs/undo.md)."""
    return push_state(
        stack, text, lambda: edits.run(table, record_id, save), edits.undo, edits.redo, publish
    )
