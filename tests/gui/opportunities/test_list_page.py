"""The opportunity list as a user works it: filters, sorting, totals, opening, new, delete."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select

from desktop.models import Opportunity
from desktop.services.opportunities.deals import NewOpportunity
from desktop.services.opportunities.opportunity_list import SortKey
from desktop.views.common.formatting import format_date
from desktop.views.opportunities.opportunity_table_model import COLUMNS
from desktop.views.opportunities.tab import OpportunitiesTab

from .conftest import account_id, opportunity_id


def names(page) -> list[str]:
    return [page.model.row_at(n).name for n in range(page.model.rowCount())]


def test_all_accounts_then_one_account(qtbot, tab, ctx) -> None:
    page = tab.list_page
    assert page.model.rowCount() == 15
    assert "15 opportunities" in page.totals.text()
    assert "weighted CN¥56,214,500" in page.totals.text()
    # The first one is shown in the editor once the list is on screen.
    qtbot.waitUntil(lambda: page.editor.opportunity_id == page.model.row_at(0).id)
    tab.set_account(account_id(ctx, "Hospital"))
    assert page.model.rowCount() == 3
    assert page.table.isColumnHidden(1)  # the account column says nothing for one account
    assert "3 opportunities" in page.totals.text()


def test_typing_in_the_search_box_filters(qtbot, tab) -> None:
    page = tab.list_page
    with qtbot.waitSignal(page.filters.changed):
        qtbot.keyClicks(page.filters.search, "data centre")
    assert sorted(names(page)) == [
        "Data Centre Expansion (Phase 2)",
        "Data Centre Phase 1",
        "East Campus Data Centre and Infrastructure",
    ]
    assert page.totals.text().endswith("filtered")
    page.filters.clear.click()
    assert page.model.rowCount() == 15


def test_stage_and_category_filters(tab) -> None:
    page = tab.list_page
    page.filters.stage.setCurrentIndex(page.filters.stage.findText("Solution and bid"))
    assert sorted(names(page)) == [
        "Data Centre Expansion (Phase 2)",
        "High-Performance Computing Platform (Phase 1)",
    ]
    page.filters.stage.setCurrentIndex(0)
    page.filters.category.setCurrentIndex(page.filters.category.findText("Lost"))
    assert len(names(page)) == 2
    page.filters.category.setCurrentIndex(1)  # in the forecast: commit and best case
    assert len(names(page)) == 5


def test_clicking_the_amount_header_sorts_by_amount(qtbot, tab) -> None:
    page = tab.list_page
    header = page.table.horizontalHeader()
    amount = next(n for n, (key, _) in enumerate(COLUMNS) if key is SortKey.AMOUNT)
    spot = QPoint(header.sectionViewportPosition(amount) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert page.model.query.sorting.key is SortKey.AMOUNT
    first = [page.model.row_at(n).amount for n in range(page.model.rowCount())]
    assert first in (sorted(first), sorted(first, reverse=True))
    page.table.sortByColumn(amount, Qt.SortOrder.DescendingOrder)
    assert page.model.row_at(0).name.startswith("Line 4")


def test_selecting_a_row_shows_it_in_the_editor(qtbot, tab, ctx) -> None:
    page = tab.list_page
    row = names(page).index("Campus Network Core and Egress Upgrade")
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.editor.detail.facts.name == "Campus Network Core and Egress Upgrade"
    assert "Huaihai University" in page.editor.summary.text()


def test_show_record_clears_filters_that_hide_it(tab, ctx) -> None:
    page = tab.list_page
    page.filters.search.setText("nothing matches this")
    page.filters.changed.emit()
    assert page.model.rowCount() == 0
    target = opportunity_id(ctx, "Line 3")
    tab.show_record("opportunity", target)
    assert page.editor.opportunity_id == target
    assert page.current_row().id == target
    assert page.filters.search.text() == ""


def test_new_opportunity_undo_and_redo_keep_its_identity(tab, ctx) -> None:
    page = tab.list_page
    grid = account_id(ctx, "Grid")
    created = page.create_opportunity(
        NewOpportunity(grid, "Substation IoT pilot", Decimal("880000"))
    )
    assert created is not None and page.editor.opportunity_id == created
    with ctx.db.read() as s:
        uuid = s.get_one(Opportunity, created).uuid
    assert page.model.totals.count == 16
    tab.undo_stack.undo()
    with ctx.db.read() as s:
        assert s.get(Opportunity, created) is None
    assert page.model.totals.count == 15
    tab.undo_stack.redo()
    with ctx.db.read() as s:
        assert s.get_one(Opportunity, created).uuid == uuid


def test_refused_new_opportunity_says_why(tab, ctx, dialogs) -> None:
    assert tab.list_page.create_opportunity(NewOpportunity(account_id(ctx, "Grid"), "  ")) is None
    assert dialogs.shown[-1][0] == "user_error" and "Name" in dialogs.shown[-1][2]
    assert tab.undo_stack.count() == 0


def test_delete_asks_then_undo_brings_everything_back(tab, ctx, dialogs) -> None:
    page = tab.list_page
    target = opportunity_id(ctx, "Phase 2")
    tab.show_record("opportunity", target)
    dialogs.answers = [False]
    page.delete_button.click()
    assert page.model.totals.count == 15
    dialogs.answers = [True]
    page.delete_button.click()
    assert page.model.totals.count == 14
    assert page.editor.opportunity_id != target
    tab.undo_stack.undo()
    with ctx.db.read() as s:
        restored = s.get_one(Opportunity, target)
        assert len(restored.decision_group) == 6
        assert restored.charter["budget"].startswith("Pre-sales budget")
    assert page.model.totals.count == 15


def test_chinese_stage_names_in_the_list(qtbot, ctx, chinese) -> None:
    from desktop.views.opportunities.tab import OpportunitiesTab

    widget = OpportunitiesTab(ctx)
    qtbot.addWidget(widget)
    widget.show()
    widget.set_account(None)
    page = widget.list_page
    stages = {page.model.index(n, 4).data() for n in range(page.model.rowCount())}
    assert "赢单（签约）" in stages
    assert widget.pages.tabText(2) != "Pipeline and forecast"
    with ctx.db.read() as s:
        assert s.scalars(select(Opportunity.id)).first() is not None


def test_an_empty_database_shows_every_page_without_data(qtbot, db, dialogs) -> None:
    from desktop.views.opportunities.tab import OpportunitiesTab
    from tests.gui.conftest import make_context

    widget = OpportunitiesTab(make_context(db, dialogs))
    qtbot.addWidget(widget)
    widget.show()
    widget.set_account(None)
    assert widget.list_page.model.rowCount() == 0
    assert "0 opportunities" in widget.list_page.totals.text()
    widget.show_page(widget.leads_page)
    assert widget.leads_page.summary.text() == "0 leads, 0 open"
    widget.show_page(widget.forecast_page)
    page = widget.forecast_page
    assert "—" in page.coverage_tile.value.text()
    assert page.accuracy_tile.detail.text() == "no snapshot from an earlier week yet"
    assert not page.compare.isEnabled()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_no_column_of_the_list_cuts_its_heading_or_its_dates(qtbot, ctx, language, request) -> None:
    if language == "zh_CN":
        request.getfixturevalue("chinese")
    widget = OpportunitiesTab(ctx)
    qtbot.addWidget(widget)
    table = widget.list_page.table
    header = table.horizontalHeader()
    for column in range(table.model().columnCount()):
        title = table.model().headerData(column, Qt.Orientation.Horizontal)
        needed = header.fontMetrics().horizontalAdvance(title) + 16
        assert table.columnWidth(column) >= needed, title
    decision = next(n for n, (key, _) in enumerate(COLUMNS) if key is SortKey.DECISION_DATE)
    widest = table.fontMetrics().horizontalAdvance(format_date(date(2026, 12, 28)))
    assert table.columnWidth(decision) >= widest + 12
