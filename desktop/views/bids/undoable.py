"""Undoable edits in the bid area: pushing a service call onto the tab's undo stack and
telling the user when the service refuses it, and undo for "create" actions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from desktop.services.changes import ChangeSet
from desktop.services.messages import UserError
from desktop.services.row_delta import RecordEdits
from desktop.services.versions import ChangedMeanwhile
from desktop.views.common import undo
from desktop.views.context import AppContext

Action = Callable[[], ChangeSet]


def push_or_report(
    ctx: AppContext,
    stack: QUndoStack,
    publish: Callable[[ChangeSet], None],
    text: str,
    do: Action,
    undo_: Action,
    changed_meanwhile: Callable[[ChangedMeanwhile], object] | None = None,
) -> bool:
    """Run ``do`` and make it undoable; a refusal is shown to the user and changes nothing.
    A save refused because the record changed meanwhile goes to ``changed_meanwhile`` when
    the form handles it (docs/team-server.md#versions)."""
    try:
        undo.push(stack, text, do, undo_, publish)
    except UserError as error:
        if changed_meanwhile is not None and isinstance(error, ChangedMeanwhile):
            changed_meanwhile(error)
        else:
            ctx.dialogs.show_user_error(error)
        return False
    return True


class UndoablePanel(QWidget):
    """A part of the tab that edits the selected tender through the tab's undo stack."""

    def __init__(
        self,
        ctx: AppContext,
        stack: QUndoStack,
        publish: Callable[[ChangeSet], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stack = stack
        self.publish = publish

    def push(self, text: str, do: Action, undo_: Action) -> bool:
        return push_or_report(self.ctx, self.stack, self.publish, text, do, undo_)

    def push_record_edit(self, text: str, table: str, record_id: int, save: Action) -> bool:
        """Saving a record's form: undo puts back only what the save changed in its row."""
        edits = RecordEdits(self.ctx.db)
        try:
            undo.push_record_edit(self.stack, text, edits, table, record_id, save, self.publish)
        except ChangedMeanwhile:
            raise  # the form says it and offers to reload (docs/team-server.md#versions)
        except UserError as error:
            self.ctx.dialogs.show_user_error(error)
            return False
        return True


class Recreatable:
    """Undo of a "create": undo deletes what was created and keeps a copy, redo puts that
    copy back (same uuid, same id) rather than creating a new record."""

    def __init__(
        self,
        create: Callable[[], tuple[list[int], ChangeSet]],
        delete: Callable[[list[int]], tuple[Any, ChangeSet]],
        restore: Callable[[Any], ChangeSet],
    ) -> None:
        self._create, self._delete, self._restore = create, delete, restore
        self.ids: list[int] = []
        self._copy: Any = None

    def do(self) -> ChangeSet:
        if self._copy is not None:
            copy, self._copy = self._copy, None
            return self._restore(copy)
        self.ids, changes = self._create()
        return changes

    def undo(self) -> ChangeSet:
        self._copy, changes = self._delete(self.ids)
        return changes
