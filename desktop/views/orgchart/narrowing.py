"""What the chart of a large account shows: folded teams (remembered per account), the focus
on one person and the filters of the :class:`FilterBar` (docs/org-chart.md#large-accounts)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.services.orgchart.chart import OrgChart
from desktop.services.orgchart.visibility import (
    ChartFilter,
    FilterReader,
    Focus,
    Shown,
    shown_people,
)
from desktop.views.context import AppContext

from .filter_bar import ANY, FilterBar


class ChartNarrowing(QObject):
    changed = Signal()  # what is shown changed: lay the chart out again

    def __init__(self, ctx: AppContext, bar: FilterBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bar = bar
        self.reader = FilterReader(ctx.db)
        self.account_id: int | None = None
        self.collapsed: set[int] = set()
        self.focus: Focus | None = None
        bar.changed.connect(self.changed)
        bar.focus_left.connect(self.leave_focus)
        bar.focus_steps_changed.connect(self._on_bar_focus_steps_changed)

    def set_account(self, account_id: int) -> None:
        self.account_id = account_id
        self.collapsed = self.ctx.prefs.collapsed(self.ctx.db.label, account_id)
        self.focus = None
        self.bar.set_choices(self.reader.choices(account_id))

    def chart_filter(self) -> ChartFilter:
        bar = self.bar
        opportunity, role, stance = (
            bar.value(bar.opportunity),
            bar.value(bar.role),
            bar.value(bar.stance),
        )
        layer, owner = bar.value(bar.layer), bar.value(bar.owner)
        return ChartFilter(
            group=None if opportunity is ANY else self.reader.group(opportunity),
            roles=frozenset() if role is ANY else frozenset({role}),
            stances=frozenset() if stance is ANY else frozenset({stance}),
            layers=frozenset() if layer is ANY else frozenset({layer}),
            owned=(
                None
                if owner is ANY or self.account_id is None
                else self.reader.owned_by(self.account_id, owner)
            ),
            key_only=bar.key_only.isChecked(),
        )

    def shown(self, chart: OrgChart) -> Shown:
        if self.focus is not None and chart.person(self.focus.person_id) is None:
            self.focus = None  # the person was deleted
        shown = shown_people(chart, self.collapsed, self.focus, self.chart_filter())
        self.bar.show_count(len(shown.people), shown.total)
        person = chart.person(self.focus.person_id) if self.focus else None
        self.bar.show_focus(person.name if person else None, self.focus.steps if self.focus else 1)
        return shown

    # -- folding -----------------------------------------------------------------------------
    def _remember(self) -> None:
        if self.account_id is not None:
            self.ctx.prefs.set_collapsed(self.ctx.db.label, self.account_id, self.collapsed)
        self.changed.emit()

    def toggle(self, person_id: int) -> None:
        self.collapsed ^= {person_id}
        self._remember()

    def collapse_all(self, chart: OrgChart) -> None:
        self.collapsed = {p.reports_to_id for p in chart.people if p.reports_to_id is not None}
        self._remember()

    def expand_all(self) -> None:
        self.collapsed = set()
        self._remember()

    def reveal(self, chart: OrgChart, person_id: int) -> None:
        """Show a hidden person: unfold the teams above them, leave the focus and filters."""
        above, boss, seen = set(), chart.by_id()[person_id].reports_to_id, {person_id}
        while boss is not None and boss not in seen and chart.person(boss) is not None:
            seen.add(boss)
            above.add(boss)
            boss = chart.by_id()[boss].reports_to_id
        self.focus = None
        self.bar.clear()
        self.collapsed -= above
        self._remember()

    # -- focus -------------------------------------------------------------------------------
    def set_focus(self, person_id: int, steps: int = 1) -> None:
        self.focus = Focus(person_id, steps)
        self.changed.emit()

    def leave_focus(self) -> None:
        self.focus = None
        self.changed.emit()

    def _on_bar_focus_steps_changed(self, steps: int) -> None:
        if self.focus is not None:
            self.set_focus(self.focus.person_id, steps)
