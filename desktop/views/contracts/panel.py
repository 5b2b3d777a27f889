"""What the pages of a contract's detail have in common."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.services.attachments import AttachmentRow
from desktop.services.contracts.detail_rows import ContractDetail
from desktop.services.contracts.parts import Part
from desktop.services.contracts.service import Edit
from desktop.services.versions import ReadRecord
from desktop.views.common.attached_files import open_attachment
from desktop.views.context import AppContext

from .editor import ContractEditor


class ContractPanel(QWidget):
    def __init__(self, ctx: AppContext, editor: ContractEditor, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.editor = editor
        self.detail: ContractDetail | None = None

    @property
    def service(self):
        return self.editor.service

    @property
    def shown(self) -> ContractDetail:
        """The contract shown; for the drawing and the actions, which run only while one is."""
        assert self.detail is not None
        return self.detail

    @property
    def currency(self) -> str:
        return "CNY" if self.detail is None else self.detail.header.currency

    @property
    def contract_id(self) -> int | None:
        return None if self.detail is None else self.detail.header.id

    def show_detail(self, detail: ContractDetail | None) -> None:
        self.detail = detail
        self.setEnabled(detail is not None)
        self.refresh()

    def refresh(self) -> None:
        """Show ``self.detail``; subclasses override it."""

    def part_saver(
        self, text: str, record_id: int | None, record: ReadRecord | None = None
    ) -> Callable[[Any], Edit]:
        """A dialog's ``save``: create (``record_id`` None) or change a part of the contract
        (as ``record`` read it), undoably; a refusal stays in the dialog."""
        contract_id = self.contract_id
        assert contract_id is not None

        def save(data: Any) -> Edit:
            version = None if record is None else record.version
            return self.editor.run(
                text, lambda: self.service.save_part(contract_id, record_id, data, version)
            )

        return save

    def read_part(self, data: Any, record_id: int | None) -> ReadRecord | None:
        """The part as it is now, which its form edits; None for a new one."""
        if record_id is None:
            return None
        return ReadRecord(lambda: self.service.read_part(type(data), record_id))

    def open_part_dialog(
        self,
        factory: Callable,
        row: Any,
        data: Any,
        add_text: str,
        edit_text: str,
        *,
        before_save: Callable[[Any], None] | None = None,
        **options,
    ) -> None:
        """Show the dialog ``factory`` makes for a new part (``row`` None) or for ``row``, as
        it is now; its Save (after ``before_save``, which may refuse) runs on the undo stack."""
        text = add_text if row is None else edit_text
        record_id = None if row is None else row.id
        record = self.read_part(data, record_id)
        saver = self.part_saver(text, record_id, record)

        def save(value: Any) -> Edit:
            if before_save is not None:
                before_save(value)
            return saver(value)

        shown = data if record is None else record.data
        dialog = factory(self, shown, save, new=row is None, **options)
        if record is not None:
            dialog.guard(record)
        dialog.exec()

    def delete_part(self, part: Part, record_id: int, what: str) -> None:
        if self.confirm_delete(what):
            self.editor.attempt(
                self.tr("Delete {what}").format(what=what),
                lambda: self.service.delete_part(part, record_id),
            )

    def confirm_delete(self, what: str) -> bool:
        return self.ctx.dialogs.confirm(
            self.tr("Delete"), self.tr("Delete {what}?").format(what=what)
        )

    def attach_to(self, part: Part, record_id: int | None) -> None:
        """Ask for a file and keep it with the record (undoable)."""
        if record_id is None:
            return
        path = self.ctx.dialogs.open_file(self.tr("Attach a file"), self.tr("All files (*)"))
        if path is not None:
            self.editor.attempt(
                self.tr("Attach {name}").format(name=path.name),
                lambda: self.service.attach(part, record_id, path),
            )

    def open_file(self, row: AttachmentRow) -> None:
        open_attachment(self.ctx, row)

    def detach(self, attachment_id: int) -> None:
        if self.confirm_delete(self.tr("the file")):
            self.editor.attempt(self.tr("Remove file"), lambda: self.service.detach(attachment_id))
