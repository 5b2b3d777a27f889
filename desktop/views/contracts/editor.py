"""Contract edits on the tab's undo stack: each is one service transaction; undo and redo
reverse exactly the rows it changed, or refuse when a later change would be lost. Deleting a
contract moves it to the trash; undo takes it back out."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoStack

from desktop.services.changes import ChangeSet
from desktop.services.contracts.service import ContractService, Edit
from desktop.services.messages import UserError
from desktop.views.common import undo
from desktop.views.context import AppContext
from desktop.views.i18n import translate

from .text import render


class ContractEditor:
    def __init__(
        self,
        ctx: AppContext,
        service: ContractService,
        stack: QUndoStack,
        publish: Callable[[ChangeSet], None],
    ) -> None:
        self.ctx = ctx
        self.service = service
        self.stack = stack
        self.publish = publish
        self.trash = ctx.services.trash

    def run(self, text: str, operation: Callable[[], Edit]) -> Edit:
        """Do ``operation`` now and make it undoable; a UserError propagates and then
        nothing changed and nothing is pushed."""
        return undo.push_state(
            self.stack,
            text,
            operation,
            self.service.undo,
            self.service.redo,
            self.publish,
        )

    def delete(self, text: str, contract_id: int) -> bool:
        """Move the contract to the trash, undoably; a refusal is shown to the user."""
        try:
            undo.push_trash(self.stack, text, self.trash, "contract", contract_id, self.publish)
        except UserError as error:
            self._refused(error)
            return False
        return True

    def attempt(self, text: str, operation: Callable[[], Edit]) -> Edit | None:
        """:meth:`run`, telling the user when the service refuses."""
        try:
            return self.run(text, operation)
        except UserError as error:
            self._refused(error)
            return None

    def _refused(self, error: UserError) -> None:
        self.ctx.dialogs.warn(translate("ContractEditor", "Cannot do that"), render(error.message))
