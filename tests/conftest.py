"""Shared fixtures. Qt runs offscreen and every test gets its own data folder and settings."""

from __future__ import annotations

import os
import shutil
import tempfile
from datetime import datetime
from pathlib import Path

# Before anything imports Qt or matplotlib.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLCONFIGDIR", tempfile.mkdtemp(prefix="kad-mpl-"))
os.environ["KEYACCOUNT_DESK_HOME"] = tempfile.mkdtemp(prefix="kad-home-")

import pytest

from desktop.services.clock import FixedClock
from desktop.services.database import Database, open_database
from tests import engines
from tests.filesystems import shared_dir, small_disk  # noqa: F401 - fixtures for every test

TODAY = datetime(2026, 11, 23, 10, 0)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("KEYACCOUNT_DESK_HOME", str(home))
    return home


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TODAY)


def _copy_database(template: Path, target: Path) -> Path:
    shutil.copyfile(template, target)
    return target


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("templates") / "empty.sqlite"
    open_database(path).db.close()
    return path


@pytest.fixture(scope="session")
def demo_templates(tmp_path_factory: pytest.TempPathFactory):
    """The sample dataset, made once per language for the whole run."""
    from desktop.services.demo import create_demo_database

    made: dict[str, Path] = {}

    def template(language: str) -> Path:
        if language not in made:
            path = tmp_path_factory.mktemp("templates") / f"demo-{language}.sqlite"
            create_demo_database(path, language, FixedClock(TODAY))
            made[language] = path
        return made[language]

    return template


@pytest.fixture
def db_path(tmp_path: Path, empty_template: Path) -> Path:
    return _copy_database(empty_template, tmp_path / "test.sqlite")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    engines.parametrize(metafunc)


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    """The engine of ``db`` and ``demo_db``: a file, unless the module is marked
    ``both_engines`` (tests/engines.py)."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def db(request: pytest.FixtureRequest, engine: str):
    if engine == "postgresql":
        yield from engines.server_db(request)
        return
    database = open_database(request.getfixturevalue("db_path")).db
    yield database
    database.close()


@pytest.fixture
def demo_db_path(tmp_path: Path, demo_templates) -> Path:
    return _copy_database(demo_templates("en"), tmp_path / "demo.sqlite")


@pytest.fixture
def demo_db(request: pytest.FixtureRequest, engine: str):
    if engine == "postgresql":
        yield from engines.server_demo_db(request, FixedClock(TODAY))
        return
    database: Database = open_database(request.getfixturevalue("demo_db_path")).db
    yield database
    database.close()


@pytest.fixture(scope="session")
def pg_server():
    """The PostgreSQL server of this test session (tests/pg_server.py); skips without one."""
    from tests.pg_server import test_server

    with test_server() as server:
        yield server


@pytest.fixture
def pg_url(pg_server):
    """The superuser URL of a new database on the test server, set up by ``server init``."""
    if pg_server is None:
        pytest.skip("no PostgreSQL server (install PostgreSQL or set KAD_TEST_PG_URL)")
    url = pg_server.new_database()
    yield url
    pg_server.drop(url)


@pytest.fixture
def pg_db(pg_url: str):
    from desktop.services.database import open_server

    database: Database = open_server(pg_url).db
    yield database
    database.close()
