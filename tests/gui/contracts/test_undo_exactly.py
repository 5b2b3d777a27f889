"""Undo in the Contracts tab takes back exactly what one action did (docs/undo.md)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from openpyxl import Workbook
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.models import Contract, Payment
from desktop.services.contracts.data import PaymentData
from desktop.services.contracts.service import ContractService
from desktop.services.excel.import_service import plan_sheets
from desktop.views.excel.import_dialog import ImportDialog
from tests.gui.conftest import wait_for_operations

from .conftest import contract_id

TODAY = date(2026, 11, 23)


def _references(ctx, contract: int) -> list[str]:
    with ctx.db.read() as s:
        return sorted(
            s.scalars(select(Payment.reference).where(Payment.contract_id == contract)).all()
        )


def _record(qtbot, tab, fill, amount: str, reference: str) -> None:
    billing = tab.detail.billing
    tab.detail.pages.setCurrentWidget(billing.parentWidget().parentWidget())
    fill({"received_on": TODAY, "amount": Decimal(amount), "reference": reference})
    qtbot.mouseClick(billing.payments.add_button, Qt.MouseButton.LeftButton)


def test_undo_takes_back_the_last_payment_only(qtbot, ctx, window, tab, fill):
    metro = contract_id(ctx, "DT-")
    ctx.events.open_record.emit("contract", metro)
    _record(qtbot, tab, fill, "1000", "P1")
    _record(qtbot, tab, fill, "2000", "P2")
    assert window.undo_action.text() == "&Undo Record payment"
    window.undo_action.trigger()
    assert _references(ctx, metro) == ["P1"]
    window.undo_action.trigger()
    assert _references(ctx, metro) == []
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert _references(ctx, metro) == ["P1", "P2"]


def test_undo_keeps_a_payment_recorded_elsewhere_since(qtbot, ctx, window, tab, fill):
    metro = contract_id(ctx, "DT-")
    ctx.events.open_record.emit("contract", metro)
    _record(qtbot, tab, fill, "1000", "P1")
    # Another window on the same file records P2.
    ContractService(ctx.db, ctx.clock).save_part(
        metro, None, PaymentData(TODAY, Decimal(2000), reference="P2")
    )
    window.undo_action.trigger()
    assert _references(ctx, metro) == ["P2"]


def test_a_refused_undo_says_why_and_stays_undoable(qtbot, ctx, dialogs, window, tab, fill):
    metro = contract_id(ctx, "DT-")
    ctx.events.open_record.emit("contract", metro)
    _record(qtbot, tab, fill, "1000", "P1")
    with ctx.db.session() as s:
        payment = s.scalars(select(Payment).where(Payment.reference == "P1")).one()
        payment.amount = Decimal(1500)  # changed since, elsewhere
    window.undo_action.trigger()
    assert dialogs.shown[-1][0] == "user_error" and "later change" in dialogs.shown[-1][2]
    assert _references(ctx, metro) == ["P1"]
    assert window.undo_action.isEnabled()


def test_an_import_clears_the_undo_history_and_says_so(qtbot, ctx, window, tab, fill, tmp_path):
    metro = contract_id(ctx, "DT-")
    ctx.events.open_record.emit("contract", metro)
    _record(qtbot, tab, fill, "1000", "P1")
    with ctx.db.read() as s:
        number = s.get(Contract, metro).number
    book = Workbook()
    sheet = book.active
    sheet.title = "回款"
    sheet.append(["合同编号", "回款日期", "回款金额", "流水号"])
    sheet.append([number, "2026/11/20", 3000, "IMPORTED-1"])
    path = tmp_path / "payments.xlsx"
    book.save(path)
    dialog = ImportDialog(ctx, path.name, plan_sheets(path), window)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_for_operations(qtbot)
    assert _references(ctx, metro) == ["IMPORTED-1", "P1"]
    assert not window.undo_action.isEnabled()
    assert "undo history was cleared" in window.statusBar().currentMessage()
    window.undo_action.trigger()
    assert _references(ctx, metro) == ["IMPORTED-1", "P1"]
