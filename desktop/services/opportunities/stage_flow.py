"""An opportunity's way through the stages: the current stage's exit checklist, moving to
another stage (forward past unmet criteria only on purpose, recorded as an override), and the
stage history. Closing a deal as won or lost sets its forecast category and closing date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from desktop.models import Opportunity, Stage, StageChange, StageCheck, StageCriterion
from desktop.models.enums import ForecastCategory

from .. import raw_rows
from ..changes import OPPORTUNITIES, ChangeSet
from ..database import Database
from ..messages import QT_TRANSLATE_NOOP, UserError
from ..stages import move_to_stage


@dataclass(frozen=True)
class StageInfo:
    id: int
    code: str
    name_en: str
    name_zh: str
    position: int
    probability: int
    is_closed: bool
    is_won: bool

    @property
    def is_lost(self) -> bool:
        return self.is_closed and not self.is_won


@dataclass(frozen=True)
class CheckState:
    done: bool
    done_at: datetime | None
    done_by: str


@dataclass(frozen=True)
class ChecklistItem:
    criterion_id: int
    text_en: str
    text_zh: str
    state: CheckState | None  # None: never ticked

    @property
    def done(self) -> bool:
        return self.state is not None and self.state.done


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    changed_at: datetime
    from_en: str
    from_zh: str
    to_en: str
    to_zh: str
    override: bool
    unmet: tuple[str, ...]
    note: str


@dataclass(frozen=True)
class StageView:
    current: StageInfo
    entered_on: date
    stages: tuple[StageInfo, ...]
    checklist: tuple[ChecklistItem, ...]
    history: tuple[HistoryEntry, ...]  # newest first

    def next_stage(self) -> StageInfo | None:
        later = [s for s in self.stages if s.position > self.current.position and not s.is_lost]
        return later[0] if later and not self.current.is_closed else None


@dataclass(frozen=True)
class MovePlan:
    target: StageInfo
    forward: bool
    unmet: tuple[tuple[str, str], ...]  # (English, Chinese) of every criterion skipped
    # The deal's manual probability, if it has one: the move asks whether to keep it
    # (docs/domain.md#stage-probability-and-estimated-win-chance)
    probability_override: int | None = None


@dataclass(frozen=True)
class DealState:
    """What a stage move changes on the opportunity (kept for undo and redo)."""

    stage_id: int
    stage_entered_on: date
    forecast_category: ForecastCategory
    closed_on: date | None
    win_loss_reason: str
    probability_override: int | None


@dataclass(frozen=True)
class Moved:
    changes: ChangeSet
    change_id: int
    before: DealState
    after: DealState


def _info(stage: Stage) -> StageInfo:
    return StageInfo(
        stage.id,
        stage.code,
        stage.name_en,
        stage.name_zh,
        stage.position,
        stage.probability,
        stage.is_closed,
        stage.is_won,
    )


def _state(o: Opportunity) -> DealState:
    return DealState(
        o.stage_id,
        o.stage_entered_on,
        o.forecast_category,
        o.closed_on,
        o.win_loss_reason,
        o.probability_override,
    )


def _apply(o: Opportunity, state: DealState) -> None:
    o.stage_id = state.stage_id
    o.stage_entered_on = state.stage_entered_on
    o.forecast_category = state.forecast_category
    o.closed_on = state.closed_on
    o.win_loss_reason = state.win_loss_reason
    o.probability_override = state.probability_override


class StageFlowService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def stages(self) -> list[StageInfo]:
        with self._db.read() as s:
            return [_info(stage) for stage in s.scalars(select(Stage).order_by(Stage.position))]

    def view(self, opportunity_id: int) -> StageView:
        with self._db.read() as s:
            o = s.get_one(Opportunity, opportunity_id)
            stages = {st.id: _info(st) for st in s.scalars(select(Stage).order_by(Stage.position))}
            checks = {
                c.criterion_id: CheckState(c.done, c.done_at, c.done_by)
                for c in s.scalars(select(StageCheck).where(StageCheck.opportunity_id == o.id))
            }
            criteria = s.scalars(
                select(StageCriterion)
                .where(StageCriterion.stage_id == o.stage_id)
                .order_by(StageCriterion.position)
            )
            checklist = tuple(
                ChecklistItem(c.id, c.text_en, c.text_zh, checks.get(c.id)) for c in criteria
            )
            changes = s.scalars(
                select(StageChange)
                .where(StageChange.opportunity_id == o.id)
                .order_by(StageChange.changed_at.desc(), StageChange.id.desc())
            )
            blank = StageInfo(0, "", "", "", -1, 0, False, False)
            history = tuple(
                HistoryEntry(
                    c.id,
                    c.changed_at,
                    stages.get(c.from_stage_id or 0, blank).name_en,
                    stages.get(c.from_stage_id or 0, blank).name_zh,
                    stages[c.to_stage_id].name_en,
                    stages[c.to_stage_id].name_zh,
                    c.override,
                    tuple(c.unmet_criteria or ()),
                    c.note,
                )
                for c in changes
            )
            return StageView(
                stages[o.stage_id],
                o.stage_entered_on,
                tuple(stages.values()),
                checklist,
                history,
            )

    def set_check(
        self, opportunity_id: int, criterion_id: int, state: CheckState | None
    ) -> ChangeSet:
        """Put one exit criterion in ``state``; None removes the tick entirely."""
        with self._db.session() as s:
            o = s.get_one(Opportunity, opportunity_id)
            row = s.scalars(
                select(StageCheck).where(
                    StageCheck.opportunity_id == opportunity_id,
                    StageCheck.criterion_id == criterion_id,
                )
            ).first()
            if state is None:
                if row is not None:
                    s.delete(row)
            else:
                if row is None:
                    row = StageCheck(opportunity_id=opportunity_id, criterion_id=criterion_id)
                    s.add(row)
                row.done, row.done_at, row.done_by = state.done, state.done_at, state.done_by
            return ChangeSet.of(OPPORTUNITIES, account_id=o.account_id)

    def plan_move(self, opportunity_id: int, stage_id: int) -> MovePlan:
        view = self.view(opportunity_id)
        target = next((st for st in view.stages if st.id == stage_id), None)
        if target is None:
            raise UserError(QT_TRANSLATE_NOOP("Stages", "That stage no longer exists."))
        current = view.current
        forward = target.position > current.position and not target.is_lost
        unmet: list[tuple[str, str]] = []
        if forward and not current.is_closed:
            unmet = [(i.text_en, i.text_zh) for i in view.checklist if not i.done]
            skipped = [
                st.id
                for st in view.stages
                if current.position < st.position < target.position and not st.is_closed
            ]
            unmet += self._unmet_in(opportunity_id, skipped)
        with self._db.read() as s:
            override = s.get_one(Opportunity, opportunity_id).probability_override
        return MovePlan(target, forward, tuple(unmet), override)

    def _unmet_in(self, opportunity_id: int, stage_ids: list[int]) -> list[tuple[str, str]]:
        if not stage_ids:
            return []
        with self._db.read() as s:
            done = set(
                s.scalars(
                    select(StageCheck.criterion_id).where(
                        StageCheck.opportunity_id == opportunity_id, StageCheck.done.is_(True)
                    )
                )
            )
            rows = s.execute(
                select(StageCriterion.id, StageCriterion.text_en, StageCriterion.text_zh)
                .join(Stage)
                .where(StageCriterion.stage_id.in_(stage_ids))
                .order_by(Stage.position, StageCriterion.position)
            )
            return [(en, zh) for cid, en, zh in rows if cid not in done]

    def move(
        self,
        opportunity_id: int,
        stage_id: int,
        now: datetime,
        *,
        override: bool = False,
        unmet: tuple[str, ...] = (),
        note: str = "",
        reason: str = "",
        keep_probability: bool = True,
    ) -> Moved:
        """Move to ``stage_id``; ``unmet`` lists (in the user's language) the criteria skipped
        on purpose. Won/lost set the category, the closing date and the reason.
        ``keep_probability`` False drops a manual probability: the new stage's applies."""
        with self._db.session() as s:
            o = s.get_one(Opportunity, opportunity_id)
            stage = s.get_one(Stage, stage_id)
            if stage.id == o.stage_id:
                raise UserError(
                    QT_TRANSLATE_NOOP("Stages", "The opportunity is already in that stage.")
                )
            before = _state(o)
            change = move_to_stage(s, o, stage, now, override=override, unmet=unmet, note=note)
            if not keep_probability:
                o.probability_override = None
            if stage.is_closed:
                o.forecast_category = (
                    ForecastCategory.WON if stage.is_won else ForecastCategory.LOST
                )
                o.closed_on = now.date()
                o.win_loss_reason = reason.strip() or o.win_loss_reason
            elif before.forecast_category in (ForecastCategory.WON, ForecastCategory.LOST):
                o.forecast_category = ForecastCategory.PIPELINE
                o.closed_on = None
            changes = ChangeSet.of(OPPORTUNITIES, account_id=o.account_id)
            return Moved(changes, change.id, before, _state(o))

    def undo_move(self, opportunity_id: int, moved: Moved) -> tuple[ChangeSet, raw_rows.Graph]:
        with self._db.session() as s:
            graph = raw_rows.remove(s, "stage_change", [moved.change_id])
            o = s.get_one(Opportunity, opportunity_id)
            _apply(o, moved.before)
            return ChangeSet.of(OPPORTUNITIES, account_id=o.account_id), graph

    def redo_move(self, opportunity_id: int, moved: Moved, graph: raw_rows.Graph) -> ChangeSet:
        with self._db.session() as s:
            raw_rows.put_back(s, graph)
            o = s.get_one(Opportunity, opportunity_id)
            _apply(o, moved.after)
            return ChangeSet.of(OPPORTUNITIES, account_id=o.account_id)
