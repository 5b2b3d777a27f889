"""The server's search index is kept by statement triggers (search/server_index.py,
docs/team-server.md#search): a write that leaves a record's searched text alone leaves its
index row alone, whoever writes; ``server init`` run again keeps them."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from desktop.models import Account
from desktop.services import sync
from desktop.services.clock import FixedClock
from desktop.services.database import open_database, open_server
from desktop.services.team_records import hand_over
from tests.unit.search.test_index_upkeep import in_step, titles

from .team import Team, team_fixture  # noqa: F401  (the fixture)


def index_rows(team: Team) -> dict[str, tuple[str, str]]:
    """Each index row's title -> (its physical place, its detail): a row written again moves."""
    with team.psql("boss") as conn:
        found = conn.execute("SELECT title, ctid::text, detail FROM search_index").fetchall()
    return {title: (place, detail) for title, place, detail in found}


def test_a_write_that_leaves_the_searched_text_alone_leaves_the_index_alone(team: Team) -> None:
    team.tree("alice", "阿里")
    before = index_rows(team)
    with team.psql("alice") as conn:  # searched columns set to what they hold, others changed
        conn.execute("UPDATE account SET name = name, region = region, notes = '年度'")
        conn.execute("UPDATE contact SET name = name, notes = '常联系'")
    hand_over(team.db("boss"), team.names["alice"], team.names["carol"])
    assert index_rows(team) == before
    with team.psql("carol") as conn:  # a member's write re-indexes (as the schema's owner)
        conn.execute("UPDATE account SET region = '华东区'")
    after = index_rows(team)
    assert after["阿里"][1] == " 华东区" and after["阿里"][0] != before["阿里"][0]
    assert {k: v for k, v in after.items() if k != "阿里"} == {
        k: v for k, v in before.items() if k != "阿里"
    }
    assert in_step(team.db("boss")) and titles(team.db("carol"), "华东区") == ["阿里"]


def test_server_init_again_keeps_the_statement_triggers(pg_url: str) -> None:
    open_server(pg_url, init=True).db.close()  # on a server set up already: an upgrade
    db = open_server(pg_url).db
    try:
        with db.read() as s:
            triggers = set(
                s.connection()
                .exec_driver_sql(
                    "SELECT tgname FROM pg_trigger WHERE tgrelid = 'account'::regclass"
                )
                .scalars()
            )
        assert {"search_account_insert", "search_account_update", "search_account_delete"} <= (
            triggers
        )
        assert "search_account" not in triggers  # migration 0003's, per row
        with db.session() as s:
            s.add(Account(name="华东电网", region="上海"))
        assert in_step(db) and titles(db, "华东电网") == ["华东电网"]
    finally:
        db.close()


def test_the_server_finds_an_account_renamed_on_a_laptop_after_a_sync(
    tmp_path: Path, pg_db
) -> None:
    clock = FixedClock(datetime(2026, 3, 2, 9, 0))
    local = open_database(tmp_path / "laptop.sqlite", clock=clock).db
    try:
        with local.session() as s:
            s.add_all([Account(name="华东电网", region="上海"), Account(name="南方电网")])
        sync.synchronise(local, pg_db)
        assert titles(pg_db, "华东电网") == ["华东电网"]
        with local.session() as s:
            s.scalars(select(Account).where(Account.name == "华东电网")).one().name = "华东能源"
        sync.synchronise(local, pg_db)
        assert titles(pg_db, "华东能源") == ["华东能源"] and titles(pg_db, "华东电网") == []
        assert in_step(pg_db)
    finally:
        local.close()
