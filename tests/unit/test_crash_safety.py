"""Killing the process at any moment loses no committed work and leaves no half of a
transaction behind (WAL + synchronous=FULL, one transaction per action)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BATCH = 300  # rows per transaction, like a bulk import of 300 contacts

WRITER = textwrap.dedent(f"""
    import sys
    from pathlib import Path
    from sqlalchemy import insert
    from desktop.models import Account, Contact
    from desktop.services.database import open_database

    db = open_database(Path(sys.argv[1])).db
    batch = int(sys.argv[2])
    while True:
        with db.session() as s:
            account = Account(name=f"batch-{{batch}}")
            s.add(account)
            s.flush()
            s.execute(insert(Contact), [
                {{"account_id": account.id, "name": f"{{batch}}-{{n}}", "notes": "x" * 200}}
                for n in range({BATCH})
            ])
        print(batch, flush=True)  # committed
        batch += 1
""")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_at_random_moments_loses_nothing_committed(db_path: Path) -> None:
    rng = random.Random(20261123)
    reported: list[int] = []
    next_batch = 0
    for _round in range(12):
        with subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db_path), str(next_batch)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        ) as child:
            assert child.stdout is not None
            first = child.stdout.readline()  # it is writing now
            assert first.strip(), "the writer did not start"
            time.sleep(rng.uniform(0.0, 0.25))
            os.kill(child.pid, signal.SIGKILL)
            child.wait()
            reported += [int(first), *(int(line) for line in child.stdout.read().split())]
        conn = sqlite3.connect(db_path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            sizes = dict(
                conn.execute(
                    "SELECT a.name, count(c.id) FROM account a LEFT JOIN contact c "
                    "ON c.account_id = a.id GROUP BY a.id"
                ).fetchall()
            )
        finally:
            conn.close()
        # Every commit the writer reported is there, whole; nothing is there by halves
        # (a batch committed just before the kill, without its report, is whole too).
        assert all(sizes.get(f"batch-{batch}") == BATCH for batch in reported)
        assert set(sizes.values()) <= {BATCH}
        next_batch = max(int(name.split("-")[1]) for name in sizes) + 1
    assert len(reported) > 12


# The import command, killed by itself just before its nth statement of a kind ("insert":
# a contact insert, "commit": a COMMIT); n = 0 never kills. Prints how many it saw.
IMPORTER = textwrap.dedent("""
    import os
    import signal
    import sys
    from sqlalchemy import event
    from sqlalchemy.engine import Engine
    from desktop.app import main

    kind, kill_at = sys.argv[1], int(sys.argv[2])
    heads = {"insert": 'insert into "contact"', "commit": "commit"}
    seen = 0

    @event.listens_for(Engine, "connect")
    def _watch(dbapi_connection, _record):
        def trace(statement):
            global seen
            if statement.lower().startswith(heads[kind]):
                seen += 1
                if seen == kill_at:
                    os.kill(os.getpid(), signal.SIGKILL)
        dbapi_connection.set_trace_callback(trace)

    code = main(sys.argv[3:])
    print(seen)
    sys.exit(code)
""")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_import_leaves_all_of_it_or_none(tmp_path: Path, empty_template: Path) -> None:
    """Killed at its first contact, half way, at its last and just before its commit, the
    import leaves nothing; left alone it leaves everything."""
    from bench.excel import make_workbook

    rows = 6000
    workbook = tmp_path / "contacts.xlsx"
    make_workbook(workbook, rows)

    def run(kind: str, kill_at: int) -> tuple[subprocess.CompletedProcess, tuple[int, int]]:
        database = tmp_path / f"import-{kind}-{kill_at}.sqlite"
        database.write_bytes(empty_template.read_bytes())
        child = subprocess.run(
            [sys.executable, "-c", IMPORTER, kind, str(kill_at), "import", str(workbook),
             "--db", str(database)],
            cwd=ROOT, capture_output=True, text=True, check=False,
        )  # fmt: skip
        conn = sqlite3.connect(database)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            contacts = conn.execute("SELECT count(*) FROM contact").fetchone()[0]
            accounts = conn.execute("SELECT count(*) FROM account").fetchone()[0]
        finally:
            conn.close()
        return child, (contacts, accounts)

    everything = (rows, rows // 20)
    counted, outcome = run("insert", 0)
    assert (counted.returncode, outcome) == (0, everything), counted.stderr
    inserts = int(counted.stdout.split()[-1])
    commits, _ = run("commit", 0)
    last_commit = int(commits.stdout.split()[-1])
    kills = [("insert", 1), ("insert", inserts // 2), ("insert", inserts), ("commit", last_commit)]
    for kind, kill_at in kills:
        killed, outcome = run(kind, kill_at)
        assert (killed.returncode, outcome) == (-signal.SIGKILL, (0, 0)), (kind, kill_at)
