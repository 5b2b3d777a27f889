"""The person panel's history: who changed what, when, from what to what, newest first."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.models.enums import Stance
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
