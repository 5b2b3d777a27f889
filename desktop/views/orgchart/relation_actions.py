"""Who on our side knows whom, on the org chart tab (docs/coverage.md): colour the cards by
relationship owner, the coverage matrix, the owners of a person, influence from another
account."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox

from desktop.services.orgchart.relationships import Owner
from desktop.services.versions import ReadRecord

from .card_item import BY_OWNER, BY_STANCE
from .coverage_matrix import CoverageDialog
from .outside_link import OutsideLinkDialog
from .owners_list import OwnerDialog

if TYPE_CHECKING:
    from .person_panel import PersonPanel
    from .tab import OrgChartTab


class RelationActions(QObject):
    def __init__(self, tab: OrgChartTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.editor = tab.editor
        self.dialog: CoverageDialog | None = None
        self.matrix_action = QAction(self.tr("Coverage matrix"), tab)
        self.matrix_action.setToolTip(
            self.tr("Who on our team knows whom in the decision group, and the gaps")
        )
        self.matrix_action.triggered.connect(lambda: self.show_matrix())
        self.colour_by = QComboBox(tab)
        self.colour_by.addItem(self.tr("Colour by stance"), BY_STANCE)
        self.colour_by.addItem(self.tr("Colour by relationship owner"), BY_OWNER)
        self.colour_by.setToolTip(self.tr("What the colour of the cards shows"))
        self.colour_by.currentIndexChanged.connect(self._on_colour_by_current_index_changed)
        remembered = self.colour_by.findData(tab.ctx.prefs.colour_by)
        if remembered > 0:
            self.colour_by.setCurrentIndex(remembered)

    def connect_panel(self, panel: PersonPanel) -> None:
        panel.owners.add_requested.connect(lambda: self.owner_dialog(None))
        panel.owners.edit_requested.connect(self.owner_dialog)
        panel.owners.remove_requested.connect(self._on_owners_remove_requested)

    def chart_reloaded(self) -> None:
        """The matrix, when open, follows the chart's account and its owners."""
        if self.dialog is not None and self.dialog.isVisible() and self.tab.account_id:
            self.dialog.show_account(self.tab.account_id)

    def _on_colour_by_current_index_changed(self, _index: int) -> None:
        colour_by = self.colour_by.currentData()
        self.tab.ctx.prefs.colour_by = colour_by
        self.tab.scene.set_colour_by(colour_by)
        self.tab.legend.set_colour_by(colour_by)

    def show_matrix(self, opportunity_id: int | None = None) -> CoverageDialog | None:
        if self.tab.account_id is None:
            return None
        if self.dialog is None:
            self.dialog = CoverageDialog(self.editor.relationships, self.tab)
            self.dialog.person_activated.connect(self.tab.open_person)
        self.dialog.show_account(self.tab.account_id, opportunity_id)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def owner_dialog(self, owner: Owner | None) -> None:
        tab = self.tab
        person_id = tab.panel.person_id
        person = tab.chart.person(person_id) if tab.chart and person_id else None
        if person is None:
            return

        relationships = self.editor.relationships
        record = None if owner is None else ReadRecord(lambda: relationships.read(owner.id))

        def save(member: str, strength: int, note: str) -> None:
            if owner is None or record is None:
                self.editor.add_owner(person.id, person.name, member, strength, note)
            else:
                version = record.version
                self.editor.update_owner(owner.id, person.name, member, strength, note, version)

        team = relationships.team()
        dialog = OwnerDialog(person.name, team, save, record.data if record else None, tab)
        dialog.record = record
        tab.open_dialog(dialog)

    def _on_owners_remove_requested(self, owner: Owner) -> None:
        person = self.tab.chart.person(owner.person_id) if self.tab.chart else None
        if person is not None:
            self.editor.remove_owner(owner.id, person.name, owner.member)

    def add_outside_link(self, target_id: int) -> None:
        """Someone of another account can influence ``target``."""
        tab = self.tab
        person = tab.chart.person(target_id) if tab.chart else None
        if person is None or tab.account_id is None:
            return

        def save(source_id: int, strength: int, note: str) -> None:
            self.editor.add_outside_link(source_id, target_id, strength, note)

        people = self.editor.relationships.others(tab.account_id)
        tab.open_dialog(OutsideLinkDialog(person.name, people, save, tab))
