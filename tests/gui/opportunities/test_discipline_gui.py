"""The funnel page on the sample data (today 2026-11-23): what the user reads in its tiles,
charts (checked on their data, not pixels) and lists."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.models import Opportunity
from desktop.models.enums import OrderPriority
from desktop.services.opportunities.opportunity_list import SortKey
from desktop.views.opportunities.opportunity_table_model import COLUMNS

from .conftest import opportunity_id


def funnel(tab):
    tab.show_page(tab.discipline_page)
    return tab.discipline_page


def test_tiles_flag_growth_outside_its_band(tab) -> None:
    page = funnel(tab)
    # Open pipeline 73.36 M at the end of September, 83.24 M at the end of October: +13.5 %.
    assert "13.5%" in page.growth_tile.value.text()
    assert page.growth_tile.flagged
    assert "keep within 5–10 %" in page.growth_tile.detail.text()
    assert "0.0%" in page.undelivered_tile.value.text() and not page.undelivered_tile.flagged
    assert page.win_tile.detail.text() == "4 won of 6 closed"
    assert page.slip_tile.value.text().endswith(">⚠ 3</span>")


def test_conversion_chart_against_the_rule(tab) -> None:
    page = funnel(tab)
    (axes,) = page.conversion.figure.axes
    shares = [round(bar.get_width(), 1) for bar in axes.patches]
    assert shares == [100.0, 80.0, 66.7, 40.0, 33.3, 26.7]
    rule = [round(x, 1) for x, _y in axes.collections[0].get_offsets()]
    assert rule == [100.0, 70.0, 46.0, 34.0, 22.0, 10.0]
    names = [t.get_text() for t in axes.get_yticklabels()]
    assert (names[0], names[-1]) == ("Validate opportunity", "Won (order)")


def test_win_rate_by_score_band_shows_the_scorecard_beside_reality(tab) -> None:
    page = funnel(tab)
    (axes,) = page.score_bands.figure.axes
    assert [round(bar.get_height()) for bar in axes.patches] == [0, 100, 67, 0, 0]
    ticks = [t.get_text() for t in axes.get_xticklabels()]
    assert ticks == ["4–7 points", "8–10 points", "11–13 points", "14–16 points", "Not scored"]
    competitors = page.competitors.source.rows()
    assert (competitors[0].label, competitors[0].closed, competitors[0].won) == (
        "Huarui Technology Co., Ltd.",
        4,
        2,
    )


def test_a_slipped_date_edited_in_the_fact_sheet_shows_on_the_page(tab, ctx) -> None:
    page = funnel(tab)
    assert [d.count for d in page.slipped.source.rows()] == [2, 1, 1]
    deal = opportunity_id(ctx, "Video Inspection")
    service = ctx.services.opportunities
    facts = service.detail(deal).facts
    tab.editing.change_record(
        "Edit",
        "opportunity",
        deal,
        lambda: service.save_facts(deal, replace(facts, expected_decision_date=date(2027, 6, 30))),
    )
    rows = page.slipped.source.rows()
    assert len(rows) == 4
    assert any(r.name == facts.name and r.count == 1 for r in rows)
    (axes,) = page.slip_chart.figure.axes
    assert len(axes.patches) == 4


def test_order_priority_in_the_fact_sheet_and_the_list(qtbot, tab, ctx) -> None:
    deal = opportunity_id(ctx, "Campus Network")
    tab.show_record("opportunity", deal)
    facts = tab.list_page.editor.facts
    # won, its contract part paid: the rule suggests B, the user has chosen nothing yet
    assert facts.order_priority.value() is None
    assert facts.priority_hint.text().startswith("Suggested from the contract and payments: B")
    facts.order_priority.set_value(OrderPriority.A)
    qtbot.mouseClick(facts.save_button, Qt.MouseButton.LeftButton)
    with ctx.db.read() as s:
        assert s.scalar(select(Opportunity.order_priority).where(Opportunity.id == deal)) == "a"
    model = tab.list_page.model
    column = next(n for n, (key, _) in enumerate(COLUMNS) if key is SortKey.PRIORITY)
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Order priority"
    assert model.index(model.row_of(deal), column).data() == "A"


def test_the_fact_sheet_says_when_the_date_was_first_promised(tab, ctx) -> None:
    tab.show_record("opportunity", opportunity_id(ctx, "Dispatch Data Network"))
    assert tab.list_page.editor.facts.slips.text() == "First promised for 11/3/2026; slips: 2"
