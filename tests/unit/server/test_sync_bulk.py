"""The sync's set-based writes on the server (docs/team-server.md#sync, Speed): records go in
by COPY into a scratch table and one INSERT … SELECT / UPDATE … FROM per table; every kind
of value (dates, times, money, booleans, choices, JSON, references, a record's reference to
its own table) must arrive as it left."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import delete, event, select, text, update

from desktop.models import (
    Account,
    Action,
    ChangeEntry,
    Contact,
    ContactRole,
    Opportunity,
    Stage,
)
from desktop.models.enums import Role
from desktop.services import sync
from desktop.services.change_log import COLUMNS
from desktop.services.clock import FixedClock
from desktop.services.database import open_database
from desktop.services.excel.field_merge import Entry
from desktop.services.search.service import SearchService
from desktop.services.sync_side import TABLES, Side, among, known, server_window

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
        _add_entry(s, "e1")
    with pg_db.session() as s:
        noted = "SELECT count(*) FROM kad_change_xact x JOIN change_log c ON c.id = x.change_id"
        assert s.execute(text(noted)).scalar_one() == 1
        s.execute(delete(ChangeEntry).where(ChangeEntry.uuid == "e1"))
        assert s.execute(text("SELECT count(*) FROM kad_change_xact")).scalar_one() == 0


def _add_entry(s, uuid: str) -> None:
    """An entry written by hand, as a script would."""
    s.execute(text("INSERT INTO change_log (uuid, record_uuid, kind, action, field, "
                   "changed_at, changed_by, batch, origin) VALUES "
                   "(:uuid, 'r1', 'account', 'created', '', now(), 'me', 'b', '')"),
              {"uuid": uuid})  # fmt: skip


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


def test_of_a_record_one_side_changed_only_the_changed_fields_are_read(
    synced, pg_db, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its row is read with the fields that side changed and what the sync compares (id,
    uuid, ``updated_at``, owner), not whole (docs/team-server.md#sync)."""
    local, uuid = synced
    _change_region(local, uuid)
    read: list[list[str]] = []
    rows = Side.rows

    def spy(self, table, uuids, only=None):
        found = rows(self, table, uuids, only)
        if table.name == "account" and found:
            read.extend(sorted(row) for row in found.values())
        return found

    monkeypatch.setattr(Side, "rows", spy)
    sync.synchronise(local, pg_db)
    assert read == [["id", "owner", "region", "updated_at", "uuid"]]
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


@pytest.fixture
def statements(synced):
    """The SQL statements the laptop file runs, as SQLite starts them, with their parameters
    (each row of an ``executemany`` is one; a statement's triggers repeat it)."""
    local, _uuid = synced
    started: list[str] = []

    def trace(connection, _record, _proxy) -> None:
        connection.set_trace_callback(started.append)

    event.listen(local.engine, "checkout", trace)
    yield started
    event.remove(local.engine, "checkout", trace)


def test_records_changed_on_the_server_come_down_in_one_statement_per_set_of_columns(
    synced, pg_db, statements: list[str]
) -> None:
    """SQLite's search index (FTS5) writes itself out at the end of every statement: one
    UPDATE per row took four times as long as one UPDATE … FROM for them all."""
    local, _uuid = synced
    with pg_db.session() as s:
        s.add_all(Account(name=f"客户 {n}", industry="电力", region="苏州") for n in range(5))
    sync.synchronise(local, pg_db)
    with pg_db.session() as s:
        s.execute(update(Account).values(region="浙江省"))
    statements.clear()
    result = sync.synchronise(local, pg_db)
    assert result.downloaded == 6
    updates = {sql for sql in statements if re.match(r'UPDATE "?account"?\s', sql)}
    assert len(updates) == 1
    with local.read() as s:
        assert set(s.scalars(select(Account.region))) == {"浙江省"}
    found = SearchService(local).search("浙江省")  # the search index came along
    assert len(found.groups[0].hits) == 6 and found.groups[0].kind == "account"
    assert not SearchService(local).search("苏州").groups


