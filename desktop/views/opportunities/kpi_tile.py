"""A key figure with its caption, flagged in red when it is outside its target band."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class KpiTile(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel(caption, self)
        self.caption.setStyleSheet("color: #5f6368")
        self.caption.setWordWrap(True)
        self.value = QLabel(self)
        self.value.setTextFormat(Qt.TextFormat.RichText)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: #5f6368")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.flagged = False

    def show_value(self, value: str, detail: str = "", *, flagged: bool = False) -> None:
        self.flagged = flagged
        colour = "#b3261e" if flagged else "#202124"
        mark = "⚠ " if flagged else ""
        self.value.setText(f"<span style='font-size:15pt; color:{colour}'>{mark}{value}</span>")
        self.detail.setText(detail)
