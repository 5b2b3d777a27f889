"""Find on the org chart (Ctrl+F): the people shown whose name, title, department or
organisation hold the text are highlighted; next and previous centre on them in turn."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from .chart_items import qrect

if TYPE_CHECKING:
    from .tab import OrgChartTab


class ChartSearch(QObject):
    def __init__(self, tab: OrgChartTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.bar = tab.find_bar
        self.matches: list[int] = []
        self.current = -1
        self.bar.focus_requested.connect(self._on_focus_requested)
        self.bar.search_changed.connect(self.search)
        self.bar.next_requested.connect(lambda: self.step(1))
        self.bar.previous_requested.connect(lambda: self.step(-1))
        self.bar.closed.connect(self._on_closed)

    def refresh(self) -> None:
        """Search again in the chart laid out anew, while the bar is open."""
        if self.bar.isVisible():
            self.search(self.bar.field.text())

    def search(self, text: str) -> None:
        scene, chart = self.tab.scene, self.tab.chart
        needle = text.strip().casefold()
        people = chart.people if chart and needle else ()
        people = tuple(p for p in people if p.id in scene.cards)  # hidden: not found
        self.matches = [
            p.id
            for p in people
            if any(
                needle in value.casefold()
                for value in (p.name, p.title, p.department, p.organisation)
            )
        ]
        self.current = -1
        scene.highlight(set(self.matches))
        if self.matches:
            self.step(1)
        else:
            self.bar.show_result(0, 0)

    def step(self, step: int) -> None:
        if not self.matches:
            return
        self.current = (self.current + step) % len(self.matches)
        person_id = self.matches[self.current]
        scene = self.tab.scene
        scene.highlight(set(self.matches), current=person_id)
        if scene.layout is not None:
            self.tab.view.centre_on_rect(qrect(scene.layout.cards[person_id]))
        self.bar.show_result(self.current + 1, len(self.matches))

    def _on_focus_requested(self) -> None:
        if self.matches:
            self.tab.focus_on(self.matches[max(self.current, 0)])

    def _on_closed(self) -> None:
        self.tab.scene.highlight(set())
        self.tab.view.setFocus()
