"""Editing the stage list (names in both languages, probabilities, exit criteria) as a
setting. The closed stages Won and Lost always exist and come last; open stages can be added,
reordered and removed while no opportunity is in them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import Opportunity, Stage, StageChange, StageCriterion

from .. import versions
from ..changes import OPPORTUNITIES, SETTINGS, ChangeSet
from ..database import Database
from ..messages import QT_TRANSLATE_NOOP, Message, UserError


@dataclass(frozen=True)
class CriterionEdit:
    id: int | None
    text_en: str
    text_zh: str


@dataclass(frozen=True)
class StageEdit:
    id: int | None  # None: a new stage
    name_en: str
    name_zh: str
    probability: int
    is_closed: bool = False
    is_won: bool = False
    criteria: tuple[CriterionEdit, ...] = field(default_factory=tuple)
    code: str = ""
    opportunities: int = 0  # how many are in it now (read only)
    # the stage's with its criteria (versions.with_parts), read with it; None: not checked
    version: int | None = field(default=None, compare=False)


def _error(message: Message, **params: object) -> UserError:
    return UserError(message.with_(**params))


def _validate(stages: Sequence[StageEdit]) -> None:
    if not any(not s.is_closed for s in stages):
        raise _error(QT_TRANSLATE_NOOP("Stages", "The stage list needs at least one open stage."))
    for number, stage in enumerate(stages, 1):
        name = stage.name_en.strip() or stage.name_zh.strip() or str(number)
        if not stage.name_en.strip() or not stage.name_zh.strip():
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Stages", "Stage {number}: give its name in English and in Chinese."
                ),
                number=number,
            )
        if not 0 <= stage.probability <= 100:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Stages", "Stage “{name}”: the stage probability must be 0 to 100 %."
                ),
                name=name,
            )
        for criterion in stage.criteria:
            if not criterion.text_en.strip() and not criterion.text_zh.strip():
                raise _error(
                    QT_TRANSLATE_NOOP("Stages", "Stage “{name}”: an exit criterion has no text."),
                    name=name,
                )


def _new_code(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")[:30] or "stage"
    code, n = base, 2
    while code in taken:
        code, n = f"{base}_{n}", n + 1
    return code


class StageListService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def stage_list(self) -> list[StageEdit]:
        with self._db.read() as s:
            rows = s.execute(
                select(Opportunity.stage_id, func.count()).group_by(Opportunity.stage_id)
            )
            counts = {stage_id: count for stage_id, count in rows}
            return [
                StageEdit(
                    stage.id,
                    stage.name_en,
                    stage.name_zh,
                    stage.probability,
                    stage.is_closed,
                    stage.is_won,
                    tuple(CriterionEdit(c.id, c.text_en, c.text_zh) for c in stage.criteria),
                    stage.code,
                    counts.get(stage.id, 0),
                    versions.with_parts(stage, stage.criteria),
                )
                for stage in s.scalars(select(Stage).order_by(Stage.position))
            ]

    def save(self, stages: Sequence[StageEdit], shown: Sequence[StageEdit] = ()) -> ChangeSet:
        """Write the whole list in one transaction; closed stages keep their place at the end.
        ``shown``: the list as the form read it; a stage the user left as it was keeps what
        is stored, one the user changed is refused when someone changed it meanwhile; a stage
        someone added meanwhile is kept, one someone removed stays removed, and the stored
        order is kept unless the user reordered (docs/team-server.md#versions)."""
        _validate(stages)
        untouched = {edit.id for edit in stages if edit in shown and edit.id is not None}
        with self._db.session() as s:
            existing = {stage.id: stage for stage in s.scalars(select(Stage))}
            kept = {edit.id for edit in stages if edit.id is not None}
            closed_before = {sid for sid, st in existing.items() if st.is_closed}
            if not closed_before <= kept:
                raise _error(
                    QT_TRANSLATE_NOOP("Stages", "The Won and Lost stages cannot be removed.")
                )
            as_read = {edit.id: edit for edit in shown}
            for stage_id in set(existing) - kept:
                if not shown or stage_id in as_read:  # not one someone else added meanwhile
                    self._remove(s, existing.pop(stage_id))
            gone = [edit for edit in stages if edit.id is not None and edit.id not in existing]
            if any(edit.id not in untouched for edit in gone):  # changed, but removed meanwhile
                raise versions.ChangedMeanwhile()
            mine = [edit for edit in stages if edit.id is None or edit.id in existing]
            taken = {st.code for st in existing.values()}
            edits = {edit.id: edit for edit in mine if edit.id is not None}
            for position, key in enumerate(_order(s, mine, as_read, existing)):
                if isinstance(key, StageEdit):
                    edit = key
                    stage = Stage(
                        code=_new_code(edit.name_en, taken), is_closed=False, is_won=False
                    )
                    taken.add(stage.code)
                    s.add(stage)
                else:
                    stage = existing[key]
                    if key not in edits or key in untouched:  # added meanwhile, or as read
                        stage.position = position
                        continue
                    edit = edits[key]
                    read = as_read.get(key)
                    if read is None or _content(read) != _content(stage):  # not only moved
                        versions.check(s, stage, edit.version, stage.criteria)
                stage.name_en = edit.name_en.strip()
                stage.name_zh = edit.name_zh.strip()
                stage.probability = edit.probability
                stage.position = position
                s.flush()
                self._criteria(s, stage, edit.criteria)
        return ChangeSet.of(SETTINGS, OPPORTUNITIES)

    @staticmethod
    def _remove(s: Session, stage: Stage) -> None:
        used = s.scalar(
            select(func.count()).select_from(Opportunity).where(Opportunity.stage_id == stage.id)
        )
        if used:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Stages", "Stage “{name}” still holds {count} opportunities: move them first."
                ),
                name=stage.name_en,
                count=used,
            )
        in_history = s.scalar(
            select(func.count()).select_from(StageChange).where(StageChange.to_stage_id == stage.id)
        )
        if in_history:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Stages",
                    "Stage “{name}” appears in the stage history of {count} opportunities "
                    "and cannot be removed; rename it instead.",
                ),
                name=stage.name_en,
                count=in_history,
            )
        s.delete(stage)
        s.flush()

    @staticmethod
    def _criteria(s: Session, stage: Stage, edits: Sequence[CriterionEdit]) -> None:
        current = {c.id: c for c in stage.criteria}
        kept = {e.id for e in edits if e.id is not None}
        for criterion_id in set(current) - kept:
            s.delete(current[criterion_id])
        for position, edit in enumerate(edits):
            criterion = current.get(edit.id) if edit.id is not None else None
            if criterion is None:
                criterion = StageCriterion(stage_id=stage.id)
                s.add(criterion)
            criterion.position = position
            criterion.text_en = edit.text_en.strip() or edit.text_zh.strip()
            criterion.text_zh = edit.text_zh.strip() or edit.text_en.strip()
        s.flush()
        s.refresh(stage)


