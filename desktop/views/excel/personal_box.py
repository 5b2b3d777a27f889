"""The one check box that lets client staff's personal data into an export (left out by
default, docs/personal-data.md): the manager summary and the full export share it."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget


class PersonalDataBox(QCheckBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Include client staff's personal data"), parent)
        self.setChecked(False)
