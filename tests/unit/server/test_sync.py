"""Offline sync between a laptop file and the team server (docs/team-server.md#sync)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from desktop.models import Account, ChangeEntry, Contact
from desktop.services import sync
from desktop.services.clock import FixedClock
from desktop.services.database import open_database


def laptop(tmp_path: Path, moment: datetime = datetime(2026, 3, 2, 9, 0)):
    return open_database(tmp_path / "laptop.sqlite", clock=FixedClock(moment)).db


def accounts(db) -> dict[str, dict[str, str]]:
    with db.read() as s:
        return {
            a.uuid: {"name": a.name, "industry": a.industry, "region": a.region}
            for a in s.scalars(select(Account))
        }


def log_size(db) -> int:
    with db.read() as s:
        return len(s.scalars(select(ChangeEntry.id)).all())


def psql(url: str, sql: str, **params) -> None:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.begin() as conn:
        conn.execute(text(sql), params)
    engine.dispose()


@pytest.fixture
def both(tmp_path: Path, pg_db):
    local = laptop(tmp_path)
    yield local, pg_db
    local.close()


def test_the_first_sync_uploads_a_file_and_a_second_changes_nothing(both) -> None:
    local, server = both
    with local.session() as s:
        s.add(Account(name="华东电网", industry="电力"))
    first = sync.synchronise(local, server)
    assert first.first and first.uploaded >= 1
    assert {a["name"] for a in accounts(server).values()} == {"华东电网"}
    before = (accounts(local), accounts(server), log_size(local), log_size(server))
    again = sync.synchronise(local, server)
    assert (again.uploaded, again.downloaded, again.conflicts) == (0, 0, [])
    assert (accounts(local), accounts(server), log_size(local), log_size(server)) == before


def test_the_first_sync_to_a_new_file_downloads_the_server(tmp_path: Path, pg_db) -> None:
    with pg_db.session() as s:
        s.add(Account(name="南方电网"))
    local = laptop(tmp_path)
    try:
        sync.synchronise(local, pg_db)
        assert [a["name"] for a in accounts(local).values()] == ["南方电网"]
        with local.read() as s:
            assert s.scalars(select(Account.owner)).one() == pg_db.default_owner
    finally:
        local.close()


def test_changes_to_different_fields_are_all_kept_and_the_same_field_later_wins(
    both, pg_url: str
) -> None:
    local, server = both
    with local.session() as s:
        s.add(Account(name="华东电网", industry="电力", region="上海"))
    sync.synchronise(local, server)
    (uuid,) = accounts(local)
    with local.session() as s:  # at 09:00 UTC+8 on the laptop: before the server's edits
        account = s.scalars(select(Account)).one()
        account.industry = "能源"
        account.region = "江苏"
    psql(pg_url, "UPDATE account SET name = '国网华东', region = '浙江' WHERE uuid = :u", u=uuid)
    result = sync.synchronise(local, server)
    expected = {"name": "国网华东", "industry": "能源", "region": "浙江"}
    assert accounts(local)[uuid] == accounts(server)[uuid] == expected
    (conflict,) = result.conflicts
    line = conflict.render()
    assert "conflict" in line and "国网华东" in line and "region" in line and "江苏" in line
    assert sync.synchronise(local, server).conflicts == []


def test_a_plain_delete_on_the_server_travels_unless_the_laptop_edited_the_record(
    both, pg_url: str
) -> None:
    local, server = both
    with local.session() as s:
        s.add_all([Account(name="甲"), Account(name="乙")])
    sync.synchronise(local, server)
    by_name = {a["name"]: u for u, a in accounts(local).items()}
    with local.session() as s:
        s.scalars(select(Account).where(Account.name == "乙")).one().industry = "电力"
    psql(pg_url, "DELETE FROM account")
    result = sync.synchronise(local, server)
    assert set(accounts(local)) == set(accounts(server)) == {by_name["乙"]}
    (conflict,) = result.conflicts
    assert conflict.field == "" and "deleted on the server" in conflict.render()


def test_a_deletion_on_the_laptop_travels_to_the_server(both) -> None:
    local, server = both
    with local.session() as s:
        s.add(Account(name="甲"))
    sync.synchronise(local, server)
    from desktop.services import trash

    with local.session() as s:
        trash.move_to_trash(s, "account", s.scalars(select(Account.id)).one(), local.clock.now())
    sync.synchronise(local, server)
    assert accounts(server) == {}
    assert sync.synchronise(local, server).uploaded == 0


def test_the_server_logs_writes_of_any_client_with_references_as_uuids(pg_db, pg_url) -> None:
    with pg_db.session() as s:
        first, second = Account(name="甲"), Account(name="乙")
        s.add(Contact(account=first, name="王工"))
        s.add(second)
    psql(
        pg_url,
        "UPDATE contact SET name = '王总', could_be_coach = true, "
        "account_id = (SELECT id FROM account WHERE name = '乙')",
    )
    psql(pg_url, "DELETE FROM contact")
    with pg_db.read() as s:
        entries = {
            (e.kind, e.action, e.field): (e.old_value, e.new_value, e.changed_by)
            for e in s.scalars(select(ChangeEntry))
        }
    who = pg_db.default_owner
    assert entries[("contact", "changed", "name")] == ("王工", "王总", who)
    assert entries[("contact", "changed", "could_be_coach")] == ("0", "1", who)
    assert entries[("contact", "changed", "account_id")] == (first.uuid, second.uuid, who)
    assert ("contact", "deleted", "") in entries
    assert len(entries) == 6  # two accounts and a person created, three fields, a deletion


def _salesperson(pg_url: str, name: str) -> str:
    """A login role that sees only the accounts it owns (the team's own policies are
    installed by ``server init`` where present; this small one stands in otherwise)."""
    from sqlalchemy.engine import make_url

    psql(pg_url, f"CREATE ROLE {name} LOGIN PASSWORD 'pw-{name}'")
    database = make_url(pg_url).database
    for grant in (
        f"GRANT CONNECT ON DATABASE {database} TO {name}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {name}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {name}",
    ):
        psql(pg_url, grant)
    policies = psql_scalar(pg_url, "SELECT count(*) FROM pg_policies WHERE tablename = 'account'")
    if not policies:
        psql(pg_url, "ALTER TABLE account ENABLE ROW LEVEL SECURITY")
        psql(
            pg_url,
            "CREATE POLICY own ON account USING (owner = current_user OR owner = '') "
            "WITH CHECK (owner = current_user)",
        )
    url = make_url(pg_url).set(username=name, password=f"pw-{name}")
    return url.render_as_string(hide_password=False)


def psql_scalar(url: str, sql: str):
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.connect() as conn:
        value = conn.execute(text(sql)).scalar()
    engine.dispose()
    return value


def test_a_salesperson_downloads_only_what_they_may_see_and_uploads_as_themselves(
    tmp_path: Path, pg_db, pg_url: str
) -> None:
    from uuid import uuid4

    from desktop.services.database import open_server

    li = f"li_{uuid4().hex[:8]}"  # roles belong to the whole server: a name of its own
    with pg_db.session() as s:
        s.add_all([Account(name="李的客户", owner=li), Account(name="王的客户", owner="wang")])
    psql(pg_url, "UPDATE account SET region = '秘密' WHERE owner = 'wang'")
    server = open_server(_salesperson(pg_url, li)).db
    local = laptop(tmp_path)
    try:
        sync.synchronise(local, server)
        assert [a["name"] for a in accounts(local).values()] == ["李的客户"]
        with local.read() as s:  # nothing of the colleague's record, its history included
            assert not s.scalars(select(ChangeEntry).where(ChangeEntry.new_value == "秘密")).all()
        with local.session() as s:
            s.add(Account(name="新客户"))
        sync.synchronise(local, server)
        with pg_db.read() as s:
            owners = dict(s.execute(select(Account.name, Account.owner)).all())
        assert owners == {"李的客户": li, "王的客户": "wang", "新客户": li}
    finally:
        local.close()
        server.close()
        psql(pg_url, f"DROP OWNED BY {li}")
        psql(pg_url, f"DROP ROLE {li}")


def people(db) -> set[str]:
    with db.read() as s:
        return set(s.scalars(select(Contact.name)))


def test_a_record_kept_against_a_deletion_keeps_what_hangs_under_it(both, pg_url: str) -> None:
    local, server = both
    with local.session() as s:
        s.add_all(
            [
                Contact(account=Account(name="甲"), name="王工"),
                Contact(account=Account(name="乙"), name="李工"),
            ]
        )
    sync.synchronise(local, server)
    from desktop.services import trash

    with local.session() as s:  # the laptop deletes 甲, and edits 乙 ...
        first = s.scalars(select(Account.id).where(Account.name == "甲")).one()
        trash.move_to_trash(s, "account", first, local.clock.now())
        s.scalars(select(Account).where(Account.name == "乙")).one().region = "江苏"
    # ... which the server deletes, with its people, after editing 甲
    psql(pg_url, "UPDATE account SET region = '浙江' WHERE name = '甲'")
    psql(pg_url, "DELETE FROM account WHERE name = '乙'")
    result = sync.synchronise(local, server)
    assert len(result.conflicts) == 2
    assert {a["name"] for a in accounts(local).values()} == {"甲", "乙"}
    assert people(local) == people(server) == {"王工", "李工"}
    assert accounts(local) == accounts(server)
    again = sync.synchronise(local, server)
    assert (again.uploaded, again.downloaded) == (0, 0)


def test_the_first_sync_of_a_file_merges_records_both_sides_hold_by_the_merge_rules(
    both, pg_url: str
) -> None:
    """Both sides hold the same two accounts (an Excel round trip, say): a field changed in a
    logged edit keeps the later change; unlogged values go to the record changed last."""
    local, server = both
    with local.session() as s:
        s.add_all([Account(name="甲", region="上海"), Account(name="乙", region="上海")])
    with local.read() as s:
        rows = [(a.uuid, a.name) for a in s.scalars(select(Account))]
    with server.session() as s:
        s.add_all([Account(uuid=u, name=n, region="上海") for u, n in rows])
    by_name = dict((n, u) for u, n in rows)
    # 甲: no history on either side, the server's record is the later
    psql(pg_url, "DELETE FROM change_log")
    psql(pg_url, "UPDATE account SET region = '浙江', updated_at = '2030-01-01' WHERE name = '甲'")
    psql(pg_url, "DELETE FROM change_log WHERE record_uuid = :u", u=by_name["甲"])
    # 乙: changed here in a logged edit, not on the server
    with local.session() as s:
        s.scalars(select(Account).where(Account.name == "乙")).one().region = "江苏"
    result = sync.synchronise(local, server)
    assert result.conflicts == []
    assert accounts(local) == accounts(server)
    regions = {a["name"]: a["region"] for a in accounts(server).values()}
    assert regions == {"甲": "浙江", "乙": "江苏"}
