"""After the chart warm-up, a tab with charts prepares them at idle moments, without reading
anything, so that the first visit of the forecast or the receivables costs what a later one
does; the heap alive then is frozen out of full garbage collections
(docs/speed.md#the-first-chart)."""

from __future__ import annotations

import json
from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QWidget

from desktop.views.common import chart_warmup

from .child import run_python

PREPARED = """
import gc, json, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop.services.database import open_database
from desktop.views.common.chart_warmup import idle_work_done, warm_up_charts
from desktop.views.context import AppContext
from desktop.views.main_window import MainWindow

def settle():
    while not idle_work_done():
        app.processEvents()
        time.sleep(0.01)

window = MainWindow(AppContext(db=open_database(Path(sys.argv[1])).db, language="en"))
window.show()
app.processEvents()
seen = {"frozen before": gc.get_freeze_count()}
warm_up_charts()
settle()
seen["frozen after"] = gc.get_freeze_count()
window.tabs.setCurrentWidget(window.slots[1])
opportunities = window.slots[1].tab()
settle()
page = opportunities.forecast_page
axes = [id(chart.figure.axes[0]) if chart.figure.axes else None for chart in page.charts]
seen["forecast read before its visit"] = page.overview is not None
opportunities.show_page(page)
app.processEvents()
seen["forecast axes kept"] = axes == [id(chart.figure.axes[0]) for chart in page.charts]
window.tabs.setCurrentWidget(window.slots[3])
contracts = window.slots[3].tab()
settle()
receivables = contracts.receivables
charts = [receivables.ageing_chart, receivables.collection_chart]
seen["receivables charts made"] = None not in charts
seen["receivables drawn"] = all(c is not None and c.canvas.renderer is not None for c in charts)
seen["receivables read before its visit"] = receivables.ageing is not None
contracts.pages.setCurrentWidget(receivables)
app.processEvents()
seen["receivables charts kept"] = charts == [receivables.ageing_chart, receivables.collection_chart]
print("seen", json.dumps(seen))
"""


def test_after_the_warm_up_the_chart_pages_are_prepared_without_reading(
    demo_db_path: Path, tmp_path: Path
) -> None:
    output = run_python(["-c", PREPARED, str(demo_db_path)], tmp_path, 120)
    line = next(text for text in output.splitlines() if text.startswith("seen "))
    seen = json.loads(line.split(" ", 1)[1])
    assert seen == {
        "frozen before": 0,
        "frozen after": seen["frozen after"],
        "forecast read before its visit": False,
        "forecast axes kept": True,
        "receivables charts made": True,
        "receivables drawn": True,
        "receivables read before its visit": False,
        "receivables charts kept": True,
    }
    assert seen["frozen after"] > 100_000  # the modules, the window and matplotlib


def test_idle_steps_run_after_the_warm_up_and_stop_with_their_owner(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(chart_warmup, "_warmup", type("Done", (), {"finished": True})())
    owner = QWidget()
    done: list[int] = []

    def steps():
        for n in range(3):
            done.append(n)
            yield

    chart_warmup.after_warm_up(owner, steps)
    assert done == [] and not chart_warmup.idle_work_done()  # nothing before the next turn
    qtbot.waitUntil(chart_warmup.idle_work_done)
    assert done == [0, 1, 2]

    gone = QWidget()
    chart_warmup.after_warm_up(gone, steps)
    shiboken6.delete(gone)  # closed before its first step
    done.clear()
    qtbot.waitUntil(chart_warmup.idle_work_done)
    assert done == []


def test_without_a_warm_up_nothing_is_prepared(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(chart_warmup, "_warmup", None)
    ran: list[int] = []

    def steps():
        ran.append(1)
        yield

    chart_warmup.after_warm_up(QWidget(), steps)
    qtbot.wait(50)
    assert ran == []
