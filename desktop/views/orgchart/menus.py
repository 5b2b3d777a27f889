"""Context menus of the chart: on a card, on an influence line, on the background.

The menus are built by methods (tests trigger their actions) and shown by the tab.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from desktop.models.enums import Layer
from desktop.services.labels import label
from desktop.services.orgchart.chart import LAYER_ORDER, ROLE_ORDER, STANCE_ORDER
from desktop.services.orgchart.visibility import MAX_STEPS
from desktop.views.i18n import translate

from .filter_bar import STEPS

if TYPE_CHECKING:
    from .tab import OrgChartTab


def add_choices(menu: QMenu, title: str, choices, current, choose) -> QMenu:
    """A submenu of exclusive, checkable choices: ``choices`` are (value, text) pairs."""
    submenu = menu.addMenu(title)
    group = QActionGroup(submenu)
    for value, text in choices:
        action = submenu.addAction(text, partial(choose, value))
        action.setCheckable(True)
        action.setChecked(value == current)
        group.addAction(action)
    return submenu


class ChartMenus(QObject):
    def __init__(self, tab: OrgChartTab) -> None:
        super().__init__(tab)
        self.tab = tab

    def card_menu(self, person_id: int, parent: QWidget) -> QMenu | None:
        tab = self.tab
        chart = tab.chart
        person = chart.person(person_id) if chart else None
        if person is None or tab.shown_day is not None:  # a past map is read-only
            return None
        menu = QMenu(parent)
        menu.addAction(self.tr("Open the record"), lambda: tab.open_person(person_id))
        if person.from_account is not None:
            # Of another account (docs/coverage.md): their record is edited on its own chart.
            note = menu.addAction(
                self.tr("Of {account}: change them on that account's chart").format(
                    account=person.from_account
                )
            )
            note.setEnabled(False)
            menu.addAction(
                self.tr("Draw an influence line from here…"), lambda: tab.start_link(person_id)
            )
            return menu
        menu.addAction(self.tr("Add a report…"), lambda: tab.add_person(person_id))
        menu.addSeparator()
        add_choices(
            menu,
            self.tr("Stance"),
            [(stance, label(stance, translate)) for stance in STANCE_ORDER],
            person.stance,
            lambda stance: tab.editor.set_stance(tab.shown_chart, person_id, stance),
        )
        roles_menu = menu.addMenu(self.tr("Roles"))
        for role in ROLE_ORDER:
            action = roles_menu.addAction(
                label(role, translate),
                partial(lambda r: tab.editor.toggle_role(tab.shown_chart, person_id, r), role),
            )
            action.setCheckable(True)
            action.setChecked(role in person.roles)
        add_choices(
            menu,
            self.tr("Layer"),
            [(layer, label(layer, translate)) for layer in LAYER_ORDER],
            person.layer,
            lambda layer: tab.editor.set_layer(tab.shown_chart, person_id, layer),
        )
        menu.addSeparator()
        card = tab.scene.cards.get(person_id)
        team = card.content.team if card is not None else 0
        if team > 0:
            menu.addAction(self.tr("Collapse the team"), lambda: tab.narrowing.toggle(person_id))
        elif team < 0:
            menu.addAction(
                self.tr("Expand the team (+{count})").format(count=-team),
                lambda: tab.narrowing.toggle(person_id),
            )
        focus_menu = menu.addMenu(self.tr("Focus on this person"))
        for steps in range(1, MAX_STEPS + 1):
            focus_menu.addAction(
                STEPS[steps].render(translate), partial(tab.focus_on, person_id, steps)
            )
        menu.addAction(
            self.tr("Draw an influence line from here…"), lambda: tab.start_link(person_id)
        )
        menu.addAction(
            self.tr("Influenced by someone of another account…"),
            lambda: tab.relations.add_outside_link(person_id),
        )
        if person.reports_to_id is not None:
            menu.addAction(
                self.tr("Reports to nobody (top of the chart)"),
                lambda: tab.editor.set_manager(tab.shown_chart, person_id, None),
            )
        menu.addSeparator()
        if person.has_left:
            menu.addAction(
                self.tr("Back at the client"),
                lambda: tab.editor.set_left(person.name, person_id, None),
            )
        else:
            menu.addAction(
                self.tr("Left the client…"), lambda: tab.time_actions.leave_person(person_id)
            )
        menu.addAction(
            self.tr("Moved to another client…"), lambda: tab.time_actions.move_person(person_id)
        )
        if person_id in tab.time_actions.former_coaches:
            menu.addAction(
                self.tr("Create a lead through this former coach…"),
                lambda: tab.time_actions.lead_from_coach(person_id),
            )
        menu.addSeparator()
        menu.addAction(self.tr("Delete…"), lambda: tab.delete_person(person_id))
        return menu

    def link_menu(self, link_id: int, parent: QWidget) -> QMenu | None:
        tab = self.tab
        link = next((x for x in tab.chart.links if x.id == link_id), None) if tab.chart else None
        if link is None or tab.shown_day is not None:
            return None
        menu = QMenu(parent)
        add_choices(
            menu,
            self.tr("Strength"),
            [(1, self.tr("1 · weak")), (2, self.tr("2 · medium")), (3, self.tr("3 · strong"))],
            link.strength,
            lambda value: tab.editor.set_link_strength(link, value),
        )
        menu.addAction(self.tr("Note…"), lambda: tab.editor.edit_link_note(link))
        menu.addSeparator()
        menu.addAction(
            self.tr("Remove the influence line"), lambda: tab.editor.remove_link(link_id)
        )
        return menu

    def background_menu(self, layer: Layer | None, parent: QWidget) -> QMenu | None:
        tab = self.tab
        if tab.account_id is None:
            return None
        menu = QMenu(parent)
        if layer is not None and tab.shown_day is None:
            menu.addAction(
                self.tr("Add a person here ({layer})").format(layer=label(layer, translate)),
                lambda: tab.add_person(None, layer),
            )
        menu.addAction(self.tr("Fit to window"), tab.view.fit)
        menu.addAction(tab.collapse_all_action)
        menu.addAction(tab.expand_all_action)
        if tab.narrowing.focus is not None:
            menu.addAction(self.tr("Leave the focus"), tab.narrowing.leave_focus)
        return menu
