"""How fast the Bid Checklist stays with years of tenders, on the scale dataset
(``bench.generate``; at large scale 2,000 tenders of 60 checklist items each, with lots and
deviation lines), printing timings:

    python -m bench.bids [--scale large|small] [--db PATH]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from desktop.models import ChecklistItem, Tender
from desktop.models.enums import ChecklistStatus
from desktop.services.bids.checklist import ChecklistService
from desktop.services.bids.excel import ChecklistWorkbook
from desktop.services.bids.templates import TemplateService
from desktop.services.bids.tenders import TenderData, TenderService
from desktop.services.database import Database, open_database
from desktop.services.messages import english

from .generate import add_arguments, database
from .scale.sizes import TODAY

NOW = datetime.combine(TODAY, datetime.min.time().replace(hour=10))


def timed(label: str, action: Callable[[], object], repeat: int = 5) -> None:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    print(f"{label:<52} median {statistics.median(times):8.1f} ms   max {max(times):8.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    add_arguments(parser)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-bids-"))
    db = open_database(database(args.db, args.scale)).db
    with db.read() as s:
        count = s.scalar(select(func.count()).select_from(Tender))
        items = s.scalar(select(func.count()).select_from(ChecklistItem))
    print(f"{count:,} tenders, {items:,} checklist items")
    tenders = TenderService(db)
    checklist = ChecklistService(db)
    first = tenders.page(None, TODAY, limit=1)[0].id
    timed(
        "tender list: count + first page (200 rows)",
        lambda: (tenders.count(None), tenders.page(None, TODAY, limit=200)),
    )
    timed(
        "tender list: page at 90 % of the list",
        lambda: tenders.page(None, TODAY, offset=count * 9 // 10),
    )
    timed("tender list: one account's tenders", lambda: tenders.page(1, TODAY))
    timed(
        "find a tender's row (show_record)",
        lambda: tenders.position(first + count * 8 // 10, TODAY, None, False),
    )
    timed(
        "tender detail + checklist + reviews",
        lambda: (
            tenders.detail(first, TODAY),
            checklist.items(first),
            tenders.earlier_reviews(first),
        ),
    )
    item_id = checklist.items(first)[0].id
    timed(
        "tick one item (one transaction)",
        lambda: checklist.set_status(item_id, ChecklistStatus.DONE, by="Bench", at=NOW),
        repeat=20,
    )
    template_id = TemplateService(db).default_id()
    opportunity = tenders.detail(first, TODAY).data.opportunity_id
    timed(
        "new tender with a copy of the default template",
        lambda: tenders.create(TenderData(opportunity_id=opportunity, title="Bench"), template_id),
    )
    workbook = ChecklistWorkbook(db)
    sheet = folder / "checklist.xlsx"
    timed(
        "export the checklist to Excel",
        lambda: workbook.export(first, sheet, translate=english, language="en", today=TODAY),
    )
    timed(
        "read it back for the import preview",
        lambda: workbook.read(first, sheet, translate=english, by="Bench", at=NOW),
    )
    gui(db)
    db.close()


def gui(db: Database) -> None:
    """The tab itself, offscreen: opening it, and a Space tick until the tab has refreshed."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop.services.clock import FixedClock
    from desktop.views.bids.tab import BidChecklistTab
    from desktop.views.context import AppContext

    app = QApplication.instance() or QApplication([])
    ctx = AppContext(db=db, language="en", clock=FixedClock(NOW))
    tab = BidChecklistTab(ctx)
    tab.resize(1400, 900)
    start = time.perf_counter()
    tab.show()
    app.processEvents()
    print(
        f"{'open the tab (list, detail, checklist)':<52} "
        f"{(time.perf_counter() - start) * 1000:8.1f} ms"
    )
    tree = tab.checklist.tree
    tree.setFocus()

    def tick() -> None:
        QTest.keyClick(tree, Qt.Key.Key_Space)
        app.processEvents()

    timed("Space: tick, save, refresh list and checklist", tick, repeat=20)
    tab.close()


if __name__ == "__main__":
    main()
