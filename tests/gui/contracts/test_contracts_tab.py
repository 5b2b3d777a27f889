"""The Contracts tab the way a user works it, on the sample data (today = 2026-11-23)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QModelIndex, Qt
from sqlalchemy import select

from desktop.models import Account, Contract, Payment, PaymentMilestone
from desktop.models.enums import CollectionStep
from desktop.services.contracts.data import ContractData
from desktop.services.contracts.service import ContractService
from desktop.views.common.formatting import format_money
from desktop.views.contracts.contract_list_model import ContractListModel
from desktop.views.contracts.reminder_model import REMINDER_ROLE
from tests.unit.contracts.conftest import fixed

from .conftest import contract_id

TODAY = date(2026, 11, 23)


def money(value: str) -> str:
    return format_money(Decimal(value))


def _reminder_indexes(model, parent=None):
    """The reminder rows of the dock's tree, at every level."""
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if index.data(REMINDER_ROLE) is not None:
            yield index
        yield from _reminder_indexes(model, index)


def _reminder_texts(window) -> list[str]:
    model = window.reminders.model
    return [i.siblingAtColumn(1).data() for i in _reminder_indexes(model)]


def test_the_tab_lists_contracts_and_shows_the_selected_one(qtbot, ctx, window, tab, qtmodeltester):
    window.accounts.select(None)
    assert tab.list.model.rowCount() == 4
    qtmodeltester.check(tab.list.model)
    metro = contract_id(ctx, "DT-")
    ctx.events.open_record.emit("contract", metro)
    assert tab.list.current_contract() == metro
    assert window.current_tab() is tab
    assert "DT-" in tab.detail.headline.text()
    assert "Overdue" in tab.detail.headline.text()
    milestones = tab.detail.milestones.section.table.model()
    assert milestones.rowCount() == 4


def test_recording_a_payment_changes_the_outstanding_amount_and_the_reminders(
    qtbot, ctx, window, tab, fill
):
    metro = contract_id(ctx, "DT-")
    ctx.events.open_record.emit("contract", metro)
    assert any("DT-" in text and "Advance payment" in text for text in _reminder_texts(window))
    assert "Outstanding " + money("5380000.00") in tab.detail.headline.text()
    billing = tab.detail.billing
    tab.detail.pages.setCurrentWidget(billing.parentWidget().parentWidget())
    fill({"received_on": TODAY, "amount": Decimal("1614000"), "reference": "DT-FK-0001"})
    qtbot.mouseClick(billing.payments.add_button, Qt.MouseButton.LeftButton)
    assert "Outstanding " + money("3766000.00") in tab.detail.headline.text()
    assert "Overdue" not in tab.detail.headline.text()
    advance = tab.detail.detail.milestone(
        next(m.id for m in tab.detail.detail.milestones if m.name == "Advance payment")
    )
    assert advance.paid == Decimal("1614000") and advance.outstanding == 0
    assert billing.payments.table.model().rowCount() == 1
    assert not any("Advance payment" in text and "DT-" in text for text in _reminder_texts(window))
    assert tab.list.model.row_at(tab.list.model.row_of(metro)).overdue == 0
    # Undo takes the payment back, everywhere.
    ctx.undo_group.undo()
    with ctx.db.read() as s:
        assert s.query(Payment).filter_by(contract_id=metro).count() == 0
    assert "Outstanding " + money("5380000.00") in tab.detail.headline.text()
    assert any("Advance payment" in text and "DT-" in text for text in _reminder_texts(window))
    ctx.undo_group.redo()
    assert "Outstanding " + money("3766000.00") in tab.detail.headline.text()


def test_a_payment_larger_than_the_open_balance_asks_first(qtbot, ctx, window, tab, fill):
    ctx.events.open_record.emit("contract", contract_id(ctx, "DT-"))
    billing = tab.detail.billing
    payments = billing.payments.table.model()
    fill({"received_on": TODAY, "amount": Decimal("6000000")})
    ctx.dialogs.answers = [False]
    qtbot.mouseClick(billing.payments.add_button, Qt.MouseButton.LeftButton)
    kind, _title, text = ctx.dialogs.shown[-1]
    assert kind == "confirm" and money("620000") + " more than the contract's open" in text
    assert "stay unallocated" in text
    # No: nothing recorded, the dialog stays open saying what to do
    assert payments.rowCount() == 0
    assert "Not recorded" in fill.dialogs[-1].error.text()
    ctx.dialogs.answers = [True]
    qtbot.mouseClick(billing.payments.add_button, Qt.MouseButton.LeftButton)
    assert payments.rowCount() == 1
    assert "Outstanding" not in tab.detail.headline.text() or money("0") in (
        tab.detail.headline.text()
    )
    (row,) = tab.detail.detail.payments
    assert row.unallocated == Decimal("620000")


