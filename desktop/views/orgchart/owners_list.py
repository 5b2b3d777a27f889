"""The relationship owners of the selected person: who on our team knows them, and how well
(docs/coverage.md). A page of the person panel, and the dialog that adds or changes one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.messages import UserError
from desktop.services.orgchart.relationships import STRENGTHS, Owner, RelationshipService
from desktop.services.versions import ChangedMeanwhile, ReadRecord
from desktop.views.common.changed_meanwhile import refused
from desktop.views.common.read_only import edits
from desktop.views.common.row_table import Column
from desktop.views.common.table_view import RowTableView
from desktop.views.common.widgets import error_label, save_cancel
from desktop.views.i18n import translate


def strength_text(strength: int) -> str:
    return f"{strength} · {STRENGTHS[strength].render(translate)}"


class OwnersList(QWidget):
    add_requested = Signal()
    edit_requested = Signal(object)  # Owner
    remove_requested = Signal(object)  # Owner

    def __init__(self, service: RelationshipService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.person_id: int | None = None
        self.table = RowTableView(
            [
                Column(self.tr("Colleague"), lambda o: o.member),
                Column(self.tr("Relationship"), lambda o: strength_text(o.strength)),
                Column(self.tr("Note"), lambda o: o.note),
            ],
            self,
        )
        self.add_button = edits(QPushButton(self.tr("Add an owner…"), self))
        self.add_button.clicked.connect(self.add_requested)
        self.remove_button = edits(QPushButton(self.tr("Remove"), self))
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.table.enable_with_selection(self.remove_button)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        hint = QLabel(
            self.tr(
                "Who on our team knows this person, and how well. Double-click to change; "
                "the coverage matrix shows the gaps."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5b6670")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)

    def set_person(self, person_id: int) -> list[Owner]:
        self.person_id = person_id
        owners = self.service.owners(person_id)
        self.table.set_rows(owners)
        return owners

    def _on_remove_button_clicked(self) -> None:
        owner = self.table.selected(Owner)
        if owner is not None:
            self.remove_requested.emit(owner)

    def _on_table_double_clicked(self, _index) -> None:
        owner = self.table.selected(Owner)
        if owner is not None:
            self.edit_requested.emit(owner)


class OwnerDialog(QDialog):
    """``save(member, strength, note)`` raises UserError to keep the dialog open."""

    def __init__(
        self,
        person_name: str,
        team: list[str],
        save: Callable[[str, int, str], object],
        owner: Owner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        # the owner edited, when its version guards the save (docs/team-server.md#versions)
        self.record: ReadRecord[Owner] | None = None
        self.setWindowTitle(self.tr("Who knows {name}").format(name=person_name))
        self.member = QComboBox(self)
        self.member.setEditable(True)
        self.member.addItems(team)
        self.member.setPlaceholderText(self.tr("A colleague's name"))
        self.strength = QComboBox(self)
        for value in STRENGTHS:
            self.strength.addItem(strength_text(value), value)
        self.note = QLineEdit(self)
        self._load(
            owner.member if owner else "",
            owner.strength if owner else 2,
            owner.note if owner else "",
        )
        self.note.setPlaceholderText(self.tr("e.g. classmates, former colleagues"))
        self.error = error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("Colleague"), self.member)
        form.addRow(self.tr("Relationship"), self.strength)
        form.addRow(self.tr("Note"), self.note)
        buttons = save_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(420, self.sizeHint().height())

    def _load(self, member: str, strength: int, note: str) -> None:
        self.member.setCurrentText(member)
        self.strength.setCurrentIndex(strength - 1)
        self.note.setText(note)

    def _load_owner(self, owner: Owner) -> None:
        self._load(owner.member, owner.strength, owner.note)

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        member, strength, note = (
            self.member.currentText(),
            self.strength.currentData(),
            self.note.text(),
        )
        try:
            self._save(member, strength, note)
        except ChangedMeanwhile as error:
            if self.record is None:
                self._say(error.message.render(translate))
            else:
                mine = replace(self.record.data, member=member, strength=strength, note=note)
                refused(self, error, self.record, mine, self._load_owner, self._say)
            return
        except UserError as error:
            self.error.setText(error.message.render(translate))
            self.error.show()
            return
        super().accept()
