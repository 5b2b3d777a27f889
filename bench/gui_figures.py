"""The figures taken inside one process, on the real main window (offscreen): what the user
waits for, from the action to the repainted widget (``grab()`` paints it; pending events are
processed first where the action leaves any)."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from .figures import Figure, median_ms, medians_ms

SEARCH_TYPING = ("wang", "zhangwei", "13812", "HT-2025", "ZB2026", "David")
SEARCH_CHINESE = ("滨海旅游", "王伟", "运维部")
FILTER_WORDS = ("video", "数据中心", "wang", "project", "升级改造", "hospital")


def process_events() -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()


def open_window(path: Path, today) -> object:
    """The main window on ``path`` as the application builds it, 1400 x 900, shown."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    import desktop.views  # noqa: F401  # first, as in the application: see its __init__

    app = QApplication.instance() or QApplication([])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, os.environ["KEYACCOUNT_DESK_HOME"]
    )
    from desktop.services.clock import FixedClock
    from desktop.services.database import open_database
    from desktop.views.context import AppContext
    from desktop.views.i18n import install_translators
    from desktop.views.main_window import MainWindow
    from desktop.views.prefs import Preferences

    app._bench_translators = install_translators(app, "en")  # keep them alive
    db = open_database(path).db
    clock = FixedClock(datetime.combine(today, datetime.min.time().replace(hour=9)))
    ctx = AppContext(db=db, language="en", clock=clock, prefs=Preferences())
    window = MainWindow(ctx, tab="orgchart")
    window.resize(1400, 900)
    window.show()
    process_events()
    return window


def account_switch(window, org_account: int, runs: int) -> Figure:
    """Org Chart tab: from a small account to the 300-person one, laid out and painted."""
    from desktop.views.account_list import ACCOUNT_ID_ROLE

    slot = window.slots[0]
    window.tabs.setCurrentWidget(slot)
    tab = slot.tab()
    small = window.accounts.model.first_account()
    if small == org_account:
        small = window.accounts.model.index(2).data(ACCOUNT_ID_ROLE)

    def switch() -> None:
        window.accounts.select(org_account)
        process_events()
        tab.view.viewport().grab()

    def back() -> None:
        window.accounts.select(small)
        process_events()

    value = median_ms(switch, runs, before=back)
    people = len(tab.chart.people) if tab.chart else 0
    return Figure("account_switch", value, runs, note=f"{people} people")


def opportunities(window, runs: int) -> list[Figure]:
    """All accounts: opening the list (the tab stale, as after any account change), sorting by
    amount, a text filter."""
    from PySide6.QtCore import Qt

    from desktop.services.opportunities.opportunity_list import SortKey
    from desktop.views.opportunities.opportunity_table_model import COLUMNS

    chart_slot, slot = window.slots[0], window.slots[1]
    window.tabs.setCurrentWidget(chart_slot)
    window.accounts.select(None)
    window.tabs.setCurrentWidget(slot)  # builds the tab once (not timed)
    tab = slot.tab()
    page = tab.list_page
    other = window.accounts.model.first_account()

    def make_stale() -> None:
        window.tabs.setCurrentWidget(chart_slot)
        window.accounts.select(other)
        window.accounts.select(None)
        process_events()

    def first_paint() -> None:
        window.tabs.setCurrentWidget(slot)
        page.table.viewport().grab()

    opened = median_ms(first_paint, runs, before=make_stale)
    rows = page.model.totals.count
    amount = next(n for n, (key, _) in enumerate(COLUMNS) if key is SortKey.AMOUNT)
    order = [Qt.SortOrder.AscendingOrder]

    def sort() -> None:
        order[0] = (
            Qt.SortOrder.DescendingOrder
            if order[0] == Qt.SortOrder.AscendingOrder
            else Qt.SortOrder.AscendingOrder
        )
        page.table.sortByColumn(amount, order[0])
        page.table.viewport().grab()

    sorted_ms = median_ms(sort, runs)
    words = iter(FILTER_WORDS * runs)

    def text_filter() -> None:
        page.filters.search.setText(next(words))
        page.filters.changed.emit()  # what the pause in typing triggers
        page.table.viewport().grab()

    filtered = median_ms(text_filter, runs)
    page.filters.search.setText("")
    page.filters.changed.emit()
    return [
        Figure("list_first_paint", opened, runs, note=f"{rows:,} opportunities"),
        Figure("list_sort", sorted_ms, runs),
        Figure("list_filter", filtered, runs),
    ]