def test_a_blocked_shipment_is_refused_in_the_dialog(qtbot, ctx, window, tab, fill):
    university = contract_id(ctx, "XY-")
    ctx.events.open_record.emit("contract", university)
    delivery = tab.detail.delivery
    assert "Shipping is blocked" in delivery.gate.text()
    lines = delivery.lines.table.model().rowCount()
    fill({"item": "Spare optics", "quantity": Decimal(4), "shipped_on": TODAY})
    qtbot.mouseClick(delivery.lines.add_button, Qt.MouseButton.LeftButton)
    (dialog,) = fill.dialogs
    assert "Shipping is blocked" in dialog.error.text()
    assert money("1268000") in dialog.error.text()
    assert dialog.result() == 0
    assert delivery.lines.table.model().rowCount() == lines


def test_an_acknowledged_letter_restarts_the_limitation_clock(qtbot, ctx, window, tab, fill):
    university = contract_id(ctx, "XY-")
    ctx.events.open_record.emit("contract", university)
    collection = tab.detail.collection
    assert collection.claims.table.model().rowCount() == 1
    assert "Lawyer's letter (due now), needs approval" in collection.clock.text()
    fill({"step": CollectionStep.LAWYER_LETTER, "done_on": TODAY, "acknowledged": True})
    qtbot.mouseClick(collection.steps.add_button, Qt.MouseButton.LeftButton)
    assert "restarted by an acknowledged Lawyer" in collection.clock.text()
    assert "Litigation" in collection.clock.text()
    assert collection.steps.table.model().rowCount() == 5


def test_a_letter_acknowledging_the_whole_balance_restarts_every_milestones_clock(
    qtbot, ctx, window, tab, fill
):
    service = ContractService(ctx.db, ctx.clock)
    with ctx.db.read() as s:
        account = s.scalars(select(Account.id)).first()
    new = service.create_contract(ContractData(account, "ACK-1", amount=Decimal(300))).contract_id
    for name, due in (("a", date(2026, 3, 1)), ("b", date(2026, 6, 1)), ("c", date(2027, 1, 1))):
        service.save_part(new, None, fixed(name, "100", due))
    ctx.events.open_record.emit("contract", new)
    collection = tab.detail.collection
    claims = collection.claims.table.source
    assert claims.rowCount() == 2  # the two overdue ones

    def restarts() -> list[bool]:
        return [
            claims.row_at(r).claim.limitation.step is CollectionStep.RECONCILIATION_LETTER
            for r in range(claims.rowCount())
        ]

    fill(
        {
            "step": CollectionStep.RECONCILIATION_LETTER,
            "done_on": TODAY,
            "acknowledged": True,
            "covers_contract": True,
        }
    )
    qtbot.mouseClick(collection.steps.add_button, Qt.MouseButton.LeftButton)
    assert all(restarts())
    steps = collection.steps.table.proxy
    assert any(steps.index(r, 3).data() == "Yes, whole contract" for r in range(steps.rowCount()))


def test_a_new_contract_with_the_30_60_10_template(qtbot, ctx, window, tab, fill):
    window.accounts.select(None)
    fill({"number": "NEW-1", "title": "Pilot", "amount": Decimal("1000000"), "signed_on": TODAY})
    qtbot.mouseClick(tab.list.new_button, Qt.MouseButton.LeftButton)
    assert tab.list.model.rowCount() == 5
    assert "NEW-1" in tab.detail.headline.text()
    milestones = tab.detail.milestones
    assert "difference: " + money("1000000") in milestones.schedule.text()
    milestones._fill_templates()
    action = next(a for a in milestones.template_menu.actions() if a.text() == "30 / 60 / 10")
    action.trigger()
    assert milestones.section.table.model().rowCount() == 3
    assert "difference: " + money("0") in milestones.schedule.text()
    with ctx.db.read() as s:
        advance = s.query(PaymentMilestone).filter_by(name="Advance payment").all()
        assert any(m.due_on == date(2026, 12, 23) for m in advance)


