"""Benchmark of the Opportunities tab on 20,000 opportunities over 2,000 accounts.

    python -m bench.opportunities [--opportunities N] [--accounts N] [--runs N]

Prints, in milliseconds (median of the runs, and the slowest): opening the tab until its list
is painted, sorting by amount, applying a text filter, and showing the forecast with its
charts. Each interaction includes the repaint (``grab()``), offscreen. Targets: ≤ 100 ms for
the list interactions, ≤ 300 ms for the forecast.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLCONFIGDIR", tempfile.mkdtemp(prefix="kad-mpl-"))

TODAY = date(2026, 11, 23)


def measure(action: Callable[[], object], runs: int) -> tuple[float, float, float]:
    """Median and slowest wall-clock time, and median CPU time of this process, in ms (the
    CPU time does not count waiting for other programs on a busy machine)."""
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return statistics.median(walls), max(walls), statistics.median(cpus)


def report(label: str, figures: tuple[float, float, float], target: float) -> None:
    median, worst, cpu = figures
    verdict = "ok" if median <= target else "SLOW"
    print(
        f"{label:<40} {median:7.1f} ms  (slowest {worst:6.1f}, cpu {cpu:6.1f})  "
        f"target {target:.0f}  {verdict}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--opportunities", type=int, default=20_000)
    parser.add_argument("--accounts", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())

    from desktop.services.clock import FixedClock
    from desktop.services.opportunities.opportunity_list import SortKey
    from desktop.views.context import AppContext
    from desktop.views.i18n import install_translators
    from desktop.views.opportunities.opportunity_table_model import COLUMNS
    from desktop.views.opportunities.tab import OpportunitiesTab
    from desktop.views.prefs import Preferences

    from .opportunities_data import build

    install_translators(app, "en")
    folder = Path(tempfile.mkdtemp(prefix="kad-bench-"))
    start = time.perf_counter()
    db = build(
        folder / "bench.sqlite", TODAY, accounts=args.accounts, opportunities=args.opportunities
    )
    print(
        f"built {args.opportunities:,} opportunities over {args.accounts:,} accounts in "
        f"{time.perf_counter() - start:.1f} s"
    )
    clock = FixedClock(datetime.combine(TODAY, datetime.min.time()))
    ctx = AppContext(db=db, language="en", clock=clock, prefs=Preferences())
    amount = next(n for n, (key, _) in enumerate(COLUMNS) if key is SortKey.AMOUNT)
    runs = args.runs
    tabs: list[OpportunitiesTab] = []

    def open_tab() -> None:
        tab = OpportunitiesTab(ctx)
        tab.resize(1400, 900)
        tab.show()
        tab.set_account(None)
        tab.list_page.table.viewport().grab()
        tabs.append(tab)

    report("open the tab (all accounts) until painted", measure(open_tab, runs), 100)
    tab = tabs[-1]
    for other in tabs[:-1]:
        other.close()
        other.deleteLater()
    page = tab.list_page
    print(f"  rows loaded: {page.model.rowCount()} of {page.model.totals.count:,}")
    app.processEvents()

    order = [Qt.SortOrder.DescendingOrder]

    def sort_by_amount() -> None:
        order[0] = (
            Qt.SortOrder.AscendingOrder
            if order[0] == Qt.SortOrder.DescendingOrder
            else Qt.SortOrder.DescendingOrder
        )
        page.table.sortByColumn(amount, order[0])
        page.table.viewport().grab()

    report("sort by amount", measure(sort_by_amount, runs), 100)

    words = ["video", "network", "数据", "project 1", "account 0042"]
    which = [0]

    def text_filter() -> None:
        page.filters.search.setText(words[which[0] % len(words)])
        which[0] += 1
        page.filters.changed.emit()  # what the typing pause triggers
        page.table.viewport().grab()

    report("apply a text filter", measure(text_filter, runs), 100)
    page.filters.search.setText("")
    page.filters.changed.emit()

    def scroll_to_end() -> None:
        page.table.scrollToBottom()
        app.processEvents()
        page.table.viewport().grab()

    report("scroll down (fetches the next page)", measure(scroll_to_end, runs), 100)

    start = time.perf_counter()
    tab.show_page(tab.forecast_page)
    tab.forecast_page.grab()
    first = (time.perf_counter() - start) * 1000
    print(f"{'first forecast (imports matplotlib once)':<40} {first:7.1f} ms")

    def show_forecast() -> None:
        tab.forecast_page.reload()
        tab.forecast_page.grab()

    report("forecast with its charts", measure(show_forecast, runs), 300)
    tab.close()
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
