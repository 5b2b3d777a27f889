"""Contract edits on the tab's undo stack: each is one service transaction; undo and redo put
the contract's rows back exactly as they were before and after it."""

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

    def run(self, text: str, operation: Callable[[], Edit]) -> Edit:
        """Do ``operation`` now and make it undoable; a UserError propagates and then
        nothing changed and nothing is pushed."""
        done: list[Edit] = []

        def do() -> ChangeSet:
            if not done:
                done.append(operation())
                return done[0].changes
            return self.service.restore(done[0].contract_id, done[0].after)

        def undo_it() -> ChangeSet:
            return self.service.restore(done[0].contract_id, done[0].before)

        undo.push(self.stack, text, do, undo_it, self.publish)
        return done[0]

    def attempt(self, text: str, operation: Callable[[], Edit]) -> Edit | None:
        """:meth:`run`, telling the user when the service refuses."""
        try:
            return self.run(text, operation)
        except UserError as error:
            self.ctx.dialogs.warn(
                translate("ContractEditor", "Cannot do that"), render(error.message)
            )
            return None
