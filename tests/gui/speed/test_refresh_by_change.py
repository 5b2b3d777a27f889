"""Refresh by what changed (docs/architecture.md): an edit in one account costs the tabs that
show another account no statement, now or when they are shown next; the reminders dock, which
shows every account, reads again at most its list once, and only what the change may have
altered."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop.models import Account, ChecklistItem, Contact, Contract, Opportunity, Tender
from desktop.models.enums import ChecklistStatus
from desktop.services.bids.checklist import ChecklistService
from desktop.services.changes import OPPORTUNITIES, ChangeSet
from desktop.services.contracts.data import ContractData, PaymentData
from desktop.services.contracts.service import ContractService
from desktop.services.orgchart.people import PeopleService
from desktop.views.common.formatting import format_money
from desktop.views.context import AppContext
from desktop.views.contracts.reminder_model import TOTAL_ROLE
from desktop.views.main_window import MainWindow
from tests.gui.conftest import shown

from .scenario import BIDS, CONTRACTS, ORGCHART, statements
from .scenario import OPPORTUNITIES as OPPORTUNITIES_TAB

Edit = Callable[[AppContext], tuple[int, ChangeSet]]  # does it; its account and changes


def record_a_payment(ctx: AppContext) -> tuple[int, ChangeSet]:
    with ctx.db.read() as s:
        contract = s.scalars(select(Contract).order_by(Contract.id)).first()
        assert contract is not None
        contract_id, account_id = contract.id, contract.account_id
    payment = PaymentData(ctx.clock.today(), Decimal(1000), reference="R-1")
    return account_id, ContractService(ctx.db, ctx.clock).save_part(
        contract_id, None, payment
    ).changes


def edit_a_title(ctx: AppContext) -> tuple[int, ChangeSet]:
    with ctx.db.read() as s:
        person = s.scalars(select(Contact).order_by(Contact.id)).first()
        assert person is not None
        person_id, account_id = person.id, person.account_id
    people = PeopleService(ctx.db)
    data = replace(people.get(person_id), title="Chief engineer")
    return account_id, people.update(person_id, data, ctx.clock.today()).changes


def tick_a_checklist_item(ctx: AppContext) -> tuple[int, ChangeSet]:
    with ctx.db.read() as s:
        item_id, account_id = s.execute(
            select(ChecklistItem.id, Opportunity.account_id)
            .join(Tender, Tender.id == ChecklistItem.tender_id)
            .join(Opportunity, Opportunity.id == Tender.opportunity_id)
            .order_by(ChecklistItem.id)
        ).first()
    when = datetime.combine(ctx.clock.today(), datetime.min.time())
    changes = ChecklistService(ctx.db).set_status(item_id, ChecklistStatus.DONE, by="me", at=when)
    return account_id, changes


# Each edit, with the tab that shows its kind of data.
EDITS = [(record_a_payment, CONTRACTS), (edit_a_title, ORGCHART), (tick_a_checklist_item, BIDS)]


def _other_account(ctx: AppContext, account_id: int) -> int:
    with ctx.db.read() as s:
        other = s.scalar(select(Account.id).where(Account.id != account_id).order_by(Account.id))
    assert other is not None
    return other


def _window_on(qtbot, ctx: AppContext, account_id: int, tab: int) -> MainWindow:
    """A window showing ``account_id`` with every tab built and read, ``tab`` in front."""
    window = shown(qtbot, MainWindow(ctx), None)
    window.accounts.select(account_id)
    for slot in [*window.slots, window.slots[tab]]:
        window.tabs.setCurrentWidget(slot)
        _settle(window)
    return window


def _settle(window: MainWindow) -> None:
    QApplication.processEvents()
    window.grab()  # paints: lazy models read what they show


def _publish(window: MainWindow, ctx: AppContext, changes: ChangeSet) -> int:
    """How many statements showing ``changes`` costs the window."""
    with statements(ctx.db) as seen:
        ctx.events.publish(changes)
        _settle(window)
    return len(seen)


def _ids(edits):
    return [edit.__name__ for edit, _tab in edits]


@pytest.mark.parametrize(("edit", "tab"), EDITS, ids=_ids(EDITS))
def test_tabs_of_another_account_read_nothing(qtbot, ctx, edit: Edit, tab: int) -> None:
    account_id, changes = edit(ctx)
    assert changes.account_id == account_id
    window = _window_on(qtbot, ctx, _other_account(ctx, account_id), tab)
    window.reminders.hide()
    assert _publish(window, ctx, changes) == 0
    for slot in window.slots:  # nor when shown next: nothing of theirs changed
        with statements(ctx.db) as seen:
            window.tabs.setCurrentWidget(slot)
            _settle(window)
        assert not seen, slot.title()


@pytest.mark.parametrize(("edit", "tab"), EDITS, ids=_ids(EDITS))
def test_the_reminders_dock_reads_its_list_once(qtbot, ctx, edit: Edit, tab: int) -> None:
    account_id, changes = edit(ctx)
    window = _window_on(qtbot, ctx, _other_account(ctx, account_id), tab)
    assert window.reminders.isVisible()
    with statements(ctx.db) as one_reload:
        window.reminders.reload()
    assert 0 < _publish(window, ctx, changes) <= len(one_reload)


def _group_total(window: MainWindow, kind_title: str, account: str) -> str:
    """The money total on the dock's row of ``account`` under ``kind_title``."""
    model = window.reminders.model
    kind = next(
        model.index(row, 0)
        for row in range(model.rowCount())
        if model.index(row, 0).data().startswith(kind_title)
    )
    group = next(
        model.index(row, 0, kind)
        for row in range(model.rowCount(kind))
        if model.index(row, 0, kind).data().startswith(account)
    )
    return group.data(TOTAL_ROLE)