def test_the_receivables_page_and_its_charts(qtbot, ctx, window, tab):
    window.accounts.select(None)
    tab.pages.setCurrentWidget(tab.receivables)
    page = tab.receivables
    assert page.ageing.source.rowCount() == 4  # three accounts and the total
    assert page.claims.rowCount() == 2
    bars = page.ageing_chart.axes.patches
    assert {round(b.get_width()) for b in bars} >= {1614, 1268, 1548}  # thousands of CNY
    heights = [p.get_height() for p in page.collection_chart.axes.patches]
    assert max(heights) == 2600  # October: 2,600 thousand falling due
    with qtbot.waitSignal(ctx.events.open_record) as opened:
        index = page.claims.index(0, 0)
        page.claims_view.doubleClicked.emit(index)
    assert opened.args == ["contract", contract_id(ctx, "XY-")]


def test_the_receivables_summary_counts_milestones_in_good_english(
    qtbot, ctx, window, tab, english
):
    window.accounts.select(None)
    tab.pages.setCurrentWidget(tab.receivables)
    assert " in 2 milestones" in tab.receivables.summary.text()
    with ctx.db.read() as s:
        university = s.get_one(Contract, contract_id(ctx, "XY-")).account_id
    window.accounts.select(university)
    text = tab.receivables.summary.text()
    assert " in 1 milestone<" in text and "milestones" not in text


def test_reminders_open_the_record_they_are_about(qtbot, ctx, window, tab):
    tree = window.reminders.tree
    model = window.reminders.model
    birthday = next(i for i in _reminder_indexes(model) if i.data(REMINDER_ROLE).kind == "birthday")
    reminder = birthday.data(REMINDER_ROLE)
    assert reminder.record_kind == "contact" and reminder.record_id
    with qtbot.waitSignal(ctx.events.open_record) as opened:
        tree.setCurrentIndex(birthday)
        tree.activated.emit(birthday)
    assert opened.args == ["contact", reminder.record_id]
    kinds = [model.index(row, 0).data() for row in range(model.rowCount())]
    overdue = model.index(kinds.index(next(k for k in kinds if k.startswith("Overdue"))), 0)
    assert overdue.data().startswith("Overdue payments (2)")
    metro = next(
        i
        for i in _reminder_indexes(model, overdue)
        if i.data(REMINDER_ROLE).reference.startswith("DT-")
    )
    tree.setCurrentIndex(metro)
    tree.activated.emit(metro)
    assert window.current_tab() is tab
    assert tab.list.current_contract() == contract_id(ctx, "DT-")


def test_the_contract_list_pages_from_the_database(qtbot, ctx, qtmodeltester):
    from desktop.services.contracts.contract_list import ContractListService, ListQuery

    model = ContractListModel(ContractListService(ctx.db, ctx.clock))
    model.set_query(ListQuery())
    qtmodeltester.check(model)
    model.sort(5, Qt.SortOrder.AscendingOrder)
    assert [model.row_at(i).number[:2] for i in range(4)] == ["YY", "XY", "DT", "GW"]


def test_the_first_receivables_visit_draws_each_chart_once_at_its_final_size(
    qtbot, ctx, monkeypatch
):
    """The ageing table made on the first visit used to resize the charts after their first
    draw, drawing them twice (docs/speed.md#the-first-chart)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from desktop.views.contracts.receivables_page import ReceivablesPage

    draws: list[tuple[str, tuple[int, int]]] = []
    draw = FigureCanvasAgg.draw

    def counted(canvas) -> None:
        draws.append((type(canvas.parent()).__name__, canvas.get_width_height()))
        draw(canvas)

    monkeypatch.setattr(FigureCanvasAgg, "draw", counted)
    page = ReceivablesPage(ctx, ctx.services.receivables)
    qtbot.addWidget(page)
    for _step in page.prepare_charts():  # as at idle time after the warm-up
        pass
    draws.clear()
    page.resize(1000, 1000)  # room for the charts to grow beyond their least height
    page.show()
    qtbot.waitExposed(page)
    page.reload(None)  # as when the page is first shown
    qtbot.waitUntil(lambda: len(draws) >= 2)
    qtbot.wait(50)  # a second draw, if any, would follow at once
    assert sorted(name for name, _ in draws) == ["AgeingChart", "CollectionChart"]
    charts = (page.ageing_chart, page.collection_chart)
    sizes = {chart.canvas.get_width_height() for chart in charts if chart is not None}
    assert {size for _, size in draws} == sizes