def warm_up_charts() -> float:
    """What the application does after its first paint: matplotlib loads in the background
    (desktop/views/common/chart_warmup.py). Waits for it, as a user reads the first screen
    meanwhile; its wall time in ms."""
    import time

    from desktop.views.common.chart_warmup import warm_up_charts as start

    began = time.perf_counter()
    start()
    settle()
    return (time.perf_counter() - began) * 1000


def settle() -> None:
    """The idle time a user reading the screen gives the application: what it does then (the
    warm-up, then the charts of the tabs opened since prepared, one step per turn of the
    event loop) runs to its end, and nothing more."""
    import time

    from desktop.views.common.chart_warmup import idle_work_done

    while not idle_work_done():
        process_events()
        time.sleep(0.005)


def _first_ms(action: Callable[[], None]) -> float:
    import time

    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def forecast(window, runs: int, warmup_ms: float) -> list[Figure]:
    """The forecast page with its charts read again and repainted; its first visit (the page
    and its charts built) against a later one (back from the list, the page read again)."""
    slot = window.slots[1]
    window.tabs.setCurrentWidget(slot)
    tab = slot.tab()
    settle()  # the user looks at the list before opening the forecast

    def visit() -> None:
        tab.show_page(tab.forecast_page)
        process_events()
        tab.forecast_page.grab()

    def away() -> None:
        tab.show_page(tab.list_page)
        tab.reload()  # the other pages are read again when next shown
        process_events()

    first_ms = _first_ms(visit)
    later_ms = median_ms(visit, runs, before=away)

    def show() -> None:
        tab.forecast_page.reload()
        process_events()
        tab.forecast_page.grab()

    value = median_ms(show, runs)
    tab.show_page(tab.list_page)
    return [
        Figure("forecast", value, runs),
        Figure(
            "forecast_first",
            first_ms,
            1,
            baseline=later_ms,
            against="later",
            note=f"matplotlib loaded after the first paint in {warmup_ms:.0f} ms",
        ),
    ]


def contracts(window, runs: int) -> list[Figure]:
    """All accounts: the receivables page (figures, ageing table, both charts, overdue
    claims) read again; its first visit (its charts built) against a later one."""
    slot = window.slots[3]
    window.accounts.select(None)
    window.tabs.setCurrentWidget(slot)
    tab = slot.tab()
    process_events()
    tab.grab()  # the tab on screen, then a moment before the user opens its receivables
    settle()
    contract_list = tab.pages.widget(0)

    def visit() -> None:
        tab.pages.setCurrentWidget(tab.receivables)
        process_events()  # the charts draw when idle
        tab.receivables.grab()

    def away() -> None:
        tab.pages.setCurrentWidget(contract_list)
        tab.reload()  # the receivables are read again when next shown
        process_events()

    first_ms = _first_ms(visit)
    later_ms = median_ms(visit, runs, before=away)

    def show() -> None:
        tab.reload()
        process_events()  # the charts draw when idle
        tab.receivables.grab()

    value = median_ms(show, runs)
    accounts = tab.receivables.ageing.model().rowCount() if tab.receivables.ageing else 0
    return [
        Figure("contracts_ageing", value, runs, note=f"{accounts:,} accounts in the ageing"),
        Figure("contracts_first", first_ms, 1, baseline=later_ms, against="later"),
    ]


