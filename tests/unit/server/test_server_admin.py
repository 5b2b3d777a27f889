"""``server init``, ``server add-user``, ``server share`` and ``server hand-over`` on the real
server (docs/team-server.md#security), as the administrator types them."""

from __future__ import annotations

import subprocess
import sys
import uuid
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from desktop.app import main
from desktop.models import ChangeEntry, Handover
from desktop.services.database import open_server
from desktop.services.team_records import hand_over
from desktop.services.team_security import owned_tables
from tests.pg_server import password_of

from .team import PASSWORD, TREE, Team, owners, team_fixture  # noqa: F401  (the fixture)

ROOT = Path(__file__).resolve().parents[3]


def _secured_tables(url: str) -> dict[str, tuple[bool, bool, int]]:
    """Each table with row-level security: (enabled, forced, number of policies)."""
    with psycopg.connect(make_url(url).set(drivername="postgresql").render_as_string(False)) as c:
        rows = c.execute(
            "SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity, "
            "(SELECT count(*) FROM pg_policies p WHERE p.tablename = c.relname) "
            "FROM pg_class c WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace"
        ).fetchall()
    return {name: (enabled, forced, policies) for name, enabled, forced, policies in rows}


def test_server_init_sets_up_an_empty_database_and_can_run_again(
    pg_server, capsys: pytest.CaptureFixture[str]
) -> None:
    if pg_server is None:
        pytest.skip("no PostgreSQL server")
    url = pg_server.new_database(empty=True)
    try:
        assert main(["server", "init", "--server", url]) == 0
        first = capsys.readouterr().out
        assert first.count("\n") == 1 and "Created" in first and "row-level security" in first
        assert password_of(url) not in first
        secured = _secured_tables(url)
        assert main(["server", "init", "--server", url]) == 0
        assert "up to date" in capsys.readouterr().out
        assert _secured_tables(url) == secured
        for table in [t.name for t in owned_tables()] + ["change_log", "setting", "search_index"]:
            enabled, forced, policies = secured[table]
            assert enabled and forced and policies, table
    finally:
        pg_server.drop(url)


