"""The service-layer tests on both engines (docs/team-server.md#tests).

A test module opts in with ``pytestmark = pytest.mark.both_engines``: its ``db`` and
``demo_db`` are then a local SQLite file once and a PostgreSQL database once (the test ids
end in ``[sqlite]`` and ``[postgresql]``). The PostgreSQL run is skipped without a server, as
``pg_db`` is, and fails under ``KAD_REQUIRE_PG=1``.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from desktop.services.clock import FixedClock
from desktop.services.database import Database, open_server

ENGINES = ["sqlite", "postgresql"]
MARK = "both_engines"
# A server database holding the sample dataset, by language: made once per run.
_DEMO_TEMPLATES: dict[str, str] = {}


def parametrize(metafunc: pytest.Metafunc) -> None:
    """``pytest_generate_tests``: a marked test that takes a database runs once per engine."""
    if metafunc.definition.get_closest_marker(MARK) is None:
        return
    if {"db", "demo_db"} & set(metafunc.fixturenames):
        metafunc.parametrize("engine", ENGINES, indirect=True)


def server(request: pytest.FixtureRequest):
    found = request.getfixturevalue("pg_server")
    if found is None:
        pytest.skip("no PostgreSQL server (install PostgreSQL or set KAD_TEST_PG_URL)")
    return found


def _opened(pg_server, url: str) -> Iterator[Database]:
    database = open_server(url).db
    yield database
    database.close()
    pg_server.drop(url)


def server_db(request: pytest.FixtureRequest) -> Iterator[Database]:
    """A fresh database on the test server, set up by ``server init``."""
    pg_server = server(request)
    yield from _opened(pg_server, pg_server.new_database())


def server_demo_db(request: pytest.FixtureRequest, today: FixedClock) -> Iterator[Database]:
    """A fresh database on the test server holding the sample dataset (English)."""
    from tests.pg_server import with_database

    pg_server = server(request)
    name = f"kad_{uuid.uuid4().hex[:12]}"
    pg_server.execute(f"CREATE DATABASE {name} TEMPLATE {_demo_template(pg_server, today)}")
    yield from _opened(pg_server, with_database(pg_server.url, name))


def _demo_template(pg_server, clock: FixedClock, language: str = "en") -> str:
    from desktop.services.demo import load_demo

    if language not in _DEMO_TEMPLATES:
        url = pg_server.new_database()
        database = open_server(url, clock=clock).db
        with database.session() as s:
            load_demo(s, language=language, today=clock.today())
        database.close()
        _DEMO_TEMPLATES[language] = url.rsplit("/", 1)[1].split("?")[0]
    return _DEMO_TEMPLATES[language]


def file_only(database: Database, why: str) -> None:
    """Skip the server run of a test about something only a file has (``why``)."""
    if database.server:
        pytest.skip(why)
