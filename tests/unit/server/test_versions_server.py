"""Versions on a team server (docs/team-server.md#versions)."""

from __future__ import annotations


def test_a_write_from_psql_raises_the_version_so_an_open_form_is_refused(pg_db) -> None:
    """A script's plain UPDATE (no version of its own) raises it all the same."""
    from dataclasses import replace

    import pytest

    from desktop.services.accounts import AccountData, AccountService
    from desktop.services.versions import ChangedMeanwhile
    from tests.pg_server import admin_engine

    service = AccountService(pg_db)
    account_id, _ = service.create(AccountData(name="华东电网"))
    data, version = service.read(account_id)
    engine = admin_engine(pg_db.server)
    with engine.connect() as conn:
        conn.exec_driver_sql(f"UPDATE account SET region = 'psql' WHERE id = {account_id}")
    engine.dispose()
    assert service.read(account_id)[1] == version + 1
    with pytest.raises(ChangedMeanwhile):
        service.update(account_id, replace(data, phone="1"), version)


def test_a_write_that_raises_the_version_itself_does_not_call_the_trigger(pg_db) -> None:
    """A sync's UPDATE of 10,000 records raises their versions itself: the database does not
    call the version trigger for each of them (docs/team-server.md#sync), and still raises the
    version of a write that did not."""
    from sqlalchemy import text

    from desktop.services.accounts import AccountData, AccountService

    service = AccountService(pg_db)
    ids = [service.create(AccountData(name=f"客户 {n}"))[0] for n in range(3)]
    calls = (
        "SELECT coalesce(sum(calls), 0) FROM pg_stat_xact_user_functions "
        "WHERE funcname = 'kad_raise_version'"
    )
    with pg_db.session() as s:
        s.execute(text("SET LOCAL track_functions = 'pl'"))
        s.execute(text("UPDATE account SET region = 'sync', version = version + 1"))
        assert s.execute(text(calls)).scalar_one() == 0
        s.execute(text("UPDATE account SET region = 'psql'"))
        assert s.execute(text(calls)).scalar_one() == 3
    assert [service.read(i)[1] for i in ids] == [3, 3, 3]
