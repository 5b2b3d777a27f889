"""Importing people: matching a row to a person already known, their roles, who they report
to (without circles) and whom they influence, resolved after the people themselves exist.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from sqlalchemy import delete, select

from desktop.models import (
    Contact,
    ContactRole,
    InfluenceLink,
)
from desktop.services.messages import QT_TRANSLATE_NOOP
from desktop.services.sql_types import table_of

from . import bulk
from . import fields as f
from .bulk import Record
from .import_rows import Row, RowImport, SheetPlan, insert_many, key
from .values import loose

LATER = ("roles", "reports_to", "influences")  # a person's fields that need the others first
DETAILS = ("mobile", "email", "title")  # what tells two people of one name apart
CHUNK = 5_000  # rows of people held as records at once
CONTACTS = table_of(Contact)
Person = tuple[int, str]  # (account id, key(name)): a person this import adds


class PeopleImport(RowImport):
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

    def _import_contacts(self, plan: SheetPlan, rows: Iterable[Row]) -> None:
        """People are read, matched and inserted CHUNK rows at a time, so that 100,000 rows
        are never held at once (docs/speed.md); who reports to or influences whom waits until
        everyone is in, and their roles with it."""
        self._load_people()
        self.sheet_people.clear()
        added: dict[Person, int] = {}  # the people this sheet adds
        updated: set[int] = set()  # people already there that it updates
        later: list[tuple[Row, int]] = []
        for chunk in chunks(rows, CHUNK):
            resolved = self._contacts_chunk(plan, chunk, added, updated)
            self._set_roles(resolved)
            later += [(row, person) for row, person in resolved if row.values.keys() - {"roles"}]
        self._set_managers(plan, later)
        self._set_influence(plan, later)

    def _contacts_chunk(
        self,
        plan: SheetPlan,
        rows: list[Row],
        added: dict[Person, int],
        updated: set[int],
    ) -> list[tuple[Row, int]]:
        self.ensure_accounts(plan, rows)
        creates: dict[Person, Record] = {}
        updates: dict[int, Record] = {}
        later: list[tuple[Row, Person | int]] = []
        reports_to: dict[Person, str] = {}  # the name each new person reports to
        for row in rows:
            values = row.values
            account_id = self.account_for(values["account"])
            person = (account_id, key(values["name"]))
            existing = self.person_uuids.get(values.get(f.ID, ""))
            if existing is None:  # the people there before this sheet: its own come below
                known = self.people[account_id].get(person[1], [])
                known = [p for p in known if p not in self.sheet_people]
                matches = self._same_person(known, values)
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
            # The row's own dict becomes the record (no second copy of the rows); what is
            # resolved after everyone is in waits in a small one.
            extras = Row(row.number, {k: values.pop(k) for k in LATER if k in values})
            uuid = values.pop(f.ID, None)
            del values["account"]
            record = values
            record["account_id"] = account_id
            record["updated_at"] = self.now
            if existing is not None:
                if existing in updates or existing in updated:
                    self._twice(plan, row, "name")
                self._matched(plan, row, "name", values["name"], (Contact, existing), record)
                updates.setdefault(existing, {"id": existing}).update(record)
                if extras.values:
                    later.append((extras, existing))
                continue
            if person in creates or person in added:
                if _different_people(creates.get(person) or self._details(added[person]), record):
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
            elif person in added:  # inserted already: this row's values are part of its creation
                self._update_added(added[person], record)
            else:
                existing_name = self.people_names.setdefault(
                    (account_id, loose(values["name"])), values["name"]
                )
                if existing_name != values["name"]:
                    self._near(plan, row, "name", values["name"], existing_name)
                creates[person] = self._new(
                    record, {"owner": record.get("owner", self.owner), f.ID: uuid}
                )
            if person in creates and "reports_to" in extras.values:
                reports_to[person] = extras.values["reports_to"]
            if extras.values:
                later.append((extras, person))
        self._early_managers(creates, reports_to)
        ids = self._upsert(Contact, "contacts", list(creates.values()), list(updates.values()))
        self.created_people.update(ids)
        self.sheet_people.update(ids)
        for (account_id, name), new_id in zip(creates, ids, strict=True):
            added[account_id, name] = new_id
            self.people[account_id][name.split("\0")[0]].append(new_id)
            self.managers[new_id] = None
            self.account_of[new_id] = account_id
        for person_id, record in updates.items():
            self.account_of[person_id] = record["account_id"]
        updated.update(updates)
        return [(row, added[ref] if isinstance(ref, tuple) else ref) for row, ref in later]

    def _early_managers(self, creates: dict[Person, Record], reports_to: dict[Person, str]) -> None:
        """Give the new people their ids now, and each the manager their row names when
        exactly one person of that name is known so far (there before, or written before
        them): the line is written with the person, and needs no UPDATE afterwards when,
        with everyone in, it is still the answer (``_set_managers`` decides and corrects)."""
        records = list(creates.values())
        for number, record in zip(
            bulk.new_ids(self.s, CONTACTS, len(records)), records, strict=True
        ):
            record["id"] = number
        here: dict[tuple[int, str], list[int]] = defaultdict(list)
        for (account_id, name), record in creates.items():
            here[account_id, name.split("\0")[0]].append(record["id"])
        for (account_id, name), manager_name in reports_to.items():
            record = creates[account_id, name]
            name_key = key(manager_name)
            matches = self.people[account_id].get(name_key, []) + here.get(
                (account_id, name_key), []
            )
            matches = [m for m in matches if m != record["id"]]
            if len(matches) == 1 and matches[0] < record["id"]:  # in the file already
                record["reports_to_id"] = matches[0]
                self.early_managers[record["id"]] = matches[0]

    def _details(self, person: int) -> dict[str, Any]:
        """The DETAILS of a person an earlier chunk added (rare: a name the sheet repeats)."""
        table = table_of(Contact)
        query = select(*(table.c[name] for name in DETAILS)).where(table.c.id == person)
        return dict(self.s.execute(query).one()._mapping)

    def _update_added(self, person: int, record: Record) -> None:
        """A later row of a person an earlier chunk inserted: its values are part of the
        creation, not logged (the UPDATE of a row created in this transaction)."""
        with bulk.timed(self.s, "insert"):
            bulk.update_by_id(self.s, table_of(Contact), [{"id": person, **record}])

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
        known = [person for person in with_roles if person not in self.created_people]
        if known:  # people just added have no roles to replace
            with bulk.timed(self.s, "insert"):
                self.s.execute(delete(ContactRole).where(ContactRole.contact_id.in_(known)))
        insert_many(
            self.s,
            ContactRole,
            [
                {"contact_id": person, "role": role, "owner": self.owner, "uuid": next(self.uuids)}
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
        changes: list[tuple[int | None, int]] = []
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
            changes.append((manager, person))
        # New people were written with the manager known then: only where that is not the
        # answer now (a name made ambiguous or a circle by later rows) is it corrected.
        early = self.early_managers
        final = {person: manager for manager, person in changes if person in early}  # last wins
        changes = [(manager, person) for manager, person in changes if person not in early]
        changes += [
            (final.get(person), person) for person in early if final.get(person) != early[person]
        ]
        early.clear()
        bulk.update_column(
            self.s, table_of(Contact), "reports_to_id", changes, new=self.created_people
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
        existing: set[tuple[int, int]] = {
            (source, target)
            for source, target in self.s.execute(
                select(InfluenceLink.source_id, InfluenceLink.target_id)
            )
        }
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
                            "uuid": next(self.uuids),
                        }
                    )
        if links:
            insert_many(self.s, InfluenceLink, links)


def chunks(items: Iterable[Row], size: int) -> Iterator[list[Row]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _different_people(first: dict[str, Any], second: dict[str, Any]) -> bool:
    """Two rows with the same name are two people when a detail both give differs."""
    return any(
        first.get(detail) and second.get(detail) and first[detail] != second[detail]
        for detail in ("mobile", "email", "title")
    )
