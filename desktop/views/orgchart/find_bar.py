"""The mini search (Ctrl+F): type part of a name or title, Enter for the next match."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget


class FindBar(QWidget):
    search_changed = Signal(str)
    next_requested = Signal()
    previous_requested = Signal()
    closed = Signal()
    focus_requested = Signal()  # show only the match shown and the people near them

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Find a person by name, title or department"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self.search_changed)
        self.field.returnPressed.connect(self.next_requested)
        self.field.installEventFilter(self)
        self.result = QLabel(self)
        self.result.setMinimumWidth(90)
        previous = QToolButton(self)
        previous.setText("▲")
        previous.setToolTip(self.tr("Previous match (Shift+Enter)"))
        previous.clicked.connect(self.previous_requested)
        following = QToolButton(self)
        following.setText("▼")
        following.setToolTip(self.tr("Next match (Enter)"))
        following.clicked.connect(self.next_requested)
        self.focus_button = QToolButton(self)
        self.focus_button.setText(self.tr("Focus"))
        self.focus_button.setToolTip(self.tr("Show only this person and the people near them"))
        self.focus_button.clicked.connect(self.focus_requested)
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip(self.tr("Close (Esc)"))
        close.setAutoRaise(True)
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.result)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(self.focus_button)
        layout.addWidget(close)

    def open_bar(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def show_result(self, current: int, total: int) -> None:
        if not self.field.text().strip():
            self.result.setText("")
        elif total == 0:
            self.result.setText(self.tr("No match"))
        else:
            self.result.setText(
                self.tr("{current} of {total}").format(current=current, total=total)
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            shifted = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and shifted:
                self.previous_requested.emit()
                return True
        return super().eventFilter(watched, event)
