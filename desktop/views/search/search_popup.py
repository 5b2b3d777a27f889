"""Ctrl+K: find any account, person, opportunity, tender or contract by typing part of it.

A popup over the top of the window: type (every keystroke searches, one query), ↑/↓ to pick
a hit, Enter (or a click) to open it where it lives, Esc to close. Opening goes through
``ctx.events.open_record``, like a reminder or a warning does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.search.service import TRIGRAM, Hit
from desktop.views.context import AppContext

from .result_model import SearchResultModel


class SearchPopup(QFrame):
    # A hit was opened (after ``open_record`` was emitted for it).
    hit_opened = Signal(object)  # Hit

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.ctx = ctx
        self.service = ctx.services.search
        self.setObjectName("SearchPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(
            self.tr("Find accounts, people, opportunities, tenders, contracts…")
        )
        self.field.setClearButtonEnabled(True)
        self.model = SearchResultModel(self)
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setRootIsDecorated(False)
        self.view.setItemsExpandable(False)
        self.view.setUniformRowHeights(True)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the field
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.view.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.field)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self.field.textChanged.connect(self._on_field_text_changed)
        self.field.installEventFilter(self)
        self._tallest = 520
        self.view.clicked.connect(self._on_view_clicked)
        self._show_status("")

    # -- showing ---------------------------------------------------------------------------
    def popup(self, anchor: QWidget) -> None:
        """Show over the top middle of ``anchor`` (the main window), ready to type."""
        width = min(720, max(420, anchor.width() - 80))
        self._tallest = min(520, max(300, anchor.height() - 120))
        self.resize(width, self._fitting_height())
        self.view.setColumnWidth(0, width // 2)
        top = anchor.mapToGlobal(anchor.rect().topLeft())
        self.move(top.x() + (anchor.width() - width) // 2, top.y() + 60)
        self.show()
        self.raise_()
        self.activateWindow()
        self.field.setFocus()
        self.field.selectAll()

    # -- searching -------------------------------------------------------------------------
    def _on_field_text_changed(self, text: str) -> None:
        result = self.service.search(text)
        self.model.set_result(result)
        self.view.expandAll()
        for number in range(self.model.rowCount()):
            self.view.setFirstColumnSpanned(number, QModelIndex(), True)
        hits = self.model.hit_indexes()
        if hits:
            self.view.setCurrentIndex(hits[0])
        self._show_status(result.text, found=bool(hits))
        if self.isVisible():
            self.resize(self.width(), self._fitting_height())

    def _fitting_height(self) -> int:
        """Tall enough for the hits (a few rows at least), never taller than the window allows."""
        rows = max(6, self.model.rowCount() + len(self.model.hit_indexes()))
        row = self.view.sizeHintForRow(0) if self.model.rowCount() else 0
        row = max(row, self.fontMetrics().height() + 4)
        chrome = self.field.sizeHint().height() + self.status.sizeHint().height() + 40
        return min(self._tallest, chrome + rows * row + 2 * self.view.frameWidth())

    def _show_status(self, text: str, *, found: bool = False) -> None:
        if found:
            message = self.tr("↑↓ to choose, Enter to open, Esc to close")
        elif not text:
            message = self.tr("Type part of a name, a number, a phone number or an e-mail address.")
        elif len(text) < TRIGRAM:
            message = self.tr("No name contains “{text}”. Type more to search everything.")
        else:
            message = self.tr("Nothing contains “{text}”.")
        self.status.setText(message.format(text=text))

    # -- choosing --------------------------------------------------------------------------
    def current_hit(self) -> Hit | None:
        return self.model.hit(self.view.currentIndex())

    def step(self, delta: int) -> None:
        """Move the choice ``delta`` hits down (up when negative), skipping the kinds' rows."""
        hits = self.model.hit_indexes()
        if not hits:
            return
        current = self.view.currentIndex()
        position = next((n for n, index in enumerate(hits) if index == current), -1)
        position = max(0, min(len(hits) - 1, position + delta))
        self.view.setCurrentIndex(hits[position])
        self.view.scrollTo(hits[position])

    def open_current(self) -> None:
        hit = self.current_hit()
        if hit is None:
            return
        self.hide()
        self.ctx.events.open_record.emit(hit.kind, hit.id)
        self.hit_opened.emit(hit)

    def _on_view_clicked(self, index: QModelIndex) -> None:
        if self.model.hit(index) is not None:
            self.view.setCurrentIndex(index.siblingAtColumn(0))
            self.open_current()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and isinstance(event, QKeyEvent):
            if event.type() != QEvent.Type.KeyPress:
                return super().eventFilter(watched, event)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                big = key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)
                down = key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
                self.step((5 if big else 1) * (1 if down else -1))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
            if key == Qt.Key.Key_Escape:
                self.hide()
                return True
        return super().eventFilter(watched, event)