def _university(ctx: AppContext) -> tuple[int, int]:
    """The contract and account of the sample data's overdue payment of 1,268,000."""
    with ctx.db.read() as s:
        return s.execute(
            select(Contract.id, Contract.account_id)
            .join(Account, Account.id == Contract.account_id)
            .where(Account.name.startswith("Huaihai University"))
        ).one()


def _overdue_total(window: MainWindow) -> str:
    return _group_total(window, "Overdue payments", "Huaihai University")


def _yuan(amount: int) -> str:
    return format_money(Decimal(amount), decimals=0)


@pytest.mark.parametrize("hidden", [False, True], ids=["shown", "hidden until shown"])
def test_the_reminders_dock_reads_again_only_what_the_change_altered(
    qtbot, ctx, hidden: bool
) -> None:
    """A payment: the payments of its account, not the actions nor the birthdays
    (docs/speed.md#the-reminders-dock)."""
    contract_id, account_id = _university(ctx)
    window = _window_on(qtbot, ctx, _other_account(ctx, account_id), CONTRACTS)
    assert _overdue_total(window) == _yuan(1268000)
    payment = PaymentData(ctx.clock.today(), Decimal(1000), reference="R-3")
    changes = ContractService(ctx.db, ctx.clock).save_part(contract_id, None, payment).changes
    if hidden:
        window.reminders.hide()
        assert _publish(window, ctx, changes) == 0  # only noted
    with statements(ctx.db) as seen:
        if hidden:
            window.reminders.show()
        else:
            ctx.events.publish(changes)
        _settle(window)
    read = " ".join(s.sql for s in seen)
    assert "FROM payment_milestone" in read
    assert "FROM action" not in read and "contact.birthday" not in read
    assert _overdue_total(window) == _yuan(1267000)


def test_a_hidden_tab_of_the_same_account_reads_when_shown(qtbot, ctx) -> None:
    account_id, changes = edit_a_title(ctx)
    window = _window_on(qtbot, ctx, account_id, CONTRACTS)
    window.reminders.hide()
    assert _publish(window, ctx, changes) == 0  # the org chart is hidden: only marked stale
    window.tabs.setCurrentWidget(window.slots[ORGCHART])
    _settle(window)
    (person_id,) = changes.ids("contact") or ()
    assert window.slots[ORGCHART].tab().chart.person(person_id).title == "Chief engineer"


def test_a_payment_to_another_contract_leaves_the_shown_one_unread(qtbot, ctx) -> None:
    with ctx.db.read() as s:
        shown_id, account_id = s.execute(
            select(Contract.id, Contract.account_id).order_by(Contract.id)
        ).first()
    service = ContractService(ctx.db, ctx.clock)
    paid_id = service.create_contract(
        ContractData(account_id, "HT-T2", amount=Decimal(5000))
    ).contract_id
    window = _window_on(qtbot, ctx, account_id, CONTRACTS)
    window.reminders.hide()
    tab = window.slots[CONTRACTS].tab()
    assert tab.list.select(shown_id)
    _settle(window)
    payment = PaymentData(ctx.clock.today(), Decimal(1000), reference="R-2")
    changes = service.save_part(paid_id, None, payment).changes
    with statements(ctx.db) as seen:
        ctx.events.publish(changes)
        _settle(window)
    read = " ".join(s.sql for s in seen)
    assert "FROM contract" in read  # the list, whose row of the paid contract changed
    assert "FROM delivery_line" not in read  # not the shown contract's detail
    assert tab.list.current_contract() == shown_id
    # The shown contract's own payment reads it again.
    changes = service.save_part(shown_id, None, payment).changes
    with statements(ctx.db) as seen:
        ctx.events.publish(changes)
        _settle(window)
    assert "FROM delivery_line" in " ".join(s.sql for s in seen)


def test_the_forecast_of_the_whole_book_follows_every_account(qtbot, ctx) -> None:
    account_id, _changes = record_a_payment(ctx)
    window = _window_on(qtbot, ctx, _other_account(ctx, account_id), OPPORTUNITIES_TAB)
    window.reminders.hide()
    tab = window.slots[OPPORTUNITIES_TAB].tab()
    changes = ChangeSet.of(OPPORTUNITIES, account_id=account_id)
    tab.show_page(tab.forecast_page)
    _settle(window)
    assert _publish(window, ctx, changes) > 0  # shown: read again
    tab.show_page(tab.list_page)
    _settle(window)
    assert _publish(window, ctx, changes) == 0  # the list is of the other account
    with statements(ctx.db) as seen:
        tab.show_page(tab.forecast_page)
        _settle(window)
    assert seen  # marked stale, read when shown
