"""Logging to a file and showing uncaught exceptions instead of losing the window."""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.services.failures import explain
from desktop.services.logs import log_file, redacted_traceback

from .i18n import translate

log = logging.getLogger("desktop")


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
            translate("ErrorHook", "The details were written to {path}.").format(path=log_file())
        )
        box.setDetailedText(details)
        box.exec()

    sys.excepthook = hook
