"""The map over time on the org chart tab (docs/map-over-time.md): the chart as it was on the
"Map as of" day, what changed since, people who left the client or moved to another, and the
way in a former coach opens."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.services.messages import UserError
from desktop.services.orgchart.chart import OrgChart
from desktop.services.orgchart.coverage import Flag
from desktop.services.orgchart.moves import FormerCoach, former_coach_flags
from desktop.views.i18n import translate

from .map_over_time import ChangesDialog, TimeControls, since_default
from .move_dialog import MoveDialog

if TYPE_CHECKING:
    from .tab import OrgChartTab


class TimeActions(QObject):
    def __init__(self, tab: OrgChartTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.editor = tab.editor
        self.map_history = tab.ctx.services.map_history
        self.changes_dialog: ChangesDialog | None = None
        self.former_coaches: dict[int, FormerCoach] = {}
        self.controls = TimeControls(tab.ctx.clock.today, tab.toolbar, tab)
        self.controls.day_changed.connect(self._on_day_changed)
        self.controls.changes_requested.connect(self.show_changes)

    def load_chart(self, account_id: int) -> OrgChart:
        """Today's chart, or the map as it was on the day shown (read-only: no record open)."""
        day = self.controls.day
        if day is None:
            chart = self.tab.reader.load(account_id)
            self.controls.show_state(False)
            return chart
        past = self.map_history.as_of(account_id, day, self.tab.ctx.clock.today())
        self.controls.show_state(past.approximate)
        self.tab.panel.hide()
        return past.chart

    def coach_flags(self, account_id: int) -> list[Flag]:
        """Former coaches now at this account, remembered for the card menu's "Create a
        lead"; a past map is read-only, so it offers none."""
        coaches = [] if self.controls.day else self.editor.moves.former_coaches(account_id)
        self.former_coaches = {coach.person_id: coach for coach in coaches}
        return former_coach_flags(coaches)

    def _on_day_changed(self, _day: date | None) -> None:
        if self.tab.account_id is not None:
            self.tab.reload()

    def show_changes(self) -> None:
        """The "What changed since…" list; clicking a line selects the person."""
        if self.tab.account_id is None:
            return
        account_id = self.tab.account_id
        today = self.tab.ctx.clock.today()
        if self.changes_dialog is not None:
            self.changes_dialog.close()
        dialog = ChangesDialog(
            lambda day: self.map_history.since(account_id, day),
            since_default(self.tab.shown_day, today),
            today,
            self.tab,
        )
        dialog.person_chosen.connect(self.tab.open_person)
        self.changes_dialog = dialog
        dialog.show()

    def leave_person(self, person_id: int) -> None:
        person = self.tab.chart.person(person_id) if self.tab.chart else None
        if person is None:
            return
        dialog = MoveDialog(person.name, self.tab.ctx.clock.today(), None, self.tab)
        if self.tab.open_dialog(dialog) == MoveDialog.DialogCode.Accepted:
            self.editor.set_left(person.name, person_id, dialog.chosen_day())

    def move_person(self, person_id: int) -> None:
        person = self.tab.chart.person(person_id) if self.tab.chart else None
        if person is None or self.tab.account_id is None:
            return
        accounts = self.editor.moves.other_accounts(self.tab.account_id)
        dialog = MoveDialog(person.name, self.tab.ctx.clock.today(), accounts, self.tab)
        if self.tab.open_dialog(dialog) != MoveDialog.DialogCode.Accepted:
            return
        account_id = dialog.chosen_account()
        if account_id is not None and self.editor.move(
            person.name, person_id, account_id, dialog.chosen_day()
        ):
            self.tab.panel.hide()

    def lead_from_coach(self, person_id: int) -> None:
        """Offer the way in a former coach opens: a lead the user completes in Opportunities."""
        coach = self.former_coaches.get(person_id)
        if coach is None or self.tab.account_id is None:
            return
        data = self.editor.moves.lead_from(coach, self.tab.account_id, translate)
        try:
            created = self.tab.ctx.services.leads.create(data)
        except UserError as error:
            self.tab.ctx.dialogs.show_user_error(error)
            return
        self.tab.publish(created.changes)
        self.tab.ctx.dialogs.info(
            self.tr("Lead created"),
            self.tr("The lead “{title}” is in the Opportunities tab, under Leads.").format(
                title=data.title
            ),
        )
