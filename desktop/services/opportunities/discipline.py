"""Forecast discipline (docs/forecast-discipline.md): month-on-month pipeline growth, the
booked-but-not-delivered share, funnel conversion against the 10 → 5 → 3 → 1 rule, time in
stage, slipped decision dates, and win/loss by score band, competitor and stage reached.

Every figure is read from the records and their stage history, for a ``today`` the caller
gives; nothing here writes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    Account,
    Competitor,
    Contract,
    DeliveryLine,
    Opportunity,
    Stage,
    StageChange,
)
from desktop.models.enums import ContractStatus

from ..messages import QT_TRANSLATE_NOOP, Message
from .pipeline import month_end, month_start
from .scoring import WinChanceFormula, load_params
from .slips import SlippedDeal, slipped

GROWTH_BAND = (5, 10)  # percent a month (Cisco: at least 5 %, 10 % is good)
UNDELIVERED_MAX = 5  # percent of what was booked
FUNNEL_RULE = (100, 50, 30, 10)  # 10 potential → 5 intentional → 3 negotiating → 1 won
GROWTH_MONTHS = 6  # complete months shown
BOOKED_DAYS = 365
STUCK_FACTOR = 2  # stuck: more than twice the stage's usual time…
STUCK_DAYS = 90  # …or this long where the stage has no history yet
SCORE_BANDS = ((4, 7), (8, 10), (11, 13), (14, 16))  # evaluation points (4..16)
ZERO = Decimal("0.00")


def percent(part: Decimal | int, whole: Decimal | int) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"))


# ---- stage history -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Deal:
    id: int
    name: str
    account: str
    amount: Decimal
    stage_id: int
    entered_on: date
    closed_on: date | None
    score: int | None
    changes: tuple[tuple[date, int], ...]  # (day, stage entered), oldest first


def _stages(session: Session) -> list[Stage]:
    return list(session.scalars(select(Stage).order_by(Stage.position)))


def _deals(session: Session, owner: str | None) -> list[_Deal]:
    changes: dict[int, list[tuple[date, int]]] = defaultdict(list)
    for opportunity_id, stage_id, changed_at in session.execute(
        select(
            StageChange.opportunity_id, StageChange.to_stage_id, StageChange.changed_at
        ).order_by(StageChange.changed_at, StageChange.id)
    ):
        changes[opportunity_id].append((changed_at.date(), stage_id))
    query = select(
        Opportunity.id,
        Opportunity.name,
        Account.name,
        Opportunity.amount,
        Opportunity.stage_id,
        Opportunity.stage_entered_on,
        Opportunity.closed_on,
        Opportunity.score,
    ).join(Account, Opportunity.account_id == Account.id)
    if owner is not None:
        query = query.where(Opportunity.owner == owner)
    return [
        _Deal(*row, changes=tuple(changes.get(row[0], ())) or ((row[5], row[4]),))
        for row in session.execute(query.order_by(Opportunity.id))
    ]


def _stage_on(deal: _Deal, day: date) -> int | None:
    """The stage the deal was in at the end of ``day`` (None: not yet an opportunity)."""
    current = None
    for changed_on, stage_id in deal.changes:
        if changed_on > day:
            break
        current = stage_id
    return current


# ---- month-on-month growth -----------------------------------------------------------------


@dataclass(frozen=True)
class MonthPipeline:
    day: date  # a month's last day, or today for the running month
    amount: Decimal  # open, not weighted
    growth: Decimal | None  # percent against the previous point


@dataclass(frozen=True)
class Growth:
    points: tuple[MonthPipeline, ...]  # oldest first; the last is today
    low: int
    high: int

    @property
    def latest(self) -> MonthPipeline | None:
        """The last complete month, whose growth the band judges."""
        return self.points[-2] if len(self.points) >= 2 else None

    @property
    def percent(self) -> Decimal | None:
        latest = self.latest
        return latest.growth if latest is not None else None

    @property
    def flagged(self) -> bool:
        value = self.percent
        return value is not None and not self.low <= value <= self.high


def growth(
    session: Session, today: date, owner: str | None = None, months: int = GROWTH_MONTHS
) -> Growth:
    closed = {s.id for s in _stages(session) if s.is_closed}
    deals = _deals(session, owner)
    days = [month_end(month_start(today, -n)) for n in range(months + 1, 0, -1)] + [today]
    points: list[MonthPipeline] = []
    for day in days:
        amount = sum(
            (d.amount for d in deals if (stage := _stage_on(d, day)) and stage not in closed),
            ZERO,
        )
        previous = points[-1].amount if points else None
        change = percent(amount - previous, previous) if previous is not None else None
        points.append(MonthPipeline(day, amount, change))
    return Growth(tuple(points[1:]), *GROWTH_BAND)


# ---- booked but not delivered -----------------------------------------------------------------


@dataclass(frozen=True)
class Undelivered:
    first: date
    last: date
    booked: Decimal
    booked_count: int
    undelivered: Decimal
    undelivered_count: int
    without_plan: int  # booked contracts with no delivery line: not judged
    maximum: int

    @property
    def percent(self) -> Decimal | None:
        return percent(self.undelivered, self.booked)

    @property
    def flagged(self) -> bool:
        value = self.percent
        return value is not None and value > self.maximum


def undelivered(session: Session, today: date, owner: str | None = None) -> Undelivered:
    first = today - timedelta(days=BOOKED_DAYS - 1)
    query = select(Contract.id, Contract.amount).where(
        Contract.signed_on >= first,
        Contract.signed_on <= today,
        Contract.status != ContractStatus.TERMINATED,
    )
    if owner is not None:
        query = query.where(Contract.owner == owner)
    booked: dict[int, Decimal] = {row[0]: row[1] for row in session.execute(query)}
    planned: set[int] = set()
    late: set[int] = set()
    for contract_id, planned_on, arrived_on in session.execute(
        # The booked contracts as a subquery: a large book would bind thousands of ids.
        select(DeliveryLine.contract_id, DeliveryLine.planned_on, DeliveryLine.arrived_on).where(
            DeliveryLine.contract_id.in_(query.with_only_columns(Contract.id))
        )
    ):
        planned.add(contract_id)
        if arrived_on is None and planned_on is not None and planned_on <= today:
            late.add(contract_id)
    return Undelivered(
        first,
        today,
        sum(booked.values(), ZERO),
        len(booked),
        sum((booked[c] for c in late), ZERO),
        len(late),
        len(booked.keys() - planned),
        UNDELIVERED_MAX,
    )


# ---- funnel conversion ------------------------------------------------------------------------


@dataclass(frozen=True)
class FunnelStep:
    stage_id: int
    name_en: str
    name_zh: str
    reached: int
    share: Decimal | None  # percent of the deals that entered the funnel
    rule: Decimal  # what the 10 → 5 → 3 → 1 rule expects here, percent

    @property
    def below(self) -> bool:
        return self.share is not None and self.share < self.rule


def rule_share(index: int, steps: int) -> Decimal:
    """The rule's share at step ``index`` of ``steps``: its four points spread evenly over
    the stages from the first open one to Won, straight lines in between."""
    if steps <= 1:
        return Decimal(FUNNEL_RULE[0])
    where = Decimal(index) * (len(FUNNEL_RULE) - 1) / (steps - 1)
    low = min(int(where), len(FUNNEL_RULE) - 2)
    fraction = where - low
    value = FUNNEL_RULE[low] + (FUNNEL_RULE[low + 1] - FUNNEL_RULE[low]) * fraction
    return value.quantize(Decimal("0.1"))


def funnel(session: Session, owner: str | None = None) -> tuple[FunnelStep, ...]:
    """Of every opportunity, the share that reached each open stage and Won. Reaching a
    stage means entering it or any later open stage (a skipped stage was passed); a won deal
    reached them all; a lost one what it had reached before."""
    stages = _stages(session)
    steps = [s for s in stages if not s.is_closed] + [s for s in stages if s.is_won][:1]
    order = {s.id: n for n, s in enumerate(steps)}
    won_index = len(steps) - 1
    best: list[int] = []
    for deal in _deals(session, owner):
        indexes = [order[stage] for _day, stage in deal.changes if stage in order]
        indexes.append(order.get(deal.stage_id, 0))
        best.append(max(indexes))  # every deal entered the funnel at its first stage
    total = len(best)
    result = []
    for n, stage in enumerate(steps):
        reached = sum(1 for b in best if b >= n) if n < won_index else best.count(won_index)
        result.append(
            FunnelStep(
                stage.id,
                stage.name_en,
                stage.name_zh,
                reached,
                percent(reached, total),
                rule_share(n, len(steps)),
            )
        )
    return tuple(result)


# ---- time in stage --------------------------------------------------------------------------


@dataclass(frozen=True)
class StageTime:
    stage_id: int
    name_en: str
    name_zh: str
    open_count: int
    current_days: Decimal | None  # average days the open deals have spent in it so far
    past_days: Decimal | None  # average days deals spent in it before moving on
    past_count: int

    @property
    def limit(self) -> int:
        """Beyond this many days a deal counts as stuck here."""
        if self.past_days is None:
            return STUCK_DAYS
        return max(int(self.past_days * STUCK_FACTOR), 1)


@dataclass(frozen=True)
class StuckDeal:
    id: int
    name: str
    account: str
    name_en: str
    name_zh: str
    days: int
    limit: int


def _average(values: Sequence[int]) -> Decimal | None:
    return (Decimal(sum(values)) / len(values)).quantize(Decimal("0.1")) if values else None


def time_in_stage(
    session: Session, today: date, owner: str | None = None
) -> tuple[tuple[StageTime, ...], tuple[StuckDeal, ...]]:
    stages = [s for s in _stages(session) if not s.is_closed]
    past: dict[int, list[int]] = defaultdict(list)
    current: dict[int, list[tuple[_Deal, int]]] = defaultdict(list)
    for deal in _deals(session, owner):
        for (entered, stage_id), (left, _next) in zip(deal.changes, deal.changes[1:], strict=False):
            past[stage_id].append((left - entered).days)
        current[deal.stage_id].append((deal, (today - deal.entered_on).days))
    times = []
    stuck = []
    for stage in stages:
        here = current.get(stage.id, [])
        row = StageTime(
            stage.id,
            stage.name_en,
            stage.name_zh,
            len(here),
            _average([days for _deal, days in here]),
            _average(past.get(stage.id, [])),
            len(past.get(stage.id, [])),
        )
        times.append(row)
        stuck += [
            StuckDeal(d.id, d.name, d.account, stage.name_en, stage.name_zh, days, row.limit)
            for d, days in here
            if days > row.limit
        ]
    stuck.sort(key=lambda s: (-s.days, s.name))
    return tuple(times), tuple(stuck)


# ---- win / loss analysis --------------------------------------------------------------------


@dataclass(frozen=True)
class WinRate:
    label: Message | str  # a Message to translate, or user data (a competitor, a stage)
    closed: int
    won: int
    predicted: int | None = None  # the scorecard's average estimated win chance, percent

    @property
    def rate(self) -> Decimal | None:
        return percent(self.won, self.closed)


@dataclass(frozen=True)
class WinLossAnalysis:
    closed: int
    won: int
    by_score: tuple[WinRate, ...]
    by_competitor: tuple[WinRate, ...]
    by_stage: tuple[tuple[str, str, WinRate], ...]  # (name_en, name_zh, rate)

    @property
    def rate(self) -> Decimal | None:
        return percent(self.won, self.closed)


NOT_SCORED = QT_TRANSLATE_NOOP("Discipline", "Not scored")


def score_band_label(low: int, high: int) -> Message:
    return QT_TRANSLATE_NOOP("Discipline", "{low}–{high} points").with_(low=low, high=high)


def _by_score(deals: Sequence[tuple[_Deal, bool]], formula: WinChanceFormula) -> list[WinRate]:
    rows = []
    for low, high in SCORE_BANDS:
        band = [(d, won) for d, won in deals if d.score is not None and low <= d.score <= high]
        chances = [formula.percent(d.score) for d, _won in band if d.score is not None]
        rows.append(
            WinRate(
                score_band_label(low, high),
                len(band),
                sum(won for _d, won in band),
                round(sum(chances) / len(chances)) if chances else None,
            )
        )
    unscored = [won for d, won in deals if d.score is None]
    rows.append(WinRate(NOT_SCORED, len(unscored), sum(unscored)))
    return rows


def win_loss_analysis(session: Session, owner: str | None = None) -> WinLossAnalysis:
    """Every closed deal: the win rate by the score it had, by competitor met, and by the
    furthest open stage it reached (of the deals that got that far, the share won)."""
    stages = _stages(session)
    by_id = {s.id: s for s in stages}
    closed = [
        (d, by_id[d.stage_id].is_won) for d in _deals(session, owner) if by_id[d.stage_id].is_closed
    ]
    formula = load_params(session).formula
    names: dict[str, str] = {}
    met: dict[str, set[int]] = defaultdict(set)
    ids = {d.id for d, _won in closed}
    for opportunity_id, name in session.execute(select(Competitor.opportunity_id, Competitor.name)):
        key = " ".join(name.split()).casefold()
        if opportunity_id in ids and key:
            names.setdefault(key, " ".join(name.split()))
            met[key].add(opportunity_id)
    won_ids = {d.id for d, won in closed if won}
    by_competitor = sorted(
        (WinRate(names[key], len(deals), len(deals & won_ids)) for key, deals in met.items()),
        key=lambda r: (-r.closed, str(r.label)),
    )
    open_stages = [s for s in stages if not s.is_closed]
    reached: list[tuple[int, bool]] = []
    for deal, won in closed:
        positions = [by_id[s].position for _day, s in deal.changes if not by_id[s].is_closed]
        first = open_stages[0].position if open_stages else 0
        reached.append((max(positions, default=first) if not won else 1 << 30, won))
    by_stage = []
    for stage in open_stages:
        got_there = [won for position, won in reached if position >= stage.position]
        by_stage.append(
            (stage.name_en, stage.name_zh, WinRate(stage.name_en, len(got_there), sum(got_there)))
        )
    return WinLossAnalysis(
        len(closed),
        len(won_ids),
        tuple(_by_score(closed, formula)),
        tuple(by_competitor),
        tuple(by_stage),
    )


# ---- all of it ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Discipline:
    today: date
    growth: Growth
    undelivered: Undelivered
    funnel: tuple[FunnelStep, ...]
    stage_times: tuple[StageTime, ...]
    stuck: tuple[StuckDeal, ...]
    slipped: tuple[SlippedDeal, ...]
    win_loss: WinLossAnalysis


def discipline(session: Session, today: date, owner: str | None = None) -> Discipline:
    times, stuck = time_in_stage(session, today, owner)
    return Discipline(
        today,
        growth(session, today, owner),
        undelivered(session, today, owner),
        funnel(session, owner),
        times,
        stuck,
        slipped(session, owner),
        win_loss_analysis(session, owner),
    )
