"""Settings ▸ Preferences saves only what the user changed: a colleague's change to another
value of a page opened meanwhile is kept, a change to the same value refuses the save (the
whole dialog's, in one transaction) and offers to reload with the user's edits on top
(docs/team-server.md#versions). On both engines: on PostgreSQL the colleague is a second
connection."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from desktop.services.settings import COMPANY_NAME
from desktop.views.opportunities.scoring_settings_page import ScoringSettingsPage
from desktop.views.opportunities.stage_settings_page import StageSettingsPage
from desktop.views.opportunities.targets_settings_page import TargetsSettingsPage
from desktop.views.settings_dialog import GeneralPage, SettingsDialog

pytestmark = pytest.mark.both_engines


def open_preferences(qtbot, ctx, tab) -> SettingsDialog:
    dialog = SettingsDialog(ctx, tab.settings_pages())
    qtbot.addWidget(dialog)
    return dialog


def page(dialog: SettingsDialog, kind: type):
    return next(p for p in dialog.pages if isinstance(p, kind))


def weights(services) -> dict[str, int]:
    return dict(services.assessments.params().evaluation_weights)


def set_weight(services, key: str, value: int) -> None:
    params = services.assessments.params()
    changed = {**params.evaluation_weights, key: value}
    services.assessments.save_params(replace(params, evaluation_weights=changed))


def stage_probability(services, row: int) -> int:
    return services.stage_list.stage_list()[row].probability


def set_stage_probability(services, row: int, probability: int) -> None:
    shown = services.stage_list.stage_list()
    stages = list(shown)
    stages[row] = replace(stages[row], probability=probability)
    services.stage_list.save(stages, shown)


def test_a_colleagues_company_name_is_kept(qtbot, tab, ctx, colleague, asked) -> None:
    dialog = open_preferences(qtbot, ctx, tab)
    first = next(iter(page(dialog, ScoringSettingsPage).evaluation_weights[1]))
    page(dialog, ScoringSettingsPage).evaluation_weights[1][first].setValue(3)
    colleague.settings.set(COMPANY_NAME, "Northwind Systems")

    dialog.accept()
    assert not asked
    assert colleague.settings.get(COMPANY_NAME) == "Northwind Systems"
    assert weights(colleague)[first] == 3


def test_the_same_company_name_is_refused_then_reapplied(qtbot, tab, ctx, colleague, asked):
    dialog = open_preferences(qtbot, ctx, tab)
    page(dialog, GeneralPage).company.setText("华东电网")
    first = next(iter(page(dialog, ScoringSettingsPage).evaluation_weights[1]))
    page(dialog, ScoringSettingsPage).evaluation_weights[1][first].setValue(4)
    month = next(iter(page(dialog, TargetsSettingsPage).edits))
    page(dialog, TargetsSettingsPage).edits[month].set_decimal(Decimal(700000))
    target_before = amounts(colleague, month)
    colleague.settings.set(COMPANY_NAME, "Northwind Systems")

    dialog.accept()
    assert asked and "General" in asked[0] and "not saved" in asked[0]
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    # nothing half-written: the scoring page's change waited with the refused one
    assert colleague.settings.get(COMPANY_NAME) == "Northwind Systems"
    assert weights(colleague)[first] == 1
    assert amounts(colleague, month) == target_before
    # reloaded with the user's edits on top
    assert page(dialog, GeneralPage).company.text() == "华东电网"
    assert page(dialog, ScoringSettingsPage).evaluation_weights[1][first].value() == 4
    assert "save again" in dialog.error.text()

    dialog.accept()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert colleague.settings.get(COMPANY_NAME) == "华东电网"
    assert weights(colleague)[first] == 4
    assert amounts(colleague, month) == (Decimal(700000),)
    assert len(asked) == 1


def test_a_refused_save_leaves_this_computer_s_preferences_as_they_were(
    qtbot, tab, ctx, colleague, asked
) -> None:
    """Your name for files opened later and the language live on this computer, outside the
    dialog's transaction: a refused save writes them no more than the rest; the save that
    follows does."""
    ctx.prefs.language, ctx.prefs.user_name = "en", "Li Wei"
    dialog = open_preferences(qtbot, ctx, tab)
    general = page(dialog, GeneralPage)
    general.language.setCurrentIndex(general.language.findData("zh_CN"))
    general.owner.setText("王芳")
    general.company.setText("华东电网")
    colleague.settings.set(COMPANY_NAME, "Northwind Systems")

    dialog.accept()
    assert asked and dialog.result() != SettingsDialog.DialogCode.Accepted
    assert (ctx.prefs.language, ctx.prefs.user_name) == ("en", "Li Wei")

    dialog.accept()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert (ctx.prefs.language, ctx.prefs.user_name) == ("zh_CN", "王芳")


def test_a_colleagues_scoring_weight_is_kept(qtbot, tab, ctx, colleague, asked) -> None:
    dialog = open_preferences(qtbot, ctx, tab)
    first, second = list(page(dialog, ScoringSettingsPage).evaluation_weights[1])[:2]
    page(dialog, ScoringSettingsPage).evaluation_weights[1][first].setValue(3)
    set_weight(colleague, second, 5)

    dialog.accept()
    assert not asked
    assert (weights(colleague)[first], weights(colleague)[second]) == (3, 5)


def test_the_same_scoring_weight_is_refused_then_reapplied(qtbot, tab, ctx, colleague, asked):
    dialog = open_preferences(qtbot, ctx, tab)
    first, second = list(page(dialog, ScoringSettingsPage).evaluation_weights[1])[:2]
    page(dialog, ScoringSettingsPage).evaluation_weights[1][first].setValue(3)
    set_weight(colleague, first, 5)
    set_weight(colleague, second, 2)

    dialog.accept()
    assert asked and "Scoring" in asked[0]
    assert weights(colleague)[first] == 5
    scoring = page(dialog, ScoringSettingsPage)
    assert scoring.evaluation_weights[1][first].value() == 3  # the user's
    assert scoring.evaluation_weights[1][second].value() == 2  # the colleague's

    dialog.accept()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert (weights(colleague)[first], weights(colleague)[second]) == (3, 2)


def test_a_colleagues_stage_is_kept(qtbot, tab, ctx, colleague, asked) -> None:
    dialog = open_preferences(qtbot, ctx, tab)
    page(dialog, StageSettingsPage).table.item(1, 2).setText("45")
    set_stage_probability(colleague, 2, 65)

    dialog.accept()
    assert not asked
    assert (stage_probability(colleague, 1), stage_probability(colleague, 2)) == (45, 65)


def test_the_same_stage_is_refused_then_reapplied(qtbot, tab, ctx, colleague, asked) -> None:
    dialog = open_preferences(qtbot, ctx, tab)
    stages = page(dialog, StageSettingsPage)
    stages.table.item(1, 2).setText("45")
    stages.table.item(2, 0).setText("Prove the value")
    shown = colleague.stage_list.stage_list()
    theirs = list(shown)
    theirs[1] = replace(theirs[1], name_zh="引导客户（方案）")
    colleague.stage_list.save(theirs, shown)

    dialog.accept()
    assert asked and "changed this record at" in asked[0]
    assert stage_probability(colleague, 1) != 45
    assert colleague.stage_list.stage_list()[2].name_en != "Prove the value"
    reloaded = page(dialog, StageSettingsPage)
    assert reloaded.table.item(1, 2).text() == "45"
    assert reloaded.table.item(1, 1).text() == "引导客户（方案）"
    assert reloaded.table.item(2, 0).text() == "Prove the value"

    dialog.accept()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    saved = colleague.stage_list.stage_list()
    assert (saved[1].probability, saved[1].name_zh) == (45, "引导客户（方案）")
    assert saved[2].name_en == "Prove the value"


def test_a_colleagues_target_is_kept_and_the_same_one_refused(qtbot, tab, ctx, colleague, asked):
    dialog = open_preferences(qtbot, ctx, tab)
    targets = page(dialog, TargetsSettingsPage)
    first, second = list(targets.edits)[:2]
    targets.edits[first].set_decimal(Decimal(300000))
    colleague.targets.save({second: Decimal(500000)})

    dialog.accept()
    assert not asked
    assert amounts(colleague, first, second) == (Decimal(300000), Decimal(500000))

    dialog = open_preferences(qtbot, ctx, tab)
    page(dialog, TargetsSettingsPage).edits[second].set_decimal(Decimal(800000))
    colleague.targets.save({second: Decimal(600000)})
    dialog.accept()
    assert asked and "changed this record at" in asked[0]
    assert amounts(colleague, first, second)[1] == Decimal(600000)
    assert page(dialog, TargetsSettingsPage).edits[second].value_decimal() == Decimal(800000)

    dialog.accept()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert amounts(colleague, first, second) == (Decimal(300000), Decimal(800000))


def amounts(services, *months: date) -> tuple[Decimal | None, ...]:
    found = {row.month: row.amount for row in services.targets.year(months[0])}
    return tuple(found[month] for month in months)
