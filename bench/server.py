"""The Opportunities tab over a team server: ``python -m bench.server [--scale large|small]
[--db PATH] [--server URL] [--runs N]``.

Loads the scale dataset (20,000 opportunities at the large scale) into a PostgreSQL database
by ``COPY``, then opens the Opportunities tab of all accounts on the file and on the server
and prints the time to its first page painted, for each (target ≤ 100 ms on both,
docs/team-server.md#speed). ``--server`` names a superuser URL of a running server; without
it a throw-away server is started as the tests start theirs (tests/pg_server.py), from the
distribution's PostgreSQL binaries. Not a timed test: it prints figures.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sqlite3
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from .figures import median_ms
from .generate import add_arguments, database
from .gui_figures import process_events
from .scale.sizes import TODAY

TARGET_MS = 100.0
RUNS = {"large": 7, "small": 3}


@contextlib.contextmanager
def _server(url: str | None) -> Iterator[str]:
    """A superuser URL: the one given, or a server started for this run."""
    if url:
        yield url
        return
    from tests.pg_server import own_server

    with own_server() as started:
        yield started


def load(path: Path, admin_url: str) -> tuple[str, float]:
    """A new database on the server, set up by ``server init`` and holding the rows of the
    file at ``path`` (COPY, foreign keys and triggers held off while loading); its URL and
    the seconds the load took."""
    from desktop.models import Base
    from desktop.services.database import open_server
    from desktop.services.driver import raw
    from desktop.services.server_rows import ids_taken
    from tests.pg_server import Server, with_database

    server = Server(admin_url)
    url = with_database(admin_url, f"kad_bench_{uuid.uuid4().hex[:8]}")
    server.execute(f"CREATE DATABASE {url.rsplit('/', 1)[1]}")
    server.close()
    started = time.perf_counter()
    db = open_server(url, init=True).db
    source = sqlite3.connect(path)
    try:
        with db.engine.begin() as conn:
            target = raw(conn)
            target.execute("SET session_replication_role = replica")  # no FK checks, no triggers
            tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
            target.execute(f"TRUNCATE {tables} CASCADE")  # the file's defaults, not the server's
            for table in Base.metadata.sorted_tables:
                cursor = source.execute(f'SELECT * FROM "{table.name}"')
                names = ", ".join(f'"{d[0]}"' for d in cursor.description)
                with (
                    target.cursor() as out,
                    out.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy,
                ):
                    for row in cursor:
                        copy.write_row(row)
                if "id" in table.c:
                    top = source.execute(f'SELECT max(id) FROM "{table.name}"').fetchone()[0]
                    if top:
                        ids_taken(target, table.name, top)
        with db.engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")
    finally:
        source.close()
        db.close()
    return url, time.perf_counter() - started


def first_page_ms(db, runs: int) -> tuple[float, int]:
    """The Opportunities tab of all accounts, 1400 × 900: median ms from choosing "all
    accounts" (after another account) to its first page painted; and the rows listed."""
    from PySide6.QtWidgets import QApplication

    from desktop.services.clock import FixedClock
    from desktop.views.context import AppContext
    from desktop.views.i18n import install_translators
    from desktop.views.opportunities.tab import OpportunitiesTab
    from desktop.views.prefs import Preferences

    app = QApplication.instance() or QApplication([])
    app._bench_translators = install_translators(app, "en")  # keep them alive
    clock = FixedClock(datetime.combine(TODAY, datetime.min.time().replace(hour=9)))
    ctx = AppContext(db=db, language="en", clock=clock, prefs=Preferences())
    tab = OpportunitiesTab(ctx)
    tab.resize(1400, 900)
    tab.show()
    page = tab.list_page
    with db.read() as s:
        from sqlalchemy import func, select

        from desktop.models import Account

        other = s.scalar(select(func.min(Account.id)))

    def another_account() -> None:
        page.reload(other)
        process_events()

    def all_accounts() -> None:
        page.reload(None)
        page.table.viewport().grab()

    measured = median_ms(all_accounts, runs, before=another_account)
    rows = page.model.totals.count
    tab.close()
    tab.deleteLater()
    process_events()
    return measured, rows


def line(where: str, ms: float, rows: int) -> str:
    verdict = "ok" if ms <= TARGET_MS else "MISSED"
    return (
        f"opportunities tab over {where:<6}, all accounts ({rows:,} opportunities), first page "
        f"painted: {ms:7.1f} ms   target ≤ {TARGET_MS:.0f} ms   {verdict}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.server", description=__doc__)
    add_arguments(parser)
    parser.add_argument("--server", help="a superuser URL of a running PostgreSQL server")
    parser.add_argument("--runs", type=int, help="runs per figure (default: 7 large, 3 small)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    runs = args.runs or RUNS[args.scale]
    from desktop.services.database import open_database, open_server

    with tempfile.TemporaryDirectory(prefix="kad-bench-") as folder:
        os.environ["KEYACCOUNT_DESK_HOME"] = str(Path(folder) / "home")
        path = database(args.db or Path(folder) / f"{args.scale}.sqlite", args.scale)
        with _server(args.server or os.environ.get("KAD_TEST_PG_URL")) as admin:
            url, seconds = load(path, admin)
            print(f"loaded {path.name} into the server by COPY in {seconds:.1f} s", flush=True)
            results = []
            for where, opened in (("file", open_database(path)), ("server", open_server(url))):
                try:
                    ms, rows = first_page_ms(opened.db, runs)
                finally:
                    opened.db.close()
                results.append(ms)
                print(line(where, ms, rows), flush=True)
            from tests.pg_server import Server

            server = Server(admin)
            server.drop(url)
            server.close()
    print(f"median of {runs} runs; server / file: {results[1] / results[0]:.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
