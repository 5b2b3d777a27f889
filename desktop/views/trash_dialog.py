"""Edit ▸ Trash: deleted records, restorable for 30 days."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.messages import UserError
from desktop.services.trash import TrashRow

from .common.formatting import format_datetime, format_number
from .common.row_table import Column
from .common.table_view import RowTableView
from .context import AppContext


class TrashDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = ctx.services.trash
        self.setWindowTitle(self.tr("Trash"))
        kinds = {
            "account": self.tr("Account"),
            "contact": self.tr("Person"),
            "opportunity": self.tr("Opportunity"),
            "tender": self.tr("Tender"),
            "contract": self.tr("Contract"),
        }
        self.table = RowTableView(
            [
                Column(self.tr("What"), lambda r: kinds.get(r.kind, r.kind)),
                Column(self.tr("Name"), lambda r: r.title),
                Column(self.tr("Account"), lambda r: r.account_name),
                Column(self.tr("Deleted"), lambda r: r.deleted_at, format_datetime),
                Column(self.tr("Kept until"), lambda r: r.expires_at, format_datetime),
                Column(self.tr("With it"), self._contents),
            ],
            self,
        )
        note = QLabel(
            self.tr(
                "Deleted records stay here for 30 days, with everything that was deleted with "
                "them, then they are erased for good. Deleting permanently erases them now, "
                "personal data included."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.delete_button = QPushButton(self.tr("Delete permanently"), self)
        self.empty_button = QPushButton(self.tr("Empty trash"), self)
        for button in (self.restore_button, self.delete_button, self.empty_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.empty_button.clicked.connect(self.empty)
        self.table.enable_with_selection(self.restore_button, self.delete_button)
        self.table.wrap(5)  # what went with it: wrapped in the width left, never cut
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(1250, 480)
        self.reload()

    def _contents(self, row: TrashRow) -> str:
        """What went with the record, e.g. "People: 12 · Opportunities: 3"."""
        texts = {
            "contact": self.tr("People: {count}"),
            "opportunity": self.tr("Opportunities: {count}"),
            "tender": self.tr("Tenders: {count}"),
            "contract": self.tr("Contracts: {count}"),
        }
        return " · ".join(
            texts[kind].format(count=format_number(count)) for kind, count in row.contents.items()
        )

    def reload(self) -> None:
        self.table.set_rows(self.service.list())
        for column in (1, 2):  # long names are elided, so that what went with them shows
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 240))
        self.table.resizeRowsToContents()
        has_rows = self.table.source.rowCount() > 0
        if has_rows:
            self.table.selectRow(0)
        self.empty_button.setEnabled(has_rows)

    def restore_selected(self) -> None:
        row = self.table.selected(TrashRow)
        if row is None:
            return
        try:
            changes = self.service.restore(row.id)
        except UserError as error:
            self.ctx.dialogs.show_user_error(error)
            return
        self.ctx.events.publish(changes)
        self.reload()

    def delete_selected(self) -> None:
        row = self.table.selected(TrashRow)
        if row is None or not self.ctx.dialogs.confirm(
            self.tr("Delete permanently"),
            self.tr(
                "Erase {name} for good? This cannot be undone, and the undo history of every "
                "tab is cleared."
            ).format(name=row.title),
        ):
            return
        self.service.purge([row.id])
        self._forget_undo()
        self.reload()
        self._tell_if_erase_pending()

    def empty(self) -> None:
        if self.ctx.dialogs.confirm(
            self.tr("Empty trash"),
            self.tr(
                "Erase everything in the trash for good? This cannot be undone, and the undo "
                "history of every tab is cleared."
            ),
        ):
            self.service.purge()
            self._forget_undo()
            self.reload()
            self._tell_if_erase_pending()

    def _tell_if_erase_pending(self) -> None:
        if self.ctx.db.erase_pending:
            self.ctx.dialogs.info(
                self.tr("Delete permanently"),
                self.tr(
                    "Deleted. Another program is still reading this database: the deleted data "
                    "is wiped from its write-ahead log once that program stops (at your next "
                    "change, or when you close Key Account Desk)."
                ),
            )

    def _forget_undo(self) -> None:
        """What was erased for good must not come back: the undo history (kept in memory
        only) may hold rows of it, e.g. a person's record before an edit, so it goes too."""
        self.ctx.undo.forget()
