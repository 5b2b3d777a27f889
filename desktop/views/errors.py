"""Logging to a file and showing uncaught exceptions instead of losing the window."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.services import paths
from desktop.services.messages import UserError

from .i18n import translate

LOG_NAME = "keyaccount-desk.log"
log = logging.getLogger("desktop")


def setup_logging() -> Path:
    """Log to a rotating file in the user's log folder (works when stdout/stderr are None)."""
    path = paths.log_dir() / LOG_NAME
    root = logging.getLogger()
    for existing in root.handlers:
        if getattr(existing, "baseFilename", None) == str(path):
            return path
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    if sys.platform != "win32":
        path.chmod(0o600)
    return path


def install_exception_hook() -> None:
    def hook(kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        if isinstance(value, UserError):
            QMessageBox.warning(
                QApplication.activeWindow(),
                translate("ErrorHook", "Cannot do that"),
                value.message.render(translate),
            )
            return
        details = "".join(traceback.format_exception(kind, value, tb))
        log.error("uncaught exception\n%s", details)
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(translate("ErrorHook", "Unexpected error"))
        box.setText(
            translate(
                "ErrorHook",
                "Something went wrong. Your data is safe: the unfinished change was not saved.",
            )
        )
        box.setInformativeText(
            translate("ErrorHook", "The details were written to {path}.").format(
                path=paths.log_dir() / LOG_NAME
            )
        )
        box.setDetailedText(details)
        box.exec()

    sys.excepthook = hook
