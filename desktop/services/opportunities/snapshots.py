"""The weekly commit (docs/domain.md#forecast): freeze Commit and Best case once a week,
compare last week's commit with what actually closed, and list what changed between two
snapshots (new, moved, slipped, pulled in, amount, won, lost).

A snapshot holds every open opportunity in Commit or Best case, plus every opportunity that
was in the previous snapshot's forecast, in whatever category it is now (so that the next
comparison sees what was won, lost or moved out).

Commit accuracy, for the latest snapshot of an earlier week: the period is the calendar month
of that week's Monday; "committed" is the amount of its Commit lines expected to close by the
end of that month (overdue ones included); "closed" is the amount of all opportunities won in
that month up to today. The ratio should stay within 95-110 % (settings).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from desktop.models import Account, ForecastSnapshot, Opportunity, SnapshotLine, Stage
from desktop.models.enums import ForecastCategory

from ..messages import QT_TRANSLATE_NOOP, UserError
from ..settings import SettingKey
from .pipeline import EVERYWHERE, Scope, month_end, month_start, scoped, won_by_month
from .probability import PROBABILITY

COMMIT_ACCURACY = SettingKey(
    "opportunities.commit_accuracy",
    {"low": 95, "high": 110},
    check=lambda value: validate_accuracy(value),
)
IN_FORECAST = frozenset({ForecastCategory.COMMIT, ForecastCategory.BEST_CASE})


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True)
class Line:
    uuid: str
    name: str
    account: str
    amount: Decimal
    category: ForecastCategory
    expected_decision_date: date | None
    probability: int


@dataclass(frozen=True)
class SnapshotInfo:
    id: int
    week_start: date
    taken_at: datetime
    commit: Decimal
    best_case: Decimal
    lines: int


class ChangeKind(StrEnum):
    NEW = "new"
    MOVED = "moved"  # category changed, or left the forecast
    SLIPPED = "slipped"  # later expected decision date
    PULLED_IN = "pulled_in"  # earlier expected decision date
    AMOUNT = "amount"
    WON = "won"
    LOST = "lost"


CHANGE_LABELS = {
    ChangeKind.NEW: QT_TRANSLATE_NOOP("Forecast", "New"),
    ChangeKind.MOVED: QT_TRANSLATE_NOOP("Forecast", "Moved"),
    ChangeKind.SLIPPED: QT_TRANSLATE_NOOP("Forecast", "Slipped"),
    ChangeKind.PULLED_IN: QT_TRANSLATE_NOOP("Forecast", "Pulled in"),
    ChangeKind.AMOUNT: QT_TRANSLATE_NOOP("Forecast", "Amount changed"),
    ChangeKind.WON: QT_TRANSLATE_NOOP("Forecast", "Won"),
    ChangeKind.LOST: QT_TRANSLATE_NOOP("Forecast", "Lost"),
}


@dataclass(frozen=True)
class LineChange:
    kind: ChangeKind
    name: str
    account: str
    before: Line | None
    after: Line | None


def diff(before: Sequence[Line], after: Sequence[Line]) -> list[LineChange]:
    """What changed from one set of lines to a later one, for the opportunities in the
    forecast (Commit or Best case) in either."""
    old = {line.uuid: line for line in before}
    new = {line.uuid: line for line in after}
    changes: list[LineChange] = []
    for uuid, line in new.items():
        previous = old.get(uuid)
        if line.category in IN_FORECAST and (
            previous is None or previous.category not in IN_FORECAST
        ):
            changes.append(LineChange(ChangeKind.NEW, line.name, line.account, previous, line))
    for uuid, line in old.items():
        if line.category not in IN_FORECAST:
            continue
        now = new.get(uuid)
        if now is None or now.category in (ForecastCategory.OMITTED, ForecastCategory.PIPELINE):
            kind = ChangeKind.MOVED
        elif now.category is ForecastCategory.WON:
            kind = ChangeKind.WON
        elif now.category is ForecastCategory.LOST:
            kind = ChangeKind.LOST
        else:
            kind = None
        if kind is not None:
            changes.append(LineChange(kind, line.name, line.account, line, now))
            continue
        assert now is not None
        if now.category is not line.category:
            changes.append(LineChange(ChangeKind.MOVED, now.name, now.account, line, now))
        old_date, new_date = line.expected_decision_date, now.expected_decision_date
        if old_date and new_date and new_date != old_date:
            kind = ChangeKind.SLIPPED if new_date > old_date else ChangeKind.PULLED_IN
            changes.append(LineChange(kind, now.name, now.account, line, now))
        if now.amount != line.amount:
            changes.append(LineChange(ChangeKind.AMOUNT, now.name, now.account, line, now))
    order = list(ChangeKind)
    return sorted(changes, key=lambda c: (order.index(c.kind), c.account, c.name))


# ---- reading and freezing ------------------------------------------------------------------


def snapshot_lines(session: Session, snapshot_id: int, *where: ColumnElement[bool]) -> list[Line]:
    query = (
        select(
            SnapshotLine.opportunity_uuid,
            SnapshotLine.name,
            SnapshotLine.account_name,
            SnapshotLine.amount,
            SnapshotLine.category,
            SnapshotLine.expected_decision_date,
            SnapshotLine.probability,
        )
        .where(SnapshotLine.snapshot_id == snapshot_id, *where)
        .order_by(SnapshotLine.id)
    )
    return [Line(*row) for row in session.execute(query)]


def snapshots(session: Session) -> list[SnapshotInfo]:
    """Every snapshot, newest first, with its Commit and Best case totals."""
    totals: dict[int, dict[ForecastCategory, Decimal]] = {}
    counts: dict[int, int] = {}
    for snapshot_id, category, amount, count in session.execute(
        select(
            SnapshotLine.snapshot_id,
            SnapshotLine.category,
            func.sum(SnapshotLine.amount),
            func.count(),
        ).group_by(SnapshotLine.snapshot_id, SnapshotLine.category)
    ):
        totals.setdefault(snapshot_id, {})[category] = amount
        counts[snapshot_id] = counts.get(snapshot_id, 0) + count
    zero = Decimal("0.00")
    return [
        SnapshotInfo(
            s.id,
            s.week_start,
            s.taken_at,
            totals.get(s.id, {}).get(ForecastCategory.COMMIT, zero),
            totals.get(s.id, {}).get(ForecastCategory.BEST_CASE, zero),
            counts.get(s.id, 0),
        )
        for s in session.scalars(
            select(ForecastSnapshot).order_by(
                ForecastSnapshot.week_start.desc(), ForecastSnapshot.id.desc()
            )
        )
    ]


def live_lines(
    session: Session, scope: Scope = EVERYWHERE, before_week: date | None = None
) -> list[Line]:
    """The lines a snapshot taken now would hold (see the module's docstring)."""
    previous = session.scalars(
        select(ForecastSnapshot.id)
        .where(ForecastSnapshot.week_start < (before_week or date.max))
        .order_by(ForecastSnapshot.week_start.desc())
        .limit(1)
    ).first()
    query = scoped(
        select(
            Opportunity.uuid,
            Opportunity.name,
            Account.name,
            Opportunity.amount,
            Opportunity.forecast_category,
            Opportunity.expected_decision_date,
            PROBABILITY,
        )
        .select_from(Opportunity)
        .join(Stage, Opportunity.stage_id == Stage.id)
        .join(Account, Opportunity.account_id == Account.id),
        scope,
    )
    in_forecast = (Stage.is_closed.is_(False)) & Opportunity.forecast_category.in_(
        sorted(IN_FORECAST)
    )
    if previous is not None:
        carried = select(SnapshotLine.opportunity_uuid).where(
            SnapshotLine.snapshot_id == previous,
            SnapshotLine.category.in_(sorted(IN_FORECAST)),
        )
        in_forecast = in_forecast | Opportunity.uuid.in_(carried)
    query = query.where(in_forecast)
    query = query.order_by(Opportunity.expected_decision_date, Opportunity.id)
    return [Line(*row) for row in session.execute(query)]


def freeze(session: Session, today: date, now: datetime, owner: str) -> int:
    """Freeze this week's snapshot; the caller removes one taken earlier this week first."""
    monday = week_start(today)
    lines = live_lines(session, before_week=monday)
    snapshot = ForecastSnapshot(week_start=monday, taken_at=now, owner=owner)
    session.add(snapshot)
    session.flush()
    for line in lines:
        session.add(
            SnapshotLine(
                snapshot_id=snapshot.id,
                opportunity_uuid=line.uuid,
                name=line.name,
                account_name=line.account,
                amount=line.amount,
                category=line.category,
                expected_decision_date=line.expected_decision_date,
                probability=line.probability,
                owner=owner,
            )
        )
    session.flush()
    return snapshot.id


def this_weeks(session: Session, today: date, owner: str) -> int | None:
    return session.scalar(
        select(ForecastSnapshot.id).where(
            ForecastSnapshot.owner == owner, ForecastSnapshot.week_start == week_start(today)
        )
    )


# ---- commit accuracy -------------------------------------------------------------------------


@dataclass(frozen=True)
class CommitAccuracy:
    snapshot_id: int
    week_start: date
    first: date  # the period: the month of the snapshot's week
    last: date
    committed: Decimal
    closed: Decimal
    low: int
    high: int
    period_over: bool
    lines: tuple[Line, ...]  # the commit lines counted

    @property
    def percent(self) -> Decimal | None:
        if not self.committed:
            return None
        return (self.closed * 100 / self.committed).quantize(Decimal("0.1"))

    @property
    def within(self) -> bool | None:
        percent = self.percent
        return None if percent is None else self.low <= percent <= self.high


def accuracy_settings(session: Session) -> dict[str, int]:
    return {**COMMIT_ACCURACY.default, **COMMIT_ACCURACY.get(session)}


def validate_accuracy(settings: Mapping[str, int]) -> None:
    if not 0 <= settings["low"] <= 100 <= settings["high"] <= 1000:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Forecast",
                "Commit accuracy band: the low end 0 to 100 %, the high end 100 to 1000 %.",
            )
        )


def commit_accuracy(
    session: Session, today: date, scope: Scope = EVERYWHERE
) -> CommitAccuracy | None:
    """Last week's commit against what actually closed (None without an earlier snapshot)."""
    snapshot = session.scalars(
        select(ForecastSnapshot)
        .where(ForecastSnapshot.week_start < week_start(today))
        .order_by(ForecastSnapshot.week_start.desc())
        .limit(1)
    ).first()
    if snapshot is None:
        return None
    first, last = month_start(snapshot.week_start), month_end(snapshot.week_start)
    counted = tuple(
        snapshot_lines(
            session,
            snapshot.id,
            SnapshotLine.category == ForecastCategory.COMMIT,
            SnapshotLine.expected_decision_date <= last,
        )
    )
    committed = sum((line.amount for line in counted), Decimal("0.00"))
    closed = won_by_month(session, first, min(last, today), scope).get(
        first.strftime("%Y-%m"), Decimal("0.00")
    )
    settings = accuracy_settings(session)
    return CommitAccuracy(
        snapshot.id,
        snapshot.week_start,
        first,
        last,
        committed,
        closed,
        settings["low"],
        settings["high"],
        today > last,
        counted,
    )
