"""Small layout pieces the bid area's forms and dialogs share."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QWidget,
)


def error_label(parent: QWidget) -> QLabel:
    """Where a dialog says why it cannot save (the field and the reason)."""
    label = QLabel(parent)
    label.setStyleSheet("color: #b00020")
    label.setWordWrap(True)
    return label


def save_cancel(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def form_group(title: str, rows: Sequence[tuple[str, QWidget]], parent: QWidget) -> QGroupBox:
    box = QGroupBox(title, parent)
    form = QFormLayout(box)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    for caption, widget in rows:
        form.addRow(caption, widget)
    return box


def scrolling(body: QWidget, parent: QWidget) -> QScrollArea:
    """``body`` in a frameless area that scrolls when the tab is small."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(body)
    return area
