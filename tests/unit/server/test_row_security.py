"""Row-level security: PostgreSQL's policies, not the app's queries, decide what a login sees
(docs/team-server.md#security). Read back as psql would, through a plain connection."""

from __future__ import annotations

import os
import shutil
import subprocess

import psycopg
import pytest
from sqlalchemy import select

from desktop.models import Account, Contact, Stage
from desktop.models.base import Base
from desktop.services.team_members import TeamRefused
from desktop.services.team_records import share
from desktop.services.team_security import OWN_ONLY, REFERENCE, owned_tables, parents

from .team import PASSWORD, TREE, Team, owners, team_fixture  # noqa: F401  (the fixture)


def test_every_record_table_hangs_under_something_or_is_classified() -> None:
    special = {"account", "account_share", "handover"}
    for table in owned_tables():
        if table.name not in special | REFERENCE | OWN_ONLY:
            assert parents(table), f"{table.name}: no path to an account"
    assert parents(Base.metadata.tables["payment"]) == [("contract_id", "contract")]
    assert parents(Base.metadata.tables["checklist_item"]) == [("tender_id", "tender")]


def test_a_salesperson_sees_and_changes_only_their_own_rows(team: Team) -> None:
    team.tree("alice", "阿里账户")
    team.tree("bob", "鲍勃账户")
    alice, bob = team.names["alice"], team.names["bob"]
    with team.psql("bob") as conn:
        for table in TREE:
            assert owners(conn, table) == {bob}, table
        assert conn.execute("UPDATE contact SET name = 'x' WHERE owner = %s", [alice]).rowcount == 0
        assert conn.execute("DELETE FROM payment WHERE owner = %s", [alice]).rowcount == 0
        assert conn.execute("DELETE FROM account WHERE owner = %s", [alice]).rowcount == 0
        # a row in a colleague's name, or slipped under a colleague's account, is refused
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE contact SET owner = %s", [alice])
    with team.db("alice").read() as s:
        alice_account = s.scalars(select(Account.id)).one()
    with team.psql("bob") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("UPDATE contact SET account_id = %s WHERE owner = %s", [alice_account, bob])
    with team.psql("alice") as conn:
        for table in TREE:
            assert owners(conn, table) == {alice}, table
        names = conn.execute("SELECT name FROM contact").fetchall()
    assert names == [("阿里账户联系人",)]


def _insert_account(conn: psycopg.Connection, name: str, owner: str | None) -> None:
    """An account as a script writes it: only the columns that have to be given."""
    table = Base.metadata.tables["account"]
    values = {
        c.name: ""
        for c in table.c
        if not c.nullable and c.name not in {"id", "uuid", "created_at", "updated_at", "version"}
    }
    values["name"] = name
    if owner is None:
        del values["owner"]
    else:
        values["owner"] = owner
    columns = ", ".join(values)
    marks = ", ".join(["%s"] * len(values))
    conn.execute(f"INSERT INTO account ({columns}) VALUES ({marks})", list(values.values()))


def test_psql_cannot_insert_a_row_in_a_colleagues_name(team: Team) -> None:
    with team.psql("bob") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            _insert_account(conn, "冒名", team.names["alice"])
        _insert_account(conn, "脚本写的", None)  # no owner: the server makes it bob's
        assert conn.execute("SELECT name, owner FROM account").fetchall() == [
            ("脚本写的", team.names["bob"])
        ]
    with team.psql("alice") as conn:
        assert conn.execute("SELECT count(*) FROM account").fetchone() == (0,)


def test_a_row_in_a_colleagues_name_is_refused_in_one_sentence(team: Team) -> None:
    team.tree("alice", "阿里账户")
    bob = team.db("bob")
    with pytest.raises(TeamRefused, match="your own records"), bob.session() as s:
        s.add(Account(name="冒名", owner=team.names["alice"]))
    with bob.session() as s:  # without an owner a row is the writer's (the server fills it)
        s.add(Account(name="自己的"))
    with team.psql("bob") as conn:
        assert conn.execute("SELECT name, owner FROM account").fetchall() == [
            ("自己的", team.names["bob"])
        ]


def test_a_manager_sees_and_changes_everything(team: Team) -> None:
    team.tree("alice", "阿里账户")
    team.tree("bob", "鲍勃账户")
    with team.psql("boss") as conn:
        for table in TREE:
            assert owners(conn, table) == {team.names["alice"], team.names["bob"]}, table
        assert conn.execute("UPDATE contact SET title = '经理改'").rowcount == 2


