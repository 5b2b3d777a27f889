"""The Bid Checklist tab on the sample data (today 2026-11-23; one tender due in 5 days)."""

from __future__ import annotations

import pytest

from desktop.views.bids.tab import BidChecklistTab


@pytest.fixture
def tab(qtbot, ctx) -> BidChecklistTab:
    widget = BidChecklistTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
