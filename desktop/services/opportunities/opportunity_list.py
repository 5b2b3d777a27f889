"""The opportunity list, read page by page: filtering, sorting and totals happen in SQL so a
list of tens of thousands of opportunities never comes into Python at once."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    SQLColumnExpression,
    func,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import aliased
from sqlalchemy.types import Integer

from desktop.models import Account, Contact, Opportunity, Stage
from desktop.models.enums import BidDecision, ForecastCategory, OrderPriority
from desktop.models.types import CENT
from desktop.services.sql_types import AnySelect

from ..database import Database
from ..like import contains, matches
from ..search.service import names_containing
from .probability import PROBABILITY, WEIGHTED_RAW, weighted_amount

KeyPerson = aliased(Contact, name="key_person")


class SortKey(StrEnum):
    NAME = "name"
    ACCOUNT = "account"
    AMOUNT = "amount"
    DECISION_DATE = "decision_date"
    STAGE = "stage"
    PROBABILITY = "probability"
    WEIGHTED = "weighted"
    CATEGORY = "category"
    SCORE = "score"
    OWNER = "owner"
    DAYS_IN_STAGE = "days_in_stage"
    KEY_PERSON = "key_person"
    PRIORITY = "priority"


SORT_COLUMNS: dict[SortKey, SQLColumnExpression[Any]] = {
    SortKey.NAME: Opportunity.name,
    SortKey.ACCOUNT: Account.name,
    SortKey.AMOUNT: Opportunity.amount,
    SortKey.DECISION_DATE: Opportunity.expected_decision_date,
    SortKey.STAGE: Stage.position,
    SortKey.PROBABILITY: PROBABILITY,
    SortKey.WEIGHTED: WEIGHTED_RAW,
    SortKey.CATEGORY: Opportunity.forecast_category,
    SortKey.SCORE: Opportunity.score,
    SortKey.OWNER: Opportunity.owner,
    SortKey.DAYS_IN_STAGE: Opportunity.stage_entered_on,  # inverted: see INVERTED
    SortKey.KEY_PERSON: KeyPerson.name,
    SortKey.PRIORITY: Opportunity.order_priority,
}


# Fewer days in stage means a later entry date.
INVERTED = frozenset({SortKey.DAYS_IN_STAGE})
# By expected decision, closed deals (whose dates are history) come after the open ones.
OPEN_FIRST = frozenset({SortKey.DECISION_DATE})


@dataclass(frozen=True)
class OpportunityFilter:
    account_id: int | None = None
    stage_ids: frozenset[int] = frozenset()  # empty: every stage
    open_only: bool = False
    categories: frozenset[ForecastCategory] = frozenset()  # empty: every category
    decision_from: date | None = None  # expected decision date, inclusive
    decision_to: date | None = None
    text: str = ""  # name, account, key person, owner, project type


@dataclass(frozen=True)
class Sorting:
    key: SortKey = SortKey.DECISION_DATE
    descending: bool = False


@dataclass(frozen=True)
class OpportunityListRow:
    id: int
    name: str
    account: str
    amount: Decimal
    expected_decision_date: date | None
    stage_en: str
    stage_zh: str
    stage_closed: bool
    probability: int
    probability_overridden: bool
    weighted: Decimal
    forecast_category: ForecastCategory
    score: int | None
    owner: str
    stage_entered_on: date
    key_person: str
    bid_decision: BidDecision
    order_priority: OrderPriority | None = None

    def days_in_stage(self, today: date) -> int:
        return max((today - self.stage_entered_on).days, 0)


@dataclass(frozen=True)
class ListTotals:
    count: int = 0
    amount: Decimal = Decimal(0)
    weighted: Decimal = Decimal(0)


@dataclass
class OpportunityList:
    """Queries of one list: its count, its totals and any page of its rows."""

    db: Database
    filter: OpportunityFilter = field(default_factory=OpportunityFilter)
    sorting: Sorting = field(default_factory=Sorting)

    def _where(self, query: AnySelect) -> AnySelect:
        f = self.filter
        if f.account_id is not None:
            query = query.where(Opportunity.account_id == f.account_id)
        if f.stage_ids:
            query = query.where(Opportunity.stage_id.in_(sorted(f.stage_ids)))
        if f.open_only:
            query = query.where(Stage.is_closed.is_(False))
        if f.categories:
            query = query.where(Opportunity.forecast_category.in_(sorted(f.categories)))
        if f.decision_from is not None:
            query = query.where(Opportunity.expected_decision_date >= f.decision_from)
        if f.decision_to is not None:
            query = query.where(Opportunity.expected_decision_date <= f.decision_to)
        text = f.text.strip()
        if text:
            # The matching accounts and key people are found first, through their own
            # indexes; the opportunities are then read once, without a join per row.
            pattern = contains(text)
            accounts = select(Account.id).where(
                or_(
                    matches(Account.name, pattern),
                    matches(Account.short_name, pattern),
                )
            )
            query = query.where(
                or_(
                    matches(Opportunity.name, pattern),
                    matches(Opportunity.owner, pattern),
                    matches(Opportunity.project_type, pattern),
                    Opportunity.account_id.in_(accounts),
                    Opportunity.key_contact_id.in_(names_containing("contact", text)),
                )
            )
        return query

    def _joined(self, query: AnySelect) -> AnySelect:
        """``query`` with the filter and the joins it and the sorting need, and no others."""
        query = query.join(Stage, Opportunity.stage_id == Stage.id)
        needs_account = self.sorting.key is SortKey.ACCOUNT
        needs_person = self.sorting.key is SortKey.KEY_PERSON
        if needs_account:
            query = query.join(Account, Opportunity.account_id == Account.id)
        if needs_person:
            query = query.outerjoin(KeyPerson, Opportunity.key_contact_id == KeyPerson.id)
        return self._where(query)

    def count(self) -> int:
        with self.db.read() as s:
            return s.scalar(self._joined(select(func.count()).select_from(Opportunity))) or 0

    def totals(self) -> ListTotals:
        query = self._joined(
            select(
                func.count(),
                func.coalesce(func.sum(type_coerce(Opportunity.amount, Integer)), 0),
                func.coalesce(func.sum(WEIGHTED_RAW), 0),
            ).select_from(Opportunity)
        )
        with self.db.read() as s:
            count, cents, weighted = s.execute(query).one()
        return ListTotals(count, (Decimal(cents) / 100).quantize(CENT), weighted_amount(weighted))

    def _order(self) -> tuple[ColumnElement[Any], ...]:
        column = SORT_COLUMNS[self.sorting.key]
        descending = self.sorting.descending != (self.sorting.key in INVERTED)
        order = column.desc() if descending else column.asc()
        ident = Opportunity.id.desc() if self.sorting.descending else Opportunity.id.asc()
        if self.sorting.key in OPEN_FIRST:
            return Stage.is_closed.asc(), order.nulls_last(), ident
        return order.nulls_last(), ident

    def page(self, offset: int, limit: int) -> list[OpportunityListRow]:
        # Which rows: sorted on narrow index entries; then only those rows are read in full.
        chosen = (
            self._joined(select(Opportunity.id).select_from(Opportunity))
            .order_by(*self._order())
            .offset(offset)
            .limit(limit)
        )
        query = self._joined_all(
            select(
                Opportunity.id,
                Opportunity.name,
                Account.name,
                Opportunity.amount,
                Opportunity.expected_decision_date,
                Stage.name_en,
                Stage.name_zh,
                Stage.is_closed,
                PROBABILITY,
                Opportunity.probability_override.is_not(None),
                WEIGHTED_RAW,
                Opportunity.forecast_category,
                Opportunity.score,
                Opportunity.owner,
                Opportunity.stage_entered_on,
                func.coalesce(KeyPerson.name, ""),
                Opportunity.bid_decision,
                Opportunity.order_priority,
            ).select_from(Opportunity)
        )
        query = query.where(Opportunity.id.in_(chosen)).order_by(*self._order())
        with self.db.read() as s:
            return [
                OpportunityListRow(
                    id=r[0],
                    name=r[1],
                    account=r[2],
                    amount=r[3],
                    expected_decision_date=r[4],
                    stage_en=r[5],
                    stage_zh=r[6],
                    stage_closed=r[7],
                    probability=r[8],
                    probability_overridden=bool(r[9]),
                    weighted=weighted_amount(r[10]),
                    forecast_category=r[11],
                    score=r[12],
                    owner=r[13],
                    stage_entered_on=r[14],
                    key_person=r[15],
                    bid_decision=r[16],
                    order_priority=r[17],
                )
                for r in s.execute(query)
            ]

    def position_of(self, opportunity_id: int) -> int | None:
        """The row number of an opportunity in this list, or None when it is filtered out."""
        numbered = self._joined_all(
            select(
                Opportunity.id.label("oid"),
                func.row_number().over(order_by=self._order()).label("n"),
            ).select_from(Opportunity)
        ).subquery()
        with self.db.read() as s:
            found = s.scalar(select(numbered.c.n).where(numbered.c.oid == opportunity_id))
        return None if found is None else found - 1

    def _joined_all(self, query: AnySelect) -> AnySelect:
        query = (
            query.join(Stage, Opportunity.stage_id == Stage.id)
            .join(Account, Opportunity.account_id == Account.id)
            .outerjoin(KeyPerson, Opportunity.key_contact_id == KeyPerson.id)
        )
        return self._where(query)
