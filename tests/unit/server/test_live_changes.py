"""Other users' changes reach an open window (docs/team-server.md#live-refresh)."""

from __future__ import annotations

import time

from desktop.models import Account, Contact
from desktop.services.changes import ACCOUNTS, ALL_CHANGED, CONTACTS, ChangeSet
from desktop.services.database import open_server
from desktop.services.live_changes import Listener, changes_of


def _wait(listener: Listener) -> ChangeSet | None:
    for _ in range(50):
        found = listener.poll()
        if found is not None:
            return found
        time.sleep(0.05)
    return None


def test_a_colleagues_commit_is_notified_with_what_it_changed(pg_url: str) -> None:
    listener = Listener(pg_url)
    colleague = open_server(pg_url).db
    try:
        assert listener.poll() is None
        with colleague.session() as s:
            account = Account(name="华东电网")
            s.add(account)
            s.flush()
            s.add(Contact(account_id=account.id, name="李明"))
        assert _wait(listener) == ChangeSet(frozenset({ACCOUNTS, CONTACTS}))
        assert listener.poll() is None
    finally:
        colleague.close()
        listener.close()


def test_a_rolled_back_write_is_not_notified(pg_url: str) -> None:
    listener = Listener(pg_url)
    colleague = open_server(pg_url).db
    try:
        try:
            with colleague.session() as s:
                s.add(Account(name="never"))
                s.flush()
                raise RuntimeError
        except RuntimeError:
            pass
        time.sleep(0.3)
        assert listener.poll() is None
    finally:
        colleague.close()
        listener.close()


def test_an_unknown_table_refreshes_everything() -> None:
    assert changes_of([";stage"]) == ALL_CHANGED
    assert changes_of([]) is None
    assert changes_of([";contact,contact_role"]) == ChangeSet(frozenset({CONTACTS}))


def test_a_windows_own_writes_are_left_out() -> None:
    assert changes_of(["mine;contact"], own_session="mine") is None
    assert changes_of(["mine;contact", "theirs;account"], own_session="mine") == ChangeSet(
        frozenset({ACCOUNTS})
    )


def test_the_listener_skips_its_own_windows_writes(pg_url: str) -> None:
    window = open_server(pg_url).db
    listener = Listener(pg_url, own_session=window.session_id)
    try:
        with window.session() as s:
            s.add(Account(name="mine"))
        time.sleep(0.3)
        assert listener.poll() is None
    finally:
        window.close()
        listener.close()
