"""What importing a ticked Excel sheet would change, shown before anything is saved."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.bids.excel import ImportPreview, ItemChange
from desktop.views.common.formatting import display, format_number

from .status_icons import status_icon
from .text import item_text


def _change(before: str, after: str) -> str:
    return after if before == after else f"{before or '—'} → {after or '—'}"


class ImportPreviewDialog(QDialog):
    def __init__(
        self, preview: ImportPreview, file_name: str, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import ticks from {name}").format(name=file_name))
        summary = self.tr(
            "{changed} items will change; {unchanged} stay as they are. Nothing is saved until "
            "you apply the changes, and you can undo them afterwards."
        ).format(
            changed=format_number(len(preview.changes)),
            unchanged=format_number(preview.unchanged),
        )
        if preview.ignored_rows:
            summary += " " + self.tr("Rows without an item ID were ignored: {rows}.").format(
                rows=", ".join(str(row) for row in preview.ignored_rows)
            )
        label = QLabel(summary, self)
        label.setWordWrap(True)
        self.table = QTableWidget(len(preview.changes), 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Row"),
                self.tr("Item"),
                self.tr("Status"),
                self.tr("Note"),
                self.tr("Checked by"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, change in enumerate(preview.changes):
            self._fill_row(row, change, language)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(2, 200)
        self.table.setColumnWidth(3, 240)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.apply = buttons.addButton(
            self.tr("Apply changes"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply.setEnabled(bool(preview.changes))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(1000, 520)

    def _fill_row(self, row: int, change: ItemChange, language: str) -> None:
        before, after = change.before, change.after
        cells = [
            QTableWidgetItem(str(change.row)),
            QTableWidgetItem(item_text(change.text_en, change.text_zh, language)),
            QTableWidgetItem(
                status_icon(after.status), _change(display(before.status), display(after.status))
            ),
            QTableWidgetItem(_change(before.note, after.note)),
            QTableWidgetItem(after.checked_by),
        ]
        for column, cell in enumerate(cells):
            cell.setToolTip(cell.text())
            self.table.setItem(row, column, cell)
