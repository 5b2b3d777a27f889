"""Pipeline and forecast figures (docs/domain.md#forecast), aggregated in SQL and returned
as plain DTOs: by stage, by owner, the 12-month forecast against the monthly targets,
pipeline coverage, commit against best case, and win/loss with reasons. Each function takes
a session, so the Excel manager summary can call them inside its own read.

Definitions (stated in the interface too):
* open: the opportunity's stage is not closed; weighted = amount x probability, where the
  probability is the opportunity's override or else its stage's.
* the forecast counts open opportunities in Commit, Best case and Pipeline (Omitted is left
  out); an open opportunity whose expected decision date has passed counts in the current
  month (and is reported as overdue); one without a date is not in any month.
* pipeline coverage = open amount (not weighted) expected to close within the next N months,
  overdue included, divided by the targets of those months; below the minimum is flagged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import ColumnElement, case, func, select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.types import Integer

from desktop.models import Account, MonthlyTarget, Opportunity, Stage
from desktop.models.enums import ForecastCategory
from desktop.models.types import CENT
from desktop.services.sql_types import AnySelect, month_of

from ..messages import QT_TRANSLATE_NOOP, UserError
from ..settings import SettingKey
from .probability import WEIGHTED_RAW, weighted_amount

COVERAGE = SettingKey(
    "opportunities.coverage",
    {"months": 3, "minimum": 150},
    check=lambda value: validate_coverage(value),
)
FORECAST_CATEGORIES = (
    ForecastCategory.COMMIT,
    ForecastCategory.BEST_CASE,
    ForecastCategory.PIPELINE,
)
AMOUNT_RAW = type_coerce(Opportunity.amount, Integer)


def yuan(cents: int | None) -> Decimal:
    return (Decimal(cents or 0) / 100).quantize(CENT)


def month_start(day: date, offset: int = 0) -> date:
    index = day.year * 12 + day.month - 1 + offset
    return date(index // 12, index % 12 + 1, 1)


def month_end(day: date) -> date:
    return date.fromordinal(month_start(day, 1).toordinal() - 1)


@dataclass(frozen=True)
class Scope:
    account_id: int | None = None
    owner: str | None = None


EVERYWHERE = Scope()


def scoped(query: AnySelect, scope: Scope) -> AnySelect:
    if scope.account_id is not None:
        query = query.where(Opportunity.account_id == scope.account_id)
    if scope.owner is not None:
        query = query.where(Opportunity.owner == scope.owner)
    return query


def _open(query: AnySelect, scope: Scope) -> AnySelect:
    query = query.select_from(Opportunity).join(Stage, Opportunity.stage_id == Stage.id)
    return scoped(query.where(Stage.is_closed.is_(False)), scope)


# ---- by stage, by owner ----------------------------------------------------------------


@dataclass(frozen=True)
class StageTotal:
    stage_id: int
    code: str
    name_en: str
    name_zh: str
    position: int
    probability: int
    count: int
    amount: Decimal
    weighted: Decimal

    @property
    def weighting_percent(self) -> int:
        """The probability the weighted amount reflects, in whole percent: the stage's own,
        or, when deals in it carry a manual probability, weighted ÷ amount (what a chart
        labelling the weighted amount must show;
        docs/domain.md#stage-probability-and-estimated-win-chance)."""
        if not self.amount:
            return self.probability
        return int((self.weighted * 100 / self.amount).quantize(Decimal(1), ROUND_HALF_UP))


def pipeline_by_stage(session: Session, scope: Scope = EVERYWHERE) -> list[StageTotal]:
    """Every open stage in order, with its open opportunities' count, amount and weighted."""
    sums = {
        stage_id: (count, cents, raw)
        for stage_id, count, cents, raw in session.execute(
            _open(
                select(
                    Opportunity.stage_id,
                    func.count(),
                    func.sum(AMOUNT_RAW),
                    func.sum(WEIGHTED_RAW),
                ),
                scope,
            ).group_by(Opportunity.stage_id)
        )
    }
    stages = session.scalars(
        select(Stage).where(Stage.is_closed.is_(False)).order_by(Stage.position)
    )
    result = []
    for stage in stages:
        count, cents, raw = sums.get(stage.id, (0, 0, 0))
        result.append(
            StageTotal(
                stage.id,
                stage.code,
                stage.name_en,
                stage.name_zh,
                stage.position,
                stage.probability,
                count,
                yuan(cents),
                weighted_amount(raw),
            )
        )
    return result


@dataclass(frozen=True)
class OwnerTotal:
    owner: str
    count: int
    amount: Decimal
    weighted: Decimal
    commit: Decimal
    best_case: Decimal


def pipeline_by_owner(session: Session, scope: Scope = EVERYWHERE) -> list[OwnerTotal]:
    def only(category: ForecastCategory) -> ColumnElement[Any]:
        return func.sum(case((Opportunity.forecast_category == category, AMOUNT_RAW), else_=0))

    rows = session.execute(
        _open(
            select(
                Opportunity.owner,
                func.count(),
                func.sum(AMOUNT_RAW),
                func.sum(WEIGHTED_RAW),
                only(ForecastCategory.COMMIT),
                only(ForecastCategory.BEST_CASE),
            ),
            scope,
        )
        .group_by(Opportunity.owner)
        .order_by(func.sum(WEIGHTED_RAW).desc())
    )
    return [
        OwnerTotal(owner, count, yuan(cents), weighted_amount(raw), yuan(commit), yuan(best))
        for owner, count, cents, raw, commit, best in rows
    ]


# ---- 12-month forecast -----------------------------------------------------------------


@dataclass(frozen=True)
class MonthForecast:
    month: date  # first day
    commit: Decimal  # weighted, per forecast category
    best_case: Decimal
    pipeline: Decimal
    overdue: Decimal  # weighted, already included above (current month only)
    won: Decimal  # closed won in the month
    target: Decimal | None

    @property
    def weighted(self) -> Decimal:
        return self.commit + self.best_case + self.pipeline


def targets_by_month(
    session: Session, first: date, last: date, scope: Scope
) -> dict[date, Decimal]:
    query = (
        select(MonthlyTarget.month, func.sum(type_coerce(MonthlyTarget.amount, Integer)))
        .where(MonthlyTarget.month >= first, MonthlyTarget.month <= last)
        .group_by(MonthlyTarget.month)
    )
    if scope.owner is not None:
        query = query.where(MonthlyTarget.owner == scope.owner)
    return {month: yuan(cents) for month, cents in session.execute(query)}


def won_by_month(session: Session, first: date, last: date, scope: Scope) -> dict[str, Decimal]:
    query = scoped(
        select(month_of(Opportunity.closed_on), func.sum(AMOUNT_RAW))
        .select_from(Opportunity)
        .join(Stage, Opportunity.stage_id == Stage.id)
        .where(
            Stage.is_won.is_(True), Opportunity.closed_on >= first, Opportunity.closed_on <= last
        )
        .group_by(month_of(Opportunity.closed_on)),
        scope,
    )
    return {key: yuan(cents) for key, cents in session.execute(query)}


def monthly_forecast(
    session: Session, today: date, months: int = 12, scope: Scope = EVERYWHERE
) -> list[MonthForecast]:
    first = month_start(today)
    last = month_end(month_start(today, months - 1))
    edd = Opportunity.expected_decision_date
    month_key = case((edd < first, first.strftime("%Y-%m")), else_=month_of(edd)).label("month")

    def weighted(category: ForecastCategory) -> ColumnElement[Any]:
        return func.sum(case((Opportunity.forecast_category == category, WEIGHTED_RAW), else_=0))

    rows = session.execute(
        _open(
            select(
                month_key,
                weighted(ForecastCategory.COMMIT),
                weighted(ForecastCategory.BEST_CASE),
                weighted(ForecastCategory.PIPELINE),
                func.sum(case((edd < first, WEIGHTED_RAW), else_=0)),
            ),
            scope,
        )
        .where(
            edd.is_not(None),
            edd <= last,
            Opportunity.forecast_category.in_(FORECAST_CATEGORIES),
        )
        .group_by(month_key)
    )
    found = {row[0]: row[1:] for row in rows}
    targets = targets_by_month(session, first, last, scope)
    won = won_by_month(session, first, last, scope)
    result = []
    for offset in range(months):
        month = month_start(today, offset)
        key = month.strftime("%Y-%m")
        commit, best, pipe, overdue = found.get(key, (0,) * 4)
        result.append(
            MonthForecast(
                month=month,
                commit=weighted_amount(commit),
                best_case=weighted_amount(best),
                pipeline=weighted_amount(pipe),
                overdue=weighted_amount(overdue),
                won=won.get(key, Decimal("0.00")),
                target=targets.get(month),
            )
        )
    return result


# ---- coverage, commit vs upside ----------------------------------------------------------


@dataclass(frozen=True)
class Coverage:
    months: int
    first: date
    last: date
    pipeline: Decimal
    target: Decimal
    minimum: int  # percent

    @property
    def percent(self) -> Decimal | None:
        if not self.target:
            return None
        return (self.pipeline * 100 / self.target).quantize(Decimal("0.1"))

    @property
    def below(self) -> bool:
        percent = self.percent
        return percent is not None and percent < self.minimum


def coverage_settings(session: Session) -> dict[str, int]:
    return {**COVERAGE.default, **COVERAGE.get(session)}


def validate_coverage(settings: dict[str, int]) -> None:
    if not 1 <= settings["months"] <= 12:
        raise UserError(QT_TRANSLATE_NOOP("Forecast", "Coverage period: 1 to 12 months."))
    if not 0 <= settings["minimum"] <= 1000:
        raise UserError(QT_TRANSLATE_NOOP("Forecast", "Minimum coverage: 0 to 1000 %."))


def pipeline_coverage(session: Session, today: date, scope: Scope = EVERYWHERE) -> Coverage:
    settings = coverage_settings(session)
    first = month_start(today)
    last = month_end(month_start(today, settings["months"] - 1))
    cents = session.scalar(
        _open(select(func.coalesce(func.sum(AMOUNT_RAW), 0)), scope).where(
            Opportunity.expected_decision_date <= last,
            Opportunity.forecast_category.in_(FORECAST_CATEGORIES),
        )
    )
    target = sum(targets_by_month(session, first, last, scope).values(), Decimal("0.00"))
    return Coverage(settings["months"], first, last, yuan(cents), target, settings["minimum"])


@dataclass(frozen=True)
class CommitSummary:
    """Commit and best case (upside, not counted in commit) of the current month, overdue
    included, and of all open dates; what was won this month; this month's target."""

    month: date
    commit: Decimal
    commit_count: int
    best_case: Decimal
    best_case_count: int
    commit_all: Decimal
    best_case_all: Decimal
    won: Decimal
    target: Decimal | None


def commit_vs_upside(session: Session, today: date, scope: Scope = EVERYWHERE) -> CommitSummary:
    first, last = month_start(today), month_end(today)
    edd = Opportunity.expected_decision_date
    this_month = edd <= last

    def pick(
        category: ForecastCategory, condition: ColumnElement[bool] | None = None
    ) -> tuple[ColumnElement[Any], ColumnElement[Any]]:
        when = Opportunity.forecast_category == category
        if condition is not None:
            when = when & condition
        return (
            func.coalesce(func.sum(case((when, AMOUNT_RAW), else_=0)), 0),
            func.coalesce(func.sum(case((when, 1), else_=0)), 0),
        )

    commit, commit_n = pick(ForecastCategory.COMMIT, this_month)
    best, best_n = pick(ForecastCategory.BEST_CASE, this_month)
    commit_all, _ = pick(ForecastCategory.COMMIT)
    best_all, _ = pick(ForecastCategory.BEST_CASE)
    row = session.execute(
        _open(select(commit, commit_n, best, best_n, commit_all, best_all), scope)
    ).one()
    won = won_by_month(session, first, last, scope).get(first.strftime("%Y-%m"), Decimal("0.00"))
    target = targets_by_month(session, first, first, scope).get(first)
    return CommitSummary(
        first, yuan(row[0]), row[1], yuan(row[2]), row[3], yuan(row[4]), yuan(row[5]), won, target
    )


# ---- win / loss ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ClosedDeal:
    id: int
    name: str
    account: str
    owner: str
    amount: Decimal
    closed_on: date | None
    won: bool
    reason: str


@dataclass(frozen=True)
class WinLoss:
    first: date
    last: date
    deals: tuple[ClosedDeal, ...]  # newest first


def win_loss(session: Session, first: date, last: date, scope: Scope = EVERYWHERE) -> WinLoss:
    query = scoped(
        select(
            Opportunity.id,
            Opportunity.name,
            Account.name,
            Opportunity.owner,
            Opportunity.amount,
            Opportunity.closed_on,
            Stage.is_won,
            Opportunity.win_loss_reason,
        )
        .select_from(Opportunity)
        .join(Stage, Opportunity.stage_id == Stage.id)
        .join(Account, Opportunity.account_id == Account.id)
        .where(
            Stage.is_closed.is_(True),
            Opportunity.closed_on >= first,
            Opportunity.closed_on <= last,
        )
        .order_by(Opportunity.closed_on.desc(), Opportunity.id.desc()),
        scope,
    )
    return WinLoss(first, last, tuple(ClosedDeal(*row) for row in session.execute(query)))
