"""The Strategy tab of an opportunity (docs/strategy.md): set a buying influence's mode, turn a
red flag into an action and see it being worked on, close the action and see the flag open
again; print the sheet on exactly one A4 page in both languages."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.models import Action, DecisionGroupMember, StrategyNote
from desktop.models.enums import ActionStatus, BuyingMode, StrategyNoteKind
from desktop.views.actions.action_dialog import ActionDialog
from desktop.views.common.widgets import EnumCombo
from desktop.views.opportunities.buying_influences import DEGREE, MODE, PERSON
from desktop.views.opportunities.strategy_dialogs import ScheduleDialog
from desktop.views.opportunities.strategy_print import StrategyPrintout

from .conftest import opportunity_id, when_dialog_opens


def open_strategy(tab, ctx, fragment: str = "Phase 2"):
    tab.show_record("opportunity", opportunity_id(ctx, fragment))
    editor = tab.list_page.editor
    editor.tabs.setCurrentWidget(editor.strategy)
    return editor.strategy


def flag_rows(panel) -> list[str]:
    return [panel.red_flags.item(n).text() for n in range(panel.red_flags.count())]


def test_the_sheet_shows_the_demo_deals_plan(tab, ctx) -> None:
    panel = open_strategy(tab, ctx)
    assert "Win both lots" in panel.objective.text()
    people = [panel.influences.item(n, PERSON).text() for n in range(panel.influences.rowCount())]
    assert people[0].startswith("Wang Jianguo")
    assert "No user buyer" in panel.warnings.text()
    strengths = [panel.strengths.item(n).text() for n in range(panel.strengths.count())]
    assert any("Phase 1 delivered on time" in s and "[own note]" in s for s in strengths)
    assert any("Qian Weidong is in Even keel mode" in f for f in flag_rows(panel))
    assert panel.plan.item(0, 0).text() == "★"  # the best action first


def test_setting_a_mode_saves_it_and_undo_takes_it_back(tab, ctx) -> None:
    panel = open_strategy(tab, ctx)
    row = next(
        n
        for n in range(panel.influences.rowCount())
        if panel.influences.item(n, PERSON).text().startswith("Huang Zhiqiang")
    )
    mode = panel.influences.cellWidget(row, MODE)
    assert isinstance(mode, EnumCombo) and mode.value() is None
    mode.set_value(BuyingMode.OVERCONFIDENT)
    with ctx.db.read() as s:
        modes = {m.mode for m in s.scalars(select(DecisionGroupMember))}
    assert BuyingMode.OVERCONFIDENT in modes
    assert any("Huang Zhiqiang is in Overconfident mode" in f for f in flag_rows(panel))
    tab.undo_stack.undo()
    assert not any("Huang Zhiqiang is in Overconfident" in f for f in flag_rows(panel))
    row = next(
        n
        for n in range(panel.influences.rowCount())
        if panel.influences.item(n, PERSON).text().startswith("Huang Zhiqiang")
    )
    assert panel.influences.cellWidget(row, DEGREE).value() is None


def test_a_red_flag_becomes_an_action_then_closing_it_reopens_the_flag(qtbot, tab, ctx) -> None:
    panel = open_strategy(tab, ctx)
    row = next(n for n, text in enumerate(flag_rows(panel)) if "Huarui Technology" in text)
    panel.red_flags.setCurrentRow(row)
    key = panel.selected_flag().key
    assert panel.make_action_button.isEnabled()

    def fill(dialog) -> None:
        assert isinstance(dialog, ActionDialog)
        assert dialog.title.text().startswith("Huarui Technology Co., Ltd. expects 35 %")
        dialog.title.setText("Prepare a TCO answer to Huarui's low price")
        dialog.assignee.setText("Li Ming")
        dialog.due_on.set_value(date(2026, 11, 27))
        dialog.accept()

    when_dialog_opens(fill)
    qtbot.mouseClick(panel.make_action_button, Qt.MouseButton.LeftButton)

    with ctx.db.read() as s:
        action = s.scalars(select(Action).where(Action.about_key == key)).one()
        assert (action.about_kind, action.status, action.assignee) == (
            "red_flag",
            ActionStatus.OPEN,
            "Li Ming",
        )
        action_id = action.id
    worked_on = next(text for text in flag_rows(panel) if "Huarui Technology" in text)
    assert (
        "being worked on: Prepare a TCO answer to Huarui's low price, Li Ming, due 11/27/2026"
        in worked_on
    )
    panel.select_flag(key)
    assert not panel.make_action_button.isEnabled()  # already answered

    # Closed (as the reminders dock does), the flag is no longer being worked on.
    changes = ctx.services.actions.close(action_id, done=True, outcome="Sent the comparison")
    ctx.events.publish(changes)
    flag = next(text for text in flag_rows(panel) if "Huarui Technology" in text)
    assert "being worked on" not in flag
    panel.select_flag(key)
    assert panel.make_action_button.isEnabled()


def test_own_note_and_scheduling_a_possible_action(tab, ctx, dialogs) -> None:
    panel = open_strategy(tab, ctx)
    panel.create_note(StrategyNoteKind.RED_FLAG, "Budget review in January")
    assert any("Budget review in January" in f and "[own note]" in f for f in flag_rows(panel))
    with ctx.db.read() as s:
        assert s.scalars(select(StrategyNote.text)).all()[-1] == "Budget review in January"

    panel.create_action("Call the design institute")
    row = next(
        n for n in range(panel.plan.rowCount()) if panel.plan.item(n, 1).text().startswith("Call")
    )
    panel.plan.selectRow(row)
    assert panel.schedule_button.isEnabled()

    def fill(dialog) -> None:
        assert isinstance(dialog, ScheduleDialog)
        dialog.assignee.setText("Zhao Lei")
        dialog.due_on.set_value(date(2026, 12, 2))
        dialog.accept()

    when_dialog_opens(fill)
    panel.schedule_button.click()
    with ctx.db.read() as s:
        action = s.scalars(select(Action).where(Action.title == "Call the design institute")).one()
        assert (action.status, action.assignee, action.due_on) == (
            ActionStatus.OPEN,
            "Zhao Lei",
            date(2026, 12, 2),
        )
    due = ctx.services.actions.due(days=14).all()
    assert "Call the design institute" in [a.title for a in due]


def pdf_pages(path) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", path.read_bytes()))


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_sheet_prints_on_one_page_even_when_long(tmp_path, ctx, qapp, language) -> None:
    from desktop.views.i18n import install_translators

    translators = install_translators(qapp, language)
    try:
        panel_sheet = ctx.services.strategy
        deal = opportunity_id(ctx, "Phase 2")
        for number in range(40):
            ctx.services.strategy.add_note(
                deal, StrategyNoteKind.RED_FLAG, f"Risk number {number} " + "word " * 30
            )
            ctx.services.strategy.add_possible_action(deal, f"Action {number}", best=True)
        sheet = panel_sheet.sheet(deal, language)
        printout = StrategyPrintout(sheet, language=language, printed_on=date(2026, 11, 23))
        assert "…" in printout.html() or "还有" in printout.html()
        path = tmp_path / "sheet.pdf"
        printout.save_pdf(path)
        assert pdf_pages(path) == 1
        image = printout.render_image(60)
        assert image.width() < image.height()  # A4 portrait
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        install_translators(qapp, "en")


def test_objective_dialog_and_save_as_pdf_from_the_tab(tab, ctx, dialogs, tmp_path) -> None:
    panel = open_strategy(tab, ctx, "Line 3")
    assert "No sales objective yet" in panel.objective.text()
    assert "(the deal's amount)" in panel.objective.text()

    def fill(dialog) -> None:
        dialog.text.setText("PIS for the east extension, both stations")
        dialog.amount.setValue(7_500_000)
        dialog.accept()

    when_dialog_opens(fill)
    panel.objective_button.click()
    text = panel.objective.text()
    assert "PIS for the east extension" in text and "CN¥7,500,000" in text
    assert "(the deal's amount)" not in text
    tab.undo_stack.undo()
    assert "No sales objective yet" in panel.objective.text()

    dialogs.files = [tmp_path / "line3"]
    panel.pdf_button.click()
    assert pdf_pages(tmp_path / "line3.pdf") == 1
