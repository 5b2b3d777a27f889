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
from desktop.services.orgchart.people import PersonData
from desktop.services.versions import ChangedMeanwhile
from desktop.views.actions.action_dialog import ActionDraft, make_action
from desktop.views.common.base_tab import BaseTab
from desktop.views.common.changed_meanwhile import offer_reload
from desktop.views.common.read_only import edits
from desktop.views.context import AppContext
from desktop.views.i18n import translate

from .chart_search import ChartSearch
from .chart_view import OrgChartView
from .coverage_list import CoverageList
from .editor import ChartEditor
from .exporting import ChartExportActions
from .filter_bar import FilterBar
from .find_bar import FindBar
from .legend import LegendWidget
from .menus import ChartMenus
from .narrowing import ChartNarrowing
from .overview import OverviewMap
from .person_panel import PersonPanel
from .relation_actions import RelationActions
from .scene import OrgChartScene, lay_out
from .settings_page import OrgChartSettingsPage
from .time_actions import TimeActions
from .visit_actions import VisitActions


class OrgChartTab(BaseTab):
    watched = frozenset({CONTACTS, INTERACTIONS, SETTINGS, ACCOUNTS, ACTIONS})
    record_kinds = frozenset({"contact"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.chart: OrgChart | None = None
        self.flags: list[Flag] = []
        self._shown_account: int | None = None
        self.reader = OrgChartReader(ctx.db)
        self.editor = ChartEditor(ctx, self.undo_stack, self.publish, self)
        self.menus = ChartMenus(self)
        self.scene = OrgChartScene(self)
        self.view = OrgChartView(self.scene, self)
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        self.search = ChartSearch(self)
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
        self.visits = VisitActions(self)
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

    @property
    def shown_day(self) -> date | None:
        """The day of the past map shown, None for today's (the only one that edits)."""
        return self.time.day

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
        self.time_actions = TimeActions(self)
        self.time = self.time_actions.controls

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
        self.coverage.flag_activated.connect(self._on_coverage_flag_activated)
        self.coverage.action_requested.connect(self._on_coverage_action_requested)
        self.panel.closed.connect(self._on_panel_closed)
        self.panel.form.save_requested.connect(self._on_form_save_requested)
        self.panel.add_line_requested.connect(self.start_link)
        self.panel.remove_line_requested.connect(self.editor.remove_link)
        self.panel.line_menu_requested.connect(self._on_scene_link_menu_requested)
        self.relations.connect_panel(self.panel)
        self.visits.connect_panel(self.panel)

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
        if account_changed:
            self.narrowing.set_account(self.account_id)
        self.chart = self.time_actions.load_chart(self.account_id)
        self._show_chart()
        stale_days = self.ctx.services.settings.get(STALE_CONTACT_DAYS)
        self.flags = analyse(self.chart, self.shown_day or self.ctx.clock.today(), stale_days)
        self.flags += self.time_actions.coach_flags(self.account_id)
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
        self.search.refresh()
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
            self.search.refresh()
            self._update_actions()

    def _on_reshape_timeout(self) -> None:
        if self.chart is not None and self.view.auto_fit:
            self._on_narrowing_changed()

    def focus_on(self, person_id: int, steps: int = 1) -> None:
        """Show only the person and the people within ``steps`` steps of them."""
        self.narrowing.set_focus(person_id, steps)
        self.scene.select_person(person_id)

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
            data, version = self.editor.people.read(person_id)
        except UserError:
            self.panel.hide()
            return
        self.panel.show_person(person_id, data, self.shown_chart, version)
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
        form = self.panel.form
        try:
            self.editor.update_person(person_id, data, form.read_version)
        except ChangedMeanwhile as error:
            form.show_error(error.message.render(translate))
            if offer_reload(self, error):
                form.reload_with(data, *self.editor.people.read(person_id))
            return
        except UserError as error:
            form.show_error(error.message.render(translate))
            return
        form.load(person_id, *self.editor.people.read(person_id))

    def open_dialog(self, dialog) -> int:
        """Run a dialog (tests replace this to fill and accept it)."""
        return dialog.exec()

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
