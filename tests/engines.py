"""The service-layer tests on both engines (docs/team-server.md#tests).

A test module opts in with ``from tests.engines import db  # noqa: F401`` (and ``demo_db``):
its ``db`` (or ``demo_db``) is then a local SQLite file once and a PostgreSQL database once.
The PostgreSQL run is skipped without a server, as ``pg_db`` is (fails under
``KAD_REQUIRE_PG=1``). ``any_db`` is the same fixture for a test that wants both names.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.services.clock import FixedClock
from desktop.services.database import Database, open_database, open_server

ENGINES = ["sqlite", "postgresql"]


def _server(request: pytest.FixtureRequest):
    server = request.getfixturevalue("pg_server")
    if server is None:
        pytest.skip("no PostgreSQL server (install PostgreSQL or set KAD_TEST_PG_URL)")
    return server


def _opened(request: pytest.FixtureRequest, url: str) -> Iterator[Database]:
    server = _server(request)
    database = open_server(url).db
    yield database
    database.close()
    server.drop(url)


@pytest.fixture(params=ENGINES)
def any_db(request: pytest.FixtureRequest, tmp_path: Path, empty_template: Path):
    if request.param == "sqlite":
        from tests.conftest import _copy_database

        database = open_database(_copy_database(empty_template, tmp_path / "test.sqlite")).db
        yield database
        database.close()
        return
    yield from _opened(request, _server(request).new_database())


db = any_db


_DEMO_TEMPLATES: dict[str, str] = {}


def _demo_template(server, language: str) -> str:
    """A server database holding the sample dataset, made once per run and language."""
    from desktop.services.demo import load_demo
    from tests.conftest import TODAY
    from tests.pg_server import with_database

    if language not in _DEMO_TEMPLATES:
        name = f"kad_demo_{language.lower()}_{uuid.uuid4().hex[:6]}"
        url = server.new_database()
        clock = FixedClock(TODAY)
        database = open_server(url, clock=clock).db
        with database.session() as s:
            load_demo(s, language=language, today=clock.today())
        database.close()
        server.execute(f"ALTER DATABASE {url.rsplit('/', 1)[1]} RENAME TO {name}")
        _DEMO_TEMPLATES[language] = with_database(url, name)
    return _DEMO_TEMPLATES[language].rsplit("/", 1)[1]


@pytest.fixture(params=ENGINES)
def demo_db(request: pytest.FixtureRequest, tmp_path: Path, demo_templates):
    if request.param == "sqlite":
        from tests.conftest import _copy_database

        database = open_database(_copy_database(demo_templates("en"), tmp_path / "demo.sqlite")).db
        yield database
        database.close()
        return
    server = _server(request)
    template = _demo_template(server, "en")
    name = f"kad_{uuid.uuid4().hex[:12]}"
    server.execute(f"CREATE DATABASE {name} TEMPLATE {template}")
    from tests.pg_server import with_database

    yield from _opened(request, with_database(server.url, name))
