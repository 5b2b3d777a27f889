"""The tender list, selecting tenders, the gate and the link to the opportunity, creating,
editing and deleting tenders with undo."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import func, select

from desktop.models import Account, ChecklistItem, Opportunity, Tender
from desktop.models.enums import BidDecision
from desktop.services.bids.templates import builtin_template
from desktop.views.bids.tender_dialog import TenderDialog
from desktop.views.bids.tender_list_model import COL_DAYS, COL_REQUIRED, COL_TENDER
from desktop.views.common.row_table import ROW_ROLE


def _tender_id(ctx, prefix: str) -> int:
    with ctx.db.read() as s:
        return s.scalars(select(Tender.id).where(Tender.tender_no.startswith(prefix))).one()


def test_list_across_accounts_by_deadline(tab, qtmodeltester) -> None:
    model = tab.model
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert [model.index(r, COL_TENDER).data()[:4] for r in range(3)] == ["HHDL", "PCGC", "SGHH"]
    assert model.index(0, COL_DAYS).data() == "5"
    assert model.index(0, COL_REQUIRED).data() == "14"
    assert tab.tender.data.tender_no.startswith("HHDL")  # the first one is selected
    assert "3" in tab.count.text()


def test_the_selected_accounts_tenders(tab, ctx) -> None:
    with ctx.db.read() as s:
        hospital = s.scalars(select(Account.id).where(Account.name.like("%Hospital%"))).one()
    tab.set_account(hospital)
    assert tab.model.rowCount() == 1
    assert tab.tender.account_id == hospital
    tab.set_account(None)
    assert tab.model.rowCount() == 3


def test_show_record_selects_the_tender(tab, ctx) -> None:
    tab.pending_only.setChecked(True)
    assert tab.model.rowCount() == 1
    lost = _tender_id(ctx, "SGHH")
    tab.show_record("tender", lost)
    assert not tab.pending_only.isChecked()
    assert tab.tender.id == lost
    assert tab.table.currentIndex().data(ROW_ROLE).id == lost


def test_gate_and_link_to_the_opportunity(tab, ctx, qtbot) -> None:
    header = tab.header
    assert "Bid" in header.gate.text()
    with qtbot.waitSignal(ctx.events.open_record) as signal:
        header.opportunity.linkActivated.emit("opportunity")
    assert signal.args == ["opportunity", tab.tender.data.opportunity_id]
    # A tender prepared for a no-bid opportunity warns.
    with ctx.db.session() as s:
        opportunity = s.get_one(Opportunity, tab.tender.data.opportunity_id)
        opportunity.bid_decision = BidDecision.NO_BID
        opportunity.no_bid_reason = "Price below our cost"
    tab.reload()
    assert "No bid" in header.gate.text() and "Price below our cost" in header.gate.text()
    assert "marked no-bid (Price below our cost)" in header.warnings.text()


def _accepting(monkeypatch, fill) -> None:
    def exec_(dialog: TenderDialog) -> int:
        fill(dialog)
        dialog.accept()
        return QDialog.DialogCode.Accepted if dialog.result() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(TenderDialog, "exec", exec_)


def test_new_tender_gets_a_checklist_and_undo_removes_it(tab, ctx, monkeypatch) -> None:
    def fill(dialog: TenderDialog) -> None:
        dialog.opportunity.setCurrentIndex(
            next(i for i, c in enumerate(dialog._choices) if c.name.startswith("High-Performance"))
        )
        dialog.tender_no.setText("UNI-HPC-2026-01")
        dialog.deadline.set_value(datetime(2026, 12, 10, 9, 30))
        dialog.add_lot.click()
        dialog.lots.item(0, 0).setText("Lot 1")

    _accepting(monkeypatch, fill)
    tab.new_tender()
    assert tab.tender.data.tender_no == "UNI-HPC-2026-01"
    assert tab.tender.data.title.startswith("High-Performance")  # prefilled from the deal
    new_id = tab.tender.id
    with ctx.db.read() as s:
        count = s.scalar(select(func.count()).where(ChecklistItem.tender_id == new_id))
        uuid = s.get_one(Tender, new_id).uuid
    assert count == len(builtin_template().items)
    assert tab.model.rowCount() == 4
    tab.undo_stack.undo()
    assert tab.model.rowCount() == 3
    tab.undo_stack.redo()
    with ctx.db.read() as s:
        assert s.get_one(Tender, new_id).uuid == uuid


def test_invalid_tender_keeps_the_dialog_open(tab, monkeypatch) -> None:
    seen = []

    def fill(dialog: TenderDialog) -> None:
        dialog.title.setText("")
        dialog.tender_no.setText("")
        seen.append(dialog)

    _accepting(monkeypatch, fill)
    tab.new_tender()
    assert "Title" in seen[0].error.text()
    assert tab.model.rowCount() == 3


def test_a_tender_for_a_no_bid_opportunity_asks_for_the_override(tab, ctx, monkeypatch) -> None:
    with ctx.db.session() as s:
        deal = s.scalars(
            select(Opportunity).where(Opportunity.name.startswith("High-Performance"))
        ).one()
        deal.bid_decision, deal.no_bid_reason = BidDecision.NO_BID, "Price below our cost"
    seen: list[TenderDialog] = []

    def fill(dialog: TenderDialog) -> None:
        dialog.opportunity.setCurrentIndex(
            next(i for i, c in enumerate(dialog._choices) if c.name.startswith("High-Performance"))
        )
        dialog.tender_no.setText("UNI-HPC-2026-02")
        seen.append(dialog)
        if len(seen) == 2:
            dialog.override.setText("The rector asked us to bid")

    _accepting(monkeypatch, fill)
    tab.new_tender()
    first = seen[0]
    assert first.override.isVisibleTo(first) and "marked no-bid" in first.gate.text()
    assert "say why we bid against that decision" in first.error.text()
    assert tab.model.rowCount() == 3  # not created
    tab.new_tender()
    assert tab.tender.data.no_bid_override == "The rector asked us to bid"
    assert "bid anyway: The rector asked us to bid" in tab.header.gate.text()
    # a deal we bid on does not ask
    other = seen[1]
    other.opportunity.setCurrentIndex(
        next(i for i, c in enumerate(other._choices) if c.bid_decision is BidDecision.BID)
    )
    other.override.clear()
    other._on_opportunity_changed()
    assert not other.override.isVisibleTo(other)


def test_edit_and_delete_are_undoable(tab, ctx, monkeypatch, dialogs) -> None:
    tender_id = tab.tender.id
    _accepting(monkeypatch, lambda dialog: dialog.title.setText("Renamed tender"))
    tab.edit_tender()
    assert tab.tender.data.title == "Renamed tender"
    tab.undo_stack.undo()
    assert tab.tender.data.title.startswith("State Grid Huaihai")
    dialogs.answers = [True]
    tab.delete_tender()
    with ctx.db.read() as s:
        assert s.get(Tender, tender_id) is None
    tab.undo_stack.undo()
    tab.show_record("tender", tender_id)
    assert tab.tender.id == tender_id
    assert tab.checklist.model.all_rows()


def test_mark_as_submitted(tab, ctx) -> None:
    tab.pages.setCurrentWidget(tab.info)
    tab.info.submitted.click()
    assert tab.tender.submitted_at == ctx.clock.now()
    assert tab.model.index(0, COL_DAYS).data() == "Submitted"
    tab.undo_stack.undo()
    assert tab.tender.submitted_at is None


def test_settings_page_changes_the_window(tab, ctx, qtbot) -> None:
    from desktop.views.bids.settings_page import BidsSettingsPage

    (factory,) = tab.settings_pages()
    page: BidsSettingsPage = factory(ctx, None)
    qtbot.addWidget(page)
    assert page.warn_days.value() == 3
    assert not tab.tender.window
    page.warn_days.setValue(5)
    page.save()
    from desktop.services.changes import SETTINGS, ChangeSet

    ctx.events.publish(ChangeSet.of(SETTINGS))
    assert tab.tender.window
    background = tab.model.index(0, COL_REQUIRED).data(Qt.ItemDataRole.BackgroundRole)
    assert background is not None
