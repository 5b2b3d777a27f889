"""Settings stored in the database, declared once each with a type and a default.

Each feature declares its own keys next to the rules that use them, e.g.
``LIMITATION_YEARS = SettingKey("contracts.limitation_years", 3)``.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlalchemy.orm import Session

from desktop.models import Setting

T = TypeVar("T")


@dataclass(frozen=True)
class SettingKey(Generic[T]):
    key: str
    default: T

    def get(self, session: Session) -> T:
        row = session.get(Setting, self.key)
        return copy.deepcopy(self.default) if row is None else row.value

    def set(self, session: Session, value: T) -> None:
        row = session.get(Setting, self.key)
        if row is None:
            session.add(Setting(key=self.key, value=value))
        else:
            row.value = value


DEFAULT_OWNER = SettingKey("general.default_owner", "")
COMPANY_NAME = SettingKey("general.company_name", "")  # our own company, e.g. as a bid winner
