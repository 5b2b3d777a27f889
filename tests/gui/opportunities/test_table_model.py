"""The lazy opportunity table model: Qt's model rules, paging, sorting and what it shows."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from desktop.services.opportunities.opportunity_list import OpportunityFilter, Sorting, SortKey
from desktop.views.common.row_table import ROW_ROLE
from desktop.views.opportunities.opportunity_table_model import (
    COLUMNS,
    PAGE,
    OpportunityTableModel,
)

TODAY = date(2026, 11, 23)


def column(key: SortKey) -> int:
    return next(n for n, (k, _) in enumerate(COLUMNS) if k is key)


def test_model_passes_the_model_tester_on_the_sample(qtmodeltester, demo_db) -> None:
    model = OpportunityTableModel(demo_db, TODAY)
    model.set_query(OpportunityFilter())
    assert model.rowCount() == 15
    qtmodeltester.check(model)
    model.set_query(OpportunityFilter(text="data"), Sorting(SortKey.AMOUNT, True))
    qtmodeltester.check(model)


@pytest.fixture
def big(tmp_path: Path):
    from bench.generate import generate
    from bench.scale.sizes import SMALL
    from desktop.services.database import open_database

    scale = replace(SMALL.times(0.1), opportunities=PAGE * 2 + 50)
    db = open_database(generate(tmp_path / "big.sqlite", scale).path).db
    yield db
    db.close()


def test_rows_come_a_page_at_a_time(qtmodeltester, big) -> None:
    model = OpportunityTableModel(big, TODAY)
    model.set_query(OpportunityFilter())
    assert model.totals.count == PAGE * 2 + 50
    assert model.rowCount() == PAGE
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == PAGE * 2
    model.fetchMore(QModelIndex())
    assert model.rowCount() == PAGE * 2 + 50
    assert not model.canFetchMore(QModelIndex())
    assert len({model.row_at(n).id for n in range(model.rowCount())}) == PAGE * 2 + 50
    model.set_query(OpportunityFilter())
    qtmodeltester.check(model, force_py=True)


def test_sorting_by_amount_and_key_person_asks_the_database(demo_db) -> None:
    model = OpportunityTableModel(demo_db, TODAY)
    model.set_query(OpportunityFilter())
    model.sort(column(SortKey.AMOUNT), Qt.SortOrder.DescendingOrder)
    amounts = [model.row_at(n).amount for n in range(model.rowCount())]
    assert amounts == sorted(amounts, reverse=True)
    model.sort(column(SortKey.KEY_PERSON), Qt.SortOrder.AscendingOrder)
    people = [model.row_at(n).key_person for n in range(model.rowCount())]
    named = [p for p in people if p]
    assert named == sorted(named) and people[: len(named)] == named


def test_cells_show_weighted_amounts_with_their_formula(demo_db) -> None:
    model = OpportunityTableModel(demo_db, TODAY)
    model.set_query(OpportunityFilter(text="Line 4"))
    row = model.row_at(0)
    weighted = model.index(0, column(SortKey.WEIGHTED))
    assert weighted.data() == "CN¥5,500,000"
    assert weighted.data(Qt.ItemDataRole.ToolTipRole) == "CN¥27,500,000 × 20% = CN¥5,500,000"
    probability = model.index(0, column(SortKey.PROBABILITY))
    assert probability.data() == "20%"
    assert probability.data(Qt.ItemDataRole.FontRole).italic()  # set by hand, not the stage's
    days = model.index(0, column(SortKey.DAYS_IN_STAGE)).data()
    assert days == str((TODAY - row.stage_entered_on).days)
    assert model.index(0, 0).data(ROW_ROLE) is row
    assert model.headerData(column(SortKey.SCORE), Qt.Orientation.Horizontal) == "Score"


def test_closed_deals_are_grey_and_overdue_dates_red(demo_db) -> None:
    model = OpportunityTableModel(demo_db, datetime(2027, 6, 1).date())
    model.set_query(OpportunityFilter(), Sorting(SortKey.DECISION_DATE))
    colours = {}
    for n in range(model.rowCount()):
        row = model.row_at(n)
        brush = model.index(n, column(SortKey.DECISION_DATE)).data(Qt.ItemDataRole.ForegroundRole)
        colours[row.name] = None if brush is None else brush.color().name()
    assert colours["Data Centre Phase 1"] == "#6b6b6b"  # won long ago
    assert colours["Data Centre Expansion (Phase 2)"] == "#b3261e"  # open, date passed
    assert colours["Line 4 Communication System (Transmission and Clock Subsystems)"] is None
