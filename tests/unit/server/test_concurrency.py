"""Concurrent clients on overlapping records lose no update (bench/concurrency.py, small)."""

from __future__ import annotations

from bench.concurrency import run


def test_concurrent_edits_lose_nothing_with_versions(pg_server) -> None:
    if pg_server is None:
        import pytest

        pytest.skip("no PostgreSQL server")
    url = pg_server.new_database()
    try:
        outcome = run(url, clients=4, edits=25)
    finally:
        pg_server.drop(url)
    assert outcome.edits == 100 and outcome.lost == 0


def test_without_the_check_the_same_interleaving_loses_an_update(db) -> None:
    """What the benchmark counts is real: two read-modify-writes interleaved, unchecked."""
    from dataclasses import replace

    from desktop.services.accounts import AccountData, AccountService

    service = AccountService(db)
    account_id, _ = service.create(AccountData(name="Shared"))
    first, _ = service.read(account_id)
    second, _ = service.read(account_id)
    service.update(account_id, replace(first, notes="|a"))
    service.update(account_id, replace(second, notes="|b"))
    assert service.get(account_id).notes == "|b"  # "|a" is lost
