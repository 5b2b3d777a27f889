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
