"""Small input widgets made the same way across this tab's forms."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QSpinBox, QWidget


def spin(parent: QWidget, low: int, high: int, value: int, suffix: str = "") -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(low, high)
    box.setValue(value)
    box.setSuffix(suffix)
    return box


def text_box(parent: QWidget, lines: int = 2) -> QPlainTextEdit:
    """A few lines of text; Tab moves on to the next field."""
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box
