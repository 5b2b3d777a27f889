"""The shared rows: capturing a record with everything the database deletes with it, deleting
it, and putting it back exactly, for any table (the trash and every undo use them)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, text

from desktop.models import Account, Contact, Invoice, Opportunity, PaymentMilestone
from desktop.services import raw_rows
from desktop.services.database import Database
from desktop.services.messages import UserError
from tests.dump import dump

pytestmark = pytest.mark.both_engines

# Records that are not kept in the trash, deleted and brought back by the areas' undo.
TABLES = [
    "lead",
    "assessment",
    "decision_group_member",
    "competitor",
    "stage_change",
    "interaction",
    "influence_link",
    "checklist_item",
    "deviation_item",
    "payment_milestone",
    "invoice",
    "payment",
    "forecast_snapshot",
    "checklist_template",
    # and the trash's kinds
    "account",
    "contact",
    "opportunity",
    "tender",
    "contract",
]


def _first_id(db: Database, table: str) -> int:
    with db.read() as s:
        found = s.execute(text(f'SELECT min(id) FROM "{table}"')).scalar()
    assert found is not None, f"the sample data has no {table}"
    return found


@pytest.mark.parametrize("table", TABLES)
def test_remove_then_put_back_is_exact(demo_db: Database, table: str) -> None:
    record_id = _first_id(demo_db, table)
    before = dump(demo_db)
    with demo_db.session() as s:
        graph = raw_rows.remove(s, table, [record_id])
    assert graph.root()["id"] == record_id
    assert dump(demo_db) != before
    stored = raw_rows.Graph.from_json(json.loads(json.dumps(graph.to_json())))
    assert stored == graph  # what the trash keeps is the same graph
    with demo_db.session() as s:
        raw_rows.put_back(s, stored)
    assert dump(demo_db) == before
    if not demo_db.server:  # a server checks its foreign keys on committing
        with demo_db.read() as s:
            assert s.execute(text("PRAGMA foreign_key_check")).all() == []


def test_an_account_takes_everything_under_it(demo_db: Database) -> None:
    with demo_db.read() as s:
        account_id = s.scalar(select(Account.id).where(Account.name.like("%State Grid%")))
        people = s.scalars(select(Contact.id).where(Contact.account_id == account_id)).all()
    with demo_db.session() as s:
        graph = raw_rows.capture(s, "account", [account_id])
    assert graph.ids("contact") == sorted(people)
    for table in ("contact_role", "interaction", "stage_change", "tender", "payment_milestone"):
        assert graph.count(table), table
    # Parents come before the rows that refer to them.
    order = list(graph.rows)
    assert order.index("account") < order.index("contact") < order.index("contact_role")
    assert order.index("opportunity") < order.index("tender") < order.index("checklist_item")
    assert graph.links == ()  # nothing outside the account refers into it


def test_references_the_database_empties_are_put_back(demo_db: Database) -> None:
    with demo_db.read() as s:
        invoice = s.scalars(select(Invoice).where(Invoice.milestone_id.is_not(None))).first()
    with demo_db.session() as s:
        graph = raw_rows.remove(s, "payment_milestone", [invoice.milestone_id])
    assert raw_rows.Link("invoice", invoice.id, "milestone_id", invoice.milestone_id) in (
        graph.links
    )
    with demo_db.read() as s:
        assert s.get(Invoice, invoice.id).milestone_id is None
    with demo_db.session() as s:
        raw_rows.put_back(s, graph)
    with demo_db.read() as s:
        assert s.get(Invoice, invoice.id).milestone_id == invoice.milestone_id


def test_a_reference_changed_since_is_left_alone(demo_db: Database) -> None:
    with demo_db.read() as s:
        opportunity = s.scalars(
            select(Opportunity).where(Opportunity.key_contact_id.is_not(None))
        ).first()
        other = s.scalars(
            select(Contact.id).where(
                Contact.account_id == opportunity.account_id,
                Contact.id != opportunity.key_contact_id,
            )
        ).first()
    with demo_db.session() as s:
        graph = raw_rows.remove(s, "contact", [opportunity.key_contact_id])
    with demo_db.session() as s:
        s.get_one(Opportunity, opportunity.id).key_contact_id = other
    with demo_db.session() as s:
        raw_rows.put_back(s, graph)
    with demo_db.read() as s:
        assert s.get(Opportunity, opportunity.id).key_contact_id == other


def test_a_parent_deleted_since_empties_or_refuses(demo_db: Database) -> None:
    with demo_db.read() as s:
        person = s.scalars(select(Contact).where(Contact.reports_to_id.is_not(None))).first()
    with demo_db.session() as s:
        graph = raw_rows.remove(s, "contact", [person.id])
    with demo_db.session() as s:
        manager = raw_rows.remove(s, "contact", [person.reports_to_id])
    with demo_db.session() as s:  # the manager is gone: the person comes back at the top
        raw_rows.put_back(s, graph)
        assert s.get_one(Contact, person.id).reports_to_id is None
        raw_rows.delete_rows(s, "contact", [person.id])
    with demo_db.session() as s:
        raw_rows.remove(s, "account", [person.account_id])
    with pytest.raises(UserError, match="restore that one first"), demo_db.session() as s:
        raw_rows.put_back(s, graph, "Someone")
    with pytest.raises(UserError, match="deleted since"), demo_db.session() as s:
        raw_rows.put_back(s, manager)


def test_write_rows_updates_inserts_and_skips(demo_db: Database) -> None:
    with demo_db.read() as s:
        first, second = s.scalars(select(PaymentMilestone).limit(2)).all()
    with demo_db.session() as s:
        (whole,) = raw_rows.select_rows(s, "payment_milestone", "id", [second.id])
        raw_rows.delete_rows(s, "payment_milestone", [second.id])
        raw_rows.write_rows(
            s,
            "payment_milestone",
            [
                {"id": first.id, "name": "Renamed"},  # some columns of a row that exists
                whole,  # a whole row that is gone: inserted again
                {"id": 999_999, "name": "Nobody"},  # some columns of a row that is gone
            ],
        )
    with demo_db.read() as s:
        assert s.get(PaymentMilestone, first.id).name == "Renamed"
        assert s.get(PaymentMilestone, first.id).updated_at == first.updated_at
        assert s.get(PaymentMilestone, second.id).uuid == second.uuid
        assert s.get(PaymentMilestone, 999_999) is None
