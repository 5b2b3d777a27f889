"""Speed at scale: ``python -m bench [--scale large|small] [--db PATH] [--runs N]``.

Generates the scale dataset (``python -m bench.generate``; or uses ``--db`` if that file
exists), then prints one line per figure with its target and its ratio, each figure the median
of several runs, offscreen and including the paint:

* cold start to the main window's first paint with the account list, against the bare
  libraries (QApplication, a 4-tab QMainWindow, an SQLAlchemy engine, to their first paint)
  measured in the same run, interleaved: ≤ 1.5×; printed with its phases, up to the tab on
  show built with the first account's data (docs/speed.md#start-up);
* switching to the 300-person account, org chart laid out and painted: ≤ 150 ms;
* the opportunity list of all accounts: first paint, sort by amount, text filter: ≤ 100 ms;
* a keystroke in the Ctrl+K search across everything, the popup repainted: ≤ 50 ms;
* the forecast with its charts: ≤ 300 ms; the receivables with ageing of all accounts: ≤ 300 ms;
  the first visit of each (matplotlib loaded in the background after the first paint, then the
  charts of a tab prepared at idle moments, as the application does) against a later one: ≤ 1.2×;
* one edit with its change-log rows, against the same edit without the log: ≤ 1.3×;
* the strategy sheet of the 300-person account's deal, and its coverage matrix: ≤ 150 ms each;
* the reminders dock, 5,000 open actions among its reminders, after a payment recorded: what
  the change may have altered read again, and painted: ≤ 100 ms (beside it, after an action
  closed, and everything read again);
* peak memory with the database open and every tab visited: ≤ 250 MB (MiB);
* reading a 300-page tender document (.docx, text PDF) and extracting its items, against the
  bare library's own text extraction of the same file: ≤ 1.5× (bench/tender.py; small: 30 pages).

The large scale takes about two minutes, the small one (what CI runs) well under one. Exit code
0 unless ``--strict`` is given and a target does not hold.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from .figures import Figure
from .generate import add_arguments, database, main_deal, org_chart_account
from .scale.sizes import TODAY

RUNS = {"large": 7, "small": 3}
TENDER_PAGES = {"large": 300, "small": 30}


def _describe(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        count = {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("account", "contact", "interaction", "opportunity", "checklist_item",
                      "contract", "invoice", "payment", "action")
        }  # fmt: skip
    finally:
        conn.close()
    return (
        f"{count['account']:,} accounts, {count['contact']:,} people, "
        f"{count['interaction']:,} visits, {count['opportunity']:,} opportunities, "
        f"{count['checklist_item']:,} checklist items, {count['contract']:,} contracts, "
        f"{count['invoice']:,} invoices, {count['payment']:,} payments, "
        f"{count['action']:,} actions"
    )


def _person_of(path: Path, account_id: int) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT min(id) FROM contact WHERE account_id = ?", (account_id,)
        ).fetchone()[0]
    finally:
        conn.close()


def run(
    path: Path, home: Path, runs: int, memory_runs: int, tender_pages: int = 300
) -> list[Figure]:
    from . import gui_figures as gui
    from .edits import change_log_edit
    from .processes import cold_start, peak_memory

    org_account = org_chart_account(path)
    figures: list[Figure] = []

    def done(*found: Figure) -> None:
        for figure in found:
            figures.append(figure)
            print(figure.line(), flush=True)

    done(cold_start(path, home, runs))
    os.environ["KEYACCOUNT_DESK_HOME"] = str(home / "window")
    window = gui.open_window(path, TODAY)
    warmup_ms = gui.warm_up_charts()
    done(gui.account_switch(window, org_account, runs))
    done(*gui.opportunities(window, runs))
    done(gui.search(window, runs))
    done(*gui.forecast(window, runs, warmup_ms))
    done(*gui.contracts(window, runs))
    deal = main_deal(path, org_account)
    done(change_log_edit(window.ctx, _person_of(path, org_account), runs))
    done(gui.strategy_sheet(window, deal, runs))
    done(gui.coverage_matrix(window, org_account, deal, runs))
    done(gui.reminders_dock(window, runs))
    window.close()
    done(peak_memory(path, home, org_account, memory_runs))
    from .tender import figures as tender_figures

    done(*tender_figures(home, tender_pages, runs))
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    add_arguments(parser)
    parser.add_argument("--runs", type=int, help="runs per figure (default: 7 large, 3 small)")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    runs = args.runs or RUNS[args.scale]
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kad-bench-") as folder:
        home = Path(folder)
        path = database(args.db or home / f"{args.scale}.sqlite", args.scale)
        print(f"{path.name}: {_describe(path)}; median of {runs} runs")
        figures = run(
            path, home, runs, memory_runs=max(1, runs // 3), tender_pages=TENDER_PAGES[args.scale]
        )
    missed = [f for f in figures if not f.holds]
    print(
        f"{len(figures) - len(missed)} of {len(figures)} targets hold; "
        f"{time.perf_counter() - started:.0f} s"
    )
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
