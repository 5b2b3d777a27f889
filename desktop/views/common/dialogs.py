"""Prompts and file pickers behind one object, so tests swap it instead of patching Qt."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.services.messages import UserError
from desktop.views.i18n import translate


class DialogService:
    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self.parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def info(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)

    def error(self, title: str, text: str) -> None:
        QMessageBox.critical(self.parent, title, text)

    def show_user_error(self, error: UserError) -> None:
        self.warn(translate("DialogService", "Cannot do that"), error.message.render(translate))

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        from PySide6.QtWidgets import QInputDialog

        value, ok = QInputDialog.getText(self.parent, title, label, text=text)
        return value if ok else None

    def open_file(self, title: str, file_filter: str, directory: str = "") -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.parent, title, directory, file_filter)
        return Path(name) if name else None

    def save_file(self, title: str, file_filter: str, suggested: str = "") -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, file_filter)
        return Path(name) if name else None
