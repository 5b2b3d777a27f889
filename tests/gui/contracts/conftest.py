"""Driving the Contracts tab: a main window on the sample data, dialogs filled like a user."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from desktop.models import Contract
from desktop.views.contracts.form_dialog import FormDialog
from desktop.views.main_window import MainWindow
from tests.gui.conftest import shown


@pytest.fixture
def window(qtbot, ctx) -> MainWindow:
    return shown(qtbot, MainWindow(ctx, tab="contracts"), (1500, 950))


@pytest.fixture
def tab(window):
    return window.tab_pages[3]


def contract_id(ctx, number_start: str) -> int:
    with ctx.db.read() as s:
        return next(c.id for c in s.query(Contract) if c.number.startswith(number_start))


@pytest.fixture
def fill(monkeypatch):
    """fill({"amount": Decimal(...)}) makes the next form dialogs take these values and
    press Save; the dialogs are collected in ``fill.dialogs``."""
    dialogs: list[FormDialog] = []

    def install(values: dict[str, Any], then: Callable[[FormDialog], None] | None = None):
        def exec_(dialog: FormDialog) -> int:
            dialogs.append(dialog)
            for name, value in values.items():
                dialog.set_field(name, value)
            if then is not None:
                then(dialog)
            dialog.accept()
            return dialog.result()

        monkeypatch.setattr(FormDialog, "exec", exec_)

    install.dialogs = dialogs
    return install
