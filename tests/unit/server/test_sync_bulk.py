"""The sync's set-based writes on the server (docs/team-server.md#sync, Speed): records go in
by COPY into a scratch table and one INSERT … SELECT / UPDATE … FROM per table; every kind
of value (dates, times, money, booleans, choices, JSON, references, a record's reference to
its own table) must arrive as it left."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import delete, select, text

from desktop.models import Account, Action, ChangeEntry, Contact, Opportunity
from desktop.services import sync
from desktop.services.clock import FixedClock
from desktop.services.database import open_database
from desktop.services.sync_side import TABLES, Side

# what differs between two databases by design: keys, write counters, the owner (the server's)
LOCAL_ONLY = {"id", "version", "owner"}
MOMENT = datetime(2026, 3, 2, 9, 0)


def records(db) -> dict[str, dict[str, dict]]:
    """Every record of each table by uuid, references as uuids."""
    found = {}
    with db.read() as s:
        side = Side(s.connection())
        for name, table in TABLES.items():
            uuids = side.uuids(table)
            rows = side.rows(table, uuids) if uuids else {}
            found[name] = {
                u: {k: v for k, v in row.items() if k not in LOCAL_ONLY} for u, row in rows.items()
            }
    return found


def test_every_kind_of_value_goes_up_and_comes_back_as_it_was(demo_db_path: Path, pg_db) -> None:
    local = open_database(demo_db_path, clock=FixedClock(datetime(2026, 3, 2, 9, 0))).db
    try:
        sync.synchronise(local, pg_db)
        mine = records(local)
        assert sum(len(rows) for rows in mine.values()) > 100
        assert records(pg_db) == mine

        with local.session() as s:  # changes of every kind of value, logged as the window does
            boss, worker = s.scalars(select(Contact).order_by(Contact.id).limit(2)).all()
            worker.reports_to_id = boss.id  # a reference to the same table
            worker.birthday = date(1980, 5, 17)
            worker.could_be_coach = not worker.could_be_coach
            worker.stance = boss.stance
            deal = s.scalars(select(Opportunity).order_by(Opportunity.id)).first()
            deal.amount = Decimal("1234567.89")
            deal.charter = {"goal": "递交投标文件", "risks": ["预算", "工期"]}
            action = s.scalars(select(Action).order_by(Action.id)).first()
            action.best = not action.best
            action.due_on = date(2026, 4, 1)
        result = sync.synchronise(local, pg_db)
        assert result.uploaded >= 3
        assert records(pg_db) == records(local)
    finally:
        local.close()


def test_deleted_entries_forget_their_transaction(pg_db) -> None:
    """The server notes each entry's transaction for the sync; deleting an entry (emptying the
    recycle bin forgets its record's history) forgets that note too."""
    with pg_db.session() as s:
        s.execute(text("INSERT INTO change_log (uuid, record_uuid, kind, action, field, "
                       "changed_at, changed_by, batch, origin) VALUES "
                       "('e1', 'r1', 'account', 'created', '', now(), 'me', 'b', '')"))  # fmt: skip
    with pg_db.session() as s:
        noted = "SELECT count(*) FROM kad_change_xact x JOIN change_log c ON c.id = x.change_id"
        assert s.execute(text(noted)).scalar_one() == 1
        s.execute(delete(ChangeEntry).where(ChangeEntry.uuid == "e1"))
        assert s.execute(text("SELECT count(*) FROM kad_change_xact")).scalar_one() == 0


@pytest.fixture
def synced(tmp_path: Path, pg_db):
    """A laptop file and the server holding one account, synchronised; and its uuid."""
    local = open_database(tmp_path / "laptop.sqlite", clock=FixedClock(MOMENT)).db
    with local.session() as s:
        account = Account(name="华东电网", industry="电力")
        s.add(account)
        s.flush()
        uuid = account.uuid
    sync.synchronise(local, pg_db)
    yield local, uuid
    local.close()


def _change_region(local, uuid: str, *before: str) -> None:
    with local.session() as s:
        for statement in before:  # a change made without a word in the log
            s.execute(text(statement))
        s.scalars(select(Account).where(Account.uuid == uuid)).one().region = "上海"


def test_a_record_changed_on_one_side_takes_only_its_changed_fields(synced, pg_db) -> None:
    """Only the laptop changed it: the server takes the changed field, its other fields stay
    (they are not even read: docs/team-server.md#sync)."""
    local, uuid = synced
    _change_region(local, uuid)
    result = sync.synchronise(local, pg_db)
    assert (result.uploaded, result.downloaded, result.conflicts) == (1, 0, [])
    assert _account(pg_db, uuid) == ("华东电网", "电力", "上海", pg_db.default_owner)


def test_a_record_changed_on_one_side_whose_owner_differs_gets_the_server_s_owner(
    synced, pg_db
) -> None:
    local, uuid = synced
    _change_region(local, uuid, "UPDATE account SET owner = 'someone'")
    sync.synchronise(local, pg_db)
    assert _account(local, uuid) == ("华东电网", "电力", "上海", pg_db.default_owner)
    assert _account(pg_db, uuid) == ("华东电网", "电力", "上海", pg_db.default_owner)


def test_a_record_changed_on_one_side_and_missing_on_the_other_goes_there_whole(
    synced, pg_db, pg_url: str
) -> None:
    local, uuid = synced
    with psycopg.connect(pg_url) as conn:  # gone from the server without a word in its log
        conn.execute("SELECT set_config('kad.quiet', 'on', true)")
        conn.execute("DELETE FROM account")
    _change_region(local, uuid)
    sync.synchronise(local, pg_db)
    assert _account(pg_db, uuid) == ("华东电网", "电力", "上海", pg_db.default_owner)


def _account(db, uuid: str) -> tuple[str, str, str, str]:
    with db.read() as s:
        a = s.scalars(select(Account).where(Account.uuid == uuid)).one()
        return a.name, a.industry, a.region, a.owner
