"""Benchmark of the Contracts tab: ``python -m bench.contracts [--contracts 5000]``.

Builds a database of 5,000 contracts over 500 accounts with 20,000 payment milestones,
30,000 invoices and 30,000 payments (allocated oldest due first), deliveries, acceptances and
collection steps, then times what the tab and the reminders panel do with "All accounts"
selected: the service calls one by one, and the whole tab reloading (offscreen Qt) on its
Contracts page and on its Receivables page with the ageing table, both charts drawn and the
overdue claims. The target is 300 ms for the tab with ageing for all accounts.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert

from desktop.models import (
    Acceptance,
    Account,
    CollectionAction,
    Contract,
    DeliveryLine,
    Invoice,
    Payment,
    PaymentAllocation,
    PaymentMilestone,
)
from desktop.models.enums import (
    AcceptanceKind,
    CollectionStep,
    ContractStatus,
    CustomerClass,
    DueRule,
    InvoiceKind,
    InvoiceStatus,
    MilestoneTrigger,
)
from desktop.services.clock import FixedClock
from desktop.services.contracts.allocation import IncomingPayment, OpenMilestone, allocate
from desktop.services.database import Database, open_database

TODAY = date(2026, 11, 23)
SHARES = (
    (Decimal(30), MilestoneTrigger.SIGNING, 30),
    (Decimal(30), MilestoneTrigger.DELIVERY, 30),
    (Decimal(30), MilestoneTrigger.ACCEPTANCE, 45),
    (Decimal(10), MilestoneTrigger.WARRANTY_END, 30),
)
CLASSES = list(CustomerClass)


def build(db: Database, contracts: int, accounts: int, seed: int = 5) -> dict[str, int]:
    """Fill ``db`` with generated data in one transaction; returns the row counts."""
    rng = random.Random(seed)
    rows: dict[type, list[dict]] = {
        model: []
        for model in (
            Account,
            Contract,
            PaymentMilestone,
            DeliveryLine,
            Acceptance,
            Invoice,
            Payment,
            PaymentAllocation,
            CollectionAction,
        )
    }
    for number in range(1, accounts + 1):
        rows[Account].append(
            {
                "id": number,
                "name": f"客户 {number:04d} 有限公司",
                "short_name": f"客户{number:04d}",
                "customer_class": CLASSES[number % 4],
            }
        )
    milestone_id = payment_id = 0
    for number in range(1, contracts + 1):
        signed = TODAY - timedelta(days=rng.randint(20, 1400))
        amount = Decimal(rng.randint(20, 2000) * 5000)
        arrival = signed + timedelta(days=rng.randint(20, 120))
        initial = arrival + timedelta(days=rng.randint(20, 90))
        final = initial + timedelta(days=rng.randint(30, 120))
        events = {
            MilestoneTrigger.SIGNING: signed,
            MilestoneTrigger.DELIVERY: arrival if arrival <= TODAY else None,
            MilestoneTrigger.ACCEPTANCE: initial if initial <= TODAY else None,
            MilestoneTrigger.WARRANTY_END: (final + timedelta(days=365))
            if final <= TODAY
            else None,
        }
        rows[Contract].append(
            {
                "id": number,
                "account_id": (number % accounts) + 1,
                "number": f"HT-{number:05d}",
                "title": f"设备采购及集成合同 {number}",
                "signed_on": signed,
                "amount": amount,
                "currency": "CNY",
                "customer_class": CLASSES[number % 4],
                "warranty_months": 12,
                "reviewed_by": "周倩",
                "reviewed_on": signed - timedelta(days=3),
                "terms_closed": True,
                "status": ContractStatus.ACTIVE,
            }
        )
        open_milestones = []
        for position, (share, trigger, days) in enumerate(SHARES):
            milestone_id += 1
            trigger_on = events[trigger]
            due = None if trigger_on is None else trigger_on + timedelta(days=days)
            part = (amount * share / 100).quantize(Decimal("0.01"))
            rows[PaymentMilestone].append(
                {
                    "id": milestone_id,
                    "contract_id": number,
                    "position": position,
                    "name": ("预付款", "到货款", "验收款", "质保金")[position],
                    "percent": share,
                    "amount": part,
                    "trigger": trigger,
                    "due_rule": DueRule.DAYS_AFTER,
                    "due_days": days,
                    "trigger_on": trigger_on,
                    "due_on": due,
                }
            )
            open_milestones.append(OpenMilestone(milestone_id, part, due, position))
            for copy in range(2 if position < 2 else 1):
                rows[Invoice].append(
                    {
                        "contract_id": number,
                        "milestone_id": milestone_id,
                        "kind": InvoiceKind.VAT_SPECIAL,
                        "number": f"{number:05d}{position}{copy}",
                        "amount": part / (2 if position < 2 else 1),
                        "issued_on": signed + timedelta(days=10 * position),
                        "status": InvoiceStatus.BOOKED if copy else InvoiceStatus.ISSUED,
                    }
                )
            if due is not None and due < TODAY and rng.random() < 0.08:
                for step in list(CollectionStep)[: rng.randint(1, 3)]:
                    done = min(TODAY, due + timedelta(days=rng.randint(5, 200)))
                    rows[CollectionAction].append(
                        {
                            "milestone_id": milestone_id,
                            "step": step,
                            "done_on": done,
                            "done_by": "李明",
                            "outcome": "",
                            "acknowledged": rng.random() < 0.5,
                        }
                    )
        for line in range(2):
            rows[DeliveryLine].append(
                {
                    "contract_id": number,
                    "position": line,
                    "item": f"设备 {line + 1}",
                    "quantity": Decimal(rng.randint(1, 50)),
                    "planned_on": arrival - timedelta(days=5),
                    "shipped_on": arrival - timedelta(days=3) if arrival <= TODAY else None,
                    "arrived_on": arrival if arrival <= TODAY else None,
                }
            )
        for kind, day in ((AcceptanceKind.ARRIVAL, arrival), (AcceptanceKind.INITIAL, initial)):
            if day <= TODAY:
                rows[Acceptance].append({"contract_id": number, "kind": kind, "accepted_on": day})
        due_total = sum(
            (m.amount for m in open_milestones if m.due_on and m.due_on < TODAY), Decimal(0)
        )
        paid_share = Decimal(rng.choice((0, 50, 80, 100, 100, 100))) / 100
        to_pay = (due_total * paid_share).quantize(Decimal("0.01"))
        incoming = []
        for part in range(6):
            payment_id += 1
            piece = (
                (to_pay / 6).quantize(Decimal("0.01"))
                if part < 5
                else to_pay - 5 * (to_pay / 6).quantize(Decimal("0.01"))
            )
            day = min(TODAY, signed + timedelta(days=30 + 60 * part))
            rows[Payment].append(
                {
                    "id": payment_id,
                    "contract_id": number,
                    "received_on": day,
                    "amount": max(piece, Decimal("0.01")),
                }
            )
            incoming.append(IncomingPayment(payment_id, max(piece, Decimal("0.01")), day))
        for (paying, milestone), value in allocate(open_milestones, incoming, {}).items():
            rows[PaymentAllocation].append(
                {"payment_id": paying, "milestone_id": milestone, "amount": value, "manual": False}
            )
    with db.session() as s:
        for model, items in rows.items():
            if items:
                s.execute(insert(model), items)
    return {model.__tablename__: len(items) for model, items in rows.items()}


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
    from desktop.services.contracts.reminders import ReminderService

    clock = FixedClock(datetime.combine(TODAY, datetime.min.time()))
    receivables = ReceivablesService(db, clock)
    contracts = ContractListService(db, clock)
    queries = ContractQueries(db, clock)
    reminders = ReminderService(db, clock)
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
        ("one contract in detail", lambda: queries.detail(2500)),
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
    parser.add_argument("--contracts", type=int, default=5000)
    parser.add_argument("--accounts", type=int, default=500)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kad-bench-") as folder:
        os.environ.setdefault("KEYACCOUNT_DESK_HOME", folder)
        path = Path(folder) / "bench.sqlite"
        db = open_database(path).db
        start = time.perf_counter()
        counts = build(db, args.contracts, args.accounts)
        print(
            f"built in {time.perf_counter() - start:.1f} s: "
            + ", ".join(f"{count:,} {name}" for name, count in counts.items())
        )
        print(f"{'measurement':<62} {'median ms':>10} {'best ms':>8}")
        for name, median, best in service_timings(db, args.runs) + gui_timings(db, args.runs):
            print(f"{name:<62} {median:>10.1f} {best:>8.1f}")
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
