"""Ticking: who checked and when, problems need a note, undo puts an item back exactly,
evidence files."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop.models.enums import ChecklistStatus
from desktop.services import attachments
from desktop.services.bids.checklist import ChecklistService, ItemState
from desktop.services.messages import UserError

pytestmark = pytest.mark.both_engines

AT = datetime(2026, 11, 23, 10, 15)


def test_ticking_records_checker_and_time(db, tender_id) -> None:
    service = ChecklistService(db)
    item = service.items(tender_id)[0]
    changes = service.set_status(item.id, ChecklistStatus.DONE, by="Zhou Qian", at=AT)
    assert changes.kinds == {"tenders"} and changes.account_id is not None
    after = service.items(tender_id)[0]
    assert (after.status, after.checked_by, after.checked_at) == (
        ChecklistStatus.DONE,
        "Zhou Qian",
        AT,
    )
    service.set_status(item.id, ChecklistStatus.OPEN, by="Li Ming", at=AT)
    reopened = service.items(tender_id)[0]
    assert (reopened.status, reopened.checked_by, reopened.checked_at) == (
        ChecklistStatus.OPEN,
        "",
        None,
    )


def test_a_problem_needs_a_note(db, tender_id) -> None:
    service = ChecklistService(db)
    item = service.items(tender_id)[0]
    with pytest.raises(UserError, match="say what the problem is"):
        service.set_status(item.id, ChecklistStatus.PROBLEM, by="Li Ming", at=AT, note="  ")
    assert service.items(tender_id)[0] == item
    service.set_status(item.id, ChecklistStatus.PROBLEM, by="Li Ming", at=AT, note=" Bid seal ")
    assert service.items(tender_id)[0].note == "Bid seal"
    with pytest.raises(UserError, match="needs a note"):
        service.set_note(item.id, "")


def test_restore_puts_states_back_exactly(db, tender_id) -> None:
    service = ChecklistService(db)
    first, second = service.items(tender_id)[:2]
    before = service.states([first.id, second.id])
    service.set_status(first.id, ChecklistStatus.NOT_APPLICABLE, by="A", at=AT)
    service.set_responsible(second.id, "Chen Jing")
    service.set_note(second.id, "Ask the design institute")
    service.restore_states(before)
    assert service.items(tender_id)[:2] == [first, second]
    assert before[first.id] == ItemState(ChecklistStatus.OPEN, "", None, "", "")


def test_tender_only_items_and_their_undo(db, tender_id) -> None:
    service = ChecklistService(db)
    before = service.items(tender_id)
    item_id, _ = service.add_item(tender_id, "packaging", "Courier booked", "已预约快递")
    rows = service.items(tender_id)
    added = next(row for row in rows if row.id == item_id)
    # Grouped with its section, not at the end.
    assert rows.index(added) < len(rows) - 1
    with pytest.raises(UserError, match="Text"):
        service.add_item(tender_id, "packaging", " ", "")
    snapshots, _ = service.delete_items([item_id, before[0].id])
    assert [r.id for r in service.items(tender_id)] == [r.id for r in before[1:]]
    service.restore_items(snapshots)
    assert service.items(tender_id) == rows


def test_evidence_files(db, tender_id, tmp_path) -> None:
    service = ChecklistService(db)
    item = service.items(tender_id)[0]
    source = tmp_path / "licence.pdf"
    source.write_bytes(b"%PDF-1.4 licence")
    uuid, _ = service.attach(item.id, source)
    (evidence,) = service.evidence(item.id)
    attachment_id = evidence.id
    assert evidence.original_name == "licence.pdf"
    assert attachments.open_path(db, evidence).read_bytes() == b"%PDF-1.4 licence"
    assert service.items(tender_id)[0].evidence == 1
    rows, _ = service.detach(attachment_id)
    assert service.evidence(item.id) == []
    service.reattach(rows)
    assert [e.id for e in service.evidence(item.id)] == [attachment_id]
    service.detach(uuid=uuid)
    assert service.evidence(item.id) == []
