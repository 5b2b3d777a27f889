"""A button with the evidence files kept with the selected record: open one, attach another,
remove one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from desktop.services.attachments import AttachmentRow
from desktop.views.common.formatting import format_datetime, format_number


class FilesButton(QPushButton):
    attach_requested = Signal()
    open_requested = Signal(object)  # AttachmentRow
    remove_requested = Signal(int)  # attachment id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.menu_ = QMenu(self)
        self.setMenu(self.menu_)
        self.files: tuple[AttachmentRow, ...] = ()
        self.set_files(None)

    def set_files(self, files: Sequence[AttachmentRow] | None) -> None:
        """The selected record's files; None when no record is selected."""
        self.files = tuple(files or ())
        self.setEnabled(files is not None)
        self.setText(
            self.tr("Files ({count})").format(count=format_number(len(self.files)))
            if self.files
            else self.tr("Files")
        )
        menu = self.menu_
        menu.clear()
        for row in self.files:
            action = menu.addAction(self.tr("Open {name}").format(name=row.original_name))
            action.setToolTip(self.tr("Added {when}").format(when=format_datetime(row.added_at)))
            action.triggered.connect(lambda _checked=False, r=row: self.open_requested.emit(r))
        if self.files:
            menu.addSeparator()
        attach = menu.addAction(self.tr("Attach file…"))
        attach.triggered.connect(self.attach_requested)
        if self.files:
            remove = menu.addMenu(self.tr("Remove"))
            for row in self.files:
                action = remove.addAction(row.original_name)
                action.triggered.connect(
                    lambda _checked=False, r=row: self.remove_requested.emit(r.id)
                )
