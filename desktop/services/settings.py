"""Settings stored in the database, declared once each with a type and a default.

Each feature declares its own keys next to the rules that use them, e.g.
``LIMITATION_YEARS = SettingKey("contracts.limitation_years", 3)``.
"""

from __future__ import annotations

import copy
import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Setting

from .messages import QT_TRANSLATE_NOOP, Message, UserError

T = TypeVar("T")
_KEYS: dict[str, SettingKey] = {}  # every key declared so far, by name

UNKNOWN_SETTING = QT_TRANSLATE_NOOP(
    "Settings", "{key} is not a setting of this version of Key Account Desk."
)
BAD_SHAPE = QT_TRANSLATE_NOOP(
    "Settings", "{key}: {value} is not a value this setting can hold (its default: {default})."
)


@dataclass(frozen=True)
class SettingKey(Generic[T]):
    """A setting; ``check`` raises UserError for a value of the right shape that still makes
    no sense (the settings pages and every import call the same one: docs/field-rules.md)."""

    key: str
    default: T
    check: Callable[[T], None] | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        _KEYS[self.key] = self

    def problem(self, value: Any) -> Message | None:
        """What is wrong with storing ``value``, or None."""
        if not _fits(value, self.default):
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

    def get(self, session: Session) -> T:
        """The stored value; the default when the stored one does not fit (typed into the
        file by hand, or brought by an older import: ``check`` lists it)."""
        value = _values(session).get(self.key, self.default)
        if value is not self.default and self.problem(value) is not None:
            value = self.default
        return copy.deepcopy(value)

    def set(self, session: Session, value: T) -> None:
        row = session.get(Setting, self.key)
        if row is None:
            session.add(Setting(key=self.key, value=value))
        else:
            row.value = value


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


def known_settings() -> dict[str, SettingKey]:
    """Every setting the app declares: each feature declares its keys in its own module, so
    import them all first."""
    import desktop.services as services

    for module in pkgutil.walk_packages(services.__path__, f"{services.__name__}."):
        importlib.import_module(module.name)
    return dict(_KEYS)


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
    import json

    return json.dumps(value, ensure_ascii=False)[:80]
