"""Applying mapped sheets to the database: validate every row, match existing records,
create or update them in bulk, then resolve who reports to whom.

Everything happens in the session it is given; the caller commits (import) or rolls back
(dry run, cancel, failure, refusal). Rows with an unusable key value are skipped and reported;
a value the editing forms would not accept (unreadable, not one of a drop-down's values, out
of range) is an error that refuses the whole import (docs/field-rules.md).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from desktop.models import (
    Account,
    Contact,
    ContactRole,
    Contract,
    InfluenceLink,
    Opportunity,
    Payment,
    Stage,
)
from desktop.models.base import new_uuid
from desktop.services import field_rules
from desktop.services.contracts.allocation import reallocate
from desktop.services.contracts.schedule import settle
from desktop.services.messages import QT_TRANSLATE_NOOP, Message

from . import bulk
from . import fields as f
from .reading import Sheet
from .report import ImportReport, Problem
from .values import BadValue, join_name, loose, text

Progress = Callable[[int, int], bool]  # (rows done, rows in all) -> keep going?
ORDER = {kind: number for number, kind in enumerate(f.KINDS)}
BLANK = (None, "")
LATER = ("roles", "reports_to", "influences")  # a person's fields that need the others first
TABLES = {
    "accounts": Account.__table__,
    "contacts": Contact.__table__,
    "opportunities": Opportunity.__table__,
    "contracts": Contract.__table__,
    "payments": Payment.__table__,
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


def key(name: str) -> str:
    """How names are compared: case and spacing do not matter."""
    return "".join(text(name).split()).lower()


@dataclass
class Row:
    number: int
    values: dict[str, Any]


class Importer:
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
        self.accounts: dict[str, int] = {}  # key(name) -> id
        self.account_uuids: dict[str, int] = {}
        self.people: dict[int, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        self.person_uuids: dict[str, int] = {}
        self.managers: dict[int, int | None] = {}
        self.account_of: dict[int, int] = {}  # person -> account
        self.account_names: dict[str, str] = {}  # loose(name) -> name, for near duplicates
        self.people_names: dict[tuple[int, str], str] = {}  # (account, loose(name)) -> name
        self.stored_names: dict[tuple[type, int], str] = {}  # (model, id) -> name as stored
        self.noted: set[tuple[str, str]] = set()  # (sheet, name) told it matched another
        for row in session.execute(select(Account.id, Account.uuid, Account.name)):
            self.accounts[key(row.name)] = row.id
            self.account_uuids[row.uuid] = row.id
            self.account_names.setdefault(loose(row.name), row.name)
            self.stored_names[Account, row.id] = row.name

    # -- the run ---------------------------------------------------------------------------
    def run(self, plans: list[SheetPlan]) -> None:
        ordered = sorted(plans, key=lambda p: ORDER[p.kind])
        parsed = [(plan, self._parse(plan)) for plan in ordered]
        self.total = sum(len(rows) for _plan, rows in parsed)
        for plan, rows in parsed:
            if not self.progress(self.done, self.total):
                raise Cancelled
            getattr(self, f"_import_{plan.kind}")(plan, rows)

    def _tick(self, count: int = 1) -> None:
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

    def _parse(self, plan: SheetPlan) -> list[Row]:
        rows = []
        columns = [(index, f.field(plan.kind, name)) for index, name in plan.mapping.items()]
        required = [spec for spec in f.FIELDS[plan.kind] if spec.required]
        for number, cells in plan.sheet.data():
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
            for name, message in field_rules.problems(TABLES[plan.kind], values, self.now.date()):
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
                rows.append(Row(number, values))
        return rows

    # -- accounts --------------------------------------------------------------------------
    def account_for(self, name: str) -> int:
        """The account of that name (``ensure_accounts`` has created the missing ones)."""
        return self.accounts[key(name)]

    def ensure_accounts(self, plan: SheetPlan, rows: list[Row]) -> None:
        """Create, in one go, the accounts these rows name that do not exist yet."""
        missing: dict[str, str] = {}
        for row in rows:
            name = text(row.values["account"])
            if key(name) in self.accounts:
                self._matched(plan, row, "account", name, (Account, self.accounts[key(name)]))
            elif key(name) not in missing:
                missing[key(name)] = name
                self._near_account(plan, row, "account", name)
        if missing:
            created = [
                {"name": name, "owner": self.owner, "uuid": new_uuid()} for name in missing.values()
            ]
            for name_key, new_id in zip(
                missing, insert_many(self.s, Account, created), strict=True
            ):
                self.accounts[name_key] = new_id
            self.report.created["accounts"] += len(created)

    def _upsert(self, model, kind: str, creates: list[dict], updates: list[dict]) -> list[int]:
        ids: list[int] = []
        if creates:
            ids = insert_many(self.s, model, creates)
            self.report.created[kind] += len(creates)
        updates = self._real_changes(model, kind, updates)
        if updates:
            self.s.execute(update(model), updates)
            self.report.updated[kind] += len(updates)
        return ids

    def _real_changes(self, model, kind: str, updates: list[dict]) -> list[dict]:
        """Only the updates that change something; the others count as unchanged."""
        if not updates:
            return []
        names = sorted({n for u in updates for n in u} - {"id", "updated_at"})
        current: dict[int, Any] = {}
        ids = [u["id"] for u in updates]
        for start in range(0, len(ids), 500):
            query = select(model.id, *(getattr(model, n) for n in names)).where(
                model.id.in_(ids[start : start + 500])
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
        return changed

    def _record(self, values: dict[str, Any], columns: tuple[str, ...]) -> dict[str, Any]:
        record = {name: values[name] for name in columns if name in values}
        record["updated_at"] = self.now
        return record

    def _new(self, record: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
        record.setdefault("owner", values.get("owner", self.owner))
        record["uuid"] = values.get(f.ID) or new_uuid()
        record["created_at"] = self.now
        return record

    def _import_accounts(self, plan: SheetPlan, rows: list[Row]) -> None:
        columns = tuple(x.name for x in f.FIELDS["accounts"] if x.name != f.ID)
        creates: dict[str, dict] = {}
        updates: dict[int, dict] = {}
        for row in rows:
            values = row.values
            existing = self.account_uuids.get(values.get(f.ID, "")) or self.accounts.get(
                key(values["name"])
            )
            record = self._record(values, columns)
            if existing is not None:
                if existing in updates:
                    self._twice(plan, row, "name")
                self._matched(plan, row, "name", values["name"], (Account, existing), record)
                updates.setdefault(existing, {"id": existing}).update(record)
            else:
                if key(values["name"]) in creates:
                    self._twice(plan, row, "name")
                else:
                    self._near_account(plan, row, "name", values["name"])
                creates.setdefault(key(values["name"]), self._new({}, values)).update(record)
            self._tick()
        ids = self._upsert(Account, "accounts", list(creates.values()), list(updates.values()))
        for name, new_id in zip(creates, ids, strict=True):
            self.accounts[name] = new_id

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

    # -- contacts --------------------------------------------------------------------------
    def _load_people(self) -> None:
        if self.person_uuids:
            return
        query = select(
            Contact.id, Contact.uuid, Contact.account_id, Contact.name, Contact.reports_to_id
        )
        for row in self.s.execute(query):
            self.people[row.account_id][key(row.name)].append(row.id)
            self.people_names.setdefault((row.account_id, loose(row.name)), row.name)
            self.stored_names[Contact, row.id] = row.name
            self.person_uuids[row.uuid] = row.id
            self.managers[row.id] = row.reports_to_id
            self.account_of[row.id] = row.account_id

    def _import_contacts(self, plan: SheetPlan, rows: list[Row]) -> None:
        self.ensure_accounts(plan, rows)
        self._load_people()
        creates: dict[tuple[int, str], dict] = {}
        updates: dict[int, dict] = {}
        later: list[tuple[Row, tuple[int, str] | int]] = []
        for row in rows:
            values = row.values
            account_id = self.account_for(values["account"])
            person = (account_id, key(values["name"]))
            existing = self.person_uuids.get(values.get(f.ID, ""))
            if existing is None:
                matches = self._same_person(self.people[account_id].get(person[1], []), values)
                existing = matches[0] if len(matches) == 1 else None
                if len(matches) > 1:
                    self.problem(
                        plan,
                        row.number,
                        plan.column_of("name"),
                        QT_TRANSLATE_NOOP(
                            "Import",
                            "Several people of this name work for this account; the row was "
                            "added as a new person. Use the ID column to update one of them.",
                        ),
                        False,
                    )
            # The row's own dict becomes the record (no second copy of 100,000 rows); what
            # is resolved after the bulk insert waits in a small one.
            extras = Row(row.number, {k: values.pop(k) for k in LATER if k in values})
            uuid = values.pop(f.ID, None)
            del values["account"]
            record = values
            record["account_id"] = account_id
            record["updated_at"] = self.now
            if existing is not None:
                if existing in updates:
                    self._twice(plan, row, "name")
                self._matched(plan, row, "name", values["name"], (Contact, existing), record)
                updates.setdefault(existing, {"id": existing}).update(record)
                later.append((extras, existing))
                self._tick()
                continue
            if person in creates:
                if _different_people(creates[person], record):
                    person = (account_id, f"{person[1]}\0{row.number}")
                    self.problem(
                        plan,
                        row.number,
                        plan.column_of("name"),
                        QT_TRANSLATE_NOOP(
                            "Import",
                            "A second person called {name} in this account (the details "
                            "differ from an earlier row): lines to this name are ambiguous.",
                        ).with_(name=values["name"]),
                        False,
                    )
                else:
                    self._twice(plan, row, "name")
            if person in creates:
                creates[person].update(record)
            else:
                existing_name = self.people_names.setdefault(
                    (account_id, loose(values["name"])), values["name"]
                )
                if existing_name != values["name"]:
                    self._near(plan, row, "name", values["name"], existing_name)
                creates[person] = self._new(
                    record, {"owner": record.get("owner", self.owner), f.ID: uuid}
                )
            later.append((extras, person))
            self._tick()
        ids = self._upsert(Contact, "contacts", list(creates.values()), list(updates.values()))
        new_ids = dict(zip(creates, ids, strict=True))
        for (account_id, name), new_id in new_ids.items():
            self.people[account_id][name.split("\0")[0]].append(new_id)
            self.managers[new_id] = None
            self.account_of[new_id] = account_id
        for person, record in updates.items():
            self.account_of[person] = record["account_id"]
        resolved = [(row, new_ids[ref] if isinstance(ref, tuple) else ref) for row, ref in later]
        self._set_roles(resolved)
        self._set_managers(plan, resolved)
        self._set_influence(plan, resolved)

    def _same_person(self, candidates: list[int], values: dict[str, Any]) -> list[int]:
        """Among people of one name, those whose mobile, e-mail or title fit the row."""
        if len(candidates) < 2:
            return candidates
        query = select(Contact.id, Contact.mobile, Contact.email, Contact.title).where(
            Contact.id.in_(candidates)
        )
        fitting = [
            row.id
            for row in self.s.execute(query)
            if not _different_people(
                {"mobile": row.mobile, "email": row.email, "title": row.title}, values
            )
        ]
        return fitting or candidates

    def _set_roles(self, rows: list[tuple[Row, int]]) -> None:
        with_roles = {person: row.values["roles"] for row, person in rows if "roles" in row.values}
        if not with_roles:
            return
        self.s.execute(delete(ContactRole).where(ContactRole.contact_id.in_(list(with_roles))))
        bulk.insert_rows(
            self.s,
            ContactRole.__table__,
            [
                {"contact_id": person, "role": role, "owner": self.owner, "uuid": new_uuid()}
                for person, roles in with_roles.items()
                for role in roles
            ],
        )

    def _find_person(
        self, plan: SheetPlan, row: Row, column: str, person: int, name: str
    ) -> int | None:
        account_id = self.account_of[person]
        matches = [m for m in self.people[account_id].get(key(name), []) if m != person]
        if len(matches) == 1:
            return matches[0]
        reason = (
            QT_TRANSLATE_NOOP("Import", "Nobody called {name} works for this account; left empty.")
            if not matches
            else QT_TRANSLATE_NOOP(
                "Import", "Several people are called {name} in this account; left empty."
            )
        )
        self.problem(plan, row.number, plan.column_of(column), reason.with_(name=name), False)
        return None

    def _set_managers(self, plan: SheetPlan, rows: list[tuple[Row, int]]) -> None:
        changes = []
        for row, person in rows:
            name = row.values.get("reports_to")
            if not name:
                continue
            manager = self._find_person(plan, row, "reports_to", person, name)
            if manager is None:
                continue
            if self._would_cycle(person, manager):
                self.problem(
                    plan,
                    row.number,
                    plan.column_of("reports_to"),
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "{name} already reports, directly or not, to this person: the line "
                        "would make a circle, so it was left out.",
                    ).with_(name=name),
                    False,
                )
                continue
            self.managers[person] = manager
            changes.append({"id": person, "reports_to_id": manager})
        bulk.update_column(
            self.s,
            Contact.__table__,
            "reports_to_id",
            [(c["reports_to_id"], c["id"]) for c in changes],
        )

    def _would_cycle(self, person: int, manager: int) -> bool:
        seen = {person}
        current: int | None = manager
        while current is not None:
            if current in seen:
                return True
            seen.add(current)
            current = self.managers.get(current)
        return False

    def _set_influence(self, plan: SheetPlan, rows: list[tuple[Row, int]]) -> None:
        links = []
        existing = set(
            self.s.execute(select(InfluenceLink.source_id, InfluenceLink.target_id)).all()
        )
        for row, person in rows:
            for name in row.values.get("influences", []):
                target = self._find_person(plan, row, "influences", person, name)
                if target is not None and (person, target) not in existing:
                    existing.add((person, target))
                    links.append(
                        {
                            "source_id": person,
                            "target_id": target,
                            "owner": self.owner,
                            "uuid": new_uuid(),
                        }
                    )
        if links:
            bulk.insert_rows(self.s, InfluenceLink.__table__, links)

    # -- opportunities, contracts, payments ------------------------------------------------
    def _stages(self) -> dict[str, int]:
        names: dict[str, int] = {}
        for stage in self.s.scalars(select(Stage).order_by(Stage.position.desc())):
            for name in (stage.code, stage.name_en, stage.name_zh):
                names[key(name)] = stage.id
        return names

    def _import_opportunities(self, plan: SheetPlan, rows: list[Row]) -> None:
        self.ensure_accounts(plan, rows)
        self._load_people()
        stages = self._stages()
        first_stage = self.s.scalar(select(Stage.id).order_by(Stage.position).limit(1))
        existing_by_name = {
            (row.account_id, key(row.name)): row.id
            for row in self.s.execute(
                select(Opportunity.id, Opportunity.account_id, Opportunity.name)
            )
        }
        uuids = dict(self.s.execute(select(Opportunity.uuid, Opportunity.id)).all())
        columns = tuple(
            x.name
            for x in f.FIELDS["opportunities"]
            if x.name not in (f.ID, "account", "stage", "key_contact")
        )
        creates: dict[tuple[int, str], dict] = {}
        updates: dict[int, dict] = {}
        for row in rows:
            values = row.values
            account_id = self.account_for(values["account"])
            record = self._record(values, columns) | {"account_id": account_id}
            if "stage" in values:
                stage = stages.get(key(values["stage"]))
                if stage is None:
                    self.invalid(
                        plan,
                        row.number,
                        plan.column_of("stage"),
                        field_rules.NOT_ALLOWED.with_(
                            value=values["stage"], allowed=self._stage_names()
                        ),
                    )
                else:
                    record["stage_id"] = stage
            if "key_contact" in values:
                matches = self.people[account_id].get(key(values["key_contact"]), [])
                if len(matches) == 1:
                    record["key_contact_id"] = matches[0]
                else:
                    self._unknown(plan, row, "key_contact", values["key_contact"])
            existing = uuids.get(values.get(f.ID, "")) or existing_by_name.get(
                (account_id, key(values["name"]))
            )
            if existing in updates or (account_id, key(values["name"])) in creates:
                self._twice(plan, row, "name")
            if existing is not None:
                updates.setdefault(existing, {"id": existing}).update(record)
            else:
                new = creates.setdefault((account_id, key(values["name"])), self._new({}, values))
                new.setdefault("stage_id", first_stage)
                new.setdefault("stage_entered_on", self.now.date())
                new.update(record)
            self._tick()
        self._upsert(Opportunity, "opportunities", list(creates.values()), list(updates.values()))

    def _stage_names(self) -> field_rules.Names:
        stages = self.s.scalars(select(Stage).order_by(Stage.position))
        return field_rules.Names(tuple(f"{s.name_en} ({s.name_zh})" for s in stages))

    def _unknown(self, plan: SheetPlan, row: Row, column: str, value: Any) -> None:
        self.problem(
            plan,
            row.number,
            plan.column_of(column),
            QT_TRANSLATE_NOOP("Import", "{value} was not found; left empty.").with_(value=value),
            False,
        )

    def _import_contracts(self, plan: SheetPlan, rows: list[Row]) -> None:
        self.ensure_accounts(plan, rows)
        by_number = dict(self.s.execute(select(Contract.number, Contract.id)).all())
        uuids = dict(self.s.execute(select(Contract.uuid, Contract.id)).all())
        opportunities = {
            (row.account_id, key(row.name)): row.id
            for row in self.s.execute(
                select(Opportunity.id, Opportunity.account_id, Opportunity.name)
            )
        }
        columns = tuple(
            x.name for x in f.FIELDS["contracts"] if x.name not in (f.ID, "account", "opportunity")
        )
        creates: dict[str, dict] = {}
        updates: dict[int, dict] = {}
        for row in rows:
            values = row.values
            account_id = self.account_for(values["account"])
            record = self._record(values, columns) | {"account_id": account_id}
            if "opportunity" in values:
                found = opportunities.get((account_id, key(values["opportunity"])))
                if found is None:
                    self._unknown(plan, row, "opportunity", values["opportunity"])
                else:
                    record["opportunity_id"] = found
            existing = uuids.get(values.get(f.ID, "")) or by_number.get(values["number"])
            if existing is not None:
                if existing in updates:
                    self._twice(plan, row, "number")
                updates.setdefault(existing, {"id": existing}).update(record)
            else:
                if values["number"] in creates:
                    self._twice(plan, row, "number")
                creates.setdefault(values["number"], self._new({}, values)).update(record)
            self._tick()
        ids = self._upsert(Contract, "contracts", list(creates.values()), list(updates.values()))
        # Amounts, signing dates... feed the milestones' due dates and the allocations.
        for contract_id in [*ids, *updates]:
            settle(self.s, self.s.get_one(Contract, contract_id))

    def _import_payments(self, plan: SheetPlan, rows: list[Row]) -> None:
        contracts = dict(self.s.execute(select(Contract.number, Contract.id)).all())
        uuids = dict(self.s.execute(select(Payment.uuid, Payment.id)).all())
        known = {
            (r.contract_id, r.received_on, r.amount, r.reference)
            for r in self.s.execute(
                select(Payment.contract_id, Payment.received_on, Payment.amount, Payment.reference)
            )
        }
        columns = ("received_on", "amount", "method", "reference", "note")
        creates: list[dict] = []
        updates: list[dict] = []
        for row in rows:
            values = row.values
            contract = contracts.get(values["contract"])
            self._tick()
            if contract is None:
                self.problem(
                    plan,
                    row.number,
                    plan.column_of("contract"),
                    QT_TRANSLATE_NOOP(
                        "Import", "There is no contract {value}; import the contracts first."
                    ).with_(value=values["contract"]),
                    True,
                )
                continue
            record = self._record(values, columns) | {"contract_id": contract}
            existing = uuids.get(values.get(f.ID, ""))
            fingerprint = (
                contract,
                values["received_on"],
                values["amount"],
                values.get("reference", ""),
            )
            if existing is not None:
                updates.append({"id": existing} | record)
            elif fingerprint in known:
                self.report.unchanged["payments"] += 1
            else:
                known.add(fingerprint)
                creates.append(self._new(record, values))
        self._upsert(Payment, "payments", creates, updates)
        for contract_id in {row["contract_id"] for row in [*creates, *updates]}:
            reallocate(self.s, contract_id)  # oldest due first, as if typed in


def insert_many(session: Session, model, rows: list[dict[str, Any]]) -> list[int]:
    """Insert rows (each with its uuid) and return their ids in the same order."""
    bulk.insert_rows(session, model.__table__, rows)
    found = bulk.ids_of(session, model.__table__, [row["uuid"] for row in rows])
    return [found[row["uuid"]] for row in rows]


def _different_people(first: dict[str, Any], second: dict[str, Any]) -> bool:
    """Two rows with the same name are two people when a detail both give differs."""
    return any(
        first.get(detail) and second.get(detail) and first[detail] != second[detail]
        for detail in ("mobile", "email", "title")
    )


def _bad_value(exc: Exception) -> Message:
    if isinstance(exc, BadValue):
        return exc.message
    return QT_TRANSLATE_NOOP("Import", "Cannot read this value: {reason}").with_(reason=str(exc))
