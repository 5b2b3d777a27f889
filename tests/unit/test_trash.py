"""Deleting moves a record and everything under it to the trash; restoring is exact."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from desktop.models import (
    Account,
    Contact,
    Interaction,
    Lead,
    Opportunity,
    TrashEntry,
)
from desktop.models.enums import LeadStatus
from desktop.services import attachments, trash
from desktop.services.clock import FixedClock
from desktop.services.database import Database
from desktop.services.messages import UserError
from desktop.services.raw_rows import Link
from tests import engines
from tests.dump import dump as dump_tables

pytestmark = pytest.mark.both_engines

NOW = datetime(2026, 11, 23, 10, 0)


def dump(db: Database) -> dict[str, list[tuple]]:
    return dump_tables(db, leave_out=("setting", "trash_entry"))


def _account(db: Database, fragment: str) -> Account:
    with db.read() as s:
        return s.query(Account).filter(Account.name.contains(fragment)).one()


def _entry_id(db: Database) -> int:
    with db.read() as s:
        return s.scalars(select(TrashEntry.id).order_by(TrashEntry.id.desc())).first()


def test_deleting_and_restoring_an_account_is_exact(demo_db: Database) -> None:
    before = dump(demo_db)
    account = _account(demo_db, "Rail")
    with demo_db.read() as s:
        people = s.query(Contact).filter(Contact.account_id == account.id).count()
        deals = s.query(Opportunity).filter(Opportunity.account_id == account.id).count()
    with demo_db.session() as s:
        trashed = trash.move_to_trash(s, "account", account.id, NOW)
    assert trashed.changes.account_id == account.id and trashed.title == account.name
    after_delete = dump(demo_db)
    assert len(after_delete["contact"]) < len(before["contact"])
    assert not [r for r in after_delete["contract"] if r[4] == account.id]
    with demo_db.read() as s:
        (row,) = trash.entries(s, NOW)
    assert row.title == account.name and row.expires_at == NOW + timedelta(days=30)
    # The entry says what went with the account.
    assert row.contents["contact"] == people and row.contents["opportunity"] == deals
    assert "account" not in row.contents
    with demo_db.session() as s:
        trash.restore(s, row.id)
    assert dump(demo_db) == before
    with demo_db.read() as s:
        if not demo_db.server:  # a server checks its foreign keys on committing
            assert s.execute(text("PRAGMA foreign_key_check")).all() == []
        assert trash.entries(s, NOW) == []


def test_restoring_puts_back_references_the_database_had_cleared(demo_db: Database) -> None:
    with demo_db.read() as s:
        lead = s.query(Lead).filter(Lead.status == LeadStatus.CONVERTED).first()
        opportunity_id = lead.converted_opportunity_id
    assert opportunity_id is not None
    with demo_db.session() as s:
        trash.move_to_trash(s, "opportunity", opportunity_id, NOW)
    with demo_db.read() as s:
        assert s.get(Lead, lead.id).converted_opportunity_id is None
    with demo_db.session() as s:
        trash.restore(s, _entry_id(demo_db))
    with demo_db.read() as s:
        assert s.get(Lead, lead.id).converted_opportunity_id == opportunity_id


def test_a_reference_to_a_record_deleted_since_is_left_empty(demo_db: Database) -> None:
    with demo_db.read() as s:
        person = s.query(Contact).filter(Contact.reports_to_id.is_not(None)).first()
        manager_id = person.reports_to_id
    with demo_db.session() as s:
        trash.move_to_trash(s, "contact", person.id, NOW)
    entry_id = _entry_id(demo_db)
    with demo_db.session() as s:
        trash.move_to_trash(s, "contact", manager_id, NOW)
    with demo_db.session() as s:
        trash.restore(s, entry_id)
    with demo_db.read() as s:
        assert s.get(Contact, person.id).reports_to_id is None


def test_a_record_cannot_come_back_without_its_account(demo_db: Database) -> None:
    with demo_db.read() as s:
        opportunity = s.query(Opportunity).first()
    with demo_db.session() as s:
        trash.move_to_trash(s, "opportunity", opportunity.id, NOW)
    entry_id = _entry_id(demo_db)
    with demo_db.session() as s:
        trash.move_to_trash(s, "account", opportunity.account_id, NOW)
    with pytest.raises(UserError, match="restore that one first"), demo_db.session() as s:
        trash.restore(s, entry_id)


def test_moved_references_go_back_unless_changed_since(demo_db: Database) -> None:
    """A deletion that re-pointed other rows (reports moved up to the manager) says so; the
    restore points them back, but not those the user has moved again meanwhile."""
    with demo_db.read() as s:
        boss = s.scalars(select(Contact).where(Contact.reports_to_id.is_(None))).first()
        a, b = s.scalars(select(Contact).where(Contact.account_id == boss.account_id)).all()[-2:]
    moved = [Link("contact", p.id, "reports_to_id", boss.id, now=None) for p in (a, b)]
    with demo_db.session() as s:
        for person in (a, b):
            s.get_one(Contact, person.id).reports_to_id = None
        s.flush()
        trash.move_to_trash(s, "contact", boss.id, NOW, moved=moved)
    with demo_db.session() as s:
        s.get_one(Contact, b.id).reports_to_id = a.id  # moved again by the user
    with demo_db.session() as s:
        trash.restore(s, _entry_id(demo_db))
    with demo_db.read() as s:
        assert s.get(Contact, a.id).reports_to_id == boss.id
        assert s.get(Contact, b.id).reports_to_id == a.id


def test_undo_takes_the_record_back_out_of_the_trash(demo_db: Database) -> None:
    service = trash.TrashService(demo_db, FixedClock(NOW))
    before = dump(demo_db)
    with demo_db.read() as s:
        person_id = s.scalars(select(Contact.id)).first()
    trashed = service.delete("contact", person_id)
    assert len(service.list()) == 1
    service.undelete(trashed)
    assert dump(demo_db) == before and service.list() == []
    service.redelete(trashed)
    (row,) = service.list()
    # Restored from the trash meanwhile: undo has nothing left to do.
    service.restore(row.id)
    service.undelete(trashed)
    assert dump(demo_db) == before
    # Erased for good: undo says so.
    service.redelete(trashed)
    service.purge()
    with pytest.raises(UserError, match="erased from the trash for good"):
        service.undelete(trashed)


def test_entries_of_the_first_format_can_be_restored(demo_db: Database) -> None:
    """Entries written before links could say what a reference was changed to."""
    with demo_db.read() as s:
        lead = s.query(Lead).filter(Lead.status == LeadStatus.CONVERTED).first()
        opportunity_id = lead.converted_opportunity_id
    before = dump(demo_db)
    with demo_db.session() as s:
        trash.move_to_trash(s, "opportunity", opportunity_id, NOW)
    with demo_db.session() as s:
        entry = s.scalars(select(TrashEntry)).one()
        old = {"rows": entry.snapshot["rows"], "links": [x[:4] for x in entry.snapshot["links"]]}
        entry.snapshot = old
    with demo_db.session() as s:
        trash.restore(s, entry.id)
    assert dump(demo_db) == before


def test_purging_removes_personal_data_from_the_file(demo_db: Database, demo_db_path: Path) -> None:
    secret = "独一无二的家庭信息-7Q2X"
    with demo_db.session() as s:
        person = s.query(Contact).first()
        person.family = secret
    with demo_db.session() as s:
        trash.move_to_trash(s, "contact", person.id, NOW)
    with demo_db.session() as s:
        assert trash.purge_expired(s, NOW + timedelta(days=29)) == 0
        assert trash.purge_expired(s, NOW + timedelta(days=31)) == 1
    demo_db.close()
    data = demo_db_path.read_bytes()
    assert secret.encode() not in data
    assert secret.encode("utf-16-le") not in data


def test_deleting_permanently_leaves_nothing_in_the_file_or_its_log(
    demo_db: Database, demo_db_path: Path
) -> None:
    """While the app keeps running: the database file and its write-ahead log."""
    secret = "生日和爱好-9K4Z"
    with demo_db.session() as s:
        person = s.scalars(select(Contact)).first()
        person.interests = secret
        s.add(
            Interaction(
                account_id=person.account_id,
                contact_id=person.id,
                occurred_on=NOW.date(),
                notes=secret,
            )
        )
    service = trash.TrashService(demo_db, FixedClock(NOW))
    service.delete("contact", person.id)
    (row,) = service.list()
    service.purge([row.id])
    for path in (demo_db_path, demo_db_path.with_name(demo_db_path.name + "-wal")):
        if path.exists():
            assert secret.encode() not in path.read_bytes(), path.name


def _holds(path: Path, secret: str) -> list[str]:
    files = (path, path.with_name(path.name + "-wal"))
    return [f.name for f in files if f.exists() and secret.encode() in f.read_bytes()]


def test_deleting_permanently_while_another_program_reads_erases_once_it_stops(
    demo_db: Database, demo_db_path: Path, monkeypatch
) -> None:
    """A reader holding an older snapshot keeps the checkpoint from emptying the log: that is
    noticed (not ignored), and the erasing is done as soon as the reader is gone."""
    engines.file_only(demo_db, "a server erases deleted rows by itself (VACUUM)")
    monkeypatch.setattr(Database, "CHECKPOINT_WAIT_MS", 0)
    secret = "家属电话-5H8W"
    with demo_db.session() as s:
        person = s.scalars(select(Contact)).first()
        person.family = secret
    service = trash.TrashService(demo_db, FixedClock(NOW))
    service.delete("contact", person.id)
    (row,) = service.list()
    reader = sqlite3.connect(demo_db_path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM contact").fetchone()  # a snapshot with the person
    try:
        service.purge([row.id])
        assert demo_db.erase_pending
        assert _holds(demo_db_path, secret)  # still in the log: the reader may need it
    finally:
        reader.execute("COMMIT")
        reader.close()
    with demo_db.session() as s:  # the next change, the reader gone
        s.add(Account(name="Next change"))
    assert not demo_db.erase_pending
    assert _holds(demo_db_path, secret) == []


def test_purging_deletes_only_files_nothing_else_refers_to(demo_db: Database, tmp_path) -> None:
    engines.file_only(demo_db, "attached files are kept beside a database file")
    with demo_db.read() as s:
        visits = s.scalars(select(Interaction).order_by(Interaction.id)).all()
        first = visits[0]
        second = next(v for v in visits if v.contact_id != first.contact_id)
    stored = []
    with demo_db.session() as s:
        for number, visit in enumerate((first, second)):
            source = tmp_path / f"note{number}.txt"
            source.write_text(f"visit note {number}")
            record = attachments.attach(s, demo_db.path, source, interaction_id=visit.id)
            stored.append(attachments.folder_for(demo_db.path) / record.stored_name)
    service = trash.TrashService(demo_db, FixedClock(NOW))
    service.delete("contact", first.contact_id)
    service.delete("contact", second.contact_id)
    newest, oldest = service.list()
    service.purge([newest.id])
    assert stored[0].exists() and not stored[1].exists()
    service.restore(oldest.id)
    with demo_db.read() as s:
        (record,) = attachments.list_for(s, demo_db.path, interaction_id=first.id)
    assert record.path == stored[0] and record.path.read_text() == "visit note 0"


def test_restoring_a_person_from_the_trash_puts_their_reports_back_exactly(
    demo_db: Database,
) -> None:
    """The reports moved up to the manager go back under the person with the time of their
    last change as it was: restoring is not a change of theirs."""
    from desktop.services.orgchart.people import PeopleService

    with demo_db.read() as s:
        manager = s.scalars(
            select(Contact.reports_to_id).where(Contact.reports_to_id.is_not(None))
        ).first()
    before = dump(demo_db)
    PeopleService(demo_db).delete(manager, NOW)
    with demo_db.session() as s:
        trash.restore(s, _entry_id(demo_db))
    assert dump(demo_db) == before
