"""The scale dataset: a large account book for the benchmarks, made the same way every time.

    python -m bench.generate --db PATH [--scale large|small] [--seed N] [--force]

At large scale: 5,000 accounts; 100,000 people in reports-to trees, with roles, 20,000
influence lines and 200,000 logged visits; 20,000 opportunities with stage history, scoring
forms, decision groups and competitors; 2,000 tenders of 60 checklist items each, with lots and
deviation lines; 5,000 contracts with 20,000 payment milestones, 30,000 invoices and 30,000
payments (allocated), deliveries, acceptances and collection steps; leads, monthly targets and
forecast snapshots; relationship owners, 5,000 open actions falling due within the reminders'
window (and 5,000 closed). One account has exactly 300 people (the org-chart figure switches to
it); its first deal has a 40-person decision group, strengths, red flags and possible actions
(the strategy sheet and coverage matrix figures open it).
Small scale is a twentieth of that, with the same 300-person account.

The schema and the default rows (stages, checklist template, settings) come from
``open_database``; the records are then written with raw sqlite3 ``executemany`` in one
transaction (see ``bench/scale/writer.py``). The history leads up to 2026-11-23.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date, datetime
from datetime import time as day_time
from pathlib import Path

from .scale import contracts, deals, people, plans, tenders
from .scale.sizes import SCALES, TODAY, Scale
from .scale.writer import Writer

DEFAULT_OWNER = "李明"


@dataclass(frozen=True)
class Generated:
    path: Path
    counts: dict[str, int]
    org_chart_account: int  # the account with ``scale.org_chart_people`` people
    seconds: float


def generate(path: Path, scale: Scale, *, seed: int = 20261123, today: date = TODAY) -> Generated:
    """Create the database at ``path`` (which must not exist) and fill it."""
    from desktop.services.database import open_database

    start = time.perf_counter()
    if path.exists():
        raise FileExistsError(path)
    db = open_database(path).db
    db.set_default_owner(DEFAULT_OWNER)
    db.close()
    rng = random.Random(seed)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("PRAGMA cache_size=-262144")
        conn.execute("BEGIN")
        writer = Writer(conn, owner=DEFAULT_OWNER, created=datetime.combine(today, day_time(8, 0)))
        orgs = people.make_accounts(writer, rng, scale.accounts)
        sizes = people.account_sizes(rng, scale.accounts, scale.contacts, scale.org_chart_people)
        people.make_people(writer, rng, orgs, sizes, today)
        people.make_links(writer, rng, orgs, scale.influence_links)
        people.make_interactions(writer, rng, orgs, scale.interactions, today)
        maker = deals.DealMaker(writer, rng, today)
        made = maker.make(orgs, scale.opportunities)
        deals.make_leads(writer, rng, orgs, today)
        deals.make_targets_and_snapshots(writer, rng, made, today)
        tenders.make_tenders(writer, rng, made, scale.tenders, scale.checklist_items, today)
        contracts.ContractMaker(writer, rng, today).make(made, orgs, scale.contracts)
        plans.make_plans(writer, rng, orgs, made, scale.open_actions, today)
        counts = writer.flush()
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode=WAL")
    finally:
        conn.close()
    return Generated(path, counts, orgs[0].id, time.perf_counter() - start)


def org_chart_account(path: Path, people: int = SCALES["large"].org_chart_people) -> int:
    """The account of a generated database that has exactly ``people`` people."""
    conn = sqlite3.connect(path)
    try:
        row = conn.execute(
            "SELECT account_id FROM contact GROUP BY account_id HAVING count(*) = ? LIMIT 1",
            (people,),
        ).fetchone()
    finally:
        conn.close()
    if row is None:
        raise SystemExit(f"{path} has no account with {people} people: not a generated database")
    return row[0]


def main_deal(path: Path, account_id: int) -> int:
    """The account's deal with the largest decision group (the strategy sheet's figure)."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT o.id FROM opportunity o JOIN decision_group_member m ON m.opportunity_id = o.id"
            " WHERE o.account_id = ? GROUP BY o.id ORDER BY count(*) DESC, o.id LIMIT 1",
            (account_id,),
        ).fetchone()[0]
    finally:
        conn.close()


def database(path: Path | None, scale: str) -> Path:
    """For the benchmark scripts: ``path`` if it exists (made by this module earlier), else a
    new database of ``scale`` at ``path`` (or in a temporary folder)."""
    if path is not None and path.exists():
        return path
    if path is None:
        path = Path(tempfile.mkdtemp(prefix="kad-bench-")) / f"{scale}.sqlite"
    made = generate(path, SCALES[scale])
    print(f"generated the {scale} scale in {made.seconds:.1f} s: {path}", flush=True)
    return path


def add_arguments(parser: argparse.ArgumentParser, scale: str = "large") -> None:
    """``--scale`` and ``--db`` for a benchmark script."""
    parser.add_argument("--scale", choices=sorted(SCALES), default=scale)
    parser.add_argument(
        "--db", type=Path, help="a generated database to use (made first if missing)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="the database file to create")
    parser.add_argument("--scale", choices=sorted(SCALES), default="large")
    parser.add_argument("--seed", type=int, default=20261123)
    parser.add_argument("--force", action="store_true", help="replace the file if it exists")
    args = parser.parse_args(argv)
    if args.db.exists():
        if not args.force:
            print(f"{args.db} exists; add --force to replace it", file=sys.stderr)
            return 2
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.db}{suffix}").unlink(missing_ok=True)
    result = generate(args.db, SCALES[args.scale], seed=args.seed)
    print(f"{args.db}: {args.scale} scale in {result.seconds:.1f} s")
    for table, count in sorted(result.counts.items()):
        print(f"  {table:<24} {count:>9,}")
    print(f"  the org-chart account is #{result.org_chart_account}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
