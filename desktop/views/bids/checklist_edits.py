"""What a checklist can do besides ticking: items for one tender only, copying a template
in, and evidence files (copied into the data folder, opened with the system viewer)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.services.attachments import AttachmentRow
from desktop.services.changes import ChangeSet
from desktop.services.raw_rows import Graph
from desktop.views.common.attached_files import open_attachment
from desktop.views.common.formatting import format_number

from .text import template_name
from .undoable import Recreatable


def short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class ChecklistEdits(QObject):
    """Acts on behalf of a :class:`~.checklist_panel.ChecklistPanel` (its parent)."""

    def __init__(self, panel) -> None:
        super().__init__(panel)
        self.panel = panel

    # ---- the tender's own items ---------------------------------------------------------
    def add_item(self) -> None:
        if self.panel.tender is None:
            return
        text = self.panel.ctx.dialogs.ask_text(
            self.tr("Add item"), self.tr("What is to be checked (for this tender only)?")
        )
        if not text:
            return
        current = self.panel.current_item()
        section = current.section if current else "submission"
        tender_id = self.panel.tender.id

        def create() -> tuple[list[int], ChangeSet]:
            item_id, changes = self.panel.service.add_item(tender_id, section, text, text)
            return [item_id], changes

        action = Recreatable(
            create, self.panel.service.delete_items, self.panel.service.restore_items
        )
        if self.panel.push(self.tr("Add a checklist item"), action.do, action.undo):
            self.panel.select_item(action.ids[0])

    def delete_item(self) -> None:
        item = self.panel.current_item()
        if item is None or not self.panel.ctx.dialogs.confirm(
            self.tr("Delete item"),
            self.tr("Delete “{item}” from this tender's checklist?").format(
                item=short(self.panel.text_of(item), 60)
            ),
        ):
            return
        kept: list[Graph] = []

        def do() -> ChangeSet:
            graph, changes = self.panel.service.delete_items([item.id])
            kept[:] = [graph]
            return changes

        self.panel.push(
            self.tr("Delete a checklist item"),
            do,
            lambda: self.panel.service.restore_items(kept[0]),
        )

    def fill_template_menu(self) -> None:
        menu = self.panel.copy_template.menu()
        menu.clear()
        for row in self.panel.ctx.services.bid_templates.list():
            name = template_name(row.name, row.builtin_key, self.panel.ctx.language)
            action = menu.addAction(
                self.tr("{name} ({count} items)").format(
                    name=name, count=format_number(row.item_count)
                )
            )
            action.triggered.connect(lambda _=False, t=row.id: self.copy_from_template(t))

    def copy_from_template(self, template_id: int) -> None:
        if self.panel.tender is None:
            return
        tender_id = self.panel.tender.id
        action = Recreatable(
            lambda: self.panel.service.copy_template(tender_id, template_id),
            self.panel.service.delete_items,
            self.panel.service.restore_items,
        )
        self.panel.push(self.tr("Copy a template into the checklist"), action.do, action.undo)

    # ---- evidence -----------------------------------------------------------------------
    def attach_evidence(self) -> None:
        item = self.panel.current_item()
        if item is None:
            return
        path = self.panel.ctx.dialogs.open_file(
            self.tr("Attach evidence"), self.tr("All files (*);;PDF (*.pdf);;Images (*.png *.jpg)")
        )
        if path is None:
            return
        attached: dict[str, object] = {}

        def do() -> ChangeSet:
            if "rows" in attached:  # redo: the same record again
                return self.panel.service.reattach(attached.pop("rows"))
            uuid, changes = self.panel.service.attach(item.id, path)
            attached["uuid"] = uuid
            return changes

        def undo_attach() -> ChangeSet:
            rows, changes = self.panel.service.detach(uuid=attached["uuid"])
            attached["rows"] = rows
            return changes

        self.panel.push(self.tr("Attach evidence"), do, undo_attach)

    def open_evidence(self, row: AttachmentRow) -> None:
        open_attachment(self.panel.ctx, row)

    def remove_evidence(self, attachment_id: int) -> None:
        if not self.panel.ctx.dialogs.confirm(
            self.tr("Remove evidence"), self.tr("Remove this file from the item?")
        ):
            return
        kept: list[Graph] = []

        def do() -> ChangeSet:
            graph, changes = self.panel.service.detach(attachment_id)
            kept[:] = [graph]
            return changes

        self.panel.push(
            self.tr("Remove evidence"), do, lambda: self.panel.service.reattach(kept[0])
        )
