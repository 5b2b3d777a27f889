"""Benchmark of the Opportunities tab on the scale dataset (20,000 opportunities at large).

    python -m bench.opportunities [--scale large|small] [--db PATH] [--runs N]

Prints, in milliseconds (median of the runs), with "All accounts" selected in the main window:
opening the list until it is painted, sorting by amount, applying a text filter, scrolling to
the end (fetching the next page), and showing the forecast with its charts. Each interaction
includes the repaint (``grab()``), offscreen. Targets: ≤ 100 ms for the list interactions,
≤ 300 ms for the forecast.
"""

from __future__ import annotations

import argparse
import os
import tempfile

from .figures import median_ms

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KEYACCOUNT_DESK_HOME", tempfile.mkdtemp(prefix="kad-bench-"))
os.environ.setdefault("MPLCONFIGDIR", tempfile.mkdtemp(prefix="kad-mpl-"))


def main(argv: list[str] | None = None) -> int:
    from . import gui_figures as gui
    from .generate import add_arguments, database
    from .scale.sizes import TODAY

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_arguments(parser)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    window = gui.open_window(database(args.db, args.scale), TODAY)
    for figure in gui.opportunities(window, args.runs):
        print(figure.line())
    page = window.slots[1].tab().list_page
    print(f"  rows loaded: {page.model.rowCount()} of {page.model.totals.count:,}")

    def scroll_to_end() -> None:
        page.table.scrollToBottom()
        gui.process_events()
        page.table.viewport().grab()

    print(
        f"{'scroll down (fetches the next page)':<52} {median_ms(scroll_to_end, args.runs):8.1f} ms"
    )
    print(gui.forecast(window, args.runs).line())
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
