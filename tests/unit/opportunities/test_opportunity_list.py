"""The paged opportunity list: filters, sorting in SQL, totals and positions."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.models.enums import ForecastCategory as F
from desktop.services.opportunities.opportunity_list import (
    OpportunityFilter,
    OpportunityList,
    Sorting,
    SortKey,
)

pytestmark = pytest.mark.both_engines


@pytest.fixture
def listing(db, make):
    acme = make.account("Acme Power")
    metro = make.account("Metro 100%")
    wang = make.contact(acme, "Wang Jianguo")
    bai = make.contact(metro, "Bai Lin")
    make.opportunity(
        acme,
        "Data centre",
        amount=5000,
        stage="bid",
        category=F.COMMIT,
        decision=date(2026, 12, 1),
        key_contact_id=wang,
        owner="li",
        entered=date(2026, 11, 3),
    )
    make.opportunity(
        acme,
        "Video",
        amount=1000,
        stage="validate",
        decision=date(2027, 3, 1),
        owner="wang",
        entered=date(2026, 6, 1),
    )
    make.opportunity(
        metro,
        "Signalling_2",
        amount=9000,
        stage="shape",
        override=10,
        category=F.BEST_CASE,
        key_contact_id=bai,
        owner="li",
    )
    make.opportunity(
        metro,
        "Old win",
        amount=2000,
        stage="won",
        category=F.WON,
        decision=date(2025, 1, 1),
        closed_on=date(2025, 1, 5),
        owner="zhao",  # not the login role on a server (kad_admin: "_" must not match it)
    )
    return OpportunityList(db), {"acme": acme, "metro": metro}


def names(rows):
    return [r.name for r in rows]


def test_rows_carry_weighted_amount_and_days_in_stage(listing) -> None:
    listing, _ = listing
    rows = {r.name: r for r in listing.page(0, 10)}
    dc = rows["Data centre"]
    assert (dc.probability, dc.weighted, dc.probability_overridden) == (
        60,
        Decimal("3000.00"),
        False,
    )
    assert dc.key_person == "Wang Jianguo" and dc.account == "Acme Power"
    assert dc.days_in_stage(date(2026, 11, 23)) == 20
    sig = rows["Signalling_2"]
    assert (sig.probability, sig.weighted, sig.probability_overridden) == (
        10,
        Decimal("900.00"),
        True,
    )
    assert rows["Video"].key_person == ""


@pytest.mark.parametrize(
    ("key", "descending", "expected"),
    [
        (SortKey.AMOUNT, True, ["Signalling_2", "Data centre", "Old win", "Video"]),
        (SortKey.AMOUNT, False, ["Video", "Old win", "Data centre", "Signalling_2"]),
        (SortKey.WEIGHTED, True, ["Data centre", "Old win", "Signalling_2", "Video"]),
        (
            SortKey.DECISION_DATE,
            False,
            ["Data centre", "Video", "Signalling_2", "Old win"],
        ),  # open first, no date last, closed after
        (
            SortKey.KEY_PERSON,
            False,
            ["Signalling_2", "Data centre", "Video", "Old win"],
        ),  # Bai, Wang, none
        (SortKey.ACCOUNT, False, ["Data centre", "Video", "Signalling_2", "Old win"]),
        (SortKey.STAGE, True, ["Old win", "Data centre", "Signalling_2", "Video"]),
        (SortKey.DAYS_IN_STAGE, False, ["Data centre", "Signalling_2", "Old win", "Video"]),
    ],
)
def test_sorting_happens_in_sql(listing, key, descending, expected) -> None:
    listing, _ = listing
    listing.sorting = Sorting(key, descending)
    assert names(listing.page(0, 10)) == expected


def test_paging(listing) -> None:
    listing, _ = listing
    listing.sorting = Sorting(SortKey.AMOUNT, True)
    assert names(listing.page(0, 2)) + names(listing.page(2, 2)) == names(listing.page(0, 4))
    assert listing.page(4, 2) == []


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"text": "centre"}, ["Data centre"]),
        ({"text": "METRO"}, ["Old win", "Signalling_2"]),  # account name, any case
        ({"text": "wang"}, ["Data centre", "Video"]),  # key person or owner
        ({"text": "_"}, ["Signalling_2"]),  # LIKE wildcards are literal
        ({"text": "100%"}, ["Old win", "Signalling_2"]),
        ({"open_only": True}, ["Data centre", "Signalling_2", "Video"]),
        ({"categories": frozenset({F.COMMIT, F.BEST_CASE})}, ["Data centre", "Signalling_2"]),
        (
            {"decision_from": date(2026, 12, 1), "decision_to": date(2027, 3, 1)},
            ["Data centre", "Video"],
        ),
    ],
)
def test_filters(listing, kwargs, expected) -> None:
    listing, _ = listing
    listing.filter = OpportunityFilter(**kwargs)
    listing.sorting = Sorting(SortKey.NAME)
    assert names(listing.page(0, 10)) == expected
    assert listing.count() == len(expected)


def test_account_and_stage_filters_and_totals(listing, make) -> None:
    listing, accounts = listing
    listing.filter = OpportunityFilter(account_id=accounts["acme"])
    totals = listing.totals()
    assert (totals.count, totals.amount, totals.weighted) == (
        2,
        Decimal("6000.00"),
        Decimal("3250.00"),
    )
    listing.filter = OpportunityFilter(stage_ids=frozenset({make.stage_id("shape")}))
    assert names(listing.page(0, 10)) == ["Signalling_2"]
    listing.filter = OpportunityFilter(text="nothing like this")
    assert listing.totals().count == 0 and listing.totals().amount == Decimal("0.00")


def test_position_of_a_row(listing) -> None:
    listing, _ = listing
    listing.sorting = Sorting(SortKey.AMOUNT, True)
    rows = listing.page(0, 10)
    assert [listing.position_of(r.id) for r in rows] == [0, 1, 2, 3]
    listing.filter = OpportunityFilter(text="video")
    assert listing.position_of(rows[0].id) is None
