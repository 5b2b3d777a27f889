"""The Contracts tab: each contract's delivery, invoices, payments and collection, and the
receivables of the selected account (all accounts when none is selected)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from desktop.services.changes import ACCOUNTS, CONTRACTS, SETTINGS, ChangeSet
from desktop.services.contracts.data import ContractData
from desktop.services.contracts.detail import ContractQueries
from desktop.views.common.base_tab import BaseTab
from desktop.views.common.chart_warmup import after_warm_up
from desktop.views.context import AppContext

from .contract_detail import ContractDetailView
from .contract_dialog import contract_dialog
from .contract_list_panel import ContractListPanel
from .editor import ContractEditor
from .receivables_page import ReceivablesPage
from .settings_page import ContractsSettingsPage
from .templates_page import TemplatesPage


class ContractsTab(BaseTab):
    watched = frozenset({ACCOUNTS, CONTRACTS, SETTINGS})
    record_kinds = frozenset({"contract"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.service = ctx.services.contracts
        self.queries = ContractQueries(ctx.db, ctx.clock)
        self.editor = ContractEditor(ctx, self.service, self.undo_stack, self.publish)
        self.list = ContractListPanel(ctx.services.contract_list, self)
        self.table = self.list.view
        self.detail = ContractDetailView(ctx, self.editor, self)
        self.receivables = ReceivablesPage(ctx, ctx.services.receivables, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("ContractsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([380, 720])
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.splitter, self.tr("Contract list"))
        self.pages.addTab(self.receivables, self.tr("Receivables"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.pages)
        self._contract_id: int | None = None
        self._contracts_stale = self._receivables_stale = True
        self._keep_detail = False  # while reloading for a change to other contracts

        self.list.contract_selected.connect(self._on_list_contract_selected)
        self.list.new_requested.connect(self.new_contract)
        self.pages.currentChanged.connect(self._on_pages_current_changed)
        after_warm_up(self.receivables, self.receivables.prepare_charts)

    def title(self) -> str:
        return self.tr("Contracts")

    def settings_pages(self) -> list:
        return [ContractsSettingsPage, TemplatesPage]

    # ---- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        """Reload the page on show; the other one reloads when it is shown next."""
        self._contracts_stale = self._receivables_stale = True
        self._reload_current_page()

    def _reload_current_page(self) -> None:
        if self.pages.currentWidget() is self.receivables:
            if self._receivables_stale:
                self._receivables_stale = False
                self.receivables.reload(self.account_id)
        elif self._contracts_stale:
            self._contracts_stale = False
            keep = self._contract_id
            if self.list.model.spec.account_id != self.account_id:
                self.list.show_account(self.account_id, keep)
            else:
                self.list.reload(keep)

    def refresh(self, changes: ChangeSet) -> None:
        changed = changes.ids("contract")
        # A change to other contracts than the one shown leaves its detail as it is.
        self._keep_detail = changed is not None and self._contract_id not in changed
        try:
            super().refresh(changes)
        finally:
            self._keep_detail = False

    def _on_pages_current_changed(self, _index: int) -> None:
        self._reload_current_page()

    def _on_list_contract_selected(self, contract_id: int | None) -> None:
        if self._keep_detail and contract_id == self._contract_id:
            return
        self._contract_id = contract_id
        self.detail.show_detail(None if contract_id is None else self.queries.detail(contract_id))

    def show_record(self, kind: str, record_id: int) -> None:
        if kind != "contract":
            return
        self._contract_id = record_id
        if self._stale:
            self._stale = False
            self.reload()
        self.pages.setCurrentIndex(0)
        if not self.list.select(record_id):
            self.list.search.clear()
            self.list.filter.setCurrentIndex(0)
            self.list.select(record_id)

    # ---- actions -------------------------------------------------------------------------

    def new_contract(self) -> None:
        data = ContractData(account_id=self.account_id or 0, number="")

        def save(edited: ContractData):
            edit = self.editor.run(
                self.tr("New contract {number}").format(number=edited.number),
                lambda: self.service.create_contract(edited),
            )
            self._contract_id = edit.contract_id
            return edit

        dialog = contract_dialog(self.ctx, self, data, save, new=True)
        if dialog.exec() and self._contract_id is not None:
            self.list.select(self._contract_id)
