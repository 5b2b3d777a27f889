"""The per-field change log is written by the same code paths that write the data: the ORM,
the bulk import, the trash; with the injected clock and the user's name from Settings."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.models import Account, ChangeEntry, Contact
from desktop.models.enums import Stance
from desktop.services.clock import FixedClock
from desktop.services.database import open_database
from desktop.services.excel.import_service import ImportService, plan_sheets
from desktop.services.trash import TrashService

pytestmark = pytest.mark.both_engines

MOMENT = datetime(2026, 3, 4, 5, 6, 7)
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "excel"


def _entries(db, record_uuid: str | None = None) -> list[tuple]:
    query = select(
        ChangeEntry.kind,
        ChangeEntry.action,
        ChangeEntry.field,
        ChangeEntry.old_value,
        ChangeEntry.new_value,
        ChangeEntry.changed_by,
        ChangeEntry.changed_at,
    ).order_by(ChangeEntry.id)
    if record_uuid is not None:
        query = query.where(ChangeEntry.record_uuid == record_uuid)
    with db.read() as s:
        return [tuple(row) for row in s.execute(query)]


def test_orm_writes_are_logged_field_by_field_with_the_users_name(db_path: Path) -> None:
    clock = FixedClock(MOMENT)
    db = open_database(db_path, clock=clock).db
    try:
        db.set_default_owner("Li Ming")
        with db.session() as s:
            account = Account(name="Grid")
            boss = Contact(account=account, name="Zhou Zhenhua")
            person = Contact(account=account, name="Xia Liqun", stance=Stance.NEUTRAL)
            s.add_all([account, boss, person])
        with db.session() as s:
            changed = s.get_one(Contact, person.id)
            changed.stance = Stance.SUPPORTER
            changed.title = "Chief engineer"
            changed.reports_to = s.get_one(Contact, boss.id)
        lines = _entries(db, person.uuid)
    finally:
        db.close()
    when = clock.utcnow()
    assert lines[0] == ("contact", "created", "", None, None, "Li Ming", when)
    assert sorted(lines[1:]) == [
        ("contact", "changed", "reports_to_id", None, boss.uuid, "Li Ming", when),
        ("contact", "changed", "stance", "neutral", "supporter", "Li Ming", when),
        ("contact", "changed", "title", "", "Chief engineer", "Li Ming", when),
    ]


def test_deleting_restoring_and_erasing_for_good(db_path: Path) -> None:
    clock = FixedClock(MOMENT)
    db = open_database(db_path, clock=clock).db
    try:
        with db.session() as s:
            account = Account(name="Grid")
            person = Contact(account=account, name="Zhou Zhenhua", family="Wife: Zhang")
            s.add_all([account, person])
        with db.session() as s:
            s.get_one(Contact, person.id).family = "Wife: Zhang, son: Hao"
        trash = TrashService(db, clock)
        trash.delete("contact", person.id)
        entry = trash.list()[0]
        trash.restore(entry.id)
        assert [line[1] for line in _entries(db, person.uuid)] == [
            "created",
            "changed",
            "deleted",
            "restored",
        ]
        trash.delete("contact", person.id)
        trash.purge()
        # The history held the family notes: erased with the person.
        assert _entries(db, person.uuid) == []
    finally:
        db.close()


def test_the_bulk_import_logs_what_it_creates_and_a_dry_run_nothing(db_path: Path) -> None:
    db = open_database(db_path, clock=FixedClock(MOMENT)).db
    try:
        service = ImportService(db, FixedClock(MOMENT))
        service.run(plan_sheets(FIXTURES / "contacts_messy.xlsx"), dry_run=True)
        assert _entries(db) == []
        service.run(plan_sheets(FIXTURES / "contacts_messy.xlsx"), dry_run=False)
        with db.read() as s:
            people = set(s.scalars(select(Contact.uuid)))
            created = set(
                s.scalars(
                    select(ChangeEntry.record_uuid).where(
                        ChangeEntry.kind == "contact", ChangeEntry.action == "created"
                    )
                )
            )
        assert people and created == people
        # A new person's manager is part of their creation, not a change.
        assert not any(line[2] == "reports_to_id" for line in _entries(db))
    finally:
        db.close()


def test_undo_and_redo_through_row_deltas_are_logged_like_other_changes(db_path: Path) -> None:
    """Undo and redo write with plain SQL (row_delta.apply), where the ORM hook does not fire:
    what they change, delete and bring back is logged all the same (docs/merging.md)."""
    from desktop.services import raw_rows, row_delta

    clock = FixedClock(MOMENT)
    db = open_database(db_path, clock=clock).db
    try:
        db.set_default_owner("Li Ming")
        with db.session() as s:
            account = Account(name="Grid")
            s.add(account)
        edits = row_delta.RecordEdits(db)

        def add_person():
            with db.session() as s:
                s.add(Contact(account_id=account.id, name="Xia Liqun", title="Engineer"))

        with db.read() as s:
            before = {"contact": raw_rows.select_rows(s, "contact", "account_id", [account.id])}
        add_person()
        with db.read() as s:
            after = {"contact": raw_rows.select_rows(s, "contact", "account_id", [account.id])}
            person = s.scalars(select(Contact)).one()
        created = row_delta.diff(before, after)

        def retitle():
            with db.session() as s:
                s.get_one(Contact, person.id).title = "Chief engineer"
            return None

        with db.session() as s:
            row_delta.apply(s, created.reversed())  # undo the creation: the row goes
        with db.session() as s:
            row_delta.apply(s, created)  # redo it: the same row (and uuid) comes back
        edit = edits.run("contact", person.id, retitle)
        edits.undo(edit)  # title back to Engineer
        edits.redo(edit)  # and Chief engineer again
        lines = [line[:5] for line in _entries(db, person.uuid)]
        who = {line[5:] for line in _entries(db, person.uuid)}
    finally:
        db.close()
    assert lines == [
        ("contact", "created", "", None, None),
        ("contact", "deleted", "", None, None),  # a merge elsewhere deletes it too…
        ("contact", "restored", "", None, None),  # …unless it comes back: not deleted
        ("contact", "changed", "title", "Engineer", "Chief engineer"),
        ("contact", "changed", "title", "Chief engineer", "Engineer"),  # the undo
        ("contact", "changed", "title", "Engineer", "Chief engineer"),  # the redo
    ]
    assert who == {("Li Ming", clock.utcnow())}
