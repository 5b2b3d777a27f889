"""Settings stored in the database, declared once each with a key, a type, a default and a
check (docs/architecture.md#settings).

Each feature declares its own keys next to the rules that use them, e.g.
``LIMITATION_YEARS = SettingKey("contracts.limitation_years", 3, within(1, 20, ...))``; the
type is the default's. Declaring registers the key; :data:`FEATURES` lists the modules that
declare keys, so that :func:`declared` knows them all (a test keeps the list complete).
Every write is checked: a key nobody declared, or a value of the wrong type, is refused with
a sentence; a stored value of the wrong type (a file from another version) reads as the
default. Views read and write settings through :class:`SettingsService`.
"""

from __future__ import annotations

import copy
import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

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
_DECLARED: dict[str, SettingKey[Any]] = {}


@dataclass(frozen=True)
class SettingKey(Generic[T]):
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

    def validate(self, value: object) -> T:
        """``value`` if this setting may hold it; else UserError saying why."""
        if not self.is_typed(value):
            raise UserError(WRONG_TYPE.with_(key=self.key, type=TYPE_NAMES[self.type]))
        if self.check is not None:
            self.check(value)  # type: ignore[arg-type]
        return value  # type: ignore[return-value]

    def get(self, session: Session) -> T:
        value = _values(session).get(self.key, self.default)
        return copy.deepcopy(value if self.is_typed(value) else self.default)

    def set(self, session: Session, value: T) -> None:
        self.validate(value)
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
    pending = (*session.new, *session.dirty, *session.deleted)
    values = None if any(isinstance(o, Setting) for o in pending) else session.info.get(_CACHE)
    if values is None:
        values = dict(session.execute(select(Setting.key, Setting.value)).all())
        session.info[_CACHE] = values
    return values


_CACHE = "settings"
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
