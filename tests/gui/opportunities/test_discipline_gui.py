"""The funnel page on the sample data (today 2026-11-23): what the user reads in its tiles,
charts (checked on their data, not pixels) and lists."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

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
