"""The contract list pages, filters and sorts in SQL."""

from datetime import date
from decimal import Decimal

from desktop.models.enums import CustomerClass
from desktop.services.contracts.contract_list import (
    ListFilter,
    ListQuery,
    SortKey,
    contract_count,
    contract_page,
    row_of,
)
from desktop.services.contracts.data import AmendmentData, PaymentData

from .conftest import fixed

TODAY = date(2026, 11, 23)


def _numbers(db, spec, offset=0, limit=100):
    with db.read() as s:
        return [r.number for r in contract_page(s, TODAY, spec, offset, limit)]


def test_figures_filters_sorting_and_paging(db, service, make_contract, account_id):
    a = make_contract(
        "A-1",
        amount="1000",
        signed_on=date(2026, 1, 1),
        customer_class=CustomerClass.IN_SYSTEM,
        milestones=[fixed("x", "600", date(2026, 2, 1)), fixed("y", "400", date(2026, 12, 1))],
    )
    service.save_part(a, None, AmendmentData(date(2026, 3, 1), "more", Decimal(100)))
    service.save_part(a, None, PaymentData(date(2026, 3, 1), Decimal(250)))
    make_contract("B-2", amount="500", signed_on=date(2026, 5, 1), title="数据中心")
    c = make_contract("C-3", amount="200", signed_on=date(2025, 5, 1))
    service.terminate(c, date(2026, 6, 1), "cancelled")
    with db.read() as s:
        (row,) = contract_page(s, TODAY, ListQuery(search="A-1"), 0, 10)
    assert (row.total, row.received, row.outstanding, row.overdue) == (
        Decimal(1100),
        Decimal(250),
        Decimal(750),
        Decimal(350),
    )
    assert row.next_due == date(2026, 12, 1)
    assert _numbers(db, ListQuery()) == ["B-2", "A-1", "C-3"]  # newest signed first
    assert _numbers(db, ListQuery(sort=SortKey.TOTAL, descending=False)) == ["C-3", "B-2", "A-1"]
    assert _numbers(db, ListQuery(filter=ListFilter.OVERDUE)) == ["A-1"]
    assert _numbers(db, ListQuery(filter=ListFilter.TERMINATED)) == ["C-3"]
    assert _numbers(db, ListQuery(filter=ListFilter.OPEN)) == ["A-1"]
    assert _numbers(db, ListQuery(search="数据")) == ["B-2"]
    assert _numbers(db, ListQuery(search="%")) == []
    assert _numbers(db, ListQuery(account_id=account_id + 1)) == []
    assert _numbers(db, ListQuery(), offset=1, limit=1) == ["A-1"]
    with db.read() as s:
        assert contract_count(s, TODAY, ListQuery()) == 3
        assert row_of(s, TODAY, ListQuery(), c) == 2
        assert row_of(s, TODAY, ListQuery(filter=ListFilter.OVERDUE), c) is None
