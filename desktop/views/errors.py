"""Logging to a file and showing uncaught exceptions instead of losing the window
(docs/first-run.md#when-something-goes-wrong)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.failures import explain
from desktop.services.logs import log_file, redacted_traceback

from .about import open_folder
from .i18n import translate

log = logging.getLogger("desktop")


class ErrorDialog(QDialog):
    """What happened in a sentence, where the log is, and the details to copy: a traceback
    without any exception's message, so without record contents or personal data."""

    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.details = details
        self.setWindowTitle(self.tr("Unexpected error"))
        self.what = what = QLabel(
            self.tr(
                "Something went wrong. Your data is safe: the unfinished change was not saved. "
                "You can go on working; if it happens again, send the details to whoever "
                "supports you."
            ),
            self,
        )
        what.setWordWrap(True)
        self.where = where = QLabel(
            self.tr("The details were written to {path}.").format(path=log_path)
            if log_path is not None
            else self.tr("The details could not be written to a log file."),
            self,
        )
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        if log_path is not None:
            self.folder_button = QPushButton(self.tr("Open log folder"), self)
            buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.folder_button.clicked.connect(lambda: open_folder(log_path.parent))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(where)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))


def install_exception_hook() -> None:
    def hook(kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        message = explain(value)  # a full disk, a read-only file: one sentence, no report
        if message is not None:
            QMessageBox.warning(
                QApplication.activeWindow(),
                translate("ErrorHook", "Cannot do that"),
                message.render(translate),
            )
            return
        details = redacted_traceback(kind, value, tb)
        log.error("uncaught exception\n%s", details)
        path = log_file()
        # The window goes on: the failed action's transaction was rolled back.
        ErrorDialog(details, path if path.exists() else None, QApplication.activeWindow()).exec()

    sys.excepthook = hook
