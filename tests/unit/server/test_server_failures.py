"""A server error the user can meet is one sentence, never a traceback
(docs/team-server.md#failures)."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import select

from desktop.models import Account
from desktop.services.failures import explain


def test_a_session_the_server_ended_says_to_try_again(pg_db) -> None:
    with pytest.raises(Exception) as caught, pg_db.session() as s:
        s.add(Account(name="华东电网"))
        s.flush()
        s.connection().exec_driver_sql("SELECT pg_terminate_backend(pg_backend_pid())")
    message = explain(caught.value)
    assert message is not None
    assert message.render() == (
        "The connection to the team server was lost; nothing was changed. Check the network, "
        "then try again."
    )
    with pg_db.read() as s:  # nothing was kept, and the next action connects again
        assert s.scalars(select(Account)).all() == []


def test_an_unreachable_server_and_a_full_one_are_sentences_a_bug_is_not() -> None:
    lost = explain(psycopg.OperationalError("server closed the connection unexpectedly"))
    assert lost is not None and "connection to the team server was lost" in lost.render()
    full = explain(psycopg.errors.DiskFull("could not extend file"))
    assert full is not None and "run out of space" in full.render()
    assert explain(psycopg.ProgrammingError("syntax error")) is None
