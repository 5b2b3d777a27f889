"""Tender records: the deadline-ordered list, creating, editing, deleting and undoing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desktop.models import Attachment, ChecklistItem, Opportunity, Tender, TenderLot
from desktop.models.enums import BidDecision, ChecklistStatus, TenderResult
from desktop.services.bids.checklist import ChecklistService
from desktop.services.bids.progress import WARN_DAYS
from desktop.services.bids.templates import TemplateService, builtin_template
from desktop.services.bids.tenders import LotData, TenderService
from desktop.services.messages import UserError
from tests.dump import dump

from .conftest import demo_tender, make_opportunity, tender_data

pytestmark = pytest.mark.both_engines

TODAY = date(2026, 11, 23)


def test_demo_list_is_sorted_by_deadline_with_days_left(demo_db) -> None:
    rows = TenderService(demo_db).page(None, TODAY)
    assert [row.tender_no[:4] for row in rows] == ["HHDL", "PCGC", "SGHH"]
    assert [row.days_left for row in rows] == [5, -14, -24]
    upcoming = rows[0]
    assert upcoming.progress.total == len(builtin_template().items)
    assert upcoming.progress.problems == 1
    assert upcoming.progress.required_outstanding > 0
    assert not upcoming.window  # five days out, the default window is three
    assert upcoming.facts.negative_deviations == 2
    assert [row.progress.complete for row in rows] == [False, True, True]


def test_window_follows_the_setting(demo_db) -> None:
    with demo_db.session() as s:
        WARN_DAYS.set(s, 5)
    row = TenderService(demo_db).page(None, TODAY)[0]
    assert row.window
    codes = {w.code for w in row.warnings}
    assert "required_open" in codes


def test_filters_and_paging(demo_db) -> None:
    service = TenderService(demo_db)
    assert service.count(None) == 3
    assert service.count(None, pending_only=True) == 1
    assert [r.tender_no[:4] for r in service.page(None, TODAY, offset=1, limit=1)] == ["PCGC"]
    account_id = service.page(None, TODAY)[1].account_id
    assert {r.account_id for r in service.page(account_id, TODAY)} == {account_id}
    assert service.count(account_id) == 1
    iot = demo_tender(demo_db, "SGHH")
    assert service.position(iot, TODAY, None, False) == 2
    assert service.position(iot, TODAY, None, True) is None


def test_create_copies_the_template_and_validates(db, opportunity_id) -> None:
    service = TenderService(db)
    tender_id, changes = service.create(
        tender_data(opportunity_id), TemplateService(db).default_id()
    )
    assert changes.kinds == {"tenders"}
    detail = service.detail(tender_id, TODAY)
    assert detail.data.tender_no == "PCSW-2026-017"
    assert [lot.lot_no for lot in detail.lots] == ["Lot 1", "Lot 2"]
    assert detail.days_left == 4
    assert detail.template_name == "Default tender checklist"
    assert detail.facts.progress.total == len(builtin_template().items)
    with pytest.raises(UserError, match="Title"):
        service.create(tender_data(opportunity_id, title="", tender_no=" "), None)
    with pytest.raises(UserError, match="Lot 2: enter its number or its name"):
        service.create(
            tender_data(opportunity_id, lots=(LotData("1", "A"), LotData(" ", " "))), None
        )
    with pytest.raises(UserError, match="Clarification deadline"):
        service.create(
            tender_data(opportunity_id, clarification_deadline=datetime(2026, 12, 1)), None
        )
    assert service.count(None) == 1


def test_update_keeps_lot_uuids(db, tender_id, opportunity_id) -> None:
    service = TenderService(db)
    detail = service.detail(tender_id, TODAY)
    _first, second = detail.data.lots
    data = replace(
        detail.data,
        title="SCADA upgrade (re-issued)",
        lots=(replace(second, our_price=Decimal("650000")), LotData("Lot 3", "Training")),
    )
    service.update(tender_id, data)
    after = service.detail(tender_id, TODAY)
    assert after.data.title == "SCADA upgrade (re-issued)"
    assert (after.lots[0].uuid, after.lots[0].our_price) == (
        second.uuid,
        Decimal("650000.00"),
    )
    assert after.lots[1].lot_no == "Lot 3"
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(TenderLot)) == 2


def test_delete_and_restore_puts_everything_back(db, tender_id, tmp_path) -> None:
    checklist = ChecklistService(db)
    item = checklist.items(tender_id)[0]
    evidence = tmp_path / "bond receipt.pdf"
    evidence.write_bytes(b"%PDF-1.4 receipt")
    checklist.attach(item.id, evidence)
    checklist.set_status(item.id, ChecklistStatus.DONE, by="Zhou Qian", at=datetime(2026, 11, 23))
    service = TenderService(db)

    def everything():
        with db.read() as s:
            return [
                sorted((r.id, r.uuid, r.created_at) for r in s.scalars(select(model)))
                for model in (Tender, TenderLot, ChecklistItem, Attachment)
            ]

    before = everything()
    items_before = checklist.items(tender_id)
    deleted, _ = service.delete(tender_id)
    assert everything() == [[], [], [], []]
    service.restore(deleted)
    assert everything() == before
    assert checklist.items(tender_id) == items_before


def test_submitted_at_closes_the_window(db, tender_id) -> None:
    service = TenderService(db)
    with db.session() as s:
        WARN_DAYS.set(s, 7)
    assert service.detail(tender_id, TODAY).window
    service.set_submitted(tender_id, datetime(2026, 11, 23, 9, 0))
    detail = service.detail(tender_id, TODAY)
    assert detail.submitted_at == datetime(2026, 11, 23, 9, 0)
    assert not detail.window


def test_warnings_for_a_no_bid_opportunity_and_the_ceiling(db) -> None:
    opportunity_id = make_opportunity(db, decision=BidDecision.NO_BID)
    service = TenderService(db)
    data = tender_data(
        opportunity_id,
        price_ceiling=Decimal("1500000"),
        bond_due_on=date(2026, 11, 24),
    )
    tender_id, _ = service.create(replace(data, no_bid_override="The customer insisted"), None)
    codes = [w.code for w in service.detail(tender_id, TODAY).warnings]
    assert codes == ["no_bid", "no_checklist", "above_ceiling", "bond_unpaid"]


def test_a_no_bid_opportunity_gets_a_tender_only_with_a_recorded_override(db) -> None:
    no_bid = make_opportunity(db, decision=BidDecision.NO_BID)
    service = TenderService(db)
    for override in ("", "   "):
        with pytest.raises(UserError, match=r"marked no-bid .* say why we bid against"):
            service.create(tender_data(no_bid, no_bid_override=override), None)
    with db.read() as s:
        assert s.query(Tender).count() == 0
    tender_id, _ = service.create(
        tender_data(no_bid, no_bid_override="  Strategic customer, the director asked  "), None
    )
    assert service.detail(tender_id, TODAY).data.no_bid_override == (
        "Strategic customer, the director asked"
    )
    # The override cannot be wiped, nor a tender moved to a no-bid opportunity without one
    with pytest.raises(UserError, match="marked no-bid"):
        service.update(tender_id, tender_data(no_bid, title="X"))
    service.update(tender_id, tender_data(no_bid, no_bid_override="Still asked", title="X"))
    other = make_opportunity(db)
    other_id, _ = service.create(tender_data(other), None)
    with pytest.raises(UserError, match="marked no-bid"):
        service.update(other_id, tender_data(no_bid))
    # A tender prepared before its opportunity was marked no-bid stays editable
    with db.session() as s:
        s.get_one(Opportunity, other).bid_decision = BidDecision.NO_BID
    service.update(other_id, tender_data(other, title="Still ours"))


def test_opportunity_choices_and_earlier_reviews(demo_db) -> None:
    service = TenderService(demo_db)
    choices = service.opportunity_choices(None)
    assert all(choice.name for choice in choices)
    assert not any(choice.name.startswith("IoT Edge") for choice in choices)  # closed: lost
    dc2 = demo_tender(demo_db, "HHDL")
    reviews = service.earlier_reviews(dc2)
    assert [r.result for r in reviews] == [TenderResult.LOST]
    assert "Post-bid review" in reviews[0].review_note


def _state(db) -> dict:
    return {name: rows for name, rows in dump(db).items() if name.startswith("tender")}


def test_an_edit_is_undone_exactly(db, tender_id) -> None:
    service = TenderService(db)
    before = _state(db)
    detail = service.detail(tender_id, TODAY)
    first = detail.data.lots[0]
    edit = service.update(
        tender_id, replace(detail.data, title="Changed", lots=(replace(first, name="Renamed"),))
    )
    after = _state(db)
    assert after != before
    service.undo(edit)
    assert _state(db) == before
    service.redo(edit)
    assert _state(db) == after


def test_undoing_an_edit_keeps_a_later_change(db, tender_id) -> None:
    """A tender submitted after an edit stays submitted when the edit is undone; a later
    change to what the edit changed makes the undo refuse (docs/undo.md)."""
    service = TenderService(db)
    detail = service.detail(tender_id, TODAY)
    edit = service.update(tender_id, replace(detail.data, title="Changed"))
    service.set_submitted(tender_id, datetime(2026, 11, 20, 9, 0))
    service.undo(edit)
    detail = service.detail(tender_id, TODAY)
    assert detail.data.title != "Changed"
    with db.read() as s:
        assert s.get_one(Tender, tender_id).submitted_at is not None
    edit = service.update(tender_id, replace(detail.data, title="Changed"))
    service.update(tender_id, replace(detail.data, title="Changed again"))
    with pytest.raises(UserError, match="later change"):
        service.undo(edit)
