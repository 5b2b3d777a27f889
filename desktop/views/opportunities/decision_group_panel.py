"""The deal's decision group: people from the org chart with their role and stance in this
deal (the person's own unless changed here), and warnings that need action."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
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

from desktop.models.enums import Role, Stance
from desktop.services.changes import ChangeSet
from desktop.services.labels import label
from desktop.services.opportunities.decision_group import (
    MemberData,
    MemberRow,
    warnings,
)
from desktop.services.raw_rows import Graph
from desktop.services.versions import ChangedMeanwhile, ReadRecord
from desktop.views.common.changed_meanwhile import edit_until_saved
from desktop.views.common.read_only import edits
from desktop.views.common.row_table import Column
from desktop.views.common.table_view import RowTableView
from desktop.views.common.widgets import EnumCombo
from desktop.views.i18n import translate

from .colour_delegate import ColourDelegate
from .dialog_layout import finish_dialog
from .editing import Editing

STANCE_COLOURS = {
    Stance.COACH: "#1b7f3b",
    Stance.SUPPORTER: "#2e7d32",
    Stance.NEUTRAL: "#5f6368",
    Stance.OPPONENT: "#c25e00",
    Stance.BLOCKER: "#b3261e",
}


def roles_text(roles: tuple[Role, ...]) -> str:
    return ", ".join(label(role, translate) for role in roles) or "—"


class MemberDialog(QDialog):
    """Role and stance of one person in this deal; "as in the org chart" keeps theirs."""

    def __init__(self, row: MemberRow, data: MemberData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{name} in this deal").format(name=row.name))
        self.role = EnumCombo(Role, self)
        self.role.setItemText(
            0, self.tr("As in the org chart ({roles})").format(roles=roles_text(row.person_roles))
        )
        self.stance = EnumCombo(Stance, self)
        self.stance.setItemText(
            0,
            self.tr("As in the org chart ({stance})").format(
                stance=label(row.person_stance, translate)
            ),
        )
        self.note = QLineEdit(self)
        self.role.set_value(data.role)
        self.stance.set_value(data.stance)
        self.note.setText(data.note)
        form = QFormLayout()
        form.addRow(self.tr("Role in this deal"), self.role)
        form.addRow(self.tr("Stance in this deal"), self.stance)
        form.addRow(self.tr("Note"), self.note)
        finish_dialog(self, form)

    def data(self) -> MemberData:
        return MemberData(self.role.value(), self.stance.value(), self.note.text().strip())


class DecisionGroupPanel(QWidget):
    def __init__(self, editing: Editing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editing = editing
        self.service = editing.ctx.services.decision_group
        self.opportunity_id: int | None = None
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        self.table = RowTableView(
            [
                Column(self.tr("Person"), lambda r: r.name),
                Column(self.tr("Title"), lambda r: r.title),
                Column(self.tr("Role in this deal"), lambda r: r, self._role_text),
                Column(self.tr("Stance in this deal"), lambda r: r, self._stance_text),
                Column(self.tr("Note"), lambda r: r.note),
            ],
            self,
        )
        self.table.setItemDelegateForColumn(
            3, ColourDelegate(lambda r: STANCE_COLOURS.get(r.effective_stance), self.table)
        )
        self.candidates = QComboBox(self)
        self.candidates.setMinimumContentsLength(16)
        self.add_button = edits(QPushButton(self.tr("Add"), self))
        self.edit_button = QPushButton(self.tr("Role and stance…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.open_button = QPushButton(self.tr("Show in org chart"), self)
        row = QHBoxLayout()
        row.addWidget(self.candidates, 1)
        row.addWidget(self.add_button)
        row.addStretch(1)
        for button in (self.edit_button, self.remove_button, self.open_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warnings)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.table.doubleClicked.connect(self.edit)
        self.table.enable_with_selection(self.edit_button, self.remove_button, self.open_button)

    def _role_text(self, row: MemberRow) -> str:
        text = roles_text(row.roles)
        return text if row.role is not None else self.tr("{roles} (org chart)").format(roles=text)

    def _stance_text(self, row: MemberRow) -> str:
        text = label(row.effective_stance, translate)
        return (
            text if row.stance is not None else self.tr("{stance} (org chart)").format(stance=text)
        )

    def show_opportunity(self, opportunity_id: int | None) -> None:
        self.opportunity_id = opportunity_id
        members = [] if opportunity_id is None else self.service.members(opportunity_id)
        self.table.set_rows(members)
        found = [] if opportunity_id is None else warnings(members)
        self.warnings.setText(
            "<br>".join(
                f"<span style='color:#b3261e'>⚠ {w.render(translate)}</span>" for w in found
            )
            or (
                self.tr(
                    "<span style='color:#1b7f3b'>✓ A coach is in the group and the key "
                    "decision maker supports us.</span>"
                )
                if opportunity_id is not None
                else ""
            )
        )
        self.candidates.clear()
        if opportunity_id is not None:
            for person in self.service.candidates(opportunity_id):
                self.candidates.addItem(person.label, person.id)
        self.setEnabled(opportunity_id is not None)
        self.add_button.setEnabled(self.candidates.count() > 0)
        self.candidates.setEnabled(self.candidates.count() > 0)

    def _on_add_button_clicked(self) -> None:
        contact_id = self.candidates.currentData()
        if contact_id is not None:
            self.add(contact_id)

    def add(self, contact_id: int) -> None:
        if self.opportunity_id is None:
            return
        opportunity_id = self.opportunity_id
        name = self.candidates.itemText(max(self.candidates.findData(contact_id), 0))
        self.editing.create(
            self.tr("Add {name} to the decision group").format(name=name),
            lambda: self.service.add(opportunity_id, contact_id),
            self.service.remove,
            self._restore,
        )

    def _restore(self, graph: Graph) -> ChangeSet:
        return self.editing.ctx.services.opportunities.restore(graph)

    def edit(self, *_args) -> None:
        row = self.table.selected(MemberRow)
        if row is None:
            return
        record = ReadRecord(lambda: self.service.read(row.id))

        def ask(data: MemberData) -> MemberData | None:
            dialog = MemberDialog(row, data, self)
            return dialog.data() if dialog.exec() == QDialog.DialogCode.Accepted else None

        edit_until_saved(
            self,
            record,
            ask,
            lambda new, version, refused: self.update_member(row, new, version, refused),
        )

    def update_member(
        self,
        row: MemberRow,
        new: MemberData,
        read_version: int | None = None,
        changed_meanwhile: Callable[[ChangedMeanwhile], None] | None = None,
    ) -> None:
        self.editing.change_record(
            self.tr("Change {name} in this deal").format(name=row.name),
            "decision_group_member",
            row.id,
            lambda: self.service.update(row.id, new, read_version),
            changed_meanwhile,
        )

    def remove(self) -> None:
        row = self.table.selected(MemberRow)
        if row is None:
            return
        self.editing.remove(
            self.tr("Remove {name} from the decision group").format(name=row.name),
            lambda: self.service.remove(row.id),
            self._restore,
        )

    def _on_open_button_clicked(self) -> None:
        row = self.table.selected(MemberRow)
        if row is not None:
            self.editing.ctx.events.open_record.emit("contact", row.contact_id)
