"""Benchmark of the Contracts tab: ``python -m bench.contracts [--scale large|small] [--db PATH]``.

On the scale dataset (``bench.generate``; at large scale 5,000 contracts with 20,000 payment
milestones, 30,000 invoices and 30,000 payments, allocated oldest due first, deliveries,
acceptances and collection steps), times what the tab and the reminders panel do with "All
accounts" selected: the service calls one by one, and the whole tab reloading (offscreen Qt) on
its Contracts page and on its Receivables page with the ageing table, both charts drawn and the
overdue claims. The target is 300 ms for the tab with ageing for all accounts.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import func, select

from desktop.models import Contract
from desktop.services.clock import FixedClock
from desktop.services.database import Database, open_database

from .generate import add_arguments, database
from .scale.sizes import TODAY


def timed(function: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median and best of ``runs`` timings, in milliseconds (after one warm-up)."""
    function()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), min(samples)


def service_timings(db: Database, runs: int) -> list[tuple[str, float, float]]:
    from desktop.services.contracts.contract_list import ContractListService, ListQuery
    from desktop.services.contracts.detail import ContractQueries
    from desktop.services.contracts.receivables import ReceivablesService
    from desktop.services.contracts.reminder_groups import ReminderService

    clock = FixedClock(datetime.combine(TODAY, datetime.min.time()))
    receivables = ReceivablesService(db, clock)
    contracts = ContractListService(db, clock)
    queries = ContractQueries(db, clock)
    reminders = ReminderService(db, clock)
    with db.read() as s:
        middle = s.scalar(select(func.max(Contract.id))) // 2
    cases = [
        ("ageing by account, all accounts", lambda: receivables.ageing(None)),
        ("headline figures", lambda: receivables.summary(None)),
        ("collected vs due by month", lambda: receivables.monthly(None)),
        ("overdue claims, first page", lambda: receivables.overdue(None, 0, 200)),
        ("limitation alerts (all unpaid claims)", lambda: receivables.alerts(None)),
        (
            "contract list: count + first page",
            lambda: (contracts.count(ListQuery()), contracts.page(ListQuery(), 0, 100)),
        ),
        ("one contract in detail", lambda: queries.detail(middle)),
        ("reminders panel", reminders.current),
    ]
    return [(name, *timed(function, runs)) for name, function in cases]


def gui_timings(db: Database, runs: int) -> list[tuple[str, float, float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from desktop.views.context import AppContext
    from desktop.views.contracts.reminders_dock import RemindersDock
    from desktop.views.contracts.tab import ContractsTab

    ctx = AppContext(db=db, language="zh_CN", clock=FixedClock(datetime(2026, 11, 23, 9)))
    tab = ContractsTab(ctx)
    tab.resize(1200, 800)
    tab.show()
    app.processEvents()

    def contracts_page() -> None:
        tab.pages.setCurrentIndex(0)
        tab.reload()
        app.processEvents()

    def receivables_page() -> None:
        tab.pages.setCurrentIndex(1)
        tab.reload()  # figures, ageing table, overdue claims; the charts are only planned

    def charts() -> None:
        tab.receivables.ageing_chart.canvas.draw()
        tab.receivables.collection_chart.canvas.draw()

    def receivables_and_charts() -> None:
        receivables_page()
        app.processEvents()  # the charts draw when idle

    dock = RemindersDock(ctx)
    dock.show()
    results = [
        ("tab reload, Contracts page (list + detail)", *timed(contracts_page, runs)),
        ("tab reload, Receivables page (figures, ageing, claims)", *timed(receivables_page, runs)),
        ("  the two charts drawn", *timed(charts, runs)),
        ("  Receivables page with its charts drawn", *timed(receivables_and_charts, runs)),
        ("reminders panel reload", *timed(dock.reload, runs)),
    ]
    dock.close()
    tab.close()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_arguments(parser)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    os.environ.setdefault("KEYACCOUNT_DESK_HOME", tempfile.mkdtemp(prefix="kad-bench-"))
    db = open_database(database(args.db, args.scale)).db
    print(f"{'measurement':<62} {'median ms':>10} {'best ms':>8}")
    for name, median, best in service_timings(db, args.runs) + gui_timings(db, args.runs):
        print(f"{name:<62} {median:>10.1f} {best:>8.1f}")
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
