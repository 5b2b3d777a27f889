"""The contract settings pages, evidence files, splitting a payment, and the Chinese
interface with its charts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from desktop.models import Attachment, Contract, PaymentAllocation
from desktop.models.enums import CustomerClass
from desktop.services.contracts.preferences import ContractSettingsService
from desktop.services.messages import UserError
from desktop.views.contracts.allocation_dialog import AllocationDialog
from desktop.views.contracts.settings_page import ContractsSettingsPage
from desktop.views.contracts.templates_page import TemplatesPage
from desktop.views.main_window import MainWindow
from tests.gui.conftest import shown

from .conftest import contract_id


def test_the_settings_page_saves_and_checks(qtbot, ctx):
    page = ContractsSettingsPage(ctx)
    qtbot.addWidget(page)
    page.years.setValue(2)
    page.first_warning.setValue(120)
    page.bounds.setText("30, 90, 180")
    page.ladder["lawyer_letter"].setValue(75)
    page.save()
    saved = ContractSettingsService(ctx.db).get()
    assert saved.limitation_years == 2 and saved.warn_days == (120, 30)
    assert saved.ageing_bounds == (30, 90, 180) and saved.ladder_days["lawyer_letter"] == 75
    page.bounds.setText("90, 30")
    with pytest.raises(UserError):
        page.save()


def test_the_templates_page_adds_a_template(qtbot, ctx):
    page = TemplatesPage(ctx)
    qtbot.addWidget(page)
    assert page.names.count() == 4
    qtbot.mouseClick(page.add_template, Qt.MouseButton.LeftButton)
    page.name.setText("100% on acceptance")
    page.name.textEdited.emit("100% on acceptance")
    page.lines.item(0, 0).setText("Full payment")
    page.lines.item(0, 1).setText("全款")
    page.lines.item(0, 2).setText("100")
    assert page.total.text() == "Total: 100%"
    page.save()
    names = [t.name for t in ContractSettingsService(ctx.db).templates()]
    assert names[-1] == "100% on acceptance" and len(names) == 5


def test_splitting_a_payment_by_hand(qtbot, ctx, window, tab, fill):
    university = contract_id(ctx, "XY-")
    ctx.events.open_record.emit("contract", university)
    billing = tab.detail.billing
    billing.payments.select_id(billing.detail.payments[-1].id)  # the partial payment of 1 M
    payment = billing.payments.selected()
    milestones = {m.name: m.id for m in billing.detail.milestones}
    dialog = AllocationDialog(billing.detail, payment, lambda amounts: None)
    qtbot.addWidget(dialog)
    assert set(dialog.edits) == set(milestones.values())

    def split(dialog: AllocationDialog) -> int:
        dialog.edits[milestones["Payment on initial acceptance"]].set_decimal(Decimal(600_000))
        dialog.edits[milestones["Warranty retention"]].set_decimal(Decimal(300_000))
        dialog.accept()
        return dialog.result()

    import desktop.views.contracts.allocation_dialog as module

    original = module.AllocationDialog.exec
    module.AllocationDialog.exec = split
    try:
        qtbot.mouseClick(billing.split_button, Qt.MouseButton.LeftButton)
    finally:
        module.AllocationDialog.exec = original
    with ctx.db.read() as s:
        rows = s.query(PaymentAllocation).filter_by(payment_id=payment.id).all()
        assert {(r.milestone_id, r.amount, r.manual) for r in rows} == {
            (milestones["Payment on initial acceptance"], Decimal(600_000), True),
            (milestones["Warranty retention"], Decimal(300_000), True),
        }
    assert billing.payments.selected().by_hand
    qtbot.mouseClick(billing.automatic_button, Qt.MouseButton.LeftButton)
    assert not billing.payments.selected().by_hand


@pytest.mark.both_engines  # on a server the file opens as a private copy of its content
def test_evidence_files_are_attached_opened_and_removed(
    qtbot, ctx, window, tab, dialogs, tmp_path, monkeypatch
):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    metro = contract_id(ctx, "DT-")
    ctx.events.open_record.emit("contract", metro)
    delivery = tab.detail.delivery
    delivery.exceptions.select_id(delivery.detail.exceptions[0].id)
    letter = tmp_path / "承诺函.pdf"
    letter.write_bytes(b"%PDF commitment")
    dialogs.files = [letter]
    delivery.exception_files.attach_requested.emit()
    assert delivery.exception_files.text() == "Files (1)"
    assert delivery.exceptions.selected().files[0].original_name == "承诺函.pdf"
    (attachment,) = delivery.exceptions.selected().files
    open_letter = delivery.exception_files.menu_.actions()[0]
    assert open_letter.text() == "Open 承诺函.pdf"
    open_letter.trigger()
    (url,) = opened
    assert Path(url.toLocalFile()).read_bytes() == b"%PDF commitment"
    dialogs.answers = [True]
    delivery.exception_files.remove_requested.emit(attachment.id)
    with ctx.db.read() as s:
        assert s.query(Attachment).count() == 0
    ctx.undo_group.undo()
    with ctx.db.read() as s:
        assert s.query(Attachment).one().id == attachment.id


def test_deleting_a_contract_asks_and_can_be_undone(qtbot, ctx, window, tab, dialogs):
    grid = contract_id(ctx, "GW-")
    ctx.events.open_record.emit("contract", grid)
    dialogs.answers = [False, True]
    tab.detail.overview.delete_contract()
    with ctx.db.read() as s:
        assert s.get(Contract, grid) is not None
    tab.detail.overview.delete_contract()
    with ctx.db.read() as s:
        assert s.get(Contract, grid) is None
    assert tab.list.model.rowCount() == 0  # the account's only contract
    assert "Choose a contract" in tab.detail.headline.text()
    ctx.undo_group.undo()
    with ctx.db.read() as s:
        assert s.get(Contract, grid).customer_class is CustomerClass.IN_SYSTEM
    assert tab.list.model.rowCount() == 1
    assert tab.list.current_contract() == grid


def test_the_chinese_interface_and_charts(qtbot, ctx, chinese):
    window = shown(qtbot, MainWindow(ctx, tab="contracts"), (1500, 950))
    tab = window.tab_pages[3]
    assert tab.title() == QCoreApplication.translate("ContractsTab", "Contracts") != "Contracts"
    assert window.reminders.windowTitle() != "Reminders"
    window.accounts.select(None)
    tab.pages.setCurrentWidget(tab.receivables)
    tab.receivables.ageing_chart.canvas.draw()  # a missing glyph would warn (an error here)
    tab.receivables.collection_chart.canvas.draw()
    assert tab.receivables.ageing_chart.axes.get_xlabel() == "金额（万元）"
    assert date(2026, 11, 23)
