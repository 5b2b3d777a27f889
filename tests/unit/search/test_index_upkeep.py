"""The search index holds exactly each searched record's text after every kind of write, on a
file (FTS5 and its per-row triggers) and on a server (statement triggers, installed by
``server init``: docs/team-server.md#search): what migration 0003 indexed, computed again
from the records."""

from __future__ import annotations

import importlib

import pytest
from sqlalchemy import select, text

from desktop.models import Account, Contact
from desktop.services.search.index import SEARCH_TABLE, SLOTS
from desktop.services.search.service import SearchService

pytestmark = pytest.mark.both_engines

SEARCHED = importlib.import_module("desktop.migrations.versions.0003_speed_search_and_indexes")


def in_step(db) -> bool:
    """Whether the index holds each searched record once, with the text 0003 gives it."""
    with db.read() as s:
        indexed = s.execute(text(f"SELECT rowid, title, detail FROM {SEARCH_TABLE}")).all()
        expected = []
        for code, table, title, detail, _columns in SEARCHED.SEARCHED:
            expected += s.execute(
                text(
                    f"SELECT id * {SLOTS} + {code}, {title.format(r=table)}, "
                    f"{detail.format(r=table)} FROM {table}"
                )
            ).all()
    return sorted(map(tuple, indexed)) == sorted(map(tuple, expected))


def titles(db, value: str) -> list[str]:
    return [hit.title for hit in SearchService(db).search(value).hits]


def test_the_index_follows_every_kind_of_write(demo_db) -> None:
    assert in_step(demo_db)
    with demo_db.session() as s:  # inserts
        account = Account(name="淮海港务集团", short_name="淮海港务", region="连云")
        s.add(account)
        s.add(Contact(account=account, name="赵港生", department="信息科"))
    assert in_step(demo_db) and titles(demo_db, "淮海港务") == ["淮海港务集团"]
    with demo_db.session() as s:  # a searched field, then one that is not
        found = s.scalars(select(Account).where(Account.name == "淮海港务集团")).one()
        found.name = "淮海港口集团"
        found.notes = "年度框架"
    assert in_step(demo_db) and titles(demo_db, "淮海港口") == ["淮海港口集团"]
    assert titles(demo_db, "淮海港务集") == []
    with demo_db.session() as s:  # many rows in one statement, as psql would write them
        s.execute(text("UPDATE contact SET department = department || '二处'"))
        s.execute(text("UPDATE account SET industry = 'x', name = name"))
    assert in_step(demo_db) and titles(demo_db, "信息科二处") == ["赵港生"]
    with demo_db.session() as s:  # a hand-over's statement: owners only
        s.execute(text("UPDATE account SET owner = 'carol', version = version + 1"))
    assert in_step(demo_db)
    with demo_db.session() as s:  # a plain DELETE, its people going with it (cascade)
        s.execute(text("DELETE FROM account WHERE name = '淮海港口集团'"))
    assert in_step(demo_db) and titles(demo_db, "赵港生") == []