def test_sharing_an_account_shares_everything_under_it(team: Team) -> None:
    team.tree("alice", "阿里账户")
    team.tree("bob", "鲍勃账户")
    alice, bob = team.names["alice"], team.names["bob"]
    assert share(team.db("alice"), "阿里账户", bob)
    with team.psql("bob") as conn:
        for table in TREE:
            assert owners(conn, table) == {alice, bob}, table
        # a shared account's rows are changed like one's own; a colleague's contact under it
        # is the colleague's, and its owner sees it
        changed = conn.execute("UPDATE contact SET title = '鲍勃改' WHERE owner = %s", [alice])
        assert changed.rowcount == 1
    with team.db("bob").session() as s:
        account = s.scalars(select(Account).where(Account.owner == alice)).one()
        s.add(Contact(account=account, name="鲍勃加的人"))
    with team.psql("alice") as conn:
        assert {r[0] for r in conn.execute("SELECT owner FROM contact")} == {alice, bob}
    with team.psql("carol") as conn:  # nobody else sees any of it
        for table in TREE:
            assert owners(conn, table) == set(), table
    # only the owner shares an account on; the owner stops sharing it
    with pytest.raises(TeamRefused, match="your own records"):
        share(team.db("bob"), "阿里账户", team.names["carol"])
    assert share(team.db("alice"), "阿里账户", bob, stop=True)
    with team.psql("bob") as conn:
        assert owners(conn, "contract") == {bob}
        assert owners(conn, "payment") == {bob}


def test_sharing_with_someone_outside_the_team_is_refused(team: Team) -> None:
    team.tree("alice", "阿里账户")
    with pytest.raises(TeamRefused, match="not a member"):
        share(team.db("alice"), "阿里账户", "stranger")
    with pytest.raises(TeamRefused, match="no account"):
        share(team.db("bob"), "阿里账户", team.names["carol"])


def test_search_finds_no_names_of_rows_one_may_not_see(team: Team) -> None:
    team.tree("alice", "阿里账户")
    team.tree("bob", "鲍勃账户")
    with team.psql("bob") as conn:
        titles = [r[0] for r in conn.execute("SELECT title FROM search_index")]
        assert titles and all(title.startswith("鲍勃") for title in titles)
        assert not conn.execute("SELECT 1 FROM search_index WHERE title LIKE '阿里%%'").fetchall()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM search_index")
    with team.db("bob").session() as s:  # deleting keeps the index whole (no stale names)
        s.delete(s.scalars(select(Contact)).one())
    with team.psql("boss") as conn:
        titles = {r[0] for r in conn.execute("SELECT title FROM search_index")}
    assert "鲍勃账户联系人" not in titles and "阿里账户联系人" in titles


def test_the_change_log_shows_only_the_history_of_visible_records(team: Team) -> None:
    team.tree("alice", "阿里账户")
    team.tree("bob", "鲍勃账户")
    with team.psql("bob") as conn:
        kinds = conn.execute("SELECT DISTINCT changed_by FROM change_log").fetchall()
        assert kinds == [(team.names["bob"],)]
        mine = {r[0] for t in TREE for r in conn.execute(f"SELECT uuid FROM {t}")}
        logged = {r[0] for r in conn.execute("SELECT record_uuid FROM change_log")}
    assert logged == mine


def test_reference_tables_are_read_by_all_and_changed_by_managers(team: Team) -> None:
    with team.psql("bob") as conn:
        assert conn.execute("SELECT count(*) FROM stage").fetchone()[0] > 0
        assert conn.execute("UPDATE stage SET position = position").rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE kad_member SET manager = true")
    with team.psql("boss") as conn:
        assert conn.execute("UPDATE stage SET position = position").rowcount > 0
    with team.db("bob").read() as s:
        assert s.scalars(select(Stage)).first() is not None


def test_psql_as_a_salesperson_lists_only_their_accounts(team: Team) -> None:
    psql = shutil.which("psql")
    if psql is None:
        pytest.skip("psql is not installed")
    team.tree("alice", "阿里账户")
    team.tree("bob", "鲍勃账户")
    from sqlalchemy.engine import make_url

    url = make_url(team.admin_url)
    result = subprocess.run(
        [psql, "-X", "-A", "-t", "-h", str(url.host), "-p", str(url.port),
         "-U", team.names["bob"], "-d", str(url.database),
         "-c", "SELECT name FROM account ORDER BY name"],
        env={**os.environ, "PGPASSWORD": PASSWORD},
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert result.stdout.split() == ["鲍勃账户"]
