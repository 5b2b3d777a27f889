"""Deleting to the trash and undoing it: ``python -m bench.trash [--people 300] [--runs 7]``.

Builds an account of 300 people (roles, visits, 100 influence lines) that also holds 20
contracts with their milestones, invoices, payments, deliveries and acceptances, beside 480
other contracts, and prints the median time of each user action, the figures the "well under
100 ms" target is about:

- deleting the account to the trash, undo (taking it back out), redo;
- deleting a person with reports on the org chart, and undo;
- deleting a contract with its parts to the trash, and undo;
- an edit of that contract and its undo (the contract's rows before and after);
- erasing the account's trash entry for good (with the log checkpoint).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

os.environ.setdefault("KEYACCOUNT_DESK_HOME", tempfile.mkdtemp(prefix="kad-bench-"))

NOW = datetime(2026, 11, 23, 10, 0)


def median_ms(action: Callable[[], Any], runs: int, after: Callable[[Any], Any]) -> float:
    """Median time of ``action``; ``after`` (not timed) undoes it before the next run."""
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        timings.append((time.perf_counter() - start) * 1000)
        after(result)
    return statistics.median(timings)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=300)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)

    from sqlalchemy import func, select, update

    from bench.contracts import build as build_contracts
    from bench.orgchart import build_account
    from desktop.models import Contact, Contract, Invoice, TrashEntry
    from desktop.services import raw_rows
    from desktop.services.clock import FixedClock
    from desktop.services.contracts.data import InvoiceData
    from desktop.services.contracts.service import ContractService
    from desktop.services.database import open_database
    from desktop.services.orgchart.people import PeopleService
    from desktop.services.trash import TrashService

    folder = Path(tempfile.mkdtemp(prefix="kad-bench-trash-"))
    db = open_database(folder / "bench.sqlite").db
    clock = FixedClock(NOW)
    build_contracts(db, 500, 50)
    account_id = build_account(db, args.people, 100)
    with db.session() as s:
        s.execute(update(Contract).where(Contract.id <= 20).values(account_id=account_id))
    trash = TrashService(db, clock)
    with db.session() as s:
        graph = raw_rows.capture(s, "account", [account_id])
    rows = sum(len(table) for table in graph.rows.values())
    print(
        f"account: {graph.count('contact')} people, {graph.count('interaction')} visits, "
        f"{graph.count('influence_link')} influence lines, {graph.count('contract')} contracts "
        f"({rows} rows in {len(graph.rows)} tables); median of {args.runs} runs"
    )

    def show(label: str, ms: float) -> None:
        print(f"{label:<44}{ms:7.1f} ms")

    show(
        "delete the account to the trash",
        median_ms(lambda: trash.delete("account", account_id), args.runs, trash.undelete),
    )
    trashed = trash.delete("account", account_id)
    show(
        "undo: take it back out of the trash",
        median_ms(lambda: trash.undelete(trashed), args.runs, lambda _: trash.redelete(trashed)),
    )
    trash.undelete(trashed)
    show(
        "redo: into the trash again",
        median_ms(lambda: trash.redelete(trashed), args.runs, lambda _: trash.undelete(trashed)),
    )
    trash.redelete(trashed)
    with db.read() as s:
        size = s.scalar(select(func.length(TrashEntry.snapshot)))
    trash.undelete(trashed)
    print(f"{'(its trash entry)':<44}{size / 1024:7.0f} KiB")

    people = PeopleService(db)
    with db.read() as s:
        boss = s.scalar(
            select(Contact.reports_to_id)
            .where(Contact.account_id == account_id, Contact.reports_to_id.is_not(None))
            .group_by(Contact.reports_to_id)
            .order_by(func.count().desc())
            .limit(1)
        )
        reports = s.scalar(select(func.count()).where(Contact.reports_to_id == boss))
    show(
        f"org chart: delete a person with {reports} reports",
        median_ms(lambda: people.delete(boss, NOW), args.runs, people.undelete),
    )
    edit = people.delete(boss, NOW)
    show(
        "org chart: undo",
        median_ms(lambda: people.undelete(edit), args.runs, lambda _: people.redelete(edit, NOW)),
    )
    people.undelete(edit)

    contracts = ContractService(db, clock)
    with db.read() as s:
        contract_id = s.scalar(
            select(Invoice.contract_id)
            .group_by(Invoice.contract_id)
            .order_by(func.count().desc())
            .limit(1)
        )
        graph = raw_rows.capture(s, "contract", [contract_id])
    parts = sum(len(table) for table in graph.rows.values()) - 1
    show(
        f"delete a contract with {parts} parts to the trash",
        median_ms(lambda: trash.delete("contract", contract_id), args.runs, trash.undelete),
    )
    trashed_contract = trash.delete("contract", contract_id)
    show(
        "undo: take it back out of the trash",
        median_ms(
            lambda: trash.undelete(trashed_contract),
            args.runs,
            lambda _: trash.redelete(trashed_contract),
        ),
    )
    trash.undelete(trashed_contract)
    invoice = InvoiceData(number="BENCH-1", amount=Decimal(1), issued_on=NOW.date())
    show(
        "contract edit (add an invoice), rows kept",
        median_ms(
            lambda: contracts.save_part(contract_id, None, invoice),
            args.runs,
            lambda e: contracts.restore(contract_id, e.before),
        ),
    )
    added = contracts.save_part(contract_id, None, invoice)
    show(
        "contract edit: undo",
        median_ms(
            lambda: contracts.restore(contract_id, added.before),
            args.runs,
            lambda _: contracts.restore(contract_id, added.after),
        ),
    )

    def erase() -> None:
        trash.delete("account", account_id)
        (entry,) = trash.list()
        start = time.perf_counter()
        trash.purge([entry.id])
        return (time.perf_counter() - start) * 1000

    show("erase the account's entry for good", erase())
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
