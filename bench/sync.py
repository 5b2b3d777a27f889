"""Synchronising 10,000 changed records:
``python -m bench.sync [--server URL] [--records N] [--rounds 3]``.

On a PostgreSQL server (``--server``, a superuser URL; else ``KAD_TEST_PG_URL``; else a
throw-away server started here, as the tests do), in a new database set up by ``server init``,
prints the time of:

- the first sync of a laptop file holding N new accounts (all uploaded);
- a sync after the laptop changed one field of each of them (N changed records up);
- a sync after the server changed one field of each (N changed records down);

each the median of ``--rounds`` rounds, each on a fresh server database and a fresh copy of
the laptop file (one sync on a shared machine can take half as long again: a checkpoint, a
slow fsync), with the spread of the rounds and the phases of the median one;

each next to two floors, bare psycopg ``COPY``s of the same N rows: into ``account`` itself on
a fresh database set up by ``server init`` (its indexes and the triggers every client's write
fires: the target, ≤ 3×, is judged against this one), and into a TEMP table like ``account``
(no WAL, index or trigger; printed beside it). Not a timed test: figures to read
(docs/team-server.md#sync).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url

os.environ.setdefault("KEYACCOUNT_DESK_HOME", tempfile.mkdtemp(prefix="kad-bench-"))

NOW = datetime(2026, 11, 23, 10, 0)
TARGET = 3.0


@contextlib.contextmanager
def _server(url: str | None) -> Iterator[str]:
    url = url or os.environ.get("KAD_TEST_PG_URL")
    if url:
        yield url
        return
    from tests.pg_server import own_server

    with own_server() as started:
        yield started


def _laptop(folder: Path, records: int):
    from sqlalchemy import select

    from desktop.models import Account
    from desktop.services.clock import FixedClock
    from desktop.services.database import open_database
    from desktop.services.excel.bulk import insert_rows
    from desktop.services.sql_types import table_of

    db = open_database(folder / "laptop.sqlite", clock=FixedClock(NOW)).db
    with db.session() as s:
        rows = [{"name": f"客户 {n:05}", "region": "华东"} for n in range(records)]
        insert_rows(s, table_of(Account), rows)
        assert len(s.scalars(select(Account.id)).all()) == records
    return db


def _change_laptop(db, value: str) -> None:
    from sqlalchemy import select, update

    from desktop.models import Account
    from desktop.services.change_log import log_updates
    from desktop.services.sql_types import table_of

    table = table_of(Account)
    with db.session() as s:
        before = {r.id: {"uuid": r.uuid, "region": r.region} for r in s.execute(select(table))}
        s.execute(update(table).values(region=value))
        log_updates(s, table, [{"id": i, "region": value} for i in before], before)


def _copy(url: str, table: str, names: list[str], rows: list[tuple], before: str = "") -> float:
    """Seconds to COPY ``rows`` into ``table`` and commit, as a psql or script client would
    (``before``: a statement run first on the same connection, not timed)."""
    import psycopg

    with psycopg.connect(url) as conn:
        if before:
            conn.execute(before)
        start = time.perf_counter()
        with conn.cursor().copy(f"COPY {table} ({', '.join(names)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        conn.commit()
        return time.perf_counter() - start


def _floors(
    admin, target: str, names: list[str], rows: list[tuple], count: int
) -> tuple[float, float]:
    """The medians of ``count`` (one COPY on a shared machine varies by half): into ``account``
    of a fresh database set up by ``server init`` each time (copied from one set up here, so
    the sync's own data is not disturbed), and into a TEMP table ``LIKE account INCLUDING
    DEFAULTS`` of ``target``."""
    from desktop.services.database import open_server
    from tests.pg_server import with_database

    floor = f"{make_url(target).database}_floor"
    admin.execute(f"CREATE DATABASE {floor}")
    open_server(with_database(admin.url, floor), init=True).db.close()
    into_account, into_temp = [], []
    try:
        for n in range(count):
            admin.execute(f"CREATE DATABASE {floor}{n} TEMPLATE {floor}")
            fresh = with_database(admin.url, f"{floor}{n}")
            try:
                into_account.append(_copy(fresh, "account", names, rows))
            finally:
                admin.drop(fresh)
            like = "CREATE TEMP TABLE copied (LIKE account INCLUDING DEFAULTS)"
            into_temp.append(_copy(target, "copied", names, rows, before=like))
    finally:
        admin.drop(with_database(admin.url, floor))
    return statistics.median(into_account), statistics.median(into_temp)


def run(url: str, records: int, rounds: int) -> None:
    import shutil

    from sqlalchemy import select

    from desktop.models import Account
    from desktop.services.clock import FixedClock
    from desktop.services.database import open_database, open_server
    from tests.pg_server import Server, with_database

    admin = Server(url)
    folder = Path(tempfile.mkdtemp(prefix="kad-bench-sync-"))
    made = _laptop(folder, records)
    table = Account.__table__
    names = [c.name for c in table.c if c.name != "id"]
    with made.read() as s:
        rows = [tuple(r) for r in s.execute(select(*(table.c[n] for n in names)))]
    made.close()
    name = f"kad_bench_{uuid.uuid4().hex[:8]}"
    admin.execute(f"CREATE DATABASE {name}")
    try:
        open_server(with_database(url, name), init=True).db.close()
        copy, temp = _floors(admin, with_database(url, name), names, rows, max(3, rounds))
    finally:
        admin.drop(with_database(url, name))
    print(
        f"bare psycopg COPY of {records:,} account rows: {copy * 1000:,.0f} ms into "
        f"account (its indexes and triggers), {temp * 1000:,.0f} ms into a TEMP table"
    )
    print(
        f"the target (≤ {TARGET:.0f}×) is judged against the COPY into account: the rows' "
        "table, whose triggers any client's write fires (docs/team-server.md#sync); each sync "
        f"is the median of {rounds} rounds, each on a fresh server database and laptop file"
    )
    taken: dict[str, list[tuple[float, object]]] = {}
    for round_number in range(rounds):
        target = with_database(url, f"{name}_{round_number}")
        admin.execute(f"CREATE DATABASE {make_url(target).database}")
        laptop = folder / f"laptop-{round_number}.sqlite"
        shutil.copyfile(folder / "laptop.sqlite", laptop)
        server = open_server(target, init=True).db
        local = open_database(laptop, clock=FixedClock(NOW)).db
        try:
            timed = _timer(local, server, taken)
            timed(f"first sync, {records:,} new records up")
            _change_laptop(local, "江苏")
            timed(f"sync of {records:,} records changed on the laptop")
            with server.session() as s:
                s.execute(Account.__table__.update().values(region="浙江"))
            timed(f"sync of {records:,} records changed on the server")
            timed("a second sync with nothing changed")
        finally:
            local.close()
            server.close()
            admin.drop(target)
    admin.close()
    for label, runs in taken.items():
        runs.sort(key=lambda run: run[0])
        took, result = runs[len(runs) // 2]
        moved = result.uploaded + result.downloaded  # type: ignore[attr-defined]
        verdict = "met" if took <= TARGET * copy else "not met"
        spread = f"{runs[0][0] * 1000:,.0f}–{runs[-1][0] * 1000:,.0f} ms"
        print(
            f"{label}: {took * 1000:,.0f} ms ({moved:,} records; rounds {spread}), "
            f"{took / copy:.1f}× the COPY into account (target ≤ {TARGET:.0f}×: {verdict}), "
            f"{took / temp:.1f}× the COPY into a TEMP table",
            flush=True,
        )
        phases = result.seconds.items()  # type: ignore[attr-defined]
        for phase, seconds in sorted(phases, key=lambda item: -item[1]):
            if seconds >= 0.0005:
                print(f"  {phase:<36}{seconds * 1000:7,.0f} ms  {seconds / took:4.0%}")


def _timer(local, server, taken: dict[str, list[tuple[float, object]]]):
    """A sync of ``local`` with ``server``, its time and result kept under its label."""
    from desktop.services.sync import synchronise

    def timed(label: str) -> None:
        start = time.perf_counter()
        result = synchronise(local, server)
        taken.setdefault(label, []).append((time.perf_counter() - start, result))

    return timed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", help="a superuser URL of a PostgreSQL server")
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument(
        "--rounds", type=int, default=3, help="syncs of each kind, the median printed (default 3)"
    )
    args = parser.parse_args()
    with _server(args.server) as url:
        run(url, args.records, args.rounds)


if __name__ == "__main__":
    main()
