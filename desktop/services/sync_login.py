"""One laptop file, one login (docs/team-server.md#sync).

A sync sends only the changes to records the login sees, then moves the file's cursor past
all of them: a file synchronised as one user and then as another would lose the first user's
unsent edits for good. So a file keeps the login it was first synchronised with (the user
part of ``sync_state.server_label``) and another login is refused before anything moves.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.engine import make_url

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


def previous_login(local: Database, server: Database) -> str | None:
    """The login this file last synchronised with ``server`` as; None before its first sync."""
    with server.engine.connect() as connection:
        identity = server_id(connection)
    with local.read() as s:
        before = s.scalar(select(SyncState.server_label).where(SyncState.server_id == identity))
    if not before or "@" not in before:
        return None
    return before.rpartition("@")[0]


def check_login(local: Database, server: Database) -> None:
    """Refuse a sync of ``local`` as a login other than the one it was synchronised as."""
    now = make_url(server.server or "").username or ""
    before = previous_login(local, server)
    if before is not None and before != now:
        raise AnotherLogin(ANOTHER_LOGIN.with_(before=before, now=now))
