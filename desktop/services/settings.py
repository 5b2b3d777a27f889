"""Settings stored in the database, declared once each with a type and a default.

Each feature declares its own keys next to the rules that use them, e.g.
``LIMITATION_YEARS = SettingKey("contracts.limitation_years", 3)``.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Generic, TypeVar, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Setting

T = TypeVar("T")


@dataclass(frozen=True)
class SettingKey(Generic[T]):
    key: str
    default: T

    def get(self, session: Session) -> T:
        values = _values(session)
        # The stored JSON is trusted to have the declared type: only this key writes it.
        return cast(T, copy.deepcopy(values.get(self.key, self.default)))

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
