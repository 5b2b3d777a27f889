"""The person panel's history: who changed what, when, from what to what, newest first."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView

from desktop.models.enums import Stance
from desktop.views.common.formatting import format_date
from tests.gui.orgchart.conftest import account_id, person_id


def _history(tab) -> list[list[str]]:
    model = tab.panel.history.model()
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def _change_stance(qtbot, tab, ctx, who: str, stance: Stance) -> None:
    ctx.db.set_default_owner(who)
    form = tab.panel.form
    form.combos["stance"].set_value(stance)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)


def test_who_changed_a_persons_stance_and_when(qtbot, tab, ctx) -> None:
    zhou = person_id(ctx.db, "Zhou Zhenhua")
    tab.set_account(account_id(ctx.db, "Grid"))
    tab.open_person(zhou)
    before = len(_history(tab))
    _change_stance(qtbot, tab, ctx, "Li Ming", Stance.SUPPORTER)
    _change_stance(qtbot, tab, ctx, "Wang Fang", Stance.COACH)
    lines = _history(tab)
    assert len(lines) == before + 2
    assert lines[0][1:] == ["Stance", "Supporter → Coach", "Wang Fang"]
    assert lines[1][1:3] == ["Stance", lines[1][2]] and lines[1][2].endswith("→ Supporter")
    assert lines[1][3] == "Li Ming"
    assert lines[0][0]  # when, in local time
    tab.undo_stack.undo()  # the undo is history too: nothing is rewritten
    assert _history(tab)[0][1:3] == ["Stance", "Coach → Supporter"]


def test_the_history_speaks_the_users_language(qtbot, tab, ctx, chinese) -> None:
    zhou = person_id(ctx.db, "Zhou Zhenhua")
    tab.set_account(account_id(ctx.db, "Grid"))
    tab.open_person(zhou)
    _change_stance(qtbot, tab, ctx, "李明", Stance.OPPONENT)
    what, change = _history(tab)[0][1:3]
    assert what == "立场" and change.endswith("→ 反对者")


def test_the_history_fits_the_narrow_panel(qtbot, tab, ctx) -> None:
    tab.set_account(account_id(ctx.db, "Grid"))
    tab.open_person(person_id(ctx.db, "Zhou Zhenhua"))
    table = tab.panel.history
    header = table.horizontalHeader()
    # the change takes the width left and wraps; "By" stays on screen
    assert header.sectionResizeMode(2) == QHeaderView.ResizeMode.Stretch
    assert table.wordWrap() and not header.stretchLastSection()
    mode = table.verticalHeader().sectionResizeMode(0)
    assert mode == QHeaderView.ResizeMode.ResizeToContents


def test_a_changed_birthday_is_written_as_the_locale_writes_dates(qtbot, tab, ctx) -> None:
    tab.set_account(account_id(ctx.db, "Grid"))
    tab.open_person(person_id(ctx.db, "Zhou Zhenhua"))
    form = tab.panel.form
    form.birthday.set_value(date(1970, 3, 4))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    what, change = _history(tab)[0][1:3]
    assert what == "Birthday" and change.endswith("→ " + format_date(date(1970, 3, 4)))
    assert "1970-03-04" not in change or format_date(date(1970, 3, 4)) == "1970-03-04"


def test_a_long_value_is_shortened_with_the_full_text_as_tooltip(qtbot, tab, ctx) -> None:
    tab.set_account(account_id(ctx.db, "Grid"))
    tab.open_person(person_id(ctx.db, "Zhou Zhenhua"))
    form = tab.panel.form
    title = "Plays golf with the CIO; " + "reads about digital transformation, " * 5
    form.texts["interests"].setPlainText(title)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    model = tab.panel.history.model()
    (row,) = [r for r in range(model.rowCount()) if model.index(r, 1).data() == "Interests"]
    index = model.index(row, 2)
    assert "…" in index.data() and index.data(Qt.ItemDataRole.ToolTipRole).endswith(title.strip())
