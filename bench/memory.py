"""Peak memory with the database open and every tab visited, in a process of its own:

    python -m bench.memory DATABASE ORG_CHART_ACCOUNT

Opens the main window, shows the 300-person org chart, the opportunity list and the forecast
of all accounts, the bid checklist, the contract list and the receivables with their charts,
and searches; then prints ``peak-memory {"mb": ...}`` (the process's peak resident set,
MiB).
"""

from __future__ import annotations

import json
import os
import resource
import sys
import tempfile
from pathlib import Path

from .scale.sizes import TODAY


def visit_everything(window, org_account: int) -> None:
    from PySide6.QtWidgets import QApplication

    def settle() -> None:
        QApplication.processEvents()
        window.grab()

    window.accounts.select(org_account)
    for slot in window.slots:
        window.tabs.setCurrentWidget(slot)
        settle()
    window.accounts.select(None)
    for slot in window.slots:
        window.tabs.setCurrentWidget(slot)
        settle()
    opportunities = window.slots[1].tab()
    window.tabs.setCurrentWidget(window.slots[1])
    opportunities.show_page(opportunities.forecast_page)
    settle()
    contracts = window.slots[3].tab()
    window.tabs.setCurrentWidget(window.slots[3])
    contracts.pages.setCurrentWidget(contracts.receivables)
    settle()
    window.show_search()
    window.search.field.setText("wang")
    settle()


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("KEYACCOUNT_DESK_HOME", tempfile.mkdtemp(prefix="kad-bench-"))
    from .gui_figures import open_window

    window = open_window(Path(sys.argv[1]), TODAY)
    visit_everything(window, int(sys.argv[2]))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("peak-memory " + json.dumps({"mb": round(peak, 1)}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
