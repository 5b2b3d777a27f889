"""Every edit made on the org chart: one service call (one transaction) pushed on the tab's
undo stack; undo and redo write the exact rows back (see ``services/orgchart/snapshot``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from desktop.models.enums import Layer, Role, Stance
from desktop.services.changes import ChangeSet
from desktop.services.labels import label
from desktop.services.messages import UserError
from desktop.services.orgchart.chart import Influence, OrgChart
from desktop.services.orgchart.people import LinkData, PersonData
from desktop.services.orgchart.snapshot import Edit, Snapshot
from desktop.services.orgchart.visits import VisitData
from desktop.services.versions import ChangedMeanwhile, ReadRecord
from desktop.views.common.changed_meanwhile import edit_until_saved, save_until_saved
from desktop.views.common.undo import push_state
from desktop.views.context import AppContext
from desktop.views.i18n import translate

# The layer a new report goes to, one below the manager's.
LAYER_BELOW = {
    Layer.EXTERNAL: Layer.EXTERNAL,
    Layer.DECISION: Layer.MANAGEMENT,
    Layer.MANAGEMENT: Layer.OPERATIONAL,
    Layer.OPERATIONAL: Layer.OPERATIONAL,
}


class ChartEditor(QObject):
    def __init__(
        self,
        ctx: AppContext,
        stack: QUndoStack,
        publish: Callable[[ChangeSet], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stack = stack
        self.publish = publish
        self.people = ctx.services.people
        self.moves = ctx.services.moves
        self.visits = ctx.services.visits
        self.relationships = ctx.services.relationships

    def _push(
        self,
        text: str,
        first: Callable[[], Edit],
        restore: Callable[[Snapshot, ChangeSet], ChangeSet],
        *,
        quiet: bool = False,
        changed_meanwhile: Callable[[ChangedMeanwhile], None] | None = None,
    ) -> Edit | None:
        """Run ``first`` now and make it undoable: undo writes the edit's "before" rows
        back, redo its "after" rows."""
        return self._push_edit(
            text,
            first,
            lambda edit: restore(edit.before, edit.changes),
            lambda edit: restore(edit.after, edit.changes),
            quiet=quiet,
            changed_meanwhile=changed_meanwhile,
        )

    def _push_edit(
        self,
        text: str,
        first: Callable[[], Edit],
        undo: Callable[[Edit], ChangeSet],
        redo: Callable[[Edit], ChangeSet],
        *,
        quiet: bool = False,
        changed_meanwhile: Callable[[ChangedMeanwhile], None] | None = None,
    ) -> Edit | None:
        """A refusal (UserError) is shown to the user, or re-raised when ``quiet`` so that a
        form can show it beside its fields; a save refused because the record changed
        meanwhile goes to ``changed_meanwhile`` when given (docs/team-server.md#versions)."""
        try:
            return push_state(self.stack, text, first, undo, redo, self.publish)
        except UserError as error:
            if changed_meanwhile is not None and isinstance(error, ChangedMeanwhile):
                changed_meanwhile(error)
                return None
            if quiet:
                raise
            self.ctx.dialogs.show_user_error(error)
            return None

    def _people(
        self,
        text: str,
        first: Callable[[], Edit],
        *,
        quiet: bool = False,
        changed_meanwhile: Callable[[ChangedMeanwhile], None] | None = None,
    ):
        return self._push(
            text, first, self.people.restore, quiet=quiet, changed_meanwhile=changed_meanwhile
        )

    # -- people ----------------------------------------------------------------------------
    def add_person(
        self, account_id: int, chart: OrgChart, manager_id: int | None, layer: Layer | None
    ) -> int | None:
        manager = chart.person(manager_id) if manager_id is not None else None
        name = self.ctx.dialogs.ask_text(
            self.tr("Add a person"),
            self.tr("Name of the new person (you can fill in the rest of the record next):")
            if manager is None
            else self.tr("Name of the person who reports to {manager}:").format(
                manager=manager.name
            ),
        )
        if name is None or not name.strip():
            return None
        if manager is not None:
            layer = LAYER_BELOW[manager.layer]
        data = PersonData(
            name=name,
            layer=layer or Layer.DECISION,  # a new top of the chart
            reports_to_id=manager_id,
            organisation=manager.organisation if manager and manager.external_kind else "",
            external_kind=manager.external_kind if manager else None,
        )
        today = self.ctx.clock.today()
        edit = self._people(
            self.tr("Add {name}").format(name=name.strip()),
            lambda: self.people.add(account_id, data, today),
        )
        return edit.record_id if edit else None

    def update_person(
        self, person_id: int, data: PersonData, read_version: int | None = None
    ) -> bool:
        """Save the record; a refusal is raised for the form to show."""
        today = self.ctx.clock.today()
        edit = self._people(
            self.tr("Edit {name}").format(name=data.name.strip()),
            lambda: self.people.update(person_id, data, today, read_version),
            quiet=True,
        )
        return edit is not None

    def delete_person(self, chart: OrgChart, person_id: int) -> bool:
        person = chart.person(person_id)
        if person is None:
            return False
        reports = [p for p in chart.people if p.reports_to_id == person_id]
        manager = chart.person(person.reports_to_id) if person.reports_to_id else None
        text = self.tr(
            "Move {name} to the trash? Their visit log and influence lines go with them."
        ).format(name=person.name)
        if reports:
            text += " " + (
                self.tr("Their {count} reports will report to {manager}.").format(
                    count=len(reports), manager=manager.name
                )
                if manager
                else self.tr("Their {count} reports will be at the top of the chart.").format(
                    count=len(reports)
                )
            )
        text += " " + self.tr(
            "Undo brings everything back; Edit ▸ Trash can restore them for 30 days."
        )
        if not self.ctx.dialogs.confirm(self.tr("Delete a person"), text):
            return False
        edit = self._push_edit(
            self.tr("Delete {name}").format(name=person.name),
            lambda: self.people.delete(person_id, self.ctx.clock.now()),
            self.people.undelete,
            lambda edit: self.people.redelete(edit, self.ctx.clock.now()),
        )
        return edit is not None

    def set_manager(self, chart: OrgChart, person_id: int, manager_id: int | None) -> bool:
        person, manager = chart.person(person_id), chart.person(manager_id or -1)
        if person is None or person.reports_to_id == manager_id:
            return False
        text = (
            self.tr("Move {name} under {manager}").format(name=person.name, manager=manager.name)
            if manager
            else self.tr("Put {name} at the top of the chart").format(name=person.name)
        )
        return (
            self._people(text, lambda: self.people.set_manager(person_id, manager_id)) is not None
        )

    def set_stance(self, chart: OrgChart, person_id: int, stance: Stance | None) -> None:
        person = chart.person(person_id)
        if person is None or person.stance == stance:
            return
        text = self.tr("{name}: stance {stance}").format(
            name=person.name, stance=label(stance, translate)
        )
        self._people(text, lambda: self.people.set_stance(person_id, stance))

    def set_layer(self, chart: OrgChart, person_id: int, layer: Layer) -> None:
        person = chart.person(person_id)
        if person is None or person.layer == layer:
            return
        text = self.tr("{name}: {layer}").format(name=person.name, layer=label(layer, translate))
        self._people(text, lambda: self.people.set_layer(person_id, layer))

    def toggle_role(self, chart: OrgChart, person_id: int, role: Role) -> None:
        person = chart.person(person_id)
        if person is None:
            return
        roles = tuple(r for r in person.roles if r != role)
        if role not in person.roles:
            roles += (role,)
        text = self.tr("{name}: roles").format(name=person.name)
        self._people(text, lambda: self.people.set_roles(person_id, roles))

    # -- leaving and moving (docs/map-over-time.md) -----------------------------------------
    def set_left(self, name: str, person_id: int, day: date | None) -> None:
        text = (
            self.tr("{name} left the client").format(name=name)
            if day is not None
            else self.tr("{name} is back at the client").format(name=name)
        )
        self._people(text, lambda: self.moves.set_left(person_id, day))

    def move(self, name: str, person_id: int, account_id: int, day: date) -> bool:
        text = self.tr("{name} moved to another client").format(name=name)
        return self._people(text, lambda: self.moves.move(person_id, account_id, day)) is not None

    # -- influence lines -------------------------------------------------------------------
    def add_link(self, chart: OrgChart, source_id: int, target_id: int) -> None:
        source, target = chart.person(source_id), chart.person(target_id)
        if source is None or target is None:
            return
        text = self.tr("{source} can influence {target}").format(
            source=source.name, target=target.name
        )
        self._people(text, lambda: self.people.add_link(source_id, target_id))

    def add_outside_link(self, source_id: int, target_id: int, strength: int, note: str) -> None:
        """A line from someone of another account (docs/coverage.md); refusals are raised
        for the dialog to show."""
        self._push(
            self.tr("Influence from another account"),
            lambda: self.people.add_link(source_id, target_id, strength, note),
            self.people.restore,
            quiet=True,
        )

    def _link(self, link: Influence) -> ReadRecord[LinkData]:
        """The line as the chart shows it, and the version its save checks."""
        read = (LinkData(link.strength, link.note), link.version)
        return ReadRecord(lambda: self.people.read_link(link.id), read)

    def _save_link(self, text: str, link_id: int):
        def save(new: LinkData, version: int | None, refused) -> None:
            self._people(
                text,
                lambda: self.people.update_link(link_id, new.strength, new.note, version),
                changed_meanwhile=refused,
            )

        return save

    def set_link_strength(self, link: Influence, strength: int) -> None:
        record = self._link(link)
        mine = replace(record.data, strength=strength)
        save = self._save_link(self.tr("Influence line strength"), link.id)
        save_until_saved(self._window(), record, mine, save)

    def edit_link_note(self, link: Influence) -> None:
        record = self._link(link)

        def ask(data: LinkData) -> LinkData | None:
            text = self.ctx.dialogs.ask_text(
                self.tr("Influence line"), self.tr("How and why can they influence?"), data.note
            )
            if text is None or text.strip() == record.data.note:
                return None  # nothing to save
            return replace(data, note=text.strip())

        save = self._save_link(self.tr("Influence line note"), link.id)
        edit_until_saved(self._window(), record, ask, save)

    def _window(self) -> QWidget | None:
        """The window a question about a refused save belongs to."""
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    def remove_link(self, link_id: int) -> None:
        self._people(self.tr("Remove influence line"), lambda: self.people.remove_link(link_id))

    # -- relationship owners ---------------------------------------------------------------
    def _owners(self, text: str, first: Callable[[], Edit]) -> Edit | None:
        return self._push(text, first, self.relationships.restore, quiet=True)

    def add_owner(self, person_id: int, name: str, member: str, strength: int, note: str) -> None:
        self._owners(
            self.tr("{member} knows {name}").format(member=member.strip(), name=name),
            lambda: self.relationships.add(person_id, member, strength, note),
        )

    def update_owner(
        self,
        owner_id: int,
        name: str,
        member: str,
        strength: int,
        note: str,
        read_version: int | None = None,
    ):
        self._owners(
            self.tr("{member} knows {name}").format(member=member.strip(), name=name),
            lambda: self.relationships.update(owner_id, member, strength, note, read_version),
        )

    def remove_owner(self, owner_id: int, name: str, member: str) -> None:
        self._push(
            self.tr("{member} no longer an owner of {name}").format(member=member, name=name),
            lambda: self.relationships.remove(owner_id),
            self.relationships.restore,
        )

    # -- the visit log ---------------------------------------------------------------------
    def _visits(self, text: str, first: Callable[[], Edit]) -> Edit | None:
        return self._push(text, first, self.visits.restore, quiet=True)

    def add_visit(self, person_id: int, name: str, data: VisitData) -> None:
        today = self.ctx.clock.today()
        self._visits(
            self.tr("Log interaction with {name}").format(name=name),
            lambda: self.visits.add(person_id, data, today),
        )

    def update_visit(
        self, visit_id: int, name: str, data: VisitData, read_version: int | None = None
    ) -> None:
        today = self.ctx.clock.today()
        self._visits(
            self.tr("Edit interaction with {name}").format(name=name),
            lambda: self.visits.update(visit_id, data, today, read_version),
        )

    def delete_visit(self, visit_id: int, name: str) -> None:
        if self.ctx.dialogs.confirm(
            self.tr("Delete an interaction"),
            self.tr("Delete this interaction with {name} from the visit log?").format(name=name),
        ):
            self._push(
                self.tr("Delete interaction with {name}").format(name=name),
                lambda: self.visits.delete(visit_id),
                self.visits.restore,
            )
