"""No lost update in Settings ▸ Preferences (docs/team-server.md#versions). Named values carry
no version, so the dialog remembers every value its pages showed; saving writes only the
values the user changed, and refuses one that someone else changed meanwhile. A table of
values (a form's weights) is compared entry by entry, so that a colleague's change to one
weight is kept beside the user's change to another."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from .database import Database
from .messages import QT_TRANSLATE_NOOP, UserError
from .settings import GUARD, SettingKey, declared, read_again, showing
from .versions import ChangedMeanwhile

CHANGED_SETTING = QT_TRANSLATE_NOOP(
    "Versions",
    "Someone changed the “{page}” preferences after you opened them, so your changes were "
    "not saved.",
)


class SettingChangedMeanwhile(ChangedMeanwhile):
    """A value the user changed was changed by someone else since the dialog showed it."""

    def __init__(self, page: str) -> None:
        UserError.__init__(self, CHANGED_SETTING.with_(page=page))
        self.who, self.when, self.page = "", None, page


SETTINGS_LOCK = 0x4B41_4453  # "KADS": the advisory lock of a Preferences save on a server


def merge(shown: Any, mine: Any, now: Any) -> tuple[Any, bool]:
    """The value to store when the form showed ``shown``, the user saves ``mine`` and the
    database holds ``now``; True when both changed it differently (then ``mine``)."""
    if mine == shown:  # not the user's change: whatever is stored stays
        return now, False
    if now in (shown, mine):
        return mine, False
    if all(isinstance(v, dict) for v in (shown, mine, now)):
        merged, clash = {}, False
        for key in {**now, **mine}:
            if key not in mine:  # removed by the user
                continue
            merged[key], clashed = merge(shown.get(key), mine[key], now.get(key))
            clash = clash or clashed
        return merged, clash
    return mine, True


class ShownSettings:
    """Every setting as the dialog's pages showed it, read before they were built (so that a
    change made while they read counts as made meanwhile)."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self.values = self._read()
        self.written: dict[SettingKey[Any], Any] = {}
        self.clashes: list[str] = []
        self._page = ""

    def _read(self) -> dict[str, Any]:
        with self._db.read() as s:
            return {name: key.get(s) for name, key in declared().items()}

    @contextmanager
    def saving(self, session: Session) -> Iterator[None]:
        """The writes of ``session`` are merged (:meth:`merge`); afterwards ``clashes`` names
        the pages whose values someone else changed."""
        self.written, self.clashes = {}, []
        if session.get_bind().dialect.name == "postgresql":
            # two people saving Preferences at once take turns, so the second compares with
            # what the first stored (SQLite's writers take turns already)
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SETTINGS_LOCK})
            read_again(session)  # after the turn came
        session.info[GUARD] = self
        try:
            yield
        finally:
            session.info.pop(GUARD, None)

    def page(self, title: str) -> None:
        """The page saving now, named when one of its values was changed meanwhile."""
        self._page = title

    def merge(self, session: Session, key: SettingKey[Any], mine: Any) -> Any:
        """The value :meth:`SettingKey.set` writes for the user's ``mine``."""
        shown = self.values.get(key.key, key.default)
        value, clash = merge(shown, mine, key.get(session))
        self.written[key] = mine
        if clash and self._page not in self.clashes:
            self.clashes.append(self._page)
        return key.validate(value)

    def refuse(self) -> None:
        if self.clashes:
            raise SettingChangedMeanwhile(self.clashes[0])

    @contextmanager
    def reloaded(self) -> Iterator[None]:
        """Read the settings again; while the pages are built anew in this block, they show
        the stored values with the user's changes (of the refused save) on top."""
        fresh = self._read()
        shown = {
            key.key: merge(
                self.values.get(key.key, key.default), mine, fresh.get(key.key, key.default)
            )[0]
            for key, mine in self.written.items()
        }
        self.values = fresh
        with showing(shown):
            yield
