"""Rows of a mapped sheet, and what every kind of record shares when it is imported: the
plan of a sheet, reading and checking its rows, reporting problems, and the bulk insert or
update of the records (``importer.py`` applies them kind by kind, ``import_people.py`` the
people).
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    Account,
    Contact,
    Contract,
    Opportunity,
    Payment,
)
from desktop.models.base import Base
from desktop.services import change_log, field_rules
from desktop.services.field_rules import BadValue
from desktop.services.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.sql_types import table_of

from . import bulk
from . import fields as f
from .bulk import Record
from .reading import Sheet
from .report import ImportReport, Problem
from .values import join_name, loose, text

Progress = Callable[[int, int], bool]  # (rows done, rows in all) -> keep going?
BLANK = (None, "")
Cells = tuple[int, list[Any]]  # a row's number as Excel shows it, and its cells
TABLES = {
    "accounts": table_of(Account),
    "contacts": table_of(Contact),
    "opportunities": table_of(Opportunity),
    "contracts": table_of(Contract),
    "payments": table_of(Payment),
}


class Cancelled(Exception):
    """The user cancelled; the caller rolls the transaction back."""


@dataclass
class SheetPlan:
    sheet: Sheet
    kind: str
    mapping: dict[int, str]  # column index -> field name
    refused: Message | None = None  # why the sheet is left out unless the user maps it

    def column_of(self, name: str) -> str:
        for index, field_name in self.mapping.items():
            if field_name == name:
                return self.sheet.headers[index]
        return ""


@lru_cache(maxsize=1 << 16)
def key(name: str) -> str:
    """How names are compared: case and spacing do not matter. (Remembered: an import asks
    for each account's and manager's name once per row that names it.)"""
    return "".join(text(name).split()).lower()


@dataclass(slots=True)
class Row:
    number: int
    values: dict[str, Any]


class RowImport:
    def __init__(
        self, session: Session, report: ImportReport, owner: str, now: datetime, progress: Progress
    ) -> None:
        self.s = session
        self.report = report
        self.owner = owner
        self.now = now
        self.progress = progress
        self.done = 0
        self.total = 0
        self.uuids = bulk.fresh_uuids()
        self.accounts: dict[str, int] = {}  # key(name) -> id
        self.account_uuids: dict[str, int] = {}
        self.people: dict[int, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        self.person_uuids: dict[str, int] = {}
        self.managers: dict[int, int | None] = {}
        self.early_managers: dict[int, int] = {}  # new person -> manager written with them
        self.account_of: dict[int, int] = {}  # person -> account
        self.created_people: set[int] = set()  # their links are part of their creation
        self.sheet_people: set[int] = set()  # those the contacts sheet being read has added
        self.account_names: dict[str, str] = {}  # loose(name) -> name, for near duplicates
        self.people_names: dict[tuple[int, str], str] = {}  # (account, loose(name)) -> name
        self.stored_names: dict[tuple[type, int], str] = {}  # (model, id) -> name as stored
        self.noted: set[tuple[str, str]] = set()  # (sheet, name) told it matched another
        for row in session.execute(select(Account.id, Account.uuid, Account.name)):
            self.accounts[key(row.name)] = row.id
            self.account_uuids[row.uuid] = row.id
            self.account_names.setdefault(loose(row.name), row.name)
            self.stored_names[Account, row.id] = row.name

    def _tick(self, count: int = 1) -> None:
        if count <= 0:
            return
        self.done += count
        reported = self.done % 500 < count or self.done == self.total
        if reported and not self.progress(self.done, self.total):
            raise Cancelled

    def problem(
        self,
        plan: SheetPlan,
        row: int,
        column: str,
        message: Message,
        skipped: bool,
        invalid: bool = False,
    ) -> None:
        self.report.problems.append(
            Problem(plan.sheet.name, row, column, message, skipped, invalid)
        )
        if skipped:
            self.report.skipped += 1

    def invalid(self, plan: SheetPlan, row: int, column: str, message: Message) -> None:
        """A value the forms would not accept: an error naming where, refusing the import."""
        self.problem(plan, row, column, message.with_(field=column), False, invalid=True)

    def _parse(self, plan: SheetPlan) -> Iterator[Row]:
        """The sheet's records, streamed from the file as they are read and checked; the
        progress counts the sheet's rows (``Sheet.size``) as they go by."""
        start = self.done - plan.sheet.header_row - 1  # + a row's number: rows gone by
        columns = [(index, f.field(plan.kind, name)) for index, name in plan.mapping.items()]
        required = [spec for spec in f.FIELDS[plan.kind] if spec.required]
        table = TABLES[plan.kind]
        today = self.now.date()
        # Texts that keep to their column's length need no check (field_rules.problem).
        fine = {column.name: field_rules.text_fine_up_to(column) for column in table.columns}
        for number, cells in _timed_rows(self.s, plan.sheet.data()):
            self._tick(start + number - self.done)
            if all(cells[index] in BLANK for index, _spec in columns):
                continue  # a note or a total under the table, not a record
            values: dict[str, Any] = {}
            ok = True
            for index, spec in columns:
                name = spec.name
                try:
                    value = spec.parse(cells[index])
                except (ValueError, ArithmeticError) as exc:
                    self.invalid(plan, number, plan.sheet.headers[index], _bad_value(exc))
                    ok = False
                    continue
                if value not in (None, "", []):
                    values[name] = value
            if "name" not in values and values.keys() & f.NAME_PARTS:
                values["name"] = join_name(values.get("first_name"), values.get("last_name"))
            for part in f.NAME_PARTS:
                values.pop(part, None)
            checked = [
                name
                for name, value in values.items()
                if type(value) is not str or len(value) > fine.get(name, -1)
            ]
            for name, message in field_rules.problems(table, values, today, checked):
                self.invalid(plan, number, plan.column_of(name) or name, message)
                ok = False
            for spec in required:
                if ok and spec.name not in values:
                    self.problem(
                        plan,
                        number,
                        plan.column_of(spec.name) or spec.name,
                        QT_TRANSLATE_NOOP("Import", "This column must not be empty."),
                        True,
                    )
                    ok = False
            if ok:
                yield Row(number, values)
        self._tick(start + plan.sheet.header_row + 1 + plan.sheet.size() - self.done)

    # -- accounts --------------------------------------------------------------------------
    def account_for(self, name: str) -> int:
        """The account of that name (``ensure_accounts`` has created the missing ones)."""
        return self.accounts[key(name)]

    def ensure_accounts(self, plan: SheetPlan, rows: list[Row]) -> None:
        """Create, in one go, the accounts these rows name that do not exist yet."""
        missing: dict[str, str] = {}
        for row in rows:
            name = text(row.values["account"])
            name_key = key(name)
            if name_key in self.accounts:
                self._matched(plan, row, "account", name, (Account, self.accounts[name_key]))
            elif name_key not in missing:
                missing[name_key] = name
                self._near_account(plan, row, "account", name)
        if missing:
            created = [
                {"name": name, "owner": self.owner, "uuid": next(self.uuids)}
                for name in missing.values()
            ]
            for name_key, new_id in zip(
                missing, insert_many(self.s, Account, created), strict=True
            ):
                self.accounts[name_key] = new_id
            self.report.created["accounts"] += len(created)

    def _upsert(
        self, model: type[Base], kind: str, creates: list[Record], updates: list[Record]
    ) -> list[int]:
        ids: list[int] = []
        if creates:
            ids = insert_many(self.s, model, creates)
            self.report.created[kind] += len(creates)
        with bulk.timed(self.s, "log"):
            updates = self._real_changes(model, kind, updates)
        if updates:
            with bulk.timed(self.s, "insert"):
                bulk.update_by_id(self.s, table_of(model), updates)
            self.report.updated[kind] += len(updates)
        return ids

    def _real_changes(self, model: type[Base], kind: str, updates: list[Record]) -> list[Record]:
        """Only the updates that change something; the others count as unchanged."""
        if not updates:
            return []
        names = sorted({n for u in updates for n in u} - {"id", "updated_at"} | {"uuid"})
        current: dict[int, Any] = {}
        table = table_of(model)
        ids = [u["id"] for u in updates]
        for start in range(0, len(ids), 500):
            query = select(table.c.id, *(table.c[n] for n in names)).where(
                table.c.id.in_(ids[start : start + 500])
            )
            current.update(
                {row[0]: dict(zip(names, row[1:], strict=True)) for row in self.s.execute(query)}
            )
        changed = []
        for record in updates:
            old = current[record["id"]]
            if any(old[n] != v for n, v in record.items() if n not in ("id", "updated_at")):
                changed.append(record)
        self.report.count(self.report.unchanged, kind, len(updates) - len(changed))
        change_log.log_updates(self.s, table, changed, current)
        return changed

    def _record(self, values: dict[str, Any], columns: tuple[str, ...]) -> dict[str, Any]:
        record = {name: values[name] for name in columns if name in values}
        record["updated_at"] = self.now
        return record

    def _new(self, record: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
        record.setdefault("owner", values.get("owner", self.owner))
        record["uuid"] = values.get(f.ID) or next(self.uuids)
        record["created_at"] = self.now
        return record

    def _matched(
        self,
        plan: SheetPlan,
        row: Row,
        column: str,
        name: str,
        target: tuple[type, int],
        record: dict[str, Any] | None = None,
    ) -> None:
        """Say once per sheet and name when a row was taken as a record whose stored name is
        written differently (width, case, spaces: ``key``), so no second record was made.
        A name that differs only as ``text`` normalised the cell keeps its stored spelling in
        ``record``: normalising is no edit."""
        stored = self.stored_names.get(target)
        if stored is None or stored == name:
            return
        if record is not None and text(stored) == name:
            record["name"] = stored
        if (plan.sheet.name, name) in self.noted:
            return
        self.noted.add((plan.sheet.name, name))
        self.problem(
            plan,
            row.number,
            plan.column_of(column),
            QT_TRANSLATE_NOOP(
                "Import",
                "{name} was taken as the existing {existing}: the names differ only in width, "
                "case or spaces.",
            ).with_(name=name, existing=stored),
            False,
        )

    def _near_account(self, plan: SheetPlan, row: Row, column: str, name: str) -> None:
        """Warn when a new account's name differs from an existing one only in the kind of
        brackets or punctuation (``values.loose``): probably the same account typed another
        way. Width, case and spaces already make no difference (``key``)."""
        existing = self.account_names.setdefault(loose(name), name)
        if existing != name:
            self._near(plan, row, column, name, existing)

    def _near(self, plan: SheetPlan, row: Row, column: str, name: str, existing: str) -> None:
        self.problem(
            plan,
            row.number,
            plan.column_of(column),
            QT_TRANSLATE_NOOP(
                "Import",
                "{name} was added next to {existing}, whose name differs only in brackets or "
                "punctuation; if they are the same, give them the same name and merge them.",
            ).with_(name=name, existing=existing),
            False,
        )

    def _twice(self, plan: SheetPlan, row: Row, name: str) -> None:
        self.problem(
            plan,
            row.number,
            plan.column_of(name),
            QT_TRANSLATE_NOOP(
                "Import", "The same record appears on an earlier row; this row wins."
            ),
            False,
        )


def insert_many(session: Session, model: type[Base], rows: list[Record]) -> list[int]:
    """Insert rows (each with its uuid) and return their ids in the same order: the ids
    SQLite would give them, given up front (unless the caller gave them already)."""
    table = table_of(model)
    if rows and "id" not in rows[0]:
        for number, row in zip(bulk.new_ids(session, table, len(rows)), rows, strict=True):
            row["id"] = number
    bulk.insert_rows(session, table, rows)
    return [row["id"] for row in rows]


def _timed_rows(session: Session, rows: Iterator[Cells]) -> Iterator[Cells]:
    """The rows, their reading timed apart from what is done with them."""
    seconds = session.info.get(bulk.STOPWATCH, defaultdict(float))
    while True:
        start = time.perf_counter()  # not bulk.timed: this runs once a row
        row = next(rows, None)
        seconds["read"] += time.perf_counter() - start
        if row is None:
            return
        yield row


def _bad_value(exc: Exception) -> Message:
    if isinstance(exc, BadValue):
        return exc.message
    return QT_TRANSLATE_NOOP("Import", "Cannot read this value: {reason}").with_(reason=str(exc))
