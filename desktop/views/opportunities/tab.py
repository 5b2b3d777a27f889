"""The Opportunities tab: which opportunities are real, can we win them, are they worth
winning, and what will close when. Three pages: the opportunity list with its editor, the
leads, and the pipeline and forecast (the last two are built when first shown)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtWidgets import QScrollArea, QTabWidget, QVBoxLayout, QWidget

from desktop.services.changes import (
    ACCOUNTS,
    ACTIONS,
    CONTACTS,
    LEADS,
    OPPORTUNITIES,
    SETTINGS,
    ChangeSet,
)
from desktop.views.common.base_tab import BaseTab
from desktop.views.common.chart_warmup import after_warm_up
from desktop.views.context import AppContext

from .discipline_page import DisciplinePage
from .editing import Editing
from .forecast_page import ForecastPage
from .forecast_settings_page import ForecastSettingsPage
from .leads_page import LeadsPage
from .list_page import OpportunityListPage
from .scoring_settings_page import ScoringSettingsPage
from .stage_settings_page import StageSettingsPage
from .targets_settings_page import TargetsSettingsPage

LIST, LEADS_PAGE, FORECAST, FUNNEL = range(4)
WHOLE_BOOK = frozenset({FORECAST, FUNNEL})  # pages of every account, whichever is selected


class OpportunitiesTab(BaseTab):
    # Actions: a red flag on the strategy sheet shows the open action answering it.
    watched = frozenset({OPPORTUNITIES, LEADS, ACCOUNTS, CONTACTS, SETTINGS, ACTIONS})
    record_kinds = frozenset({"opportunity"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.editing = Editing(ctx, self.undo_stack, self.publish)
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self._factories: list[Callable[[], QWidget]] = [
            lambda: OpportunityListPage(self.editing),
            self._make_leads_page,
            lambda: ForecastPage(self.editing),
            lambda: DisciplinePage(self.editing),
        ]
        self._built: dict[int, QWidget] = {}
        for title in (
            self.tr("Opportunities"),
            self.tr("Leads"),
            self.tr("Pipeline and forecast"),
            self.tr("Funnel"),
        ):
            scroll = QScrollArea(self.pages)  # scrolls when the window is smaller than the page
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            self.pages.addTab(scroll, title)
        # _page() returns the page as the QWidget it was added as
        self.list_page: OpportunityListPage = self._page(LIST)  # type: ignore[assignment]
        self.table = self.list_page.table  # the main list (what the window's tests look at)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._stale_pages: set[int] = set()
        self.pages.currentChanged.connect(self._on_pages_current_changed)
        after_warm_up(self, self._prepare_forecast)

    def _prepare_forecast(self) -> Iterator[None]:
        """The forecast page and its charts made at idle moments, not read: its first visit
        then costs what a later one does (docs/speed.md#the-first-chart)."""
        page = self.forecast_page
        yield
        for chart in page.charts:
            chart.prepare()
            yield

    def _make_leads_page(self) -> LeadsPage:
        page = LeadsPage(self.editing)
        page.opportunity_requested.connect(self._on_leads_opportunity_requested)
        return page

    def _page(self, index: int) -> QWidget:
        if index not in self._built:
            page = self._factories[index]()
            scroll = self.pages.widget(index)
            assert isinstance(scroll, QScrollArea)
            scroll.setWidget(page)
            self._built[index] = page
        return self._built[index]

    @property
    def leads_page(self) -> LeadsPage:
        return self._page(LEADS_PAGE)  # type: ignore[return-value]

    @property
    def forecast_page(self) -> ForecastPage:
        return self._page(FORECAST)  # type: ignore[return-value]

    @property
    def discipline_page(self) -> DisciplinePage:
        return self._page(FUNNEL)  # type: ignore[return-value]

    def current_page(self) -> QWidget:
        return self._page(self.pages.currentIndex())

    def show_page(self, page: QWidget) -> None:
        index = next(n for n, built in self._built.items() if built is page)
        self.pages.setCurrentIndex(index)

    def title(self) -> str:
        return self.tr("Opportunities")

    def settings_pages(self) -> list:
        return [StageSettingsPage, ScoringSettingsPage, TargetsSettingsPage, ForecastSettingsPage]

    def reload(self) -> None:
        """Read the visible page again; the others when they are next shown."""
        self._stale_pages = {LIST, LEADS_PAGE, FORECAST, FUNNEL}
        self._reload_page(self.pages.currentIndex())

    def refresh(self, changes: ChangeSet) -> None:
        if changes.concerns(self.account_id):
            super().refresh(changes)
        elif self._built.keys() & WHOLE_BOOK and changes.touches(OPPORTUNITIES, SETTINGS):
            # The forecast and the funnel are of the whole book whichever account is selected.
            if self.pages.currentIndex() in WHOLE_BOOK:
                self._refresh_or_mark()
            self._stale_pages |= WHOLE_BOOK - {self.pages.currentIndex()}

    def _reload_page(self, index: int) -> None:
        if index in self._stale_pages:
            self._stale_pages.discard(index)
            # every page of this tab has reload(account_id); _page() returns the QWidget
            self._page(index).reload(self.account_id)  # type: ignore[attr-defined]

    def _on_pages_current_changed(self, index: int) -> None:
        if not self._stale:
            self._reload_page(index)

    def show_record(self, kind: str, record_id: int) -> None:
        if kind != "opportunity":
            return
        self.pages.setCurrentIndex(LIST)
        if self._stale:
            self._stale = False
            self.reload()
        self._reload_page(LIST)
        self.list_page.show_opportunity(record_id)

    def _on_leads_opportunity_requested(self, opportunity_id: int) -> None:
        self.ctx.events.open_record.emit("opportunity", opportunity_id)
