"""Fixtures for the org chart tab: the tab on the sample data, shown, on the metro account."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.models import Account, Contact
from desktop.views.orgchart.tab import OrgChartTab
from tests.gui.conftest import shown


def account_id(db, name_part: str) -> int:
    with db.read() as s:
        return s.scalar(select(Account.id).where(Account.name.like(f"%{name_part}%")))


def person_id(db, name: str) -> int:
    with db.read() as s:
        return s.scalar(select(Contact.id).where(Contact.name == name))


@pytest.fixture
def tab(qtbot, ctx) -> OrgChartTab:
    page = shown(qtbot, OrgChartTab(ctx))
    page.set_account(account_id(ctx.db, "Rail"))
    return page
