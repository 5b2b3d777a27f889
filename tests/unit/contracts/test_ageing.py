from datetime import date, timedelta
from decimal import Decimal

import pytest

from desktop.services.contracts.ageing import (
    AGEING_BOUNDS,
    bucket_of,
    buckets,
    check_bounds,
    parse_bounds,
)
from desktop.services.contracts.claims import load_claims
from desktop.services.contracts.data import PaymentData
from desktop.services.contracts.receivables import ageing_report, claim_policy
from desktop.services.messages import UserError

from .conftest import fixed

pytestmark = pytest.mark.both_engines

BOUNDS = [30, 90, 180, 365]  # the default: DOMAIN's five buckets
EDGES = [(-1, None), (0, 0), (30, 0), (31, 1), (90, 1), (91, 2), (180, 2), (181, 3), (365, 3),
         (366, 4)]  # fmt: skip


@pytest.mark.parametrize(("days", "bucket"), EDGES)
def test_bucket_edges(days, bucket):
    today = date(2026, 11, 23)
    assert bucket_of(today - timedelta(days=days), today, BOUNDS) == bucket


def test_bucket_labels():
    labels = [b.label().render() for b in buckets([30, 60, 90, 180, 365])]
    assert labels == [
        "0–30 days",
        "31–60 days",
        "61–90 days",
        "91–180 days",
        "181–365 days",
        "Over 365 days",
    ]


def test_the_default_buckets_are_the_five_of_the_domain(db):
    with db.read() as s:
        labels = [b.label().render() for b in buckets(AGEING_BOUNDS.get(s))]
    assert labels == ["0–30 days", "31–90 days", "91–180 days", "181–365 days", "Over 365 days"]


def test_saved_custom_buckets_stay_the_users(db):
    """Only the default changed: bounds a user saved (e.g. the old six) are kept."""
    with db.session() as s:
        AGEING_BOUNDS.set(s, [30, 60, 90, 180, 365])
    with db.read() as s:
        assert AGEING_BOUNDS.get(s) == [30, 60, 90, 180, 365]


def test_bounds_are_editable_and_checked():
    assert parse_bounds("15，45, 90 120") == [15, 45, 90, 120]
    for bad in ("", "30, 30", "60, 30", "0, 30", "thirty"):
        with pytest.raises(UserError):
            parse_bounds(bad)
    assert check_bounds([7]) == [7]


def test_ageing_by_account_in_sql(db, service, make_contract, account_id):
    today = date(2026, 11, 23)
    # Due dates: 23 Nov (0 days), 23 Oct (31 days), 24 Aug (91 days), 24 Nov (not due).
    contract = make_contract(
        amount="1000",
        signed_on=date(2026, 1, 1),
        milestones=[
            fixed("a", "100", date(2026, 11, 23)),
            fixed("b", "200", date(2026, 10, 23)),
            fixed("c", "300", date(2026, 8, 24)),
            fixed("d", "400", date(2026, 11, 24)),
        ],
    )
    # 250 settles the oldest first: all of "c" is left at 50.
    service.save_part(contract, None, PaymentData(date(2026, 11, 1), Decimal("250")))
    with db.read() as s:
        report = ageing_report(s, today, [30, 60, 90, 180, 365])
    (row,) = report.rows
    assert row.account_id == account_id and row.label == "Huaihai U"
    assert row.not_due == Decimal("400")
    assert row.buckets == tuple(Decimal(x) for x in ("100", "200", "0", "50", "0", "0"))
    assert report.totals().due == Decimal("350")
    with db.read() as s:
        wider = ageing_report(s, today, [100])
    assert wider.rows[0].buckets == (Decimal("350"), Decimal("0"))


@pytest.mark.parametrize(("days", "bucket"), EDGES)
def test_an_amount_on_a_bucket_edge_lands_in_the_same_bucket_in_sql_and_python(
    db, service, make_contract, days, bucket
):
    """The claims list (Python) and the ageing report (SQL) agree on every edge."""
    today = date(2026, 11, 23)
    make_contract(amount="100", milestones=[fixed("m", "100", today - timedelta(days=days))])
    with db.read() as s:
        policy = claim_policy(s)
        claims = load_claims(s, today, policy)
        (row,) = ageing_report(s, today, AGEING_BOUNDS.get(s)).rows
    assert list(policy.bounds) == BOUNDS  # the default the edges above are for
    assert [c.bucket for c in claims] == ([] if bucket is None else [bucket])  # not due: none
    expected = [Decimal(0)] * (len(BOUNDS) + 1)
    if bucket is not None:
        expected[bucket] = Decimal(100)
    assert row.buckets == tuple(expected)
    assert row.not_due == (Decimal(100) if bucket is None else Decimal(0))