def test_add_user_with_a_chinese_name_creates_a_salesperson_login(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    name = f"张伟{uuid.uuid4().hex[:4]}"
    code = main(["server", "add-user", name, "--password", "密码-1'x", "--server", pg_url])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "salesperson" in out and "密码" not in out
    parsed = make_url(pg_url)
    with psycopg.connect(
        host=parsed.host, port=parsed.port, dbname=parsed.database, user=name, password="密码-1'x"
    ) as conn:
        assert conn.execute("SELECT current_user, kad_is_manager()").fetchone() == (name, False)
    # again with --manager: the same login, promoted, with a new password
    again = ["server", "add-user", name, "--password", "new", "--manager", "--server", pg_url]
    assert main(again) == 0
    assert "new password" in capsys.readouterr().out
    url = make_url(pg_url).set(username=name, password="new").render_as_string(False)
    db = open_server(url).db
    try:
        with db.read() as s:
            assert s.connection().exec_driver_sql("SELECT kad_is_manager()").scalar()
    finally:
        db.close()


def test_add_user_refuses_an_administrators_role_and_a_bad_name(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    admin = make_url(pg_url).username
    assert main(["server", "add-user", admin, "--password", "x", "--server", pg_url]) == 1
    assert "left unchanged" in capsys.readouterr().err
    assert main(["server", "add-user", "pg_evil", "--password", "x", "--server", pg_url]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot be a user name" in err


def test_share_from_the_command_line(team: Team, capsys: pytest.CaptureFixture[str]) -> None:
    team.tree("alice", "阿里账户")
    bob = team.names["bob"]
    assert main(["server", "share", "阿里账户", "--with", bob, "--server", team.url("alice")]) == 0
    assert "shared with" in capsys.readouterr().out
    with team.psql("bob") as conn:
        assert owners(conn, "payment") == {team.names["alice"]}


def test_hand_over_gives_everything_of_one_owner_to_another(
    team: Team, capsys: pytest.CaptureFixture[str]
) -> None:
    team.tree("alice", "阿里账户")
    team.tree("bob", "鲍勃账户")
    alice, bob, carol = (team.names[w] for w in ("alice", "bob", "carol"))
    assert main(["server", "share", "鲍勃账户", "--with", alice, "--server", team.url("bob")]) == 0
    # a salesperson cannot hand over
    assert main(["server", "hand-over", alice, carol, "--server", team.url("bob")]) == 1
    assert "Only a manager" in capsys.readouterr().err
    assert main(["server", "hand-over", alice, carol, "--server", team.url("boss")]) == 0
    assert "in one transaction" in capsys.readouterr().out
    with team.psql("alice") as conn:
        for table in TREE:
            assert owners(conn, table) == set(), table
    with team.psql("carol") as conn:  # what alice owned, and what was shared with her
        for table in TREE:
            assert owners(conn, table) == {carol, bob}, table
    with team.db("boss").read() as s:
        record = s.scalars(select(Handover)).one()
        logged = s.scalars(
            select(ChangeEntry).where(ChangeEntry.field == "owner", ChangeEntry.old_value == alice)
        ).all()
    # 7 records of the tree and the share's owner (bob's share stays bob's: it moves to carol)
    assert (record.from_owner, record.to_owner, record.records) == (alice, carol, len(TREE) + 1)
    assert len(logged) == len(TREE) and {e.new_value for e in logged} == {carol}
    assert main(["server", "hand-over", alice, carol, "--server", team.url("boss")]) == 1
    assert "owns no records" in capsys.readouterr().err


def test_a_hand_over_killed_half_way_changes_nothing(team: Team) -> None:
    """The command is killed while it waits, its first tables already rewritten: the server
    rolls the whole transaction back."""
    team.tree("alice", "阿里账户")
    alice, carol = team.names["alice"], team.names["carol"]
    database = make_url(team.admin_url).database
    with psycopg.connect(make_url(team.admin_url).set(drivername="postgresql")
                         .render_as_string(False)) as blocker:  # fmt: skip
        blocker.execute("LOCK TABLE handover IN ACCESS EXCLUSIVE MODE")  # the last write
        command = subprocess.Popen(
            [sys.executable, "main.py", "server", "hand-over", alice, carol,
             "--server", team.url("boss")],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        with psycopg.connect(
            make_url(team.admin_url).set(drivername="postgresql").render_as_string(False),
            autocommit=True,
        ) as watcher:
            pid = _backend_waiting_for_a_lock(watcher, database, command)
            holds = watcher.execute(
                "SELECT relation::regclass::text FROM pg_locks WHERE pid = %s "
                "AND mode = 'RowExclusiveLock'",
                [pid],
            ).fetchall()
            assert ("account",) in holds and ("payment",) in holds  # half-way
            command.kill()
            command.wait()
            blocker.rollback()  # the lock goes; the orphaned backend finds its client gone
            gone = "SELECT 1 FROM pg_stat_activity WHERE pid = %s"
            while watcher.execute(gone, [pid]).fetchall():
                watcher.execute("SELECT pg_sleep(0.05)")
    with team.psql("alice") as conn:
        for table in TREE:
            assert owners(conn, table) == {alice}, table
    with team.psql("boss") as conn:
        assert conn.execute("SELECT count(*) FROM handover").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM change_log WHERE field = 'owner'").fetchone() == (
            0,
        )


def _backend_waiting_for_a_lock(
    watcher: psycopg.Connection, database: str, command: subprocess.Popen
) -> int:
    """The server process of the hand-over once it waits for the blocked table."""
    while command.poll() is None:
        row = watcher.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = %s AND wait_event_type = 'Lock' "
            "AND application_name = 'Key Account Desk'",
            [database],
        ).fetchone()
        if row:
            return int(row[0])
        watcher.execute("SELECT pg_sleep(0.05)")
    raise AssertionError(f"the hand-over ended (exit code {command.returncode}) before waiting")


def test_hand_over_works_on_a_file_too(tmp_path: Path) -> None:
    from desktop.models import Account
    from desktop.services.database import open_database

    db = open_database(tmp_path / "team.sqlite").db
    try:
        with db.session() as s:
            s.add_all([Account(name="甲", owner="王强"), Account(name="乙", owner="李娜")])
        assert hand_over(db, "王强", "赵敏", note="离职") == 1
        with db.read() as s:
            assert sorted(s.scalars(select(Account.owner))) == ["李娜", "赵敏"]
            assert s.scalars(select(Handover.note)).one() == "离职"
    finally:
        db.close()


def test_an_administrator_who_is_no_superuser_sets_up_the_team(pg_server) -> None:
    """The database's owner with CREATEROLE (as a hosted PostgreSQL gives): row-level security
    is forced on the owner too, who is recorded as a manager and so sees everything."""
    if pg_server is None:
        pytest.skip("no PostgreSQL server")
    owner = f"owner_{uuid.uuid4().hex[:6]}"
    pg_server.execute(f"CREATE ROLE {owner} LOGIN CREATEROLE PASSWORD '{PASSWORD}'")
    url = pg_server.new_database(empty=True)
    database = make_url(url).database
    pg_server.execute(f"ALTER DATABASE {database} OWNER TO {owner}")
    admin = make_url(url).set(username=owner, password=PASSWORD).render_as_string(False)
    try:
        assert main(["server", "init", "--server", admin]) == 0
        seller = f"seller_{uuid.uuid4().hex[:6]}"
        assert main(["server", "add-user", seller, "--password", PASSWORD, "--server", admin]) == 0
        team = Team(admin, {"seller": seller, "owner": owner})
        team.tree("seller", "销售的客户")
        team.tree("owner", "管理员的客户")
        with team.psql("seller") as conn:
            for table in TREE:
                assert owners(conn, table) == {seller}, table
            assert conn.execute("SELECT count(*) FROM search_index").fetchone()[0] == 5
        with team.psql("owner") as conn:
            for table in TREE:
                assert owners(conn, table) == {seller, owner}, table
        team.close()
    finally:
        pg_server.drop(url)