def search(window, runs: int) -> Figure:
    """Ctrl+K, then typing: each keystroke searches and the popup repaints."""
    import statistics
    import time

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.show_search()
    popup = window.search
    samples: list[float] = []

    def keystroke(action: Callable[[], None]) -> None:
        start = time.perf_counter()
        action()
        process_events()
        popup.grab()
        samples.append((time.perf_counter() - start) * 1000)

    for _ in range(max(1, runs // 3)):
        for word in SEARCH_TYPING:
            popup.field.clear()
            for char in word:
                keystroke(lambda c=char: QTest.keyClick(popup.field, c))
        for word in SEARCH_CHINESE:  # typed through an input method: the text grows
            popup.field.clear()
            for end in range(1, len(word) + 1):
                keystroke(lambda w=word[:end]: popup.field.setText(w))
    QTest.keyClick(popup.field, Qt.Key.Key_Escape)
    return Figure(
        "search_keystroke",
        statistics.median(samples),
        len(samples),
        note=f"slowest {max(samples):.0f} ms",
    )


def strategy_sheet(window, deal: int, runs: int) -> Figure:
    """Opportunity editor: from its fact sheet to the Strategy page of the 300-person
    account's deal (buying influences, strengths and red flags, actions), painted."""
    slot = window.slots[1]
    window.tabs.setCurrentWidget(slot)
    tab = slot.tab()
    tab.show_page(tab.list_page)
    tab.list_page.show_opportunity(deal)
    process_events()
    editor = tab.list_page.editor

    def away() -> None:
        editor.tabs.setCurrentWidget(editor.facts)
        editor.strategy.show_opportunity(deal)  # hidden: read again when shown
        process_events()

    def open_sheet() -> None:
        editor.tabs.setCurrentWidget(editor.strategy)
        process_events()
        editor.strategy.grab()

    value, cpu = medians_ms(open_sheet, runs, before=away)
    sheet = editor.strategy.sheet
    rows = editor.strategy.influences.rowCount()
    flags = 0 if sheet is None else len(sheet.strengths) + len(sheet.red_flags)
    editor.tabs.setCurrentWidget(editor.facts)
    note = f"{rows} influences, {flags} flags; processor {cpu:.0f} ms"
    return Figure("strategy_sheet", value, runs, note=note)


def coverage_matrix(window, org_account: int, deal: int, runs: int) -> Figure:
    """Org chart of the 300-person account: the coverage matrix opened on its deal (the
    account's people listed to choose from, the deal's decision group shown), painted."""
    slot = window.slots[0]
    window.tabs.setCurrentWidget(slot)
    window.accounts.select(org_account)
    process_events()
    relations = slot.tab().relations

    def close() -> None:
        if relations.dialog is not None:
            relations.dialog.hide()
        process_events()

    def open_matrix() -> None:
        dialog = relations.show_matrix(deal)
        process_events()
        dialog.grab()

    value, cpu = medians_ms(open_matrix, runs, before=close)
    dialog = relations.dialog
    close()
    rows = dialog.model.rowCount() if dialog else 0
    members = dialog.model.columnCount() - 4 if dialog else 0
    note = f"{rows} people × {members} colleagues; processor {cpu:.0f} ms"
    return Figure("coverage_matrix", value, runs, note=note)


def reminders_dock(window, runs: int) -> Figure:
    """The reminders dock after an edit to what it shows, read again as the change asks (what
    its handler of data changes does) and painted: a payment recorded on an overdue contract of
    the account with the most money overdue, made the current account (its groups shown
    opened), each run one more payment; beside it, an action closed, and every reminder read
    again (as when first shown, on a new day or after a settings change)."""
    from decimal import Decimal

    from desktop.services.contracts.data import PaymentData
    from desktop.services.contracts.reminder_groups import scope_of
    from desktop.services.contracts.reminders import ReminderKind

    dock = window.reminders
    dock.show()
    dock.reload()
    process_events()
    ctx = dock.ctx
    today = ctx.clock.today()
    found = dock.found
    groups = () if found is None else found.groups
    overdue = max((g for g in groups if g.kind == ReminderKind.OVERDUE), key=lambda g: g.total)
    contract_id = dock.service.items([overdue], found.today, found.days)[overdue.key][0].record_id
    window.accounts.select(overdue.account_id)
    process_events()
    action_groups = [g for g in groups if g.kind == ReminderKind.ACTION][: runs + 1]
    action_ids = iter(
        item.record_id
        for items in dock.service.items(action_groups, found.today, found.days).values()
        for item in items
    )
    changes = []

    def pay() -> None:
        payment = PaymentData(today, Decimal(100), reference="bench")
        changes.append(ctx.services.contracts.save_part(contract_id, None, payment).changes)

    def close() -> None:
        changes.append(ctx.services.actions.close(next(action_ids), done=True, outcome="bench"))

    def refresh() -> None:
        dock.refresh(scope_of(changes.pop()))
        process_events()
        dock.grab()

    def reload() -> None:
        dock.reload()
        process_events()
        dock.grab()

    value, cpu = medians_ms(refresh, runs, before=pay)
    closed = median_ms(refresh, runs, before=close)
    whole, whole_cpu = medians_ms(reload, runs)
    count = sum(g.count for g in groups)
    actions = sum(g.count for g in groups if g.kind == ReminderKind.ACTION)
    note = (
        f"{count:,} reminders, {actions:,} actions; after a payment, processor {cpu:.0f} ms; "
        f"after an action closed {closed:.0f} ms; all read again {whole:.0f} ms "
        f"(processor {whole_cpu:.0f} ms)"
    )
    return Figure("reminders_dock", value, runs, note=note)
