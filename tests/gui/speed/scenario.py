"""What a user does across the window, step by step, with every SQL statement each step runs:
opening the window, every tab with "All accounts", with the 300-person account and with
another account, the pages inside the tabs, sorting, filtering, scrolling, selecting records,
searching. ``test_query_counts`` runs it on two generated databases of different sizes;
``test_query_plans`` explains every statement it saw."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from bench.generate import org_chart_account
from desktop.services.database import Database, open_database
from desktop.views.main_window import MainWindow

ALL = None
ORGCHART, OPPORTUNITIES, BIDS, CONTRACTS = range(4)


@dataclass
class Statement:
    sql: str
    params: object


@dataclass
class Step:
    name: str
    statements: list[Statement] = field(default_factory=list)

    @property
    def all_accounts(self) -> bool:
        return "all accounts" in self.name

    def queries(self) -> list[Statement]:
        """The statements without the transactions' BEGIN (a transaction per row shows as
        its query repeating)."""
        return [s for s in self.statements if not s.sql.lstrip().upper().startswith("BEGIN")]

    def counted(self) -> int:
        return len(self.queries())


@contextmanager
def statements(db: Database) -> Iterator[list[Statement]]:
    """Every SQL statement run on ``db`` inside the block, in order."""
    seen: list[Statement] = []

    def record(_conn, _cursor, statement, parameters, _context, _many) -> None:
        seen.append(Statement(statement, parameters))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def _settle(window: MainWindow) -> None:
    QApplication.processEvents()
    window.grab()  # paints: delegates and lazy models read what they show


def _select_first_row(view) -> None:
    model = view.model()
    if model is not None and model.rowCount() > 0:
        view.setCurrentIndex(model.index(0, 0))


def _actions(window: MainWindow, org: int, other: int) -> Iterator[tuple[str, Callable]]:
    accounts = window.accounts

    def tab(number: int) -> Callable:
        return lambda: window.tabs.setCurrentWidget(window.slots[number])

    def account(value: int | None) -> Callable:
        return lambda: accounts.select(value)

    yield "org chart: the 300-person account", account(org)
    yield "org chart: another account", account(other)
    yield (
        "org chart: open a person",
        lambda: (
            window.slots[ORGCHART]
            .tab()
            .open_person(window.slots[ORGCHART].tab().chart.people[0].id)
        ),
    )
    yield "org chart: all accounts", account(ALL)
    for number, name in (
        (OPPORTUNITIES, "opportunities"),
        (BIDS, "bids"),
        (CONTRACTS, "contracts"),
    ):
        yield f"{name}: open, all accounts", tab(number)
        yield f"{name}: the 300-person account", account(org)
        yield f"{name}: another account", account(other)
        yield f"{name}: back to all accounts", account(ALL)
    opportunities = lambda: window.slots[OPPORTUNITIES].tab()  # noqa: E731
    yield "opportunities: open again, all accounts", tab(OPPORTUNITIES)
    yield (
        "opportunities: sort by amount, all accounts",
        lambda: opportunities().table.sortByColumn(2, Qt.SortOrder.DescendingOrder),
    )
    yield (
        "opportunities: text filter, all accounts",
        lambda: _filter(opportunities().list_page.filters, "a"),
    )
    yield (
        "opportunities: scroll to the end, all accounts",
        lambda: (
            _filter(opportunities().list_page.filters, ""),
            opportunities().table.scrollToBottom(),
        ),
    )
    yield (
        "opportunities: select one, all accounts",
        lambda: _select_first_row(opportunities().table),
    )
    yield (
        "opportunities: leads, all accounts",
        lambda: opportunities().show_page(opportunities().leads_page),
    )
    yield (
        "opportunities: forecast, all accounts",
        lambda: opportunities().show_page(opportunities().forecast_page),
    )
    # The forecast is of the whole book whichever account is selected.
    yield "opportunities: forecast with an account selected (of all accounts)", account(org)
    yield (
        "opportunities: list, the 300-person account",
        lambda: opportunities().show_page(opportunities().list_page),
    )
    yield (
        "opportunities: select one, the 300-person account",
        lambda: _select_first_row(opportunities().table),
    )
    contracts = lambda: window.slots[CONTRACTS].tab()  # noqa: E731
    yield "contracts: open, the 300-person account", tab(CONTRACTS)
    yield (
        "contracts: select one, the 300-person account",
        lambda: _select_first_row(contracts().table),
    )
    yield (
        "contracts: receivables, the 300-person account",
        lambda: contracts().pages.setCurrentWidget(contracts().receivables),
    )
    yield "contracts: receivables, all accounts", account(ALL)
    yield "bids: open, all accounts", tab(BIDS)
    yield (
        "bids: select one, all accounts",
        lambda: _select_first_row(window.slots[BIDS].tab().table),
    )
    yield (
        "search: one letter, all accounts",
        lambda: (
            window.show_search(),
            QTest.keyClick(window.search.field, "w"),
        ),
    )
    yield "search: three letters, all accounts", lambda: QTest.keyClicks(window.search.field, "an")
    yield "search: opening a person, all accounts", lambda: _open_first(window, "contact")
    yield (
        "search: opening a contract, all accounts",
        lambda: (
            window.show_search(),
            window.search.field.setText("HT-"),
            _open_first(window, "contract"),
        ),
    )


def _filter(filters, text: str) -> None:
    """Filter at once, as after the typing pause: the pause's timer would otherwise fire in
    whichever later step is running then, depending on the machine's speed."""
    with QSignalBlocker(filters.search):
        filters.search.setText(text)
    filters.changed.emit()


def _open_first(window: MainWindow, kind: str) -> None:
    """Choose the first hit of ``kind`` with the arrow keys, open it with Enter."""
    popup = window.search
    QTest.keyClick(popup.field, Qt.Key.Key_Home)
    for _ in range(len(popup.model.hit_indexes())):
        hit = popup.current_hit()
        if hit is not None and hit.kind == kind:
            break
        QTest.keyClick(popup.field, Qt.Key.Key_Down)
    QTest.keyClick(popup.field, Qt.Key.Key_Return)


def _busiest_other_account(path: Path, org: int) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT account_id FROM contact WHERE account_id != ? GROUP BY account_id "
            "ORDER BY count(*) DESC, account_id LIMIT 1",
            (org,),
        ).fetchone()[0]
    finally:
        conn.close()


def run(path: Path, make_context: Callable) -> list[Step]:
    """Open a window on ``path`` and go through the steps, collecting their statements."""
    org = org_chart_account(path)
    other = _busiest_other_account(path, org)
    db = open_database(path).db
    steps: list[Step] = [Step("start: the window shown, all accounts")]
    with statements(db) as seen:
        window = MainWindow(make_context(db), tab="orgchart")
        window.resize(1400, 900)
        window.show()
        window.accounts.select(None)
        _settle(window)
        steps[-1].statements = seen[:]
        for name, action in _actions(window, org, other):
            start = len(seen)
            action()
            _settle(window)
            steps.append(Step(name, seen[start:]))
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    db.close()
    return steps
