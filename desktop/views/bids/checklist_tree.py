"""The checklist's tree view, keyboard first: arrows move, Space marks done, N not
applicable, P a problem, Backspace reopens, Enter edits the note."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from desktop.models.enums import ChecklistStatus

from .checklist_model import (
    COL_CHECKED,
    COL_EVIDENCE,
    COL_ITEM,
    COL_NOTE,
    COL_RESPONSIBLE,
    COL_STATUS,
    ChecklistModel,
)

KEYS: dict[int, ChecklistStatus] = {
    Qt.Key.Key_Space: ChecklistStatus.DONE,
    Qt.Key.Key_N: ChecklistStatus.NOT_APPLICABLE,
    Qt.Key.Key_P: ChecklistStatus.PROBLEM,
    Qt.Key.Key_Backspace: ChecklistStatus.OPEN,
    Qt.Key.Key_Delete: ChecklistStatus.OPEN,
}


class ChecklistTree(QTreeView):
    status_key_pressed = Signal(object)  # ChecklistStatus
    note_key_pressed = Signal()

    def __init__(self, model: ChecklistModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setObjectName("checklistTree")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setExpandsOnDoubleClick(False)
        self.setItemsExpandable(False)
        self.setRootIsDecorated(False)
        self.setIndentation(14)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_ITEM, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (COL_STATUS, 96),
            (COL_RESPONSIBLE, 80),
            (COL_CHECKED, 160),
            (COL_NOTE, 150),
            (COL_EVIDENCE, 36),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        model.modelReset.connect(self._after_reset)
        model.rowsInserted.connect(self._after_reset)

    def _after_reset(self, *_args) -> None:
        """Sections stay open, and their caption (with its progress) spans the row."""
        model = self.model()
        for row in range(model.rowCount()):
            self.setFirstColumnSpanned(row, self.rootIndex(), True)
        self.expandAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers == Qt.KeyboardModifier.NoModifier and self.state() != self.State.EditingState:
            if event.key() in KEYS:
                self.status_key_pressed.emit(KEYS[event.key()])
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.note_key_pressed.emit()
                return
        super().keyPressEvent(event)

    def edit_note(self) -> bool:
        """Open the current item's note for editing in place."""
        current = self.currentIndex()
        if not current.isValid() or not current.parent().isValid():
            return False
        note = current.siblingAtColumn(COL_NOTE)
        self.setCurrentIndex(note)
        self.edit(note)
        return True
