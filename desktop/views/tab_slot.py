"""A tab's place in the main window. The tab itself (its module, widgets and first queries) is
built the first time it is needed, usually when the user first opens it: start-up builds only
the tab on show, and the heavy modules of the others (matplotlib, openpyxl, ...) load later."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.views.common.read_only import lock_editing

if TYPE_CHECKING:  # the slots show before the database is open (docs/speed.md#start-up)
    from .common.base_tab import BaseTab
    from .context import AppContext


@dataclass(frozen=True)
class TabSpec:
    key: str  # as in ``desktop.cli.TABS``
    module: str
    class_name: str
    title: str  # the tab's ``title()`` in English, translated with the class's context
    record_kinds: frozenset[str]  # the class's ``record_kinds``

    def load(self) -> type[BaseTab]:
        return getattr(importlib.import_module(self.module), self.class_name)


TAB_SPECS = (
    TabSpec(
        "orgchart", "desktop.views.orgchart.tab", "OrgChartTab", "Org Chart",
        frozenset({"contact"}),
    ),
    TabSpec(
        "opportunities", "desktop.views.opportunities.tab", "OpportunitiesTab",
        "Opportunities", frozenset({"opportunity"}),
    ),
    TabSpec(
        "bids", "desktop.views.bids.tab", "BidChecklistTab", "Bid Checklist",
        frozenset({"tender"}),
    ),
    TabSpec(
        "contracts", "desktop.views.contracts.tab", "ContractsTab", "Contracts",
        frozenset({"contract"}),
    ),
)  # fmt: skip


class TabSlot(QWidget):
    def __init__(
        self, ctx: AppContext | None, spec: TabSpec, parent: QWidget | None = None
    ) -> None:
        """Without ``ctx`` (the database not yet open) the tab waits until it is set."""
        super().__init__(parent)
        self.ctx = ctx
        self.spec = spec
        self.page: BaseTab | None = None
        self._account_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def title(self) -> str:
        return QCoreApplication.translate(self.spec.class_name, self.spec.title)

    def tab(self) -> BaseTab:
        """The tab, built now if it was not yet."""
        if self.page is None:
            assert self.ctx is not None, "attach() first"
            page = self.spec.load()(self.ctx, self)
            self.page = page
            page.set_account(self._account_id)  # while hidden: only remembered
            layout = self.layout()
            assert layout is not None  # made in __init__
            layout.addWidget(page)
            if self.ctx.db.read_only:  # built after the window locked its own controls
                lock_editing(page)
            if self.isVisible():
                page.show()  # reads its data now, not after the next event
        return self.page

    def set_account(self, account_id: int | None) -> None:
        self._account_id = account_id
        if self.page is not None:
            self.page.set_account(account_id)

    def showEvent(self, event: QShowEvent) -> None:
        if self.ctx is not None:
            self.tab()
        super().showEvent(event)
