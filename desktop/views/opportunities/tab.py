"""The Opportunities tab: which opportunities are real, can we win them, are they worth
winning, and what will close when. Three pages: the opportunity list with its editor, the
leads, and the pipeline and forecast."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QTabWidget, QVBoxLayout, QWidget

from desktop.services.changes import ACCOUNTS, CONTACTS, LEADS, OPPORTUNITIES, SETTINGS
from desktop.views.common.base_tab import BaseTab
from desktop.views.context import AppContext

from .editing import Editing
from .forecast_page import ForecastPage
from .forecast_settings_page import ForecastSettingsPage
from .leads_page import LeadsPage
from .list_page import OpportunityListPage
from .scoring_settings_page import ScoringSettingsPage
from .stage_settings_page import StageSettingsPage
from .targets_settings_page import TargetsSettingsPage


class OpportunitiesTab(BaseTab):
    watched = frozenset({OPPORTUNITIES, LEADS, ACCOUNTS, CONTACTS, SETTINGS})
    record_kinds = frozenset({"opportunity"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.editing = Editing(ctx, self.undo_stack, self.publish)
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.list_page = OpportunityListPage(self.editing, self.pages)
        self.leads_page = LeadsPage(self.editing, self.pages)
        self.forecast_page = ForecastPage(self.editing, self.pages)
        self.table = self.list_page.table  # the main list (what the window's tests look at)
        self._page_of: dict[QWidget, QWidget] = {}
        for page, title in (
            (self.list_page, self.tr("Opportunities")),
            (self.leads_page, self.tr("Leads")),
            (self.forecast_page, self.tr("Pipeline and forecast")),
        ):
            self.pages.addTab(self._scrolled(page), title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._stale_pages: set[QWidget] = set()
        self.pages.currentChanged.connect(self._on_pages_current_changed)
        self.leads_page.opportunity_requested.connect(self._on_leads_opportunity_requested)

    def _scrolled(self, page: QWidget) -> QScrollArea:
        """Fills the tab; scrolls when the window is smaller than the page needs."""
        scroll = QScrollArea(self.pages)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        self._page_of[scroll] = page
        return scroll

    def current_page(self) -> QWidget:
        return self._page_of[self.pages.currentWidget()]

    def show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page.parentWidget().parentWidget())

    def title(self) -> str:
        return self.tr("Opportunities")

    def settings_pages(self) -> list:
        return [StageSettingsPage, ScoringSettingsPage, TargetsSettingsPage, ForecastSettingsPage]

    def reload(self) -> None:
        """Read the visible page again; the others when they are next shown."""
        self._stale_pages = {self.list_page, self.leads_page, self.forecast_page}
        self._reload_page(self.current_page())

    def _reload_page(self, page: QWidget) -> None:
        if page in self._stale_pages:
            self._stale_pages.discard(page)
            page.reload(self.account_id)  # type: ignore[attr-defined]

    def _on_pages_current_changed(self, _index: int) -> None:
        if not self._stale:
            self._reload_page(self.current_page())

    def show_record(self, kind: str, record_id: int) -> None:
        if kind != "opportunity":
            return
        self.show_page(self.list_page)
        if self._stale:
            self._stale = False
            self.reload()
        self._reload_page(self.list_page)
        self.list_page.show_opportunity(record_id)

    def _on_leads_opportunity_requested(self, opportunity_id: int) -> None:
        self.ctx.events.open_record.emit("opportunity", opportunity_id)
