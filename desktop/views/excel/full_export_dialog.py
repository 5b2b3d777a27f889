"""File ▸ Export everything: with or without the personal data of client staff."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from .personal_box import PersonalDataBox


class FullExportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export everything to Excel"))
        self.personal = PersonalDataBox(self)
        note = QLabel(
            self.tr(
                "Every record, one sheet per table, to keep, to edit and import again, or to "
                "merge into a colleague's database. Birthdays, families, interests, WeChat… of "
                "client staff stay out unless you tick the box above; importing the file then "
                "leaves them as they are."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.personal)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())
