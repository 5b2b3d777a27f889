"""Opening a database on a PostgreSQL server (docs/team-server.md)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.models import Account, ChangeEntry
from desktop.services.database import ServerBackup, open_server
from desktop.services.schema import DatabaseRefused
from desktop.services.server_schema import ServerUnreachable
from tests.pg_server import with_other_password


def test_an_empty_server_database_is_refused_until_server_init_sets_it_up(pg_server) -> None:
    if pg_server is None:
        pytest.skip("no PostgreSQL server")
    url = pg_server.new_database(empty=True)
    try:
        with pytest.raises(DatabaseRefused, match="server init"):
            open_server(url)
        opened = open_server(url, init=True)
        assert opened.created
        opened.db.close()
        again = open_server(url)
        assert not again.created
        again.db.close()
    finally:
        pg_server.drop(url)


def test_a_foreign_server_database_is_refused_and_left_untouched(pg_server) -> None:
    if pg_server is None:
        pytest.skip("no PostgreSQL server")
    url = pg_server.new_database(empty=True)
    try:
        from tests.pg_server import admin_engine

        engine = admin_engine(url)
        with engine.connect() as conn:
            conn.exec_driver_sql("CREATE TABLE invoices (id int)")
        with pytest.raises(DatabaseRefused, match="another application"):
            open_server(url, init=True)
        with engine.connect() as conn:
            tables = (
                conn.exec_driver_sql(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                )
                .scalars()
                .all()
            )
        engine.dispose()
        assert tables == ["invoices"]
    finally:
        pg_server.drop(url)


def test_a_wrong_password_is_one_sentence_without_the_password(pg_url: str) -> None:
    wrong = with_other_password(pg_url, "not-the-password")
    with pytest.raises(ServerUnreachable) as caught:
        open_server(wrong)
    text = str(caught.value)
    assert "password authentication failed" in text
    assert "not-the-password" not in text


def test_a_write_is_one_transaction_and_is_logged(pg_db) -> None:
    with pg_db.session() as s:
        s.add(Account(name="华东电网"))
    with pytest.raises(RuntimeError), pg_db.session() as s:
        s.add(Account(name="never"))
        s.flush()
        raise RuntimeError
    with pg_db.read() as s:
        assert s.scalars(select(Account.name)).all() == ["华东电网"]
        assert s.scalars(select(ChangeEntry.kind)).all() == ["account"]


def test_backups_on_a_server_are_refused_with_a_sentence(pg_db) -> None:
    from datetime import datetime

    with pytest.raises(ServerBackup, match="pg_dump"):
        pg_db.backup("manual", datetime(2026, 12, 2))
