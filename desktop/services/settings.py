"""Settings stored in the database, declared once each with a key, a type, a default and a
check (docs/architecture.md#settings).

Each feature declares its own keys next to the rules that use them, e.g.
``LIMITATION_YEARS = SettingKey("contracts.limitation_years", 3, within(1, 20, ...))``; the
type is the default's. Declaring registers the key; :data:`FEATURES` lists the modules that
declare keys, so that :func:`declared` knows them all (a test keeps the list complete).
Every write is checked: a key nobody declared, or a value of the wrong type, is refused with
a sentence; a stored value of the wrong type or shape (a file from another version, typed in
by hand) reads as the default. A full import asks :meth:`SettingKey.problem` of each value and
leaves out a key this version does not know (:data:`UNKNOWN_SETTING`). Views read and write
settings through :class:`SettingsService`.
"""

from __future__ import annotations

import copy
import importlib
import json
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Setting

from .changes import SETTINGS, ChangeSet
from .messages import QT_TRANSLATE_NOOP, Message, UserError

if TYPE_CHECKING:  # the database reads the default owner from here
    from .database import Database

T = TypeVar("T")
UNKNOWN = QT_TRANSLATE_NOOP("Settings", "There is no setting named {key}; nothing was saved.")
WRONG_TYPE = QT_TRANSLATE_NOOP(
    "Settings", "The setting {key} takes {type}; the value given is not one, nothing was saved."
)
# How the refusal names each type.
TYPE_NAMES = {
    bool: QT_TRANSLATE_NOOP("Settings", "yes or no"),
    int: QT_TRANSLATE_NOOP("Settings", "a whole number"),
    str: QT_TRANSLATE_NOOP("Settings", "a text"),
    list: QT_TRANSLATE_NOOP("Settings", "a list"),
    dict: QT_TRANSLATE_NOOP("Settings", "a table of values"),
}
# A value read from a file (a full import's setting sheet) that this version cannot hold.
UNKNOWN_SETTING = QT_TRANSLATE_NOOP(
    "Settings", "{key} is not a setting of this version of Key Account Desk."
)
BAD_SHAPE = QT_TRANSLATE_NOOP(
    "Settings", "{key}: {value} is not a value this setting can hold (its default: {default})."
)
_DECLARED: dict[str, SettingKey[Any]] = {}


@dataclass(frozen=True)
class SettingKey(Generic[T]):
    """A setting; ``check`` raises UserError for a value of the right shape that still makes
    no sense (the settings pages, every save and every import call the same one:
    docs/field-rules.md)."""

    key: str
    default: T = field(compare=False)  # a key is known by its name
    #: Raises UserError with a sentence when a value of the right type is still not allowed.
    check: Callable[[T], object] | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if type(self.default) not in TYPE_NAMES:
            raise TypeError(f"setting {self.key}: no type for {type(self.default).__name__}")
        if _DECLARED.setdefault(self.key, self) is not self:
            raise ValueError(f"setting {self.key} is declared twice")

    @property
    def type(self) -> type:
        return type(self.default)

    def is_typed(self, value: object) -> bool:
        # bool is an int to Python, not to a setting.
        if isinstance(value, bool):
            return self.type is bool
        return isinstance(value, self.type)

    def problem(self, value: Any) -> Message | None:
        """What is wrong with storing ``value``, or None: the wrong type or shape (the
        default's JSON types, the keys of a fixed mapping, elements like the default's), or
        what the check refuses."""
        if not self.is_typed(value) or not _fits(value, self.default):
            return BAD_SHAPE.with_(key=self.key, value=_json(value), default=_json(self.default))
        if self.check is not None:
            try:
                self.check(value)
            except UserError as error:
                return error.message
            except (KeyError, TypeError, ValueError):
                return BAD_SHAPE.with_(
                    key=self.key, value=_json(value), default=_json(self.default)
                )
        return None

    def validate(self, value: object) -> T:
        """``value`` if this setting may hold it; else UserError saying why (the same
        :meth:`problem`, a wrong type named as such)."""
        if not self.is_typed(value):
            raise UserError(WRONG_TYPE.with_(key=self.key, type=TYPE_NAMES[self.type]))
        message = self.problem(value)
        if message is not None:
            raise UserError(message)
        # is_typed() checked it against the default's type, which T is
        return value  # type: ignore[return-value]

    def get(self, session: Session) -> T:
        """The stored value; the default when the stored one does not fit (typed into the
        file by hand, from another version, or brought by an older import)."""
        value = _values(session).get(self.key, self.default)
        if value is not self.default and self.problem(value) is not None:
            value = self.default
        # The stored JSON is trusted to have the declared type once problem() accepts it.
        return cast(T, copy.deepcopy(value))

    def set(self, session: Session, value: T) -> None:
        self.validate(value)
        guard = session.info.get(GUARD)
        if guard is not None:  # Settings ▸ Preferences: only the user's changes are written
            value = guard.merge(session, self, value)
        row = session.get(Setting, self.key)
        if row is None:
            session.add(Setting(key=self.key, value=value))
        else:
            row.value = value