def _order(
    s: Session,
    mine: list[StageEdit],
    as_read: dict[int | None, StageEdit],
    stored: dict[int, Stage],
) -> list[int | StageEdit]:
    """The order to store, as stage ids and new stages, closed stages last. Without the list
    as read (``as_read``, in its order; a script gives none), the user's. Otherwise the stored
    order when the user kept the order read, with the user's new stages after the stage before
    them in the user's list; the user's order when the user reordered, refused when someone
    reordered meanwhile too."""
    keys: list[int | StageEdit] = [edit.id if edit.id is not None else edit for edit in mine]
    if as_read:
        ids = [key for key in keys if isinstance(key, int)]
        listed = set(ids)
        read_order = [stage_id for stage_id in as_read if stage_id in listed]
        now = sorted(stored, key=lambda stage_id: stored[stage_id].position)
        if ids == read_order:  # not reordered: the stored order, new stages where the user put them
            order: list[int | StageEdit] = list(now)
            after: int | StageEdit | None = None
            for key in keys:
                if isinstance(key, StageEdit):
                    order.insert(0 if after is None else _index(order, after) + 1, key)
                after = key
            keys = order
        else:
            if [stage_id for stage_id in now if stage_id in listed] != read_order:
                moved = [
                    stored[i]
                    for i in ids
                    if versions.with_parts(stored[i], stored[i].criteria) != as_read[i].version
                ]
                if not moved:
                    raise versions.ChangedMeanwhile()
                raise versions.refusal(s, *(stage.uuid for stage in moved))
            keys += [stage_id for stage_id in now if stage_id not in listed]
    return sorted(keys, key=lambda key: isinstance(key, int) and stored[key].is_closed)


def _content(stage: Stage | StageEdit) -> tuple[object, ...]:
    """What a stage says, apart from its place: a colleague's reorder changes its version, and
    must not refuse the user's new name for it."""
    criteria = tuple((c.id, c.text_en, c.text_zh) for c in stage.criteria)
    return stage.name_en, stage.name_zh, stage.probability, criteria


def _index(order: list[int | StageEdit], key: int | StageEdit) -> int:
    """Where ``key`` is: a new stage by identity (two may be alike), a stage by its id."""
    if isinstance(key, StageEdit):
        return next(n for n, other in enumerate(order) if other is key)
    return order.index(key)
