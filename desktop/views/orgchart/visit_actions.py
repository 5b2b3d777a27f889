"""The visit log of the person shown on the org chart tab: add, edit and delete a visit, and
make its next step an action (docs/actions.md)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.services.action_subjects import AboutKind
from desktop.services.orgchart.visits import VisitRow
from desktop.services.versions import ReadRecord
from desktop.views.actions.action_dialog import make_action

from .visit_dialog import VisitDialog

if TYPE_CHECKING:
    from .person_panel import PersonPanel
    from .tab import OrgChartTab


class VisitActions(QObject):
    def __init__(self, tab: OrgChartTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.editor = tab.editor

    def connect_panel(self, panel: PersonPanel) -> None:
        panel.visits.add_requested.connect(lambda: self.visit_dialog(None))
        panel.visits.edit_requested.connect(self.visit_dialog)
        panel.visits.delete_requested.connect(self._on_delete_requested)
        panel.visits.action_requested.connect(self._on_action_requested)

    def visit_dialog(self, row: VisitRow | None) -> None:
        """A new visit (``row`` None) or one of the log, for the person shown."""
        tab = self.tab
        person_id = tab.panel.person_id
        person = tab.chart.person(person_id) if tab.chart and person_id else None
        if person is None:
            return

        record = None if row is None else ReadRecord(lambda: self.editor.visits.read(row.id))

        def save(data):
            if row is None or record is None:
                self.editor.add_visit(person.id, person.name, data)
            else:
                self.editor.update_visit(row.id, person.name, data, record.version)

        dialog = VisitDialog(
            person.name, tab.ctx.clock.today(), save, record.data if record else None, tab
        )
        dialog.record = record
        tab.open_dialog(dialog)

    def _on_delete_requested(self, row: VisitRow) -> None:
        shown = self.tab.panel.person_id
        chart = self.tab.chart
        person = chart.person(shown) if chart and shown is not None else None
        if person is not None:
            self.editor.delete_visit(row.id, person.name)

    def _on_action_requested(self, row: VisitRow) -> None:
        """The visit's next step as an action."""
        step = row.data
        draft = self.tab.ctx.services.actions.draft(
            AboutKind.VISIT, row.id, title=step.next_step[:300], due_on=step.next_step_on
        )
        make_action(self.tab.ctx, draft, self.tab)