def test_every_kind_of_value_comes_down_as_the_app_stores_it(synced, pg_db, tmp_path: Path) -> None:
    """The laptop's set-based writes store each value as SQLAlchemy does (times with their
    microseconds, money in fen, choices, booleans, JSON): the same as a record the window
    saved."""
    local, _uuid = synced
    _add_deal(pg_db, Decimal("1234567.89"), {"goal": "递交投标文件", "risks": ["预算", "工期"]})
    sync.synchronise(local, pg_db)
    with pg_db.session() as s:
        contact = s.scalars(select(Contact).where(Contact.name == "王工")).one()
        contact.could_be_coach = True
        contact.birthday = date(1981, 6, 18)
        deal = s.scalars(select(Opportunity).where(Opportunity.name == "变电站项目")).one()
        deal.amount = Decimal("7654321.01")
        deal.charter = {"goal": "中标"}
    sync.synchronise(local, pg_db)
    assert records(local) == records(pg_db)
    saved = open_database(tmp_path / "window.sqlite", clock=FixedClock(MOMENT)).db
    try:  # the same records saved by the window into a file of their own
        _add_deal(saved, Decimal("7654321.01"), {"goal": "中标"}, True, date(1981, 6, 18))
        assert _stored(local) == _stored(saved)
    finally:
        saved.close()


def _add_deal(db, amount: Decimal, charter: dict, coach: bool = False, born=None) -> None:
    with db.session() as s:
        account = Account(name="国网江苏", industry="电力", region="南京")
        s.add(account)
        s.flush()
        s.add(Contact(account_id=account.id, name="王工", birthday=born, could_be_coach=coach))
        stage = s.scalars(select(Stage.id).order_by(Stage.id)).first()
        s.add(Opportunity(account_id=account.id, name="变电站项目", stage_id=stage,
                          stage_entered_on=date(2026, 3, 1),
                          expected_decision_date=date(2026, 6, 30), amount=amount,
                          charter=charter))  # fmt: skip


def _stored(db) -> list[tuple]:
    """Values as the file holds them (their SQLite type and text), not as read back."""
    columns = {
        "contact": ("birthday", "could_be_coach", "stance"),
        "opportunity": ("amount", "charter", "expected_decision_date"),
    }
    found = []
    with db.read() as s:
        for table, names in columns.items():
            shown = ", ".join(f"typeof({n}), {n}" for n in names)
            found += s.execute(text(f"SELECT {shown} FROM {table} ORDER BY uuid")).all()
        time = "'____-__-__ __:__:__.______'"  # with microseconds, as SQLAlchemy writes them
        found += s.execute(
            text(f"SELECT count(*) FROM opportunity WHERE updated_at NOT LIKE {time}")
        )
    return found


def test_a_set_of_values_goes_to_the_server_as_one_text(pg_db) -> None:
    """psycopg quotes an array's every element with a regular expression (8 ms of 14 for
    5,000 uuids): the values go joined, the server splits them; a value
    the text would lose (one holding the separator, an empty one) goes as an array, and every
    lookup finds what it should."""
    log = ChangeEntry.__table__
    with pg_db.session() as s:
        for uuid in ("plain", "odd\x1fone", ""):
            _add_entry(s, uuid)
        conn = s.connection()
        sent = among(conn, log.c.uuid, ["plain", "other"]).compile(dialect=conn.dialect).params
        assert "plain\x1fother" in sent.values()
        assert known(conn, ["plain", "odd\x1fone", "missing"]) == {"plain", "odd\x1fone"}
        assert known(conn, ["", "plain"]) == {"", "plain"}
        ids = s.execute(select(log.c.id).where(log.c.uuid == "plain")).scalars().all()
        found = s.execute(select(log.c.uuid).where(among(conn, log.c.id, [*ids, 10**12])))
        assert found.scalars().all() == ["plain"]


