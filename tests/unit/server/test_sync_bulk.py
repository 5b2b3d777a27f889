"""The sync's set-based writes on the server (docs/team-server.md#sync, Speed): records go in
by COPY into a scratch table and one INSERT … SELECT / UPDATE … FROM per table; every kind
of value (dates, times, money, booleans, choices, JSON, references, a record's reference to
its own table) must arrive as it left."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import delete, select, text

from desktop.models import Action, ChangeEntry, Contact, Opportunity
from desktop.services import sync
from desktop.services.clock import FixedClock
from desktop.services.database import open_database
from desktop.services.sync_side import TABLES, Side

# what differs between two databases by design: keys, write counters, the owner (the server's)
LOCAL_ONLY = {"id", "version", "owner"}


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
