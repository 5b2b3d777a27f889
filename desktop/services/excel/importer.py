"""Applying mapped sheets to the database: validate every row, match existing records,
create or update them in bulk, then resolve who reports to whom.

Everything happens in the session it is given; the caller commits (import) or rolls back
(dry run, cancel, failure, refusal). Rows with an unusable key value are skipped and reported;
a value the editing forms would not accept (unreadable, not one of a drop-down's values, out
of range) is an error that refuses the whole import (docs/field-rules.md).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from desktop.models import (
    Account,
    Contract,
    Opportunity,
    Payment,
    Stage,
)
from desktop.services import field_rules
from desktop.services.contracts.allocation import reallocate
from desktop.services.contracts.schedule import settle
from desktop.services.messages import QT_TRANSLATE_NOOP
from desktop.services.opportunities.slips import track_import

from . import fields as f
from .bulk import Record
from .import_people import PeopleImport
from .import_rows import Cancelled, Progress, Row, SheetPlan, key
from .kinds import KINDS

__all__ = ["Cancelled", "Importer", "Progress", "SheetPlan", "key"]

ORDER = {kind: number for number, kind in enumerate(KINDS)}


class Importer(PeopleImport):
    # -- the run ---------------------------------------------------------------------------
    def run(self, plans: list[SheetPlan]) -> None:
        ordered = sorted(plans, key=lambda p: ORDER[p.kind])
        self.total = sum(plan.sheet.size() for plan in ordered)
        for plan in ordered:
            if not self.progress(self.done, self.total):
                raise Cancelled
            if plan.kind == "contacts":  # streamed in chunks: there may be 100,000
                self._import_contacts(plan, self._parse(plan))
            else:
                getattr(self, f"_import_{plan.kind}")(plan, list(self._parse(plan)))

    def _import_accounts(self, plan: SheetPlan, rows: list[Row]) -> None:
        columns = tuple(x.name for x in f.FIELDS["accounts"] if x.name != f.ID)
        creates: dict[str, Record] = {}
        updates: dict[int, Record] = {}
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
        ids = self._upsert(Account, "accounts", list(creates.values()), list(updates.values()))
        for name, new_id in zip(creates, ids, strict=True):
            self.accounts[name] = new_id

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
        creates: dict[tuple[int, str], Record] = {}
        updates: dict[int, Record] = {}
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
        track_import(self.s, list(creates.values()), list(updates.values()))
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
        creates: dict[str, Record] = {}
        updates: dict[int, Record] = {}
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
        creates: list[Record] = []
        updates: list[Record] = []
        for row in rows:
            values = row.values
            contract = contracts.get(values["contract"])
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
