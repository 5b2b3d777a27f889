"""Start-up loads no heavy module the first screen does not need: every tab opens (on all
accounts and on one) without matplotlib, numpy or openpyxl; the first chart loads matplotlib."""

from __future__ import annotations

from pathlib import Path

from .child import run_python

SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop.services.database import open_database
from desktop.views.context import AppContext
from desktop.views.main_window import MainWindow
HEAVY = ("matplotlib", "numpy", "openpyxl", "python_calamine", "xlsxwriter", "alembic")
db = open_database(Path(sys.argv[1])).db
window = MainWindow(AppContext(db=db, language="en"))
window.show()
for account in (None, window.accounts.model.first_account()):
    window.accounts.select(account)
    for slot in window.slots:
        window.tabs.setCurrentWidget(slot)
        app.processEvents()
print("loaded:", ",".join(m for m in HEAVY if m in sys.modules))
tab = window.slots[1].tab()
window.tabs.setCurrentWidget(window.slots[1])
tab.show_page(tab.forecast_page)
app.processEvents()
print("after the forecast:", ",".join(m for m in HEAVY if m in sys.modules))
"""


def test_no_heavy_module_until_a_chart_or_a_workbook(demo_db_path: Path, tmp_path: Path) -> None:
    output = run_python(["-c", SCRIPT, str(demo_db_path)], tmp_path, 120)
    lines = dict(line.split(":", 1) for line in output.splitlines() if ":" in line)
    assert lines["loaded"].strip() == ""
    assert "matplotlib" in lines["after the forecast"]
