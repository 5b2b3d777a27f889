"""How fast the Bid Checklist stays with years of tenders: builds its own database (3,000
tenders of 45 checklist items each, lots and deviation lines) and prints timings.

    python -m bench.bids [--tenders N]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert, select

from desktop.models import (
    Account,
    ChecklistItem,
    DeviationItem,
    Opportunity,
    Tender,
    TenderLot,
)
from desktop.models.base import new_uuid
from desktop.models.enums import ChecklistStatus, Deviation, DeviationType, TenderResult
from desktop.services.bids.checklist import ChecklistService
from desktop.services.bids.excel import ChecklistWorkbook
from desktop.services.bids.templates import TemplateService, builtin_template
from desktop.services.bids.tenders import TenderData, TenderService
from desktop.services.database import Database, open_database
from desktop.services.messages import english
from desktop.services.stages import stages_by_code

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 10, 0)


def build(db: Database, tenders: int) -> None:
    items = builtin_template().items
    statuses = list(ChecklistStatus)
    with db.session() as s:
        stage = stages_by_code(s)["bid"].id
        accounts = [Account(name=f"Account {n:03d}") for n in range(60)]
        s.add_all(accounts)
        s.flush()
        opportunities = []
        for n in range(tenders):
            opportunities.append(
                {
                    "uuid": new_uuid(),
                    "account_id": accounts[n % len(accounts)].id,
                    "name": f"Opportunity {n:05d}",
                    "stage_id": stage,
                    "stage_entered_on": TODAY,
                }
            )
        s.execute(insert(Opportunity), opportunities)
        opportunity_ids = s.scalars(select(Opportunity.id).order_by(Opportunity.id)).all()
        rows = []
        for n, opportunity_id in enumerate(opportunity_ids):
            deadline = datetime.combine(TODAY, datetime.min.time()) + timedelta(
                days=n % 900 - 800, hours=9
            )
            rows.append(
                {
                    "uuid": new_uuid(),
                    "opportunity_id": opportunity_id,
                    "tender_no": f"T-{n:05d}",
                    "title": f"Tender {n:05d}",
                    "submission_deadline": deadline,
                    "result": TenderResult.PENDING
                    if deadline.date() >= TODAY
                    else TenderResult.LOST,
                    "price_ceiling": Decimal("1000000"),
                    "bond_amount": Decimal("20000"),
                }
            )
        s.execute(insert(Tender), rows)
        tender_ids = s.scalars(select(Tender.id).order_by(Tender.id)).all()
        for start in range(0, len(tender_ids), 500):
            chunk = tender_ids[start : start + 500]
            checklist, lots, deviations = [], [], []
            for tender_id in chunk:
                for position, item in enumerate(items):
                    checklist.append(
                        {
                            "uuid": new_uuid(),
                            "tender_id": tender_id,
                            "position": position,
                            "section": item.section,
                            "text_en": item.text_en,
                            "text_zh": item.text_zh,
                            "required": item.required,
                            "source": item.source,
                            "status": statuses[(tender_id + position) % 4],
                        }
                    )
                for position in range(3):
                    lots.append(
                        {
                            "uuid": new_uuid(),
                            "tender_id": tender_id,
                            "position": position,
                            "lot_no": f"Lot {position + 1}",
                            "our_price": Decimal("300000"),
                        }
                    )
                for position in range(6):
                    deviations.append(
                        {
                            "uuid": new_uuid(),
                            "tender_id": tender_id,
                            "position": position,
                            "kind": DeviationType.TECHNICAL,
                            "clause": f"3.{position}",
                            "deviation": list(Deviation)[position % 3],
                        }
                    )
            s.execute(insert(ChecklistItem), checklist)
            s.execute(insert(TenderLot), lots)
            s.execute(insert(DeviationItem), deviations)


def timed(label: str, action: Callable[[], object], repeat: int = 5) -> None:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    print(f"{label:<52} median {statistics.median(times):8.1f} ms   max {max(times):8.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tenders", type=int, default=3_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-bids-"))
    db = open_database(folder / "bench.sqlite").db
    start = time.perf_counter()
    build(db, args.tenders)
    items = args.tenders * len(builtin_template().items)
    print(
        f"built {args.tenders:,} tenders, {items:,} checklist items in "
        f"{time.perf_counter() - start:.1f} s"
    )
    tenders = TenderService(db)
    checklist = ChecklistService(db)
    first = tenders.page(None, TODAY, limit=1)[0].id
    timed(
        "tender list: count + first page (200 rows)",
        lambda: (tenders.count(None), tenders.page(None, TODAY, limit=200)),
    )
    timed("tender list: page at offset 2,800", lambda: tenders.page(None, TODAY, offset=2_800))
    timed("tender list: one account's tenders", lambda: tenders.page(1, TODAY))
    timed(
        "find a tender's row (show_record)",
        lambda: tenders.position(first + 2_500, TODAY, None, False),
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
