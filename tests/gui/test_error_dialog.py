"""An error nobody foresaw: a dialog says what happened and where the log is, Copy details
gives a traceback without personal data, and the window goes on (docs/first-run.md)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from desktop.services import paths
from desktop.views import errors


class Boom(QPushButton):
    def __init__(self, family: str) -> None:
        super().__init__("Save")
        self.family = family  # what a record holds, quoted by the error's message
        self.clicked.connect(self._on_clicked)

    def _on_clicked(self) -> None:
        raise ValueError(f"cannot save {self.family}")


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_shows_the_dialog_and_copies_redacted_details(
    qtbot, monkeypatch, tmp_path
) -> None:
    monkeypatch.setattr(paths, "log_dir", lambda: tmp_path)
    (tmp_path / "keyaccount-desk.log").touch()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.install_exception_hook()
    seen: list[errors.ErrorDialog] = []

    def work_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, errors.ErrorDialog):
            QTimer.singleShot(10, work_the_dialog)
            return
        seen.append(dialog)
        dialog.copy_button.click()
        dialog.reject()

    button = Boom("Wife: Zhang Meiling, 13912345678")
    qtbot.addWidget(button)
    button.show()
    QTimer.singleShot(0, work_the_dialog)
    button.click()
    qtbot.waitUntil(lambda: bool(seen))
    dialog = seen[0]
    assert dialog.what.text().startswith("Something went wrong. Your data is safe")
    assert str(tmp_path / "keyaccount-desk.log") in dialog.where.text()
    assert dialog.folder_button.text() == "Open log folder"
    copied = QApplication.clipboard().text()
    assert "ValueError" in copied and "_on_clicked" in copied
    assert "Zhang Meiling" not in copied and "13912345678" not in copied
    assert button.isVisible()  # the app goes on
