"""The selected checklist item in full: its text and source, who checked it and when, the
note and the evidence files."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.services.attachments import AttachmentRow
from desktop.services.bids.checklist import ChecklistRow
from desktop.services.bids.sections import section_label
from desktop.views.common.formatting import display, format_datetime, format_number
from desktop.views.common.read_only import edits
from desktop.views.i18n import translate

from .text import item_text

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the AttachmentRow
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class ItemDetail(QWidget):
    responsible_requested = Signal()
    note_requested = Signal()
    attach_requested = Signal()
    open_requested = Signal(object)  # AttachmentRow
    remove_requested = Signal(int)  # attachment id
    action_requested = Signal()  # make an action of the item

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.text.font()
        font.setBold(True)
        self.text.setFont(font)
        self.kind = QLabel(self)
        self.kind.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.responsible = QLabel(self)
        self.responsible.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change_responsible = QPushButton(self.tr("Change…"), self)
        self.edit_note = QPushButton(self.tr("Edit note…"), self)
        self.files = QListWidget(self)
        self.files.setMaximumHeight(110)
        self.attach = edits(QPushButton(self.tr("Attach file…"), self))
        self.open = QPushButton(self.tr("Open"), self)
        self.remove = QPushButton(self.tr("Remove"), self)
        self.make_action = edits(QPushButton(self.tr("Make an action…"), self))
        self.make_action.setToolTip(
            self.tr("Plan who on our team completes this item, and by when")
        )

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Status"), self.status)
        responsible = QHBoxLayout()
        responsible.addWidget(self.responsible, 1)
        responsible.addWidget(self.change_responsible)
        form.addRow(self.tr("Responsible"), responsible)
        note = QHBoxLayout()
        note.addWidget(self.note, 1)
        note.addWidget(self.edit_note, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("Note"), note)
        buttons = QHBoxLayout()
        for button in (self.attach, self.open, self.remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.kind)
        layout.addLayout(form)
        plan = QHBoxLayout()
        plan.addWidget(self.make_action)
        plan.addStretch(1)
        layout.addLayout(plan)
        layout.addWidget(QLabel(self.tr("Evidence files"), self))
        layout.addWidget(self.files)
        layout.addLayout(buttons)
        layout.addStretch(1)

        self.change_responsible.clicked.connect(self.responsible_requested)
        self.edit_note.clicked.connect(self.note_requested)
        self.make_action.clicked.connect(self.action_requested)
        self.attach.clicked.connect(self.attach_requested)
        self.open.clicked.connect(self._on_open_clicked)
        self.remove.clicked.connect(self._on_remove_clicked)
        self.files.itemActivated.connect(self._on_files_item_activated)
        self.files.currentRowChanged.connect(self._update_buttons)
        self.show_item(None, [])

    def show_item(self, item: ChecklistRow | None, evidence: list[AttachmentRow]) -> None:
        enabled = item is not None
        for widget in (self.change_responsible, self.edit_note, self.attach, self.make_action):
            widget.setEnabled(enabled)
        self.files.clear()
        if item is None:
            self.text.setText(self.tr("Select an item of the checklist."))
            for label in (self.kind, self.status, self.responsible, self.note):
                label.clear()
            self._update_buttons()
            return
        self.text.setText(item_text(item.text_en, item.text_zh, self._language))
        parts = [
            section_label(item.section, translate),
            self.tr("Required") if item.required else self.tr("Optional"),
        ]
        if item.source:
            parts.append(self.tr("Source: {source}").format(source=item.source))
        self.kind.setText(" · ".join(parts))
        status = display(item.status)
        if item.checked_by or item.checked_at:
            status = self.tr("{status}, by {who} on {when}").format(
                status=status, who=item.checked_by or "—", when=format_datetime(item.checked_at)
            )
        self.status.setText(status)
        self.responsible.setText(item.responsible or "—")
        self.note.setText(item.note or "—")
        file_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for row in evidence:
            size = self.tr("{size} KB").format(size=format_number(max(row.size / 1024, 0.1), 1))
            entry = QListWidgetItem(file_icon, f"{row.original_name}  ({size})")
            entry.setData(ROW_ROLE, row)
            entry.setData(ID_ROLE, row.id)
            entry.setToolTip(self.tr("Added {when}").format(when=format_datetime(row.added_at)))
            self.files.addItem(entry)
        if evidence:
            self.files.setCurrentRow(0)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        chosen = self.files.currentItem() is not None
        self.open.setEnabled(chosen)
        self.remove.setEnabled(chosen)

    def _on_open_clicked(self) -> None:
        current = self.files.currentItem()
        if current is not None:
            self.open_requested.emit(current.data(ROW_ROLE))

    def _on_files_item_activated(self, entry: QListWidgetItem) -> None:
        self.open_requested.emit(entry.data(ROW_ROLE))

    def _on_remove_clicked(self) -> None:
        current = self.files.currentItem()
        if current is not None:
            self.remove_requested.emit(int(current.data(ID_ROLE)))