def test_a_set_of_values_goes_to_a_file_as_one_json_text(db_path: Path) -> None:
    """sqlite3 binds thousands of IN parameters one by one: the values go as one JSON array
    (json_each), and every lookup finds what it should."""
    log = ChangeEntry.__table__
    db = open_database(db_path).db
    try:
        with db.session() as s:
            odd = ("plain", 'qu"ote\\', "odd\x1fone", "", "王伟")
            for uuid in odd:
                entry = dict(record_uuid="r1", kind="account", action="created", field="")
                s.add(ChangeEntry(uuid=uuid, changed_at=MOMENT, changed_by="me", **entry))
            s.flush()
            conn = s.connection()
            sent = among(conn, log.c.uuid, ["plain", "other"]).compile(dialect=conn.dialect).params
            assert list(sent.values()) == ['["plain", "other"]']
            assert known(conn, [*odd, "missing"]) == set(odd)
            ids = s.execute(select(log.c.id).where(log.c.uuid == "王伟")).scalars().all()
            found = s.execute(select(log.c.uuid).where(among(conn, log.c.id, [*ids, 10**12])))
            assert found.scalars().all() == ["王伟"]
    finally:
        db.close()


def test_entries_a_copy_of_the_file_sent_meanwhile_are_skipped(pg_db) -> None:
    """The laptop's entries go in by a plain INSERT (checked absent first); one that another
    sync added since is skipped, the others still go in."""
    with pg_db.session() as s:
        _add_entry(s, "sent-meanwhile")
    with pg_db.session() as s:
        conn = s.connection()
        rows = conn.execute(
            select(*(ChangeEntry.__table__.c[n] for n in COLUMNS)).where(
                ChangeEntry.uuid == "sent-meanwhile"
            )
        ).one()
        entries = [Entry.of(tuple(rows)), Entry.of(("new-one", *tuple(rows)[1:]))]
        Side(conn).copy_entries(entries, "sync-1")
        assert known(conn, ["sent-meanwhile", "new-one"]) == {"sent-meanwhile", "new-one"}
        (origin,) = s.execute(select(ChangeEntry.origin).where(ChangeEntry.uuid == "new-one")).one()
        assert origin == "sync-1"


def test_the_servers_log_window_comes_in_the_logs_order(pg_db) -> None:
    """Read without ORDER BY (it spilled to disk), sorted by id afterwards: entries written in
    another order than their ids (by a script) still come in the log's order."""
    with pg_db.session() as s:
        for uuid, entry_id in (("e1", 3), ("e2", 2), ("e3", 1)):
            s.execute(
                text(
                    "INSERT INTO change_log (id, uuid, record_uuid, kind, action, field, "
                    "changed_at, changed_by, batch, origin) VALUES "
                    "(:id, :uuid, 'r1', 'account', 'created', '', now(), 'me', 'b', '')"
                ),
                {"id": 10**9 + entry_id, "uuid": uuid},
            )
    with pg_db.read() as s:
        entries, _ids = server_window(s.connection(), 0)
    assert [e.uuid for e in entries] == ["e3", "e2", "e1"]


def test_a_new_record_that_breaks_a_unique_rule_there_is_left_out(synced, pg_db) -> None:
    """Both sides gave the same person the same role meanwhile: each keeps its own row (the
    other's is left out by the unique rule), and the sync neither fails nor counts it."""
    local, uuid = synced
    with local.session() as s:
        account_id = s.scalars(select(Account.id).where(Account.uuid == uuid)).one()
        s.add(Contact(account_id=account_id, name="王工"))
    sync.synchronise(local, pg_db)
    for db in (local, pg_db):
        with db.session() as s:
            contact = s.scalars(select(Contact).where(Contact.name == "王工")).one()
            s.add(ContactRole(contact_id=contact.id, role=Role.COACH))
    result = sync.synchronise(local, pg_db)
    assert (result.uploaded, result.downloaded) == (0, 0)
    for db in (local, pg_db):
        with db.read() as s:
            assert s.scalars(select(ContactRole.role)).all() == [Role.COACH]
    assert sync.synchronise(local, pg_db).uploaded == 0
