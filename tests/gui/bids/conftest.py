"""The Bid Checklist tab on the sample data (today 2026-11-23; one tender due in 5 days)."""

from __future__ import annotations

import pytest

from desktop.views.bids.tab import BidChecklistTab
from tests.gui.conftest import shown


@pytest.fixture
def tab(qtbot, ctx) -> BidChecklistTab:
    return shown(qtbot, BidChecklistTab(ctx))
