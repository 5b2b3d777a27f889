"""Running the tab's edits: each is one service call, undoable on the tab's stack, and a
refusal (UserError) is shown to the user instead of raised."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtGui import QUndoStack

from desktop.services.changes import ChangeSet
from desktop.services.messages import UserError
from desktop.services.raw_rows import Graph
from desktop.services.row_delta import RecordEdits
from desktop.services.versions import ChangedMeanwhile
from desktop.views.common import undo
from desktop.views.context import AppContext

T = TypeVar("T")


@dataclass
class Editing:
    ctx: AppContext
    stack: QUndoStack
    publish: Callable[[ChangeSet], None]

    def attempt(
        self,
        action: Callable[[], T],
        changed_meanwhile: Callable[[ChangedMeanwhile], None] | None = None,
    ) -> T | None:
        """Run ``action``; a UserError is shown and gives None. A save refused because the
        record changed meanwhile goes to ``changed_meanwhile`` when the form handles it."""
        try:
            return action()
        except ChangedMeanwhile as error:
            if changed_meanwhile is None:
                self.ctx.dialogs.show_user_error(error)
            else:
                changed_meanwhile(error)
            return None
        except UserError as error:
            self.ctx.dialogs.show_user_error(error)
            return None

    def change(
        self, text: str, do: Callable[[], ChangeSet], undo_: Callable[[], ChangeSet]
    ) -> bool:
        """An edit whose undo is another plain call (e.g. saving the previous values)."""
        return (
            self.attempt(lambda: undo.push(self.stack, text, do, undo_, self.publish)) is not None
        )

    def change_record(
        self,
        text: str,
        table: str,
        record_id: int,
        save: Callable[[], ChangeSet],
        changed_meanwhile: Callable[[ChangedMeanwhile], None] | None = None,
    ) -> bool:
        """Saving a record's form: undo puts back only what the save changed in its row."""
        edits = RecordEdits(self.ctx.db)
        return (
            self.attempt(
                lambda: undo.push_record_edit(
                    self.stack, text, edits, table, record_id, save, self.publish
                ),
                changed_meanwhile,
            )
            is not None
        )

    def stateful(
        self,
        text: str,
        first: Callable[[], T],
        changes: Callable[[T], ChangeSet],
        take_back: Callable[[T], tuple[ChangeSet, Graph]],
        put_back: Callable[[T, Graph], ChangeSet],
    ) -> T | None:
        """An edit that creates records: undo removes them (kept as a graph), redo restores
        exactly the same rows (same ids and uuids)."""
        box: dict[str, Any] = {}

        def do() -> ChangeSet:
            if "state" not in box:
                box["state"] = first()
                return changes(box["state"])
            return put_back(box["state"], box["graph"])

        def revert() -> ChangeSet:
            result, box["graph"] = take_back(box["state"])
            return result

        if self.attempt(lambda: undo.push(self.stack, text, do, revert, self.publish)) is None:
            return None
        return box["state"]

    def create(
        self,
        text: str,
        create: Callable[[], Any],
        remove: Callable[[int], tuple[ChangeSet, Graph]],
        restore: Callable[[Graph], ChangeSet],
    ) -> int | None:
        """``create`` returns an object with ``changes`` and ``id``."""
        created = self.stateful(
            text,
            create,
            lambda c: c.changes,
            lambda c: remove(c.id),
            lambda _c, graph: restore(graph),
        )
        return None if created is None else created.id

    def remove(
        self,
        text: str,
        remove: Callable[[], tuple[ChangeSet, Graph]],
        restore: Callable[[Graph], ChangeSet],
    ) -> bool:
        box: dict[str, Graph] = {}

        def do() -> ChangeSet:
            result, box["graph"] = remove()
            return result

        return self.change(text, do, lambda: restore(box["graph"]))

    def trash(self, text: str, kind: str, record_id: int) -> bool:
        """A user's deletion: the record goes to the trash; undo takes it back out."""
        service = self.ctx.services.trash
        return (
            self.attempt(
                lambda: undo.push_trash(self.stack, text, service, kind, record_id, self.publish)
            )
            is not None
        )
