"""One laptop file, one login (docs/team-server.md#sync).

A sync sends only the changes to records the login sees, then moves the file's cursor past
all of them: a file synchronised as one user and then as another would lose the first user's
unsent edits for good. So a file keeps the login it was first synchronised with (the user
part of ``sync_state.server_label``) and another login is refused before anything moves.
"""

from __future__ import annotations

from sqlalchemy import select

from desktop.models import SyncState

from .database import Database
from .messages import QT_TRANSLATE_NOOP, UserError
from .server_schema import server_id

ANOTHER_LOGIN = QT_TRANSLATE_NOOP(
    "Sync",
    "This file is synchronised with the server as {before}, not as {now}: synchronise it as "
    "{before}, or give {now} a file of their own (a new file name downloads what they may "
    "see); nothing was changed.",
)


class AnotherLogin(UserError):
    """The file was synchronised with this server by another login."""


def logins(local: Database, server: Database) -> tuple[str | None, str]:
    """The login this file last synchronised with ``server`` as (None before its first sync,
    or when its URL named no user) and the one connected now."""
    with server.engine.connect() as connection:
        identity = server_id(connection)
        now = str(connection.exec_driver_sql("SELECT current_user").scalar_one())
    with local.read() as s:
        before = s.scalar(select(SyncState.server_label).where(SyncState.server_id == identity))
    if not before or "@" not in before:
        return None, now
    return before.rpartition("@")[0], now


def check_login(local: Database, server: Database) -> None:
    """Refuse a sync of ``local`` as a login other than the one it was synchronised as."""
    before, now = logins(local, server)
    if before is not None and before != now:
        raise AnotherLogin(ANOTHER_LOGIN.with_(before=before, now=now))
