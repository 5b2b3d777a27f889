"""A sync killed, cut off from the server or overtaken by a colleague's write at any of its
phases leaves both sides consistent, and the next one completes it
(docs/team-server.md#sync)."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.app import main
from desktop.models import Account
from desktop.services import sync, trash
from desktop.services.database import open_database, open_server
from desktop.services.messages import UserError
from tests.pg_server import with_other_password

from .test_sync import accounts, laptop, log_size, psql

ROOT = Path(__file__).resolve().parents[3]
SYNC_KILLED_AT = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from desktop.services import sync
    from desktop.services.database import open_database, open_server

    step = int(sys.argv[3])

    def progress(done, _total):
        if done == step:
            os.kill(os.getpid(), signal.SIGKILL)

    sync.synchronise(open_database(Path(sys.argv[1])).db, open_server(sys.argv[2]).db, progress)
""")
EXPECTED = {
    "甲": {"name": "甲", "industry": "电力", "region": "江苏"},
    "丙": {"name": "丙", "industry": "", "region": ""},
    "丁": {"name": "丁", "industry": "", "region": ""},
}


def _edits_on_both_sides(path: Path, url: str) -> None:
    """甲 and 乙 synchronised; then the laptop changes 甲's region, adds 丙 and deletes 乙,
    while the server changes 甲's industry and gains 丁."""
    local = laptop(path.parent)
    server = open_server(url).db
    with local.session() as s:
        s.add_all([Account(name="甲"), Account(name="乙")])
    sync.synchronise(local, server)
    with local.session() as s:
        s.scalars(select(Account).where(Account.name == "甲")).one().region = "江苏"
        s.add(Account(name="丙"))
        gone = s.scalars(select(Account.id).where(Account.name == "乙")).one()
        trash.move_to_trash(s, "account", gone, local.clock.now())
    psql(url, "UPDATE account SET industry = '电力' WHERE name = '甲'")
    with server.session() as s:
        s.add(Account(name="丁"))
    local.close()
    server.close()


def _named(db) -> dict[str, dict[str, str]]:
    return {a["name"]: a for a in accounts(db).values()}


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_sync_killed_at_any_phase_is_completed_by_the_next(tmp_path: Path, pg_server) -> None:
    if pg_server is None:
        pytest.skip("no PostgreSQL server")
    for step in range(1, sync.STEPS + 1):
        url = pg_server.new_database()
        path = tmp_path / str(step) / "laptop.sqlite"
        path.parent.mkdir()
        try:
            _edits_on_both_sides(path, url)
            child = subprocess.run(
                [sys.executable, "-c", SYNC_KILLED_AT, str(path), url, str(step)],
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=False,
            )
            assert child.returncode == -signal.SIGKILL, child.stderr
            local, server = open_database(path).db, open_server(url).db
            try:
                # each side holds all of the other's changes or none of them
                assert _named(server) in (
                    {"甲": EXPECTED["甲"] | {"region": ""}, "乙": EXPECTED["丙"] | {"name": "乙"},
                     "丁": EXPECTED["丁"]},
                    EXPECTED,
                ), step  # fmt: skip
                assert set(_named(local)) in ({"甲", "丙"}, set(EXPECTED)), step
                sync.synchronise(local, server)
                assert _named(local) == _named(server) == EXPECTED, step
                sizes = (log_size(local), log_size(server))
                again = sync.synchronise(local, server)
                assert (again.uploaded, again.downloaded) == (0, 0), step
                assert (log_size(local), log_size(server)) == sizes, step
            finally:
                local.close()
                server.close()
        finally:
            pg_server.drop(url)


def test_a_connection_cut_before_the_commit_changes_nothing_and_is_said(
    tmp_path: Path, pg_url: str
) -> None:
    path = tmp_path / "laptop.sqlite"
    _edits_on_both_sides(path, pg_url)
    local, server = open_database(path).db, open_server(pg_url).db

    def cut(step: int, _steps: int) -> None:
        if step == 4:  # written on the server, not yet committed
            psql(
                pg_url,
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()",
            )

    try:
        with pytest.raises(UserError, match="Cannot connect to the server"):
            sync.synchronise(local, server, cut)
        assert set(_named(server)) == {"甲", "乙", "丁"}
        assert set(_named(local)) == {"甲", "丙"}
        sync.synchronise(local, server)
        assert _named(local) == _named(server) == EXPECTED
    finally:
        local.close()
        server.close()


def test_a_write_the_server_accepts_during_a_sync_is_not_overwritten(
    tmp_path: Path, pg_url: str
) -> None:
    path = tmp_path / "laptop.sqlite"
    _edits_on_both_sides(path, pg_url)
    local, server = open_database(path).db, open_server(pg_url).db
    written = []

    def colleague(step: int, _steps: int) -> None:
        if step == 2 and not written:  # the sync has read the server's log
            psql(pg_url, "UPDATE account SET region = '浙江' WHERE name = '甲'")
            written.append(step)

    try:
        result = sync.synchronise(local, server, colleague)
        assert _named(server)["甲"]["region"] == _named(local)["甲"]["region"] == "浙江"
        (conflict,) = result.conflicts
        assert conflict.field == "region" and conflict.lost == "江苏"
    finally:
        local.close()
        server.close()


def test_the_sync_command_creates_a_new_file_and_prints_the_conflicts(
    tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    fresh = tmp_path / "new" / "laptop.sqlite"
    fresh.parent.mkdir()
    server = open_server(pg_url).db
    with server.session() as s:
        s.add(Account(name="丁"))
    server.close()
    assert main(["sync", "--db", str(fresh), "--server", pg_url]) == 0
    assert "Synchronised" in capsys.readouterr().out
    local = open_database(fresh).db
    try:
        assert set(_named(local)) == {"丁"}
        with local.session() as s:
            s.scalars(select(Account)).one().region = "江苏"
    finally:
        local.close()
    psql(pg_url, "UPDATE account SET region = '浙江'")
    assert main(["sync", "--db", str(fresh), "--server", pg_url]) == 0
    out = capsys.readouterr().out
    conflict = next(line for line in out.splitlines() if "conflict" in line)
    assert "丁" in conflict and "region" in conflict and "江苏" in conflict
    assert pg_url.split(":")[2].split("@")[0] not in out  # never the password


def test_the_sync_command_says_when_the_server_cannot_be_reached(
    tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = with_other_password(pg_url, "wrong-secret")
    assert main(["sync", "--db", str(tmp_path / "l.sqlite"), "--server", wrong]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "password authentication failed" in err
    assert "wrong-secret" not in err
    assert not (tmp_path / "l.sqlite").exists()


def test_the_sync_command_takes_no_server_for_the_laptop_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    url = "postgresql://li:secret@127.0.0.1:1/sales"
    assert main(["sync", "--db", url, "--server", url]) == 1
    assert "--db names the file on this computer" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []  # no file named after the URL
