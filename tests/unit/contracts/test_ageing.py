from datetime import date
from decimal import Decimal

import pytest

from desktop.services.contracts.ageing import (
    bucket_index,
    buckets,
    check_bounds,
    parse_bounds,
)
from desktop.services.contracts.data import PaymentData
from desktop.services.contracts.receivables import ageing_report
from desktop.services.messages import UserError

from .conftest import fixed

BOUNDS = [30, 60, 90, 180, 365]


@pytest.mark.parametrize(
    ("days", "bucket"),
    [(0, 0), (30, 0), (31, 1), (60, 1), (61, 2), (90, 2), (91, 3), (180, 3), (181, 4),
     (365, 4), (366, 5), (4000, 5)],
)  # fmt: skip
def test_bucket_edges(days, bucket):
    assert bucket_index(days, BOUNDS) == bucket


def test_not_due_has_no_bucket():
    with pytest.raises(ValueError):
        bucket_index(-1, BOUNDS)


def test_bucket_labels():
    labels = [b.label().render() for b in buckets(BOUNDS)]
    assert labels == [
        "0–30 days",
        "31–60 days",
        "61–90 days",
        "91–180 days",
        "181–365 days",
        "Over 365 days",
    ]


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
        report = ageing_report(s, today, BOUNDS)
    (row,) = report.rows
    assert row.account_id == account_id and row.label == "Huaihai U"
    assert row.not_due == Decimal("400")
    assert row.buckets == tuple(Decimal(x) for x in ("100", "200", "0", "50", "0", "0"))
    assert report.totals().due == Decimal("350")
    with db.read() as s:
        wider = ageing_report(s, today, [100])
    assert wider.rows[0].buckets == (Decimal("350"), Decimal("0"))
