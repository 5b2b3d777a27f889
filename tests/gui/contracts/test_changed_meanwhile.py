"""The contract editor and the forms of its parts refuse to write over a colleague's change
and offer to reload with the user's edits on top (docs/team-server.md#versions)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from desktop.services.contracts.data import ContractData, MilestoneData
from desktop.views.common import changed_meanwhile
from tests.conftest import TODAY
from tests.gui.contracts.conftest import contract_id

pytestmark = pytest.mark.both_engines


def test_the_contract_editor(qtbot, ctx, window, tab, fill, colleague, asked) -> None:
    metro = contract_id(ctx, "DT-")
    ctx.events.open_record.emit("contract", metro)

    def colleague_saves(_dialog) -> None:
        theirs, _ = colleague.contracts.read_contract(metro)
        colleague.contracts.update_contract(metro, replace(theirs, notes="signed copy in the safe"))

    fill({"title": "Line 3 signalling"}, then=colleague_saves)
    tab.detail.overview.edit_contract()
    (dialog,) = fill.dialogs
    assert asked and "changed this record at" in asked[0]
    assert dialog.result() == 0  # still open, nothing written over
    saved, _ = colleague.contracts.read_contract(metro)
    assert saved.title != "Line 3 signalling"
    assert dialog.value().notes == "signed copy in the safe"
    assert dialog.value().title == "Line 3 signalling"
    assert "save again" in dialog.error.text()
    dialog.accept()
    assert dialog.result() == 1
    saved, _ = colleague.contracts.read_contract(metro)
    assert (saved.title, saved.notes) == ("Line 3 signalling", "signed copy in the safe")


def test_a_milestone(qtbot, ctx, window, tab, fill, colleague, asked) -> None:
    metro = contract_id(ctx, "DT-")
    ctx.events.open_record.emit("contract", metro)
    row = tab.detail.detail.milestones[0]

    def colleague_saves(_dialog) -> None:
        theirs, _ = colleague.contracts.read_part(MilestoneData, row.id)
        colleague.contracts.save_part(metro, row.id, replace(theirs, due_days=45))

    fill({"name": "Down payment"}, then=colleague_saves)
    tab.detail.milestones.edit(row)
    (dialog,) = fill.dialogs
    assert asked and dialog.result() == 0
    assert colleague.contracts.read_part(MilestoneData, row.id)[0].name == row.name
    dialog.accept()
    saved, _ = colleague.contracts.read_part(MilestoneData, row.id)
    assert (saved.name, saved.due_days) == ("Down payment", 45)


def test_a_payment_keeps_asking_about_an_excess(qtbot, ctx, window, tab, fill, colleague, asked):
    from desktop.services.contracts.data import PaymentData

    metro = contract_id(ctx, "DT-")
    ctx.events.open_record.emit("contract", metro)
    billing = tab.detail.billing
    fill({"received_on": TODAY, "amount": Decimal("1000"), "reference": "A"})
    billing.edit_payment(None)
    (row,) = tab.detail.detail.payments

    def colleague_saves(_dialog) -> None:
        theirs, _ = colleague.contracts.read_part(PaymentData, row.id)
        colleague.contracts.save_part(metro, row.id, replace(theirs, note="by wire"))

    fill({"reference": "B"}, then=colleague_saves)
    billing.edit_payment(row)
    dialog = fill.dialogs[-1]
    assert asked and dialog.result() == 0
    dialog.accept()
    saved, _ = colleague.contracts.read_part(PaymentData, row.id)
    assert (saved.reference, saved.note) == ("B", "by wire")


def test_keeping_the_form_saves_nothing(qtbot, ctx, window, tab, fill, colleague, monkeypatch):
    monkeypatch.setattr(changed_meanwhile, "offer_reload", lambda parent, error: False)
    metro = contract_id(ctx, "DT-")
    ctx.events.open_record.emit("contract", metro)

    def colleague_saves(_dialog) -> None:
        theirs, _ = colleague.contracts.read_contract(metro)
        colleague.contracts.update_contract(metro, replace(theirs, notes="theirs"))

    fill({"title": "mine"}, then=colleague_saves)
    tab.detail.overview.edit_contract()
    (dialog,) = fill.dialogs
    assert dialog.result() == 0 and dialog.value().title == "mine"
    assert dialog.value().notes != "theirs"  # the form as the user left it
    assert "changed this record" in dialog.error.text()
    saved: ContractData = colleague.contracts.read_contract(metro)[0]
    assert (saved.title, saved.notes) != ("mine", "theirs") and saved.notes == "theirs"
