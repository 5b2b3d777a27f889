"""The window builds a tab when it is first shown; until then its slot knows its title and
the records it shows, and remembers the selected account."""

from __future__ import annotations

from desktop.views.main_window import MainWindow
from desktop.views.tab_slot import TAB_SPECS


def test_slots_describe_their_tabs_as_the_tabs_do(qtbot, ctx) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    for slot, spec in zip(window.slots, TAB_SPECS, strict=True):
        tab = slot.tab()
        assert type(tab).__name__ == spec.class_name
        assert slot.title() == tab.title()
        assert spec.record_kinds == type(tab).record_kinds


def test_only_the_tab_on_show_is_built_and_others_follow_the_account(qtbot, ctx) -> None:
    window = MainWindow(ctx, tab="opportunities")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert [slot.page is not None for slot in window.slots] == [False, True, False, False]
    account = window.accounts.model.first_account()
    window.accounts.select(account)
    window.tabs.setCurrentWidget(window.slots[3])
    contracts = window.slots[3].page
    assert contracts is not None and contracts.account_id == account
    assert window.current_tab() is contracts
    assert not window.undo_action.isEnabled()  # nothing done yet, in any tab