def within(low: int, high: int, message: Message) -> Callable[[int], None]:
    """A check for a whole number from ``low`` to ``high``; ``message`` says the range."""

    def check(value: int) -> None:
        if not low <= value <= high:
            raise UserError(message)

    return check


def _values(session: Session) -> dict[str, object]:
    """Every stored setting, read once per transaction (one query instead of one per key; a
    screen reads a dozen), and again once the session holds a setting not written yet."""
    overlay = _SHOWING.get()
    pending = (*session.new, *session.dirty, *session.deleted)
    values = None if any(isinstance(o, Setting) for o in pending) else session.info.get(_CACHE)
    if values is None:
        values = dict(session.execute(select(Setting.key, Setting.value)).all())
        session.info[_CACHE] = values
    return {**values, **overlay} if overlay else values


_CACHE = "settings"
#: In a writing session's ``info``: what decides the value written by :meth:`SettingKey.set`
#: (``settings_versions.ShownSettings``: docs/team-server.md#versions).
GUARD = "settings.shown"
#: Values read in place of the stored ones while a page is shown again with the user's edits
#: on top of a colleague's (``settings_versions.ShownSettings.reloaded``).
_SHOWING: ContextVar[Mapping[str, Any] | None] = ContextVar("settings_showing", default=None)


def read_again(session: Session) -> None:
    """The next read in this transaction takes the settings from the database again."""
    session.info.pop(_CACHE, None)


@contextmanager
def showing(values: Mapping[str, Any]) -> Iterator[None]:
    """Within the block, ``values`` are read in place of the stored ones (by key)."""
    token = _SHOWING.set(values)
    try:
        yield
    finally:
        _SHOWING.reset(token)


DEFAULT_OWNER = SettingKey("general.default_owner", "")
COMPANY_NAME = SettingKey("general.company_name", "")  # our own company, e.g. as a bid winner

# The modules that declare settings, imported on demand (some are slow to import).
FEATURES = (
    "desktop.services.bids.progress",
    "desktop.services.contracts.ageing",
    "desktop.services.contracts.collection",
    "desktop.services.contracts.detail",
    "desktop.services.contracts.limitation",
    "desktop.services.contracts.reminders",
    "desktop.services.contracts.templates",
    "desktop.services.excel.fields",
    "desktop.services.excel.full_import",
    "desktop.services.opportunities.leads",
    "desktop.services.opportunities.pipeline",
    "desktop.services.opportunities.scoring",
    "desktop.services.opportunities.snapshots",
    "desktop.services.orgchart.coverage",
)


def declared() -> Mapping[str, SettingKey[Any]]:
    """Every declared setting by key."""
    for module in FEATURES:
        importlib.import_module(module)
    return dict(_DECLARED)


def named(key: str) -> SettingKey[Any]:
    """The setting declared as ``key``; UserError when there is none."""
    found = declared().get(key)
    if found is None:
        raise UserError(UNKNOWN.with_(key=key))
    return found


class SettingsService:
    """Reading and writing settings, each write one checked transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: SettingKey[T]) -> T:
        with self._db.read() as s:
            return key.get(s)

    def values(self, *keys: SettingKey[Any]) -> list[Any]:
        """Several settings, read in one query."""
        with self._db.read() as s:
            return [key.get(s) for key in keys]

    def set(self, key: SettingKey[T], value: T) -> ChangeSet:
        return self.save({key: value})

    def save(self, values: Mapping[SettingKey[Any], Any]) -> ChangeSet:
        """Write ``values`` together, or nothing when one is refused; unchanged values are
        not written (nothing to refresh)."""
        for key, value in values.items():
            key.validate(value)
        with self._db.session() as s:
            changed = {k: v for k, v in values.items() if k.get(s) != v}
            for key, value in changed.items():
                key.set(s, value)
        return ChangeSet.of(SETTINGS) if changed else ChangeSet.of()

    def get_named(self, key: str) -> Any:
        return self.get(named(key))

    def set_named(self, key: str, value: Any) -> ChangeSet:
        return self.set(named(key), value)


def known_settings() -> dict[str, SettingKey[Any]]:
    """Every setting the app declares, by key (the same registry as :func:`declared`)."""
    return dict(declared())


def _fits(value: Any, default: Any) -> bool:
    """Whether ``value`` has the default's shape: the same JSON types, the same keys of a
    fixed mapping, elements like the default's (position by position for a mixed list)."""
    if default is None:
        return True
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(value, bool) and isinstance(default, bool)
    if isinstance(default, int | float):
        return isinstance(value, int | float)
    if isinstance(default, str):
        return isinstance(value, str)
    if isinstance(default, dict):
        if not isinstance(value, dict):
            return False
        return not default or (
            value.keys() == default.keys() and all(_fits(value[k], default[k]) for k in default)
        )
    if isinstance(default, list):
        if not isinstance(value, list):
            return False
        if not default:
            return True
        if len({type(item) for item in default}) == 1:
            return all(_fits(item, default[0]) for item in value)
        return len(value) == len(default) and all(map(_fits, value, default))
    return True


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)[:80]
