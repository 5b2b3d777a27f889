"""Text that must not be cut off at the default window size, in both languages."""

from __future__ import annotations

import pytest

from desktop.views.contracts.claims_model import CLOCK


def _receivables(window, tab):
    window.accounts.select(None)
    tab.pages.setCurrentWidget(tab.receivables)
    return tab.receivables.claims_view


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_limitation_column_of_receivables_shows_its_whole_text(
    qtbot, window, tab, language, request
):
    if language == "zh_CN":
        request.getfixturevalue("chinese")
    window.resize(1280, 800)
    view = _receivables(window, tab)
    assert view.model().rowCount() == 2
    # The case that cut it: the other columns all but fill the view (as Chinese does at
    # 1280 × 800), leaving the last one a sliver to stretch into.
    others = sum(view.columnWidth(c) for c in range(CLOCK))
    window.resize(window.width() + others + 30 - view.viewport().width(), 800)
    qtbot.waitUntil(lambda: abs(view.viewport().width() - others - 30) < 10)
    tab.receivables.reload(None)
    qtbot.wait(1)
    assert view.columnWidth(CLOCK) >= view.sizeHintForColumn(CLOCK)


def test_the_contract_list_shows_number_and_title_within_its_width(qtbot, window, tab):
    window.resize(1280, 800)
    tab.pages.setCurrentIndex(0)
    window.accounts.select(None)
    qtbot.wait(1)
    view = tab.list.view
    tab.splitter.setSizes([380, 820])
    qtbot.waitUntil(lambda: view.viewport().width() < 400)
    # the title elides within what is visible (its tooltip holds the whole of it)
    assert view.columnWidth(0) + view.columnWidth(1) <= view.viewport().width()
    window.resize(1900, 800)
    tab.splitter.setSizes([700, tab.splitter.width() - 700])
    qtbot.waitUntil(lambda: view.viewport().width() > 400)
    assert view.columnWidth(1) >= min(260, view.sizeHintForColumn(1))  # room: the whole title
