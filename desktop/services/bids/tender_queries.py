"""The tender list's query: every tender with its checklist progress, deviations and lot
prices in one statement, ordered by deadline."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, ColumnExpressionArgument, ScalarSelect, case, func, select

from desktop.models import Account, ChecklistItem, DeviationItem, Opportunity, Tender, TenderLot
from desktop.models.enums import ChecklistStatus, Deviation, TenderResult

from ..sql_types import AnySelect
from .progress import OUTSTANDING, Progress, days_left, in_warning_window
from .tender_rows import TenderData, TenderListRow
from .warnings import TenderFacts, tender_warnings

# The figures per tender come from these tables (each has tender_id).
PerTender = type[ChecklistItem] | type[DeviationItem] | type[TenderLot]

# The leading columns of facts_query, named as TenderListRow names them.
LIST_HEAD = (
    "id",
    "uuid",
    "tender_no",
    "title",
    "account_id",
    "account",
    "opportunity_id",
    "opportunity",
)
TENDER_FIELDS = tuple(f.name for f in fields(TenderData) if f.name != "lots")


def _per_tender(
    value: ColumnElement[Any], model: PerTender, *conditions: ColumnExpressionArgument[bool]
) -> ScalarSelect[Any]:
    """A figure about the tender of the outer row, computed only for the rows returned."""
    return (
        select(value)
        .where(model.tender_id == Tender.id, *conditions)
        .correlate(Tender)
        .scalar_subquery()
    )


def _count(model: PerTender, *conditions: ColumnExpressionArgument[bool]) -> ScalarSelect[Any]:
    return _per_tender(func.count(), model, *conditions)


def _figures() -> list[ScalarSelect[Any]]:
    item, deviation = ChecklistItem, DeviationItem
    negative = deviation.deviation == Deviation.NEGATIVE
    return [
        _per_tender(func.sum(TenderLot.our_price), TenderLot),
        _count(item),
        _count(item, item.status == ChecklistStatus.DONE),
        _count(item, item.status == ChecklistStatus.NOT_APPLICABLE),
        _count(item, item.status == ChecklistStatus.PROBLEM),
        _count(item, item.required, item.status.in_(list(OUTSTANDING))),
        _count(deviation, negative),
        _count(deviation, negative, func.trim(deviation.strategy) == ""),
    ]


def facts_query() -> tuple[AnySelect, int]:
    """Tenders with everything the list and the warnings show; returns the query and the
    number of leading columns that are not facts."""
    query = (
        select(
            Tender.id,
            Tender.uuid,
            Tender.tender_no,
            Tender.title,
            Account.id,
            Account.name,
            Opportunity.id,
            Opportunity.name,
            Tender.submission_deadline,
            Tender.submitted_at,
            Tender.result,
            Opportunity.bid_decision,
            Opportunity.no_bid_reason,
            Tender.bond_amount,
            Tender.bond_due_on,
            Tender.bond_paid_on,
            Tender.bond_refund_due_on,
            Tender.bond_refunded_on,
            Tender.price_ceiling,
            *_figures(),
        )
        .join(Opportunity, Tender.opportunity_id == Opportunity.id)
        .join(Account, Opportunity.account_id == Account.id)
    )
    return query, 8


def _facts(values: Sequence[Any]) -> TenderFacts:
    (deadline, submitted, result, decision, reason, bond, due, paid, refund_due, refunded) = values[
        :10
    ]
    ceiling, our_total, total, done, na, problems, required, negative, unaddressed = values[10:]
    return TenderFacts(
        deadline,
        submitted,
        result,
        decision,
        reason,
        bond,
        due,
        paid,
        refund_due,
        refunded,
        ceiling,
        our_total,
        Progress(total, done, na, problems, required),
        negative,
        unaddressed,
    )


def list_row(row: Sequence[Any], lead: int, today: date, warn_days: int) -> TenderListRow:
    facts = _facts(tuple(row[lead:]))
    head: dict[str, Any] = dict(zip(LIST_HEAD, row[:lead], strict=True))
    return TenderListRow(
        **head,
        days_left=days_left(facts.submission_deadline, today),
        window=_window(facts, today, warn_days),
        facts=facts,
        warnings=tuple(tender_warnings(facts, today, warn_days)),
    )


def _window(facts: TenderFacts, today: date, warn_days: int) -> bool:
    return in_warning_window(
        facts.submission_deadline,
        today,
        warn_days,
        result=facts.result,
        submitted_at=facts.submitted_at,
    )


def filtered(query: AnySelect, account_id: int | None, pending_only: bool) -> AnySelect:
    if account_id is not None:
        query = query.where(Opportunity.account_id == account_id)
    if pending_only:
        query = query.where(Tender.result == TenderResult.PENDING)
    return query


def by_deadline(query: AnySelect, today: date) -> AnySelect:
    """Upcoming deadlines first (soonest first), then past ones (latest first), then none."""
    start = datetime.combine(today, datetime.min.time())
    deadline = Tender.submission_deadline
    upcoming = deadline >= start
    return query.order_by(
        case((deadline.is_(None), 2), (upcoming, 0), else_=1),
        case((upcoming, deadline)).asc(),
        deadline.desc(),
        Tender.id,
    )
