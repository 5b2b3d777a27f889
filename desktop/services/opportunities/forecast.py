"""What the forecast view shows, read in one go, and freezing the weekly snapshot."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .. import raw_rows
from ..changes import OPPORTUNITIES, SETTINGS, ChangeSet
from ..database import Database
from . import discipline, pipeline, snapshots
from .discipline import Discipline
from .pipeline import EVERYWHERE, CommitSummary, Coverage, MonthForecast, Scope, StageTotal
from .snapshots import CommitAccuracy, Line, LineChange, SnapshotInfo

NOW = -1  # "snapshot id" of the lines a snapshot taken now would hold


@dataclass(frozen=True)
class ForecastOverview:
    today: date
    by_stage: tuple[StageTotal, ...]
    months: tuple[MonthForecast, ...]
    coverage: Coverage
    commit: CommitSummary
    accuracy: CommitAccuracy | None
    snapshots: tuple[SnapshotInfo, ...]  # newest first
    this_week_frozen: bool


@dataclass(frozen=True)
class Refrozen:
    changes: ChangeSet
    new: raw_rows.Graph
    old: raw_rows.Graph | None  # this week's earlier snapshot, replaced


class ForecastService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def overview(self, today: date, scope: Scope = EVERYWHERE) -> ForecastOverview:
        with self._db.read() as s:
            frozen = snapshots.this_weeks(s, today, self._db.default_owner) is not None
            return ForecastOverview(
                today=today,
                by_stage=tuple(pipeline.pipeline_by_stage(s, scope)),
                months=tuple(pipeline.monthly_forecast(s, today, 12, scope)),
                coverage=pipeline.pipeline_coverage(s, today, scope),
                commit=pipeline.commit_vs_upside(s, today, scope),
                accuracy=snapshots.commit_accuracy(s, today, scope),
                snapshots=tuple(snapshots.snapshots(s)),
                this_week_frozen=frozen,
            )

    def discipline(self, today: date) -> Discipline:
        """The funnel page's figures (docs/forecast-discipline.md), for the whole book."""
        with self._db.read() as s:
            return discipline.discipline(s, today)

    def lines(self, snapshot_id: int, today: date) -> list[Line]:
        with self._db.read() as s:
            if snapshot_id == NOW:
                return snapshots.live_lines(
                    s, before_week=snapshots.week_start(today) + timedelta(weeks=1)
                )
            return snapshots.snapshot_lines(s, snapshot_id)

    def changes(self, later_id: int, earlier_id: int | None, today: date) -> list[LineChange]:
        """What changed from snapshot ``earlier_id`` to ``later_id`` (or to now: NOW)."""
        before = self.lines(earlier_id, today) if earlier_id is not None else []
        return snapshots.diff(before, self.lines(later_id, today))

    def freeze(self, today: date, now: datetime) -> Refrozen:
        owner = self._db.default_owner
        with self._db.session() as s:
            existing = snapshots.this_weeks(s, today, owner)
            old = raw_rows.remove(s, "forecast_snapshot", [existing]) if existing else None
            snapshot_id = snapshots.freeze(s, today, now, owner)
            new = raw_rows.capture(s, "forecast_snapshot", [snapshot_id])
        return Refrozen(ChangeSet.of(OPPORTUNITIES), new, old)

    def unfreeze(self, frozen: Refrozen) -> ChangeSet:
        self._swap(frozen.new, frozen.old)
        return frozen.changes

    def refreeze(self, frozen: Refrozen) -> ChangeSet:
        self._swap(frozen.old, frozen.new)
        return frozen.changes

    def _swap(self, out: raw_rows.Graph | None, back: raw_rows.Graph | None) -> None:
        with self._db.session() as s:
            if out is not None:
                raw_rows.remove(s, "forecast_snapshot", out.ids("forecast_snapshot"))
            if back is not None:
                raw_rows.put_back(s, back)

    def settings(self) -> tuple[dict[str, int], dict[str, int]]:
        with self._db.read() as s:
            return pipeline.coverage_settings(s), snapshots.accuracy_settings(s)

    def save_settings(self, coverage: dict[str, int], accuracy: dict[str, int]) -> ChangeSet:
        pipeline.validate_coverage(coverage)
        snapshots.validate_accuracy(accuracy)
        with self._db.session() as s:
            pipeline.COVERAGE.set(s, dict(coverage))
            snapshots.COMMIT_ACCURACY.set(s, dict(accuracy))
        return ChangeSet.of(SETTINGS)
