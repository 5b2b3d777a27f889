"""File ▸ Restore from backup: the backups with their date, size and what they hold."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import backups

from .common.formatting import format_datetime, format_number
from .common.row_table import Column
from .common.table_view import RowTableView
from .context import AppContext
from .i18n import translate


class RestoreDialog(QDialog):
    """Lets the user pick a backup (or any backup file); ``chosen`` holds the choice."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.chosen: Path | None = None
        self.setWindowTitle(self.tr("Restore from backup"))

        def reason(row: backups.BackupSummary) -> str:
            return row.backup.label.render(translate)

        def count(table: str):
            return lambda row: row.counts.get(table) if row.readable else None

        self.table = RowTableView(
            [
                Column(self.tr("Taken"), lambda r: r.backup.taken_at, format_datetime),
                Column(self.tr("Why"), reason),
                Column(self.tr("Size"), lambda r: r.size, self._size),
                Column(self.tr("Accounts"), count("account")),
                Column(self.tr("People"), count("contact")),
                Column(self.tr("Opportunities"), count("opportunity")),
                Column(self.tr("Contracts"), count("contract")),
            ],
            self,
        )
        path = ctx.db.path
        rows = [backups.summarize(b) for b in backups.list_backups(path)] if path else []
        self.table.set_rows(rows)
        # Offered first: the newest backup that is not the data a restore replaced.
        offered = [i for i, row in enumerate(rows) if not row.backup.before_restore] or [0]
        if rows:
            self.table.selectRow(offered[0])
        note = QLabel(
            self.tr(
                "The database you have now is backed up before it is replaced, so a restore "
                "can itself be undone: a backup marked “Before a restore” holds the data a "
                "restore replaced."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = QPushButton(self.tr("Restore the selected backup"), self)
        self.restore_button.setEnabled(bool(rows))
        self.file_button = QPushButton(self.tr("Choose a file…"), self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self._restore_selected)
        self.file_button.clicked.connect(self._choose_file)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(780, 420)

    @staticmethod
    def _size(size: int) -> str:
        return f"{format_number(size / 1024 / 1024, 1)} MB"

    def _restore_selected(self) -> None:
        row = self.table.selected_row()
        if row is not None:
            self.chosen = row.backup.path  # type: ignore[attr-defined]
            self.accept()

    def _choose_file(self) -> None:
        path = self.ctx.dialogs.open_file(
            self.tr("Restore from backup"), self.tr("Backup (*.sqlite);;All files (*)")
        )
        if path is not None:
            self.chosen = path
            self.accept()
