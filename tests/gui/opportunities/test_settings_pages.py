"""The tab's pages in Settings ▸ Preferences: stages, scoring, monthly targets, forecast."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.services.messages import UserError
from desktop.services.opportunities.assessments import AssessmentService
from desktop.services.opportunities.forecast import ForecastService
from desktop.services.opportunities.stage_list import StageListService
from desktop.services.opportunities.targets import TargetService
from desktop.views.opportunities.forecast_settings_page import ForecastSettingsPage
from desktop.views.opportunities.scoring_settings_page import ScoringSettingsPage
from desktop.views.opportunities.stage_settings_page import StageSettingsPage
from desktop.views.opportunities.targets_settings_page import TargetsSettingsPage
from desktop.views.settings_dialog import SettingsDialog


def test_the_tab_contributes_its_pages(qtbot, tab, ctx) -> None:
    dialog = SettingsDialog(ctx, tab.settings_pages())
    qtbot.addWidget(dialog)
    titles = [dialog.index.item(n).text() for n in range(dialog.index.count())]
    assert titles == ["General", "Stages", "Scoring", "Monthly targets", "Forecast"]
    dialog.accept()  # nothing changed: saving writes nothing and closes
    assert dialog.result() == SettingsDialog.DialogCode.Accepted


def test_editing_a_stage_probability_and_criteria(qtbot, ctx) -> None:
    page = StageSettingsPage(ctx)
    qtbot.addWidget(page)
    page.table.item(1, 2).setText("45")  # "Shape the customer"
    page.table.item(1, 1).setText("引导客户（方案）")
    page.table.selectRow(1)
    page.add_criterion.click()
    page.criteria.item(page.criteria.rowCount() - 1, 0).setText("Site survey done")
    page.save()
    shape = StageListService(ctx.db).stage_list()[1]
    assert (shape.probability, shape.name_zh) == (45, "引导客户（方案）")
    assert shape.criteria[-1].text_en == "Site survey done"


def test_adding_moving_and_refusing_to_remove_a_stage_in_use(qtbot, ctx) -> None:
    page = StageSettingsPage(ctx)
    qtbot.addWidget(page)
    page.add_stage.click()
    assert page.table.item(5, 0).text() == "New stage"  # before Won and Lost
    page.up.click()
    page.save()
    names = [s.name_en for s in StageListService(ctx.db).stage_list()]
    assert names[4] == "New stage" and names[-2:] == ["Won (order)", "Lost"]
    page.table.selectRow(0)  # "Validate opportunity" holds deals
    page.remove_stage.click()
    with pytest.raises(UserError, match="still holds 3 opportunities"):
        page.save()


def test_scoring_settings_change_the_formula(qtbot, ctx) -> None:
    page = ScoringSettingsPage(ctx)
    qtbot.addWidget(page)
    assert "For example: 4 → 5 %, 8 → 33 %, 10 → 48 %" in page.formula_text.text()
    page.high_percent.setValue(80)
    assert "16 → 80 %" in page.formula_text.text()
    page.hot.setValue(5)
    page.save()
    params = AssessmentService(ctx.db).params()
    assert params.formula.high_percent == 80
    page.warm.setValue(5)
    page.hot.setValue(4)
    with pytest.raises(UserError, match="Lead temperature"):
        page.save()


def test_monthly_targets_page(qtbot, ctx) -> None:
    page = TargetsSettingsPage(ctx)
    qtbot.addWidget(page)
    first = page.edits[date(2026, 11, 1)]
    assert first.value_decimal() == Decimal("4500000.00")
    first.set_decimal(Decimal("5000000"))
    page.next.click()  # the edit survives paging to the next year and back
    page.edits[date(2027, 11, 1)].set_decimal(Decimal("7000000"))
    page.previous.click()
    page.save()
    rows = TargetService(ctx.db).year(date(2026, 11, 1))
    assert rows[0].amount == Decimal("5000000.00")
    assert TargetService(ctx.db).year(date(2027, 11, 1))[0].amount == Decimal("7000000.00")


def test_forecast_settings_page(qtbot, ctx) -> None:
    page = ForecastSettingsPage(ctx)
    qtbot.addWidget(page)
    page.months.setValue(6)
    page.high.setValue(120)
    page.save()
    assert ForecastService(ctx.db).settings() == (
        {"months": 6, "minimum": 150},
        {"low": 95, "high": 120},
    )
