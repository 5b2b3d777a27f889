"""Peak memory with the database open and every tab visited, in a process of its own:

    python -m bench.memory DATABASE ORG_CHART_ACCOUNT

Opens the main window, shows the 300-person org chart, the opportunity list and the forecast
of all accounts, the bid checklist, the contract list and the receivables with their charts,
and searches; then prints ``peak-memory {"mb": ...}`` (the process's peak resident set,
MiB: ``VmHWM`` of ``/proc/self/status`` on Linux. Not ``ru_maxrss``, which keeps the high
water mark of the process that forked this one, from before ``exec``: after generating the
dataset the benchmark's own process is large).
"""

from __future__ import annotations

import json
import os
import resource
import sys
import tempfile
from pathlib import Path

from .scale.sizes import TODAY


def peak_mib() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


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
    print("peak-memory " + json.dumps({"mb": round(peak_mib(), 1)}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
