"""Deleting moves a record and everything under it to the trash; restoring is exact."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.models import Account, Base, Contact, Lead, Opportunity
from desktop.models.enums import LeadStatus
from desktop.services import trash
from desktop.services.database import Database
from desktop.services.messages import UserError

NOW = datetime(2026, 11, 23, 10, 0)


def dump(db: Database) -> dict[str, list[tuple]]:
    with db.read() as s:
        return {
            name: [tuple(r) for r in s.execute(text(f'SELECT * FROM "{name}" ORDER BY id'))]
            for name in Base.metadata.tables
            if name not in ("setting", "trash_entry")
        }


def _account(db: Database, fragment: str) -> Account:
    with db.read() as s:
        return s.query(Account).filter(Account.name.contains(fragment)).one()


def test_deleting_and_restoring_an_account_is_exact(demo_db: Database) -> None:
    before = dump(demo_db)
    account = _account(demo_db, "Rail")
    with demo_db.session() as s:
        entry = trash.move_to_trash(s, "account", account.id, NOW)
    after_delete = dump(demo_db)
    assert len(after_delete["contact"]) < len(before["contact"])
    assert not [r for r in after_delete["contract"] if r[4] == account.id]
    with demo_db.read() as s:
        (row,) = trash.entries(s, NOW)
    assert row.title == account.name and row.expires_at == NOW + timedelta(days=30)
    with demo_db.session() as s:
        trash.restore(s, entry.id)
    assert dump(demo_db) == before
    with demo_db.read() as s:
        assert s.execute(text("PRAGMA foreign_key_check")).all() == []
        assert trash.entries(s, NOW) == []


def test_restoring_puts_back_references_the_database_had_cleared(demo_db: Database) -> None:
    with demo_db.read() as s:
        lead = s.query(Lead).filter(Lead.status == LeadStatus.CONVERTED).first()
        opportunity_id = lead.converted_opportunity_id
    assert opportunity_id is not None
    with demo_db.session() as s:
        entry = trash.move_to_trash(s, "opportunity", opportunity_id, NOW)
    with demo_db.read() as s:
        assert s.get(Lead, lead.id).converted_opportunity_id is None
    with demo_db.session() as s:
        trash.restore(s, entry.id)
    with demo_db.read() as s:
        assert s.get(Lead, lead.id).converted_opportunity_id == opportunity_id


def test_a_reference_to_a_record_deleted_since_is_left_empty(demo_db: Database) -> None:
    with demo_db.read() as s:
        person = s.query(Contact).filter(Contact.reports_to_id.is_not(None)).first()
        manager_id = person.reports_to_id
    with demo_db.session() as s:
        entry = trash.move_to_trash(s, "contact", person.id, NOW)
    with demo_db.session() as s:
        trash.move_to_trash(s, "contact", manager_id, NOW)
    with demo_db.session() as s:
        trash.restore(s, entry.id)
    with demo_db.read() as s:
        assert s.get(Contact, person.id).reports_to_id is None


def test_a_record_cannot_come_back_without_its_account(demo_db: Database) -> None:
    with demo_db.read() as s:
        opportunity = s.query(Opportunity).first()
    with demo_db.session() as s:
        entry = trash.move_to_trash(s, "opportunity", opportunity.id, NOW)
    with demo_db.session() as s:
        trash.move_to_trash(s, "account", opportunity.account_id, NOW)
    with pytest.raises(UserError, match="restore that one first"), demo_db.session() as s:
        trash.restore(s, entry.id)


def test_purging_removes_personal_data_from_the_file(demo_db: Database, demo_db_path: Path) -> None:
    secret = "独一无二的家庭信息-7Q2X"
    with demo_db.session() as s:
        person = s.query(Contact).first()
        person.family = secret
    with demo_db.session() as s:
        entry = trash.move_to_trash(s, "contact", person.id, NOW)
    with demo_db.session() as s:
        assert trash.purge_expired(s, NOW + timedelta(days=29)) == 0
        assert trash.purge_expired(s, NOW + timedelta(days=31)) == 1
    demo_db.close()
    data = demo_db_path.read_bytes()
    assert secret.encode() not in data
    assert secret.encode("utf-16-le") not in data
    del entry
