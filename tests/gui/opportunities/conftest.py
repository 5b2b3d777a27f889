"""The Opportunities tab on the sample data (English, today 2026-11-23)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select

from desktop.models import Account, Opportunity
from desktop.views.i18n import install_translators
from desktop.views.opportunities.tab import OpportunitiesTab


@pytest.fixture(autouse=True)
def english_locale(qapp) -> None:
    """Dates and money as the English interface writes them, whatever ran before."""
    install_translators(qapp, "en")


@pytest.fixture
def tab(qtbot, ctx):
    widget = OpportunitiesTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    widget.set_account(None)
    return widget


def account_id(ctx, fragment: str) -> int:
    with ctx.db.read() as s:
        return s.scalars(select(Account.id).where(Account.name.contains(fragment))).one()


def opportunity_id(ctx, fragment: str) -> int:
    with ctx.db.read() as s:
        return s.scalars(select(Opportunity.id).where(Opportunity.name.contains(fragment))).one()


def when_dialog_opens(action) -> None:
    """Run ``action(dialog)`` on the next modal dialog, as a user would work it."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(10, run)
            return
        action(dialog)

    QTimer.singleShot(0, run)
