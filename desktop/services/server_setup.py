"""What ``server init`` installs on a PostgreSQL database after the migrations: the objects
only a server has (docs/team-server.md). Each installer is idempotent (``CREATE OR REPLACE``,
``DROP … IF EXISTS`` first) and runs in the upgrade's transaction, so ``server init`` can be
run again after every upgrade of the application."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection

from . import attachment_store, live_changes, server_log, server_rows, team_security, versions
from .search import server_index

Installer = Callable[[Connection], None]

# In order; each part of the team server adds its own.
INSTALLERS: list[Installer] = [
    server_log.install,
    server_index.install,  # the search index's statement triggers
    server_rows.install,  # deferrable foreign keys for raw row copies
    team_security.install,  # row-level security (docs/team-server.md#security)
    live_changes.install,
    versions.install,
    attachment_store.install,  # attached files' content (after row security: uses it)
]


def install(connection: Connection) -> None:
    for installer in INSTALLERS:
        installer(connection)
