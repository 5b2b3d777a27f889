"""The list of contracts, paged from the database with its money figures aggregated in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Select,
    SQLColumnExpression,
    Subquery,
    case,
    func,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from desktop.models import Account, Amendment, Contract, Payment, PaymentMilestone
from desktop.models.enums import ContractStatus, CustomerClass
from desktop.models.types import Money
from desktop.services.clock import Clock
from desktop.services.database import Database
from desktop.services.like import contains, matches
from desktop.services.sql_types import AnySelect

from .claims import allocated_per_milestone


class ListFilter(StrEnum):
    ALL = "all"
    OPEN = "open"  # active, something still to collect
    OVERDUE = "overdue"
    COMPLETED = "completed"
    TERMINATED = "terminated"


class SortKey(StrEnum):
    NUMBER = "number"
    TITLE = "title"
    ACCOUNT = "account"
    CLASS = "class"
    SIGNED = "signed"
    TOTAL = "total"
    RECEIVED = "received"
    OUTSTANDING = "outstanding"
    OVERDUE = "overdue"
    NEXT_DUE = "next_due"
    STATUS = "status"


@dataclass(frozen=True)
class ContractListRow:
    id: int
    number: str
    title: str
    account: str
    customer_class: CustomerClass | None
    signed_on: date | None
    currency: str
    total: Decimal
    received: Decimal
    outstanding: Decimal
    overdue: Decimal
    next_due: date | None
    status: ContractStatus


@dataclass(frozen=True)
class ListQuery:
    account_id: int | None = None
    search: str = ""
    filter: ListFilter = ListFilter.ALL
    sort: SortKey = SortKey.SIGNED
    descending: bool = True


# Sorting by these needs no money figures: the page is chosen first, then only its
# contracts are summed up. Sorting or filtering by money sums up every contract.
PLAIN_SORTS = frozenset(
    {SortKey.NUMBER, SortKey.TITLE, SortKey.ACCOUNT, SortKey.CLASS, SortKey.SIGNED, SortKey.STATUS}
)
MONEY_FILTERS = frozenset({ListFilter.OPEN, ListFilter.OVERDUE})


def _figures(
    today: date, contract_ids: Select[int] | list[int] | None = None
) -> tuple[Subquery[Any], Subquery[Any], Subquery[Any]]:
    """Subqueries of the money figures per contract, for ``contract_ids`` (a select) or all."""
    paid = allocated_per_milestone(contract_ids)
    open_amount = PaymentMilestone.amount - func.coalesce(paid.c.paid, 0)
    unpaid = PaymentMilestone.amount > func.coalesce(paid.c.paid, 0)
    schedule = (
        select(
            PaymentMilestone.contract_id.label("contract_id"),
            func.sum(open_amount).label("outstanding"),
            func.sum(case((PaymentMilestone.due_on < today, open_amount), else_=0)).label(
                "overdue"
            ),
            func.min(
                case((unpaid & (PaymentMilestone.due_on >= today), PaymentMilestone.due_on))
            ).label("next_due"),
        )
        .outerjoin(paid, paid.c.milestone_id == PaymentMilestone.id)
        .group_by(PaymentMilestone.contract_id)
    )
    deltas = select(
        Amendment.contract_id, func.sum(Amendment.amount_delta).label("delta")
    ).group_by(Amendment.contract_id)
    received = select(Payment.contract_id, func.sum(Payment.amount).label("received")).group_by(
        Payment.contract_id
    )
    if contract_ids is not None:
        schedule = schedule.where(PaymentMilestone.contract_id.in_(contract_ids))
        deltas = deltas.where(Amendment.contract_id.in_(contract_ids))
        received = received.where(Payment.contract_id.in_(contract_ids))
    return schedule.subquery("schedule"), deltas.subquery("deltas"), received.subquery("received")


def _filtered(spec: ListQuery) -> AnySelect:
    """The contracts the list shows, with their plain columns (no money figures)."""
    query = select(
        Contract.id,
        Contract.number,
        Contract.title,
        Account.name,
        Contract.customer_class,
        Contract.signed_on,
        Contract.currency,
        Contract.status,
    ).join(Account, Contract.account_id == Account.id)
    if spec.account_id is not None:
        query = query.where(Contract.account_id == spec.account_id)
    text = spec.search.strip()
    if text:
        pattern = contains(text)
        query = query.where(
            or_(
                matches(Contract.number, pattern),
                matches(Contract.title, pattern),
                matches(Account.name, pattern),
            )
        )
    if spec.filter is ListFilter.COMPLETED:
        query = query.where(Contract.status == ContractStatus.COMPLETED)
    elif spec.filter is ListFilter.TERMINATED:
        query = query.where(Contract.status == ContractStatus.TERMINATED)
    return query


def _with_figures(
    today: date, spec: ListQuery, contract_ids: Select[int] | list[int] | None = None
) -> tuple[AnySelect, dict[SortKey, SQLColumnExpression[Any]]]:
    """The list query with the money columns, and the sort expressions."""
    schedule, deltas, received = _figures(today, contract_ids)
    total = type_coerce(Contract.amount + func.coalesce(deltas.c.delta, 0), Money)
    got = type_coerce(func.coalesce(received.c.received, 0), Money)
    outstanding = type_coerce(func.coalesce(schedule.c.outstanding, 0), Money)
    overdue = type_coerce(func.coalesce(schedule.c.overdue, 0), Money)
    query = (
        _filtered(spec)
        .add_columns(total, got, outstanding, overdue, schedule.c.next_due)
        .outerjoin(schedule, schedule.c.contract_id == Contract.id)
        .outerjoin(deltas, deltas.c.contract_id == Contract.id)
        .outerjoin(received, received.c.contract_id == Contract.id)
    )
    if spec.filter is ListFilter.OPEN:
        query = query.where(Contract.status == ContractStatus.ACTIVE, schedule.c.outstanding > 0)
    elif spec.filter is ListFilter.OVERDUE:
        query = query.where(schedule.c.overdue > 0)
    sorts = {
        SortKey.NUMBER: Contract.number,
        SortKey.TITLE: Contract.title,
        SortKey.ACCOUNT: Account.name,
        SortKey.CLASS: Contract.customer_class,
        SortKey.SIGNED: Contract.signed_on,
        SortKey.STATUS: Contract.status,
        SortKey.TOTAL: total,
        SortKey.RECEIVED: got,
        SortKey.OUTSTANDING: outstanding,
        SortKey.OVERDUE: overdue,
        SortKey.NEXT_DUE: schedule.c.next_due,
    }
    return query, sorts


def _ordering(spec: ListQuery, column: Any) -> list[Any]:
    primary = column.desc().nulls_last() if spec.descending else column.asc().nulls_last()
    tie = Contract.id.desc() if spec.descending else Contract.id.asc()
    return [primary, tie]


def _plain(spec: ListQuery) -> bool:
    return spec.sort in PLAIN_SORTS and spec.filter not in MONEY_FILTERS


def _row(row: Any) -> ContractListRow:
    (
        contract_id,
        number,
        title,
        account,
        customer_class,
        signed_on,
        currency,
        status,
        total,
        received,
        outstanding,
        overdue,
        next_due,
    ) = row
    return ContractListRow(
        contract_id,
        number,
        title,
        account,
        customer_class,
        signed_on,
        currency,
        total,
        received,
        outstanding,
        overdue,
        next_due,
        status,
    )


def contract_page(
    session: Session, today: date, spec: ListQuery, offset: int, limit: int
) -> list[ContractListRow]:
    if _plain(spec):
        _, sorts = _with_figures(today, spec)
        page = (
            _filtered(spec)
            .with_only_columns(Contract.id)
            .order_by(*_ordering(spec, sorts[spec.sort]))
            .offset(offset)
            .limit(limit)
        )
        ids = list(session.scalars(page))
        if not ids:
            return []
        query, _ = _with_figures(today, spec, ids)
        rows = {row[0]: _row(row) for row in session.execute(query.where(Contract.id.in_(ids)))}
        return [rows[i] for i in ids]
    query, sorts = _with_figures(today, spec)
    query = query.order_by(*_ordering(spec, sorts[spec.sort])).offset(offset).limit(limit)
    return [_row(row) for row in session.execute(query)]


def contract_count(session: Session, today: date, spec: ListQuery) -> int:
    query = _filtered(spec) if spec.filter not in MONEY_FILTERS else _with_figures(today, spec)[0]
    return session.scalar(select(func.count()).select_from(query.subquery())) or 0


def row_of(session: Session, today: date, spec: ListQuery, contract_id: int) -> int | None:
    """Where ``contract_id`` stands in the ordered list (0-based), None if it is not in it."""
    query, sorts = _with_figures(today, spec)
    if _plain(spec):
        query = _filtered(spec)
    numbered = query.add_columns(
        func.row_number().over(order_by=_ordering(spec, sorts[spec.sort])).label("row_number")
    ).subquery()
    found = session.scalar(select(numbered.c.row_number).where(numbered.c.id == contract_id))
    return None if found is None else found - 1


class ContractListService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def page(self, spec: ListQuery, offset: int, limit: int) -> list[ContractListRow]:
        with self._db.read() as s:
            return contract_page(s, self._clock.today(), spec, offset, limit)

    def count(self, spec: ListQuery) -> int:
        with self._db.read() as s:
            return contract_count(s, self._clock.today(), spec)

    def row_of(self, spec: ListQuery, contract_id: int) -> int | None:
        with self._db.read() as s:
            return row_of(s, self._clock.today(), spec, contract_id)
