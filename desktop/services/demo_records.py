"""The demo loader's groundwork: turning the file's values (texts, relative dates, money,
enums) into column values, adding records with stable uuids, running the steps that wait for
ids level by level, and looking up what a record refers to by its key.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import JSON, Column, Date, DateTime, Enum, String, inspect
from sqlalchemy.orm import Session

from desktop.models import Account, Contact, Opportunity, Stage
from desktop.models.base import Base
from desktop.models.types import Money

# Fixed namespace: demo records get the same uuid on every load (uuid5 of table and sequence).
_UUID_NAMESPACE = uuid.UUID("6f0c2d8e-3b1a-4f57-9a43-1d2c5e7b9a10")
_NOT_FIELDS = {"id", "uuid", "owner", "created_at", "updated_at", "version"}
_DEFAULT_TIME = time(9, 0)

R = TypeVar("R", bound=Base)


class DemoDataError(ValueError):
    """The demo file does not fit the models (a bug in the data, not in the user's database)."""


@dataclass(frozen=True)
class DemoSummary:
    accounts: int
    contacts: int
    opportunities: int
    tenders: int
    contracts: int


@functools.cache
def _fields(cls: type[Base]) -> dict[str, Column[Any]]:
    """The columns the file may set directly (no keys, bookkeeping or foreign keys)."""
    return {
        key: column
        for key, column in inspect(cls).columns.items()
        if key not in _NOT_FIELDS and not column.foreign_keys
    }


class DemoRecords:
    def __init__(self, session: Session, lang: str, today: date, data: dict[str, Any]) -> None:
        self.session = session
        self.lang = lang
        self.today = today
        self.data = data
        self.staff: dict[str, Any] = data.get("staff", {})
        self.owner = self.text(data["owner"])
        self.namespace = _UUID_NAMESPACE
        self.keep_default_owner = False
        self.sequence: dict[str, int] = {}
        self.stages: dict[str, Stage] = {}
        self.contacts: dict[str, Contact] = {}
        self.opportunities: dict[str, tuple[Opportunity, Account]] = {}
        self.tenders = 0
        self.contracts = 0
        # Work that needs the ids of records not flushed yet: run level by level, one flush
        # per level of the tree instead of one per record.
        self.queue: list[tuple[Callable[..., None], tuple[Any, ...]]] = []

    # ---- values ------------------------------------------------------------------------

    def text(self, value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, dict):
            return str(value[self.lang])
        if isinstance(value, str) and value.startswith("@"):
            if value[1:] not in self.staff:
                raise DemoDataError(f"unknown staff member {value!r}")
            return self.text(self.staff[value[1:]])
        return str(value)

    def localize(self, value: Any) -> Any:
        """A JSON value with every bilingual text replaced by the chosen language."""
        if isinstance(value, dict):
            if set(value) == {"zh", "en"}:
                return self.text(value)
            return {key: self.localize(item) for key, item in value.items()}
        if isinstance(value, list):
            return [self.localize(item) for item in value]
        if isinstance(value, str):
            return self.text(value)
        return value

    def day(self, value: Any) -> date:
        if isinstance(value, bool):
            raise DemoDataError(f"not a date: {value!r}")
        if isinstance(value, int):
            return self.today + timedelta(days=value)
        if isinstance(value, str):
            return date.fromisoformat(value)
        if isinstance(value, dict) and "birthday_in_days" in value:
            near = self.today + timedelta(days=value["birthday_in_days"])
            try:
                return near.replace(year=value["born_year"])
            except ValueError:  # 29 February, born in a common year
                return date(value["born_year"], 2, 28)
        raise DemoDataError(f"not a date: {value!r}")

    def moment(self, value: Any) -> datetime:
        if isinstance(value, dict) and "days" in value:
            at = time.fromisoformat(value.get("time", "09:00"))
            return datetime.combine(self.today + timedelta(days=value["days"]), at)
        return datetime.combine(self.day(value), _DEFAULT_TIME)

    def convert(self, column: Column[Any], value: Any) -> Any:
        if value is None:
            return None
        kind = column.type
        if isinstance(kind, Money):
            return Decimal(str(value))
        if isinstance(kind, Enum) and kind.enum_class is not None:
            return kind.enum_class(value)
        if isinstance(kind, DateTime):
            return self.moment(value)
        if isinstance(kind, Date):
            return self.day(value)
        if isinstance(kind, JSON):
            return self.localize(value)
        if isinstance(kind, String):  # Text too
            return self.text(value)
        return value

    # ---- records -----------------------------------------------------------------------

    def new(
        self,
        cls: type[R],
        data: dict[str, Any] | None = None,
        *,
        nested: frozenset[str] | set[str] = frozenset(),
        year: int | None = None,
        **fixed: Any,
    ) -> R:
        """Add one record: fields from ``data`` (converted), then ``fixed`` values on top."""
        fields = _fields(cls)
        values: dict[str, Any] = {}
        for key, raw in (data or {}).items():
            if key == "key" or key in nested:
                continue
            column = fields.get(key)
            if column is None:
                raise DemoDataError(f"{cls.__name__} has no field {key!r}")
            value = self.convert(column, raw)
            if year is not None and isinstance(value, str):
                value = value.replace("{year}", str(year))
            values[key] = value
        values.update(fixed)
        table = cls.__tablename__
        self.sequence[table] = number = self.sequence.get(table, 0) + 1
        record = cls(
            owner=self.owner, uuid=str(uuid.uuid5(self.namespace, f"{table}/{number}")), **values
        )
        self.session.add(record)
        return record

    def later(self, step: Callable[..., None], *args: Any) -> None:
        self.queue.append((step, args))

    def run(self) -> None:
        while self.queue:
            batch, self.queue = self.queue, []
            self.session.flush()
            for step, args in batch:
                step(*args)
        self.session.flush()

    @staticmethod
    def ref(own: dict[str, Contact], key: str) -> Contact:
        if key not in own:
            raise DemoDataError(f"no contact {key!r} in this account")
        return own[key]

    def stage(self, code: str) -> Stage:
        if code not in self.stages:
            raise DemoDataError(f"the database has no stage {code!r}")
        return self.stages[code]

    def deal(self, account: Account, key: str) -> Opportunity:
        opportunity, owner_account = self.opportunities.get(key, (None, None))
        if opportunity is None or owner_account is not account:
            raise DemoDataError(f"no opportunity {key!r} in account {account.name!r}")
        return opportunity
