"""A real PostgreSQL server for the tests (docs/team-server.md#tests).

``KAD_TEST_PG_URL`` (set by ``.ci/run``, which starts a server itself) names a superuser URL
of a running server. Without it, the tests start one of their own when the distribution's
PostgreSQL binaries are installed: ``initdb`` in a temporary folder, a free local port, stopped
when the session ends (as a non-root user: PostgreSQL refuses to run as root, so as root the
tests use the ``KAD_TEST_PG_USER`` account, ``postgres`` by default). Without either, the
PostgreSQL tests are skipped, unless ``KAD_REQUIRE_PG=1`` (CI), when they fail.

Each test gets a database of its own, copied from a template that ``server init`` set up once
(``CREATE DATABASE … TEMPLATE``: milliseconds).
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

ADMIN = "kad_admin"
PASSWORD = "kad-test-secret"


def _binaries() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return Path(versions[-1]).parent if versions else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    user = os.environ.get("KAD_TEST_PG_USER", "postgres")
    return ["runuser", "-u", user, "--", *command]


@contextlib.contextmanager
def own_server() -> Iterator[str]:
    """Start a throw-away server; yields its superuser URL."""
    binaries = _binaries()
    if binaries is None:
        raise FileNotFoundError("PostgreSQL is not installed")
    folder = Path(tempfile.mkdtemp(prefix="kad-pg-"))
    data = folder / "data"
    password = folder / "password"
    password.write_text(PASSWORD)
    if os.geteuid() == 0:
        user = os.environ.get("KAD_TEST_PG_USER", "postgres")
        shutil.chown(folder, user)
        shutil.chown(password, user)
    port = _free_port()
    subprocess.run(
        _as_user([str(binaries / "initdb"), "-D", str(data), "-U", ADMIN,
                  f"--pwfile={password}", "--auth=scram-sha-256", "-E", "UTF8",
                  "--locale=C.UTF-8"]),
        check=True, capture_output=True,
    )  # fmt: skip
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(
        _as_user([str(binaries / "pg_ctl"), "-D", str(data), "-o", options,
                  "-l", str(folder / "log"), "-w", "start"]),
        check=True, capture_output=True,
    )  # fmt: skip
    try:
        yield f"postgresql://{ADMIN}:{PASSWORD}@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            _as_user([str(binaries / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(folder, ignore_errors=True)


def admin_engine(url: str):
    return create_engine(
        make_url(url).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT"
    )


def with_database(url: str, name: str) -> str:
    return make_url(url).set(database=name).render_as_string(hide_password=False)


class Server:
    """The test server: fresh databases from the set-up template, dropped afterwards."""

    TEMPLATE = "kad_template"

    def __init__(self, url: str) -> None:
        self.url = url
        self._admin = admin_engine(url)
        self._template_ready = False

    def execute(self, sql: str) -> None:
        with self._admin.connect() as conn:
            conn.exec_driver_sql(sql)

    def _prepare_template(self) -> None:
        from desktop.services.database import open_server

        self.execute(f"DROP DATABASE IF EXISTS {self.TEMPLATE}")
        self.execute(f"CREATE DATABASE {self.TEMPLATE}")
        open_server(with_database(self.url, self.TEMPLATE), init=True).db.close()
        self._template_ready = True

    def new_database(self, *, empty: bool = False) -> str:
        """The admin URL of a new database: set up by ``server init``, or ``empty``."""
        name = f"kad_{uuid.uuid4().hex[:12]}"
        if empty:
            self.execute(f"CREATE DATABASE {name}")
        else:
            if not self._template_ready:
                self._prepare_template()
            self.execute(f"CREATE DATABASE {name} TEMPLATE {self.TEMPLATE}")
        return with_database(self.url, name)

    def drop(self, url: str) -> None:
        name = make_url(url).database
        self.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def close(self) -> None:
        self._admin.dispose()


@contextlib.contextmanager
def test_server() -> Iterator[Server | None]:
    """The session's server, or None (then PostgreSQL tests skip, or fail under CI)."""
    url = os.environ.get("KAD_TEST_PG_URL")
    if url:
        server = Server(url)
        yield server
        server.close()
        return
    try:
        context = own_server()
        url = context.__enter__()
    except (FileNotFoundError, subprocess.CalledProcessError) as exc:
        if os.environ.get("KAD_REQUIRE_PG") == "1":
            pytest.fail(f"PostgreSQL is required (KAD_REQUIRE_PG=1) but could not start: {exc}")
        yield None
        return
    server = Server(url)
    try:
        yield server
    finally:
        server.close()
        context.__exit__(None, None, None)


def password_of(url: str) -> str:
    """The test server's password, as its URL gives it (CI's is random)."""
    return make_url(url).password or ""


def with_other_password(url: str, password: str) -> str:
    return make_url(url).set(password=password).render_as_string(hide_password=False)
