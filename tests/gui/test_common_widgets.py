"""Shared building blocks: optional dates, money, undoable service calls, charts."""

from __future__ import annotations

import logging
import warnings
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtGui import QUndoStack

from desktop.services.changes import CONTACTS, ChangeSet
from desktop.services.messages import QT_TRANSLATE_NOOP, UserError
from desktop.views.common.undo import push
from desktop.views.common.widgets import MoneyEdit, OptionalDateEdit


def test_optional_date_can_be_empty(qtbot) -> None:
    edit = OptionalDateEdit()
    qtbot.addWidget(edit)
    assert edit.value() is None
    assert edit.text() == "—"
    edit.set_value(date(2026, 3, 8))
    assert edit.value() == date(2026, 3, 8)
    edit.set_value(None)
    assert edit.value() is None


def test_money_edit_is_exact_to_the_cent(qtbot) -> None:
    edit = MoneyEdit()
    qtbot.addWidget(edit)
    edit.set_decimal(Decimal("12800000.10"))
    assert edit.value_decimal() == Decimal("12800000.10")


def test_undoable_service_calls(qtbot) -> None:
    state = {"value": 0}
    published: list[ChangeSet] = []

    def set_to(value: int):
        def action() -> ChangeSet:
            state["value"] = value
            return ChangeSet.of(CONTACTS)

        return action

    stack = QUndoStack()
    push(stack, "set", set_to(5), set_to(0), published.append)
    assert state["value"] == 5 and len(published) == 1
    stack.undo()
    assert state["value"] == 0
    stack.redo()
    assert state["value"] == 5 and len(published) == 3

    def refuse() -> ChangeSet:
        raise UserError(QT_TRANSLATE_NOOP("Test", "no"))

    with pytest.raises(UserError):
        push(stack, "refused", refuse, set_to(0), published.append)
    assert stack.count() == 1


def test_chart_draws_chinese_without_missing_glyphs(qtbot, caplog) -> None:
    from desktop.views.common.charts import ChartWidget, configure_matplotlib

    assert configure_matplotlib(), "a CJK font must be installed (fonts-wqy-microhei)"
    chart = ChartWidget()
    qtbot.addWidget(chart)
    axes = chart.figure.add_subplot()
    axes.bar(["验证机会点", "引导客户", "Bid"], [3, 2, 1])
    axes.set_title("加权管道 Weighted pipeline")
    with warnings.catch_warnings(), caplog.at_level(logging.WARNING):
        warnings.simplefilter("error")
        chart.canvas.draw()
    assert not [r for r in caplog.records if "findfont" in r.getMessage()]
