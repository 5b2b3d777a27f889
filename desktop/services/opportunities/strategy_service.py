"""Editing the deal strategy sheet (docs/strategy.md): objective, buying influences, own notes,
possible and best actions. Qt-free; each edit is one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import Action, DecisionGroupMember, Opportunity, StrategyNote
from desktop.models.enums import ActionStatus, BuyingMode, InfluenceDegree, StrategyNoteKind

from .. import raw_rows, versions
from ..action_subjects import AboutKind
from ..actions import create_action, update_action
from ..changes import ACTIONS, OPPORTUNITIES, ChangeSet
from ..clock import Clock
from ..database import Database
from ..messages import QT_TRANSLATE_NOOP, Message, UserError
from .leads import Created
from .strategy import StrategySheet, strategy_sheet


@dataclass(frozen=True)
class ObjectiveData:
    text: str
    amount: Decimal | None  # None: the deal's amount
    by: date | None  # None: the expected decision date


@dataclass(frozen=True)
class NoteData:
    """An own strength's or red flag's text, as its dialog edits it."""

    text: str


@dataclass(frozen=True)
class InfluenceData:
    degree: InfluenceDegree | None
    mode: BuyingMode | None
    win_result: str


@dataclass(frozen=True)
class ScheduleData:
    """Who does a possible action and by when: scheduled, it becomes an open action."""

    assignee: str
    due_on: date | None


def _error(text: Message) -> UserError:
    return UserError(text)


NO_TEXT = QT_TRANSLATE_NOOP("Strategy", "Write the strength or red flag: the text is empty.")
NEGATIVE = QT_TRANSLATE_NOOP(
    "Strategy", "The objective's amount cannot be negative: enter 0 or more, or leave it empty."
)
NOT_POSSIBLE = QT_TRANSLATE_NOOP(
    "Strategy", "Only a possible action can be scheduled: this one is already open or closed."
)
NO_DUE = QT_TRANSLATE_NOOP("Strategy", "Give the action a due date to schedule it.")


def _changes(account_id: int) -> ChangeSet:
    # The reminders list open actions: they refresh too.
    return ChangeSet.of(OPPORTUNITIES, ACTIONS, account_id=account_id)


class StrategyService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def sheet(self, opportunity_id: int, language: str = "en") -> StrategySheet:
        with self._db.read() as s:
            return strategy_sheet(s, opportunity_id, self._clock.today(), language)

    def exists(self, opportunity_id: int) -> bool:
        with self._db.read() as s:
            return s.get(Opportunity, opportunity_id) is not None

    @staticmethod
    def _changes(s: Session, opportunity_id: int) -> ChangeSet:
        return _changes(s.get_one(Opportunity, opportunity_id).account_id)

    # Each form's read gives the version its save checks (docs/team-server.md#versions).
    def read_objective(self, opportunity_id: int) -> tuple[ObjectiveData, int]:
        with self._db.read() as s:
            o = s.get_one(Opportunity, opportunity_id)
            return ObjectiveData(o.sales_objective, o.objective_amount, o.objective_by), o.version

    def set_objective(
        self, opportunity_id: int, data: ObjectiveData, read_version: int | None = None
    ) -> ChangeSet:
        if data.amount is not None and data.amount < 0:
            raise _error(NEGATIVE)
        with self._db.session() as s:
            o = s.get_one(Opportunity, opportunity_id)
            versions.check(s, o, read_version)
            o.sales_objective = data.text.strip()
            o.objective_amount, o.objective_by = data.amount, data.by
            return self._changes(s, opportunity_id)

    def read_influence(self, member_id: int) -> tuple[InfluenceData, int]:
        with self._db.read() as s:
            m = s.get_one(DecisionGroupMember, member_id)
            return InfluenceData(m.influence_degree, m.mode, m.win_result), m.version

    def set_influence(
        self, member_id: int, data: InfluenceData, read_version: int | None = None
    ) -> ChangeSet:
        with self._db.session() as s:
            m = s.get_one(DecisionGroupMember, member_id)
            versions.check(s, m, read_version)
            m.influence_degree, m.mode = data.degree, data.mode
            m.win_result = data.win_result.strip()
            return self._changes(s, m.opportunity_id)

    def add_note(self, opportunity_id: int, kind: StrategyNoteKind, text: str) -> Created:
        if not text.strip():
            raise _error(NO_TEXT)
        with self._db.session() as s:
            position = s.scalar(
                select(func.coalesce(func.max(StrategyNote.position), -1) + 1).where(
                    StrategyNote.opportunity_id == opportunity_id
                )
            )
            note = StrategyNote(
                opportunity_id=opportunity_id, kind=kind, text=text.strip(), position=position
            )
            s.add(note)
            s.flush()
            return Created(self._changes(s, opportunity_id), note.id)

    def read_note(self, note_id: int) -> tuple[NoteData, int]:
        """The note's text and the version it was read at (for :meth:`edit_note`)."""
        with self._db.read() as s:
            note = s.get_one(StrategyNote, note_id)
            return NoteData(note.text), note.version

    def edit_note(self, note_id: int, text: str, read_version: int | None = None) -> ChangeSet:
        """Refused (:class:`~..versions.ChangedMeanwhile`) when the note changed since it was
        read at ``read_version``."""
        if not text.strip():
            raise _error(NO_TEXT)
        with self._db.session() as s:
            note = s.get_one(StrategyNote, note_id)
            versions.check(s, note, read_version)
            note.text = text.strip()
            return self._changes(s, note.opportunity_id)

    def remove(self, table: str, record_id: int) -> tuple[ChangeSet, raw_rows.Graph]:
        """Remove an own note (``strategy_note``) or a possible action (``action``)."""
        with self._db.session() as s:
            if table == "strategy_note":
                opportunity_id = s.get_one(StrategyNote, record_id).opportunity_id
            else:
                opportunity_id = s.get_one(Action, record_id).opportunity_id or 0
            changes = self._changes(s, opportunity_id)
            return changes, raw_rows.remove(s, table, [record_id])

    def restore(self, graph: raw_rows.Graph) -> ChangeSet:
        """Put back a removed note or action (undo)."""
        with self._db.session() as s:
            raw_rows.put_back(s, graph)
        return ChangeSet.of(OPPORTUNITIES, ACTIONS)

    def add_possible_action(self, opportunity_id: int, title: str, best: bool = False) -> Created:
        with self._db.session() as s:
            o = s.get_one(Opportunity, opportunity_id)
            action = create_action(
                s,
                account_id=o.account_id,
                opportunity_id=o.id,
                title=title,
                assignee="",
                due_on=None,
                about_kind=AboutKind.OPPORTUNITY,
                about_key=o.uuid,
                status=ActionStatus.POSSIBLE,
                best=best,
            )
            return Created(self._changes(s, o.id), action.id)

    def set_best(self, action_id: int, best: bool) -> ChangeSet:
        with self._db.session() as s:
            action = update_action(s, action_id, best=best)
            return _changes(action.account_id)

    def read_schedule(self, action_id: int) -> tuple[ScheduleData, int]:
        with self._db.read() as s:
            action = s.get_one(Action, action_id)
            return ScheduleData(action.assignee, action.due_on), action.version

    def schedule(
        self,
        action_id: int,
        assignee: str,
        due_on: date | None,
        read_version: int | None = None,
    ) -> ChangeSet:
        """A possible action given an owner and a due date becomes an open action, in the
        reminders."""
        if due_on is None:
            raise _error(NO_DUE)
        with self._db.session() as s:
            action = s.get_one(Action, action_id)
            versions.check(s, action, read_version)
            if action.status is not ActionStatus.POSSIBLE:
                raise _error(NOT_POSSIBLE)
            action = update_action(
                s, action_id, assignee=assignee, due_on=due_on, status=ActionStatus.OPEN
            )
            return _changes(action.account_id)
