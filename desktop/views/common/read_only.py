"""A read-only database: the controls that would change it stay disabled, in one pass.

A control is marked with ``edits()`` where it is built; the main window calls
``lock_editing()`` when the database cannot be written, each tab as it is built
(docs/files.md, read-only files)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

EDITS = "edits"  # dynamic property: this control changes the database
C = TypeVar("C", bound=QAction | QWidget)  # bound, not constrained: edits(button) stays a button


def edits(control: C) -> C:
    control.setProperty(EDITS, True)
    return control


class _KeepDisabled(QObject):
    """Selection changes enable buttons again: put them back."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Installed on widgets only (actions get no events; they are kept by their signal).
        if (
            event.type() == QEvent.Type.EnabledChange
            and isinstance(watched, QWidget)
            and watched.isEnabled()
        ):
            watched.setEnabled(False)
        return False


def _keep_action_disabled(action: QAction) -> None:
    if action.isEnabled():
        action.setEnabled(False)


def lock_editing(window: QWidget) -> None:
    keeper = _KeepDisabled(window)
    for widget in window.findChildren(QWidget):
        if widget.property(EDITS):
            widget.setEnabled(False)
            widget.installEventFilter(keeper)
    for action in window.findChildren(QAction):
        if action.property(EDITS):
            action.setEnabled(False)
            action.changed.connect(lambda a=action: _keep_action_disabled(a))
