"""An influence line from someone of another account, e.g. a design institute or a superior
unit working for several clients (docs/coverage.md)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.messages import UserError
from desktop.views.common.widgets import error_label, save_cancel
from desktop.views.i18n import translate


class OutsideLinkDialog(QDialog):
    """``save(source_id, strength, note)`` raises UserError to keep the dialog open."""

    def __init__(
        self,
        target_name: str,
        people: list[tuple[int, str]],
        save: Callable[[int, int, str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(
            self.tr("Who of another account influences {name}").format(name=target_name)
        )
        self.source = QComboBox(self)
        self.source.setEditable(True)
        self.source.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for person_id, text in people:
            self.source.addItem(text, person_id)
        completer = QCompleter([text for _id, text in people], self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.source.setCompleter(completer)
        self.strength = QComboBox(self)
        for value, text in (
            (1, self.tr("1 · weak")),
            (2, self.tr("2 · medium")),
            (3, self.tr("3 · strong")),
        ):
            self.strength.addItem(text, value)
        self.strength.setCurrentIndex(1)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("How and why can they influence?"))
        hint = QLabel(
            self.tr("The line is drawn on both accounts' charts; type to search by name."), self
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5b6670")
        self.error = error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("Can influence them"), self.source)
        form.addRow(self.tr("Strength"), self.strength)
        form.addRow(self.tr("Note"), self.note)
        buttons = save_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def accept(self) -> None:
        index = self.source.findText(self.source.currentText())
        if index < 0:
            self.error.setText(self.tr("Choose a person from the list."))
            self.error.show()
            return
        try:
            self._save(self.source.itemData(index), self.strength.currentData(), self.note.text())
        except UserError as error:
            self.error.setText(error.message.render(translate))
            self.error.show()
            return
        super().accept()
