"""The Org Chart tab: the client's buying organisation as a living power map.

Left: the red flags of the coverage analysis and the legend. Middle: the chart (zoom, pan,
fit, Ctrl+F). Right: the selected person's record, visit log and influence lines.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import Layer
from desktop.services.action_subjects import AboutKind
from desktop.services.changes import (
    ACCOUNTS,
    ACTIONS,
    CONTACTS,
    INTERACTIONS,
    SETTINGS,
    ChangeSet,
)
from desktop.services.messages import UserError
from desktop.services.orgchart.chart import OrgChart, OrgChartReader
from desktop.services.orgchart.coverage import STALE_CONTACT_DAYS, Flag, analyse
from desktop.services.orgchart.history import PersonHistory
from desktop.services.orgchart.moves import FormerCoach, former_coach_flags
from desktop.services.orgchart.people import PersonData
from desktop.services.orgchart.visits import VisitRow
from desktop.views.actions.action_dialog import ActionDraft, make_action
from desktop.views.common.base_tab import BaseTab
from desktop.views.common.read_only import edits
from desktop.views.context import AppContext
from desktop.views.i18n import translate

from .chart_items import qrect
from .chart_view import OrgChartView
from .coverage_list import CoverageList
from .editor import ChartEditor
from .exporting import ChartExportActions
from .filter_bar import FilterBar
from .find_bar import FindBar
from .legend import LegendWidget
from .map_over_time import ChangesDialog, TimeControls, since_default
from .menus import ChartMenus
from .move_dialog import MoveDialog
from .narrowing import ChartNarrowing
from .overview import OverviewMap
from .person_panel import PersonPanel
from .relation_actions import RelationActions
from .scene import OrgChartScene, lay_out
from .settings_page import OrgChartSettingsPage
from .visit_dialog import VisitDialog


class OrgChartTab(BaseTab):
    watched = frozenset({CONTACTS, INTERACTIONS, SETTINGS, ACCOUNTS, ACTIONS})
    record_kinds = frozenset({"contact"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.chart: OrgChart | None = None
        self.flags: list[Flag] = []
        self.former_coaches: dict[int, FormerCoach] = {}
        self.map_history = ctx.services.map_history
        self.changes_dialog: ChangesDialog | None = None
        self._shown_account: int | None = None
        self._matches: list[int] = []
        self._match = -1
        self.reader = OrgChartReader(ctx.db)
        self.editor = ChartEditor(ctx, self.undo_stack, self.publish, self)
        self.menus = ChartMenus(self)
        self.scene = OrgChartScene(self)
        self.view = OrgChartView(self.scene, self)
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        self.filter_bar = FilterBar(self)
        self.narrowing = ChartNarrowing(ctx, self.filter_bar, self)
        self.overview = OverviewMap(self.view)
        self._reshape = QTimer(self)  # after the window stops changing shape
        self._reshape.setSingleShot(True)
        self._reshape.setInterval(200)
        self.coverage = CoverageList(self)
        self.legend = LegendWidget(self)
        self.panel = PersonPanel(
            self.editor.visits,
            PersonHistory(ctx.db),
            ctx.clock.today,
            self,
            relationships=self.editor.relationships,
        )
        self.relations = RelationActions(self)
        self.panel.hide()
        self.message = QLabel(self.tr("Select an account to see its buying organisation."), self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("color: #5b6670; font-size: 15px")
        self.exports = ChartExportActions(self)
        self._build()
        self._connect()

    # -- building --------------------------------------------------------------------------

    @property
    def shown_chart(self) -> OrgChart:
        """The chart shown: the menus, the panel and the export act only while there is one."""
        assert self.chart is not None
        return self.chart

    def _action(
        self, text: str, slot, shortcut=None, tip: str = "", *, scope: QWidget | None = None
    ) -> QAction:
        """A toolbar action; its shortcut works while focus is in ``scope`` (the chart for
        Ins, Del and zoom, so that typing in the record never deletes a person)."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            (scope or self).addAction(action)
        action.setToolTip(tip or text)
        action.triggered.connect(slot)
        return action

    def _build(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_action = edits(
            self._action(
                self.tr("Add person"),
                lambda: self.add_person(None),
                "Ins",
                self.tr("Add a person as a report of the selected card, or at the top (Ins)"),
                scope=self.view,
            )
        )
        self.delete_action = edits(
            self._action(
                self.tr("Delete"),
                self._on_delete_triggered,
                QKeySequence.StandardKey.Delete,
                self.tr("Delete the selected person (Del)"),
                scope=self.view,
            )
        )
        self.link_action = edits(
            self._action(
                self.tr("Draw influence line"),
                self._on_link_toggled,
                None,
                self.tr("Press on the person who can influence and release on the one influenced"),
            )
        )
        self.link_action.setCheckable(True)
        self.zoom_in_action = self._action(
            self.tr("Zoom in"), self.view.zoom_in, QKeySequence.StandardKey.ZoomIn, scope=self.view
        )
        self.zoom_out_action = self._action(
            self.tr("Zoom out"),
            self.view.zoom_out,
            QKeySequence.StandardKey.ZoomOut,
            scope=self.view,
        )
        self.fit_action = self._action(
            self.tr("Fit to window"), self.view.fit, "Ctrl+0", scope=self.view
        )
        self.find_action = self._action(
            self.tr("Find"), self.find_bar.open_bar, QKeySequence.StandardKey.Find
        )
        self.collapse_all_action = self._action(
            self.tr("Collapse all"),
            lambda: self.narrowing.collapse_all(self.shown_chart),
            tip=self.tr("Fold every team away: only the people at the top stay"),
        )
        self.expand_all_action = self._action(
            self.tr("Expand all"),
            self.narrowing.expand_all,
            tip=self.tr("Unfold every team"),
        )
        for action in (self.add_action, self.delete_action, self.link_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.relations.colour_by)
        self.toolbar.addAction(self.relations.matrix_action)
        self.toolbar.addSeparator()
        for action in (self.zoom_in_action, self.zoom_out_action, self.fit_action):
            self.toolbar.addAction(action)
        self.toolbar.addAction(self.find_action)
        self.toolbar.addAction(self.collapse_all_action)
        self.toolbar.addAction(self.expand_all_action)
        self.toolbar.addSeparator()
        export_button = QToolButton(self)
        export_button.setText(self.tr("Export"))
        export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        export_button.setMenu(self.exports.menu)
        self.toolbar.addWidget(export_button)
        self.toolbar.addAction(self.exports.print_action)
        self.zoom_label = QLabel(self)
        self.zoom_label.setStyleSheet("color: #5b6670; padding-left: 12px")
        self.toolbar.addWidget(self.zoom_label)
        self.time = TimeControls(self.ctx.clock.today, self.toolbar, self)

        chart_page = QWidget(self)
        chart_layout = QVBoxLayout(chart_page)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.setSpacing(0)
        chart_layout.addWidget(self.time.banner)
        chart_layout.addWidget(self.filter_bar)
        chart_layout.addWidget(self.find_bar)
        chart_layout.addWidget(self.view, 1)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.message)
        self.pages.addWidget(chart_page)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 6, 6)
        left_layout.addWidget(self.coverage, 1)
        left_layout.addWidget(self.legend)
        self.splitter = QSplitter(self)
        self.splitter.setObjectName("OrgChartSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.pages)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([250, 800, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

    def _connect(self) -> None:
        scene = self.scene
        scene.person_selected.connect(self._on_scene_person_selected)
        scene.person_activated.connect(self.open_person)
        scene.link_mode_ended.connect(self._on_scene_link_mode_ended)
        # Edits rebuild the scene: let the mouse event that asked for them finish first.
        queued = Qt.ConnectionType.QueuedConnection
        scene.reparent_requested.connect(self._on_scene_reparent_requested, queued)
        scene.link_requested.connect(self._on_scene_link_requested, queued)
        scene.card_menu_requested.connect(self._on_scene_card_menu_requested, queued)
        scene.link_menu_requested.connect(self._on_scene_link_menu_requested, queued)
        scene.background_menu_requested.connect(self._on_scene_background_menu_requested, queued)
        self.view.zoom_changed.connect(self._on_view_zoom_changed)
        scene.collapse_toggled.connect(self.narrowing.toggle, queued)
        self.narrowing.changed.connect(self._on_narrowing_changed)
        self.view.shape_changed.connect(self._reshape.start)
        self._reshape.timeout.connect(self._on_reshape_timeout)
        self.find_bar.focus_requested.connect(self._on_find_bar_focus_requested)
        self.coverage.flag_activated.connect(self._on_coverage_flag_activated)
        self.coverage.action_requested.connect(self._on_coverage_action_requested)
        self.find_bar.search_changed.connect(self._on_find_bar_search_changed)
        self.find_bar.next_requested.connect(lambda: self._step_match(1))
        self.find_bar.previous_requested.connect(lambda: self._step_match(-1))
        self.find_bar.closed.connect(self._on_find_bar_closed)
        self.panel.closed.connect(self._on_panel_closed)
        self.panel.form.save_requested.connect(self._on_form_save_requested)
        self.panel.add_line_requested.connect(self.start_link)
        self.panel.remove_line_requested.connect(self.editor.remove_link)
        self.panel.line_menu_requested.connect(self._on_scene_link_menu_requested)
        self.relations.connect_panel(self.panel)
        self.panel.visits.add_requested.connect(self._on_visits_add_requested)
        self.panel.visits.edit_requested.connect(self._on_visits_edit_requested)
        self.panel.visits.delete_requested.connect(self._on_visits_delete_requested)
        self.panel.visits.action_requested.connect(self._on_visits_action_requested)
        self.time.day_changed.connect(self._on_time_day_changed)
        self.time.changes_requested.connect(self.show_changes)

    # -- BaseTab ---------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Org Chart")

    def settings_pages(self) -> list:
        return [OrgChartSettingsPage]

    def refresh(self, changes: ChangeSet) -> None:
        if self.account_id is None:  # the tab shows no chart, only a hint
            return
        if changes.kinds == {ACTIONS} and self.isVisible() and not self._stale:
            if changes.concerns(self.account_id):
                self._show_flags()  # which flags are worked on: the chart stays as it is
            return
        super().refresh(changes)

    def reload(self) -> None:
        account_changed = self.account_id != self._shown_account
        self._shown_account = self.account_id
        if self.account_id is None:
            self.chart = None
            self.scene.show_nothing()
            self.coverage.set_flags([], account_selected=False)
            self.pages.setCurrentIndex(0)
            self.panel.hide()
            self._update_actions()
            return
        today = self.ctx.clock.today()
        day = self.shown_day
        if account_changed:
            self.narrowing.set_account(self.account_id)
        if day is None:
            self.chart = self.reader.load(self.account_id)
            self.time.show_state(False)
        else:  # the map as it was (docs/map-over-time.md)
            past = self.map_history.as_of(self.account_id, day, today)
            self.chart = past.chart
            self.time.show_state(past.approximate)
            self.panel.hide()
        self._show_chart()
        stale_days = self.ctx.services.settings.get(STALE_CONTACT_DAYS)
        self.flags = analyse(self.chart, day or today, stale_days)
        coaches = [] if day else self.editor.moves.former_coaches(self.account_id)
        self.former_coaches = {coach.person_id: coach for coach in coaches}
        self.flags += former_coach_flags(coaches)
        self._show_flags()
        self.pages.setCurrentIndex(1)
        if account_changed or self.view.auto_fit:
            if account_changed:
                self.panel.hide()
            self.view.fit()
        elif self.panel.isVisible() and self.panel.person_id is not None:
            if self.chart.person(self.panel.person_id) is None:
                self.panel.hide()
            else:
                self._show_panel(self.panel.person_id)
        if self.find_bar.isVisible():
            self._on_find_bar_search_changed(self.find_bar.field.text())
        self.relations.chart_reloaded()
        self._update_actions()

    def _show_chart(self) -> None:
        """Lay the chart out for what is shown and the window's shape."""
        chart = self.shown_chart
        aspect = self.view.aspect()
        layout, contents = lay_out(
            chart,
            translate,
            self.shown_day or self.ctx.clock.today(),
            aspect=aspect,
            shown=self.narrowing.shown(chart),
        )
        self.view.laid_out_for = aspect
        self.scene.show_chart(chart, layout, contents, translate)
        self.overview.refresh()

    def _on_narrowing_changed(self) -> None:
        if self.chart is not None:
            self._show_chart()
            self.view.fit()
            if self.find_bar.isVisible():
                self._on_find_bar_search_changed(self.find_bar.field.text())
            self._update_actions()

    def _on_reshape_timeout(self) -> None:
        if self.chart is not None and self.view.auto_fit:
            self._on_narrowing_changed()

    def focus_on(self, person_id: int, steps: int = 1) -> None:
        """Show only the person and the people within ``steps`` steps of them."""
        self.narrowing.set_focus(person_id, steps)
        self.scene.select_person(person_id)

    def _on_find_bar_focus_requested(self) -> None:
        if self._matches:
            self.focus_on(self._matches[max(self._match, 0)])

    def show_record(self, kind: str, record_id: int) -> None:
        if kind != "contact":
            return
        if self._stale or self._shown_account != self.account_id:
            self._stale = False
            self.reload()
        self.open_person(record_id)

    # -- actions ---------------------------------------------------------------------------
    def open_person(self, person_id: int) -> None:
        """Select, centre and open a person's record (shown first if folded away, out of
        the focus or filtered out; on a past map: select and centre)."""
        chart = self.chart
        if person_id not in self.scene.cards and chart and chart.person(person_id) is not None:
            self.narrowing.reveal(chart, person_id)
        card = self.scene.cards.get(person_id)
        if card is None:
            return
        self.scene.select_person(person_id)
        self.view.centre_on_rect(card.sceneBoundingRect())
        if self.shown_day is None:
            self._show_panel(person_id)

    # -- the map over time -----------------------------------------------------------------
    @property
    def shown_day(self) -> date | None:
        """The day of the past map shown, None for today's (the only one that edits)."""
        return self.time.day

    def _on_time_day_changed(self, _day: date | None) -> None:
        if self.account_id is not None:
            self.reload()

    def show_changes(self) -> None:
        """The "What changed since…" list; clicking a line selects the person."""
        if self.account_id is None:
            return
        account_id = self.account_id
        today = self.ctx.clock.today()
        if self.changes_dialog is not None:
            self.changes_dialog.close()
        dialog = ChangesDialog(
            lambda day: self.map_history.since(account_id, day),
            since_default(self.shown_day, today),
            today,
            self,
        )
        dialog.person_chosen.connect(self.open_person)
        self.changes_dialog = dialog
        dialog.show()

    def leave_person(self, person_id: int) -> None:
        person = self.chart.person(person_id) if self.chart else None
        if person is None:
            return
        dialog = MoveDialog(person.name, self.ctx.clock.today(), None, self)
        if self.open_dialog(dialog) == MoveDialog.DialogCode.Accepted:
            self.editor.set_left(person.name, person_id, dialog.chosen_day())

    def move_person(self, person_id: int) -> None:
        person = self.chart.person(person_id) if self.chart else None
        if person is None or self.account_id is None:
            return
        accounts = self.editor.moves.other_accounts(self.account_id)
        dialog = MoveDialog(person.name, self.ctx.clock.today(), accounts, self)
        if self.open_dialog(dialog) != MoveDialog.DialogCode.Accepted:
            return
        account_id = dialog.chosen_account()
        if account_id is not None and self.editor.move(
            person.name, person_id, account_id, dialog.chosen_day()
        ):
            self.panel.hide()

    def lead_from_coach(self, person_id: int) -> None:
        """Offer the way in a former coach opens: a lead the user completes in Opportunities."""
        coach = self.former_coaches.get(person_id)
        if coach is None or self.account_id is None:
            return
        data = self.editor.moves.lead_from(coach, self.account_id, translate)
        try:
            created = self.ctx.services.leads.create(data)
        except UserError as error:
            self.ctx.dialogs.show_user_error(error)
            return
        self.publish(created.changes)
        self.ctx.dialogs.info(
            self.tr("Lead created"),
            self.tr("The lead “{title}” is in the Opportunities tab, under Leads.").format(
                title=data.title
            ),
        )

    def add_person(self, manager_id: int | None, layer: Layer | None = None) -> None:
        if self.account_id is None or self.chart is None:
            return
        if manager_id is None and layer is None:
            manager_id = self.scene.selected_person()
        new_id = self.editor.add_person(self.account_id, self.chart, manager_id, layer)
        if new_id is not None:
            self.open_person(new_id)

    def delete_person(self, person_id: int) -> None:
        if self.chart is not None and self.editor.delete_person(self.chart, person_id):
            self.panel.hide()

    def start_link(self, source_id: int) -> None:
        self.link_action.setChecked(True)
        self.scene.set_link_mode(True, source_id)
        self.view.setDragMode(OrgChartView.DragMode.NoDrag)

    def _on_link_toggled(self, checked: bool) -> None:
        self.scene.set_link_mode(checked)
        mode = OrgChartView.DragMode.NoDrag if checked else OrgChartView.DragMode.ScrollHandDrag
        self.view.setDragMode(mode)

    def _on_scene_link_mode_ended(self) -> None:
        self.link_action.setChecked(False)
        self.view.setDragMode(OrgChartView.DragMode.ScrollHandDrag)

    def _on_delete_triggered(self) -> None:
        person = self.scene.selected_person()
        if person is not None:
            self.delete_person(person)

    def _update_actions(self) -> None:
        has_chart = self.chart is not None
        editable = has_chart and self.shown_day is None  # a past map is read-only
        for action in (
            self.fit_action,
            self.find_action,
            self.collapse_all_action,
            self.expand_all_action,
            self.time.changes_action,
            self.relations.matrix_action,
        ):
            action.setEnabled(has_chart)
        for action in (self.add_action, self.link_action):
            action.setEnabled(editable)
        self.delete_action.setEnabled(editable and self.scene.selected_person() is not None)
        self.exports.set_enabled(has_chart)

    # -- the panel -------------------------------------------------------------------------
    def _show_panel(self, person_id: int) -> None:
        try:
            data = self.editor.people.get(person_id)
        except UserError:
            self.panel.hide()
            return
        self.panel.show_person(person_id, data, self.shown_chart)
        self.panel.show()

    def _on_scene_person_selected(self, person_id: int | None) -> None:
        self._update_actions()
        if person_id is None or person_id == self.panel.person_id or self.shown_day:
            return
        form = self.panel.form
        if self.panel.isVisible() and form.dirty and form.person_id is not None:
            # Asking (and saving, which rebuilds the chart) must wait for the click to end.
            QTimer.singleShot(0, lambda: self._leave_unsaved_record(person_id))
            return
        self._show_panel(person_id)

    def _leave_unsaved_record(self, person_id: int) -> None:
        form = self.panel.form
        if form.dirty:
            name = form.lines["name"].text() or self.tr("this person")
            if self.ctx.dialogs.confirm(
                self.tr("Unsaved changes"),
                self.tr("Save your changes to {name} first?").format(name=name),
            ):
                form.save()
                if self.panel.form.error.isVisible():  # refused: stay on the record
                    self.scene.select_person(form.person_id)
                    return
            form.dirty = False
        if self.chart is not None and self.chart.person(person_id) is not None:
            self.scene.select_person(person_id)
            self._show_panel(person_id)

    def _on_panel_closed(self) -> None:
        self.panel.hide()
        self.scene.select_person(None)

    def _on_form_save_requested(self, data: PersonData) -> None:
        person_id = self.panel.form.person_id
        if person_id is None:
            return
        try:
            self.editor.update_person(person_id, data)
        except UserError as error:
            self.panel.form.show_error(error.message.render(translate))
            return
        self.panel.form.load(person_id, self.editor.people.get(person_id))

    def _visit_dialog(self, row: VisitRow | None) -> None:
        person_id = self.panel.person_id
        person = self.chart.person(person_id) if self.chart and person_id else None
        if person is None:
            return

        def save(data):
            if row is None:
                self.editor.add_visit(person.id, person.name, data)
            else:
                self.editor.update_visit(row.id, person.name, data)

        dialog = VisitDialog(
            person.name, self.ctx.clock.today(), save, row.data if row else None, self
        )
        self.open_dialog(dialog)

    def open_dialog(self, dialog) -> int:
        """Run a dialog (tests replace this to fill and accept it)."""
        return dialog.exec()

    def _on_visits_add_requested(self) -> None:
        self._visit_dialog(None)

    def _on_visits_edit_requested(self, row: VisitRow) -> None:
        self._visit_dialog(row)

    def _on_visits_delete_requested(self, row: VisitRow) -> None:
        shown = self.panel.person_id
        person = self.chart.person(shown) if self.chart and shown is not None else None
        if person is not None:
            self.editor.delete_visit(row.id, person.name)

    # -- scene requests --------------------------------------------------------------------
    def _on_scene_reparent_requested(self, person_id: int, manager_id: int) -> None:
        if self.chart is not None and self.shown_day is None:
            self.editor.set_manager(self.chart, person_id, manager_id)

    def _on_scene_link_requested(self, source_id: int, target_id: int) -> None:
        if self.chart is not None and self.shown_day is None:
            self.editor.add_link(self.chart, source_id, target_id)

    def _show_menu(self, menu: QMenu | None, position: QPoint) -> None:
        if menu is not None:
            menu.exec(position)
            menu.deleteLater()

    def _on_scene_card_menu_requested(self, person_id: int, position: QPoint) -> None:
        self._show_menu(self.menus.card_menu(person_id, self), position)

    def _on_scene_link_menu_requested(self, link_id: int, position: QPoint) -> None:
        self._show_menu(self.menus.link_menu(link_id, self), position)

    def _on_scene_background_menu_requested(self, layer: Layer | None, position: QPoint) -> None:
        self._show_menu(self.menus.background_menu(layer, self), position)

    def _on_coverage_flag_activated(self, flag: Flag) -> None:
        if flag.person_id is not None:
            self.open_person(flag.person_id)
            return
        band = next((b for b in self.scene.bands if b.layer == flag.layer), None)
        if band is not None:
            self.view.centre_on_rect(band.boundingRect())

    def _on_visits_action_requested(self, row: VisitRow) -> None:
        """The visit's next step as an action (docs/actions.md)."""
        step = row.data
        draft = self.ctx.services.actions.draft(
            AboutKind.VISIT, row.id, title=step.next_step[:300], due_on=step.next_step_on
        )
        make_action(self.ctx, draft, self)

    def _show_flags(self) -> None:
        if self.account_id is None:
            return
        keys, answers = self.ctx.services.actions.coverage_answers(self.flags, self.account_id)
        self.coverage.set_flags(self.flags, keys=keys, answers=answers)

    def _on_coverage_action_requested(self, flag: Flag, key: str) -> None:
        if self.account_id is None:
            return
        title = flag.message.render(translate)[:300]
        draft = ActionDraft(self.account_id, AboutKind.RED_FLAG, key, title=title)
        make_action(self.ctx, draft, self)

    def _on_view_zoom_changed(self, zoom: float) -> None:
        self.zoom_label.setText(f"{round(zoom * 100)} %")

    # -- find ------------------------------------------------------------------------------
    def _on_find_bar_search_changed(self, text: str) -> None:
        needle = text.strip().casefold()
        people = self.chart.people if self.chart and needle else ()
        people = tuple(p for p in people if p.id in self.scene.cards)  # hidden: not found
        self._matches = [
            p.id
            for p in people
            if any(
                needle in value.casefold()
                for value in (p.name, p.title, p.department, p.organisation)
            )
        ]
        self._match = -1
        self.scene.highlight(set(self._matches))
        if self._matches:
            self._step_match(1)
        else:
            self.find_bar.show_result(0, 0)

    def _step_match(self, step: int) -> None:
        if not self._matches:
            return
        self._match = (self._match + step) % len(self._matches)
        person_id = self._matches[self._match]
        self.scene.highlight(set(self._matches), current=person_id)
        if self.scene.layout is not None:
            self.view.centre_on_rect(qrect(self.scene.layout.cards[person_id]))
        self.find_bar.show_result(self._match + 1, len(self._matches))

    def _on_find_bar_closed(self) -> None:
        self.scene.highlight(set())
        self.view.setFocus()
