"""Actions: what someone on our side will do, by when, about which record; closing them with an
outcome, the ones falling due, and visits logged from them (docs/actions.md). Qt-free."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from desktop.models import Account, Action, Contact, Interaction
from desktop.models.enums import ActionStatus

from . import versions
from .action_subjects import (
    AboutKind,
    ActionDraft,
    Subject,
    coverage_flag_keys,
    describe_subject,
    draft_about,
)
from .changes import ACTIONS, CONTACTS, INTERACTIONS, ChangeSet
from .clock import Clock
from .database import Database
from .messages import QT_TRANSLATE_NOOP, UserError
from .orgchart.coverage import Flag
from .orgchart.snapshot import Edit, Snapshot, Tracker, restore
from .orgchart.visits import VisitData, refresh_ratings, validate_visit
from .records import copy_to
from .settings import DEFAULT_OWNER

NO_TITLE = QT_TRANSLATE_NOOP("Actions", "Say what is to be done: the action needs a title.")
NO_ASSIGNEE = QT_TRANSLATE_NOOP(
    "Actions", "Say who will do it: an open action needs someone on our team to do it."
)
NO_OUTCOME = QT_TRANSLATE_NOOP(
    "Actions", "Say how it ended: an action is closed with its outcome, even a short one."
)
NOT_CLOSED_STATUS = QT_TRANSLATE_NOOP(
    "Actions", "Use close and reopen to finish an action or take it up again."
)
NOT_CLOSED = QT_TRANSLATE_NOOP("Actions", "This action is not closed, so it cannot be reopened.")
ALREADY_CLOSED = QT_TRANSLATE_NOOP(
    "Actions", "This action is already closed; reopen it first to change how it ended."
)
GONE = QT_TRANSLATE_NOOP("Actions", "This action no longer exists; someone may have deleted it.")
NO_PERSON = QT_TRANSLATE_NOOP(
    "Actions", "Choose the person you met: this action is not about one person."
)
CLOSED = (ActionStatus.DONE, ActionStatus.DROPPED)


@dataclass(frozen=True)
class Closing:
    """What closing an action asks: done or dropped, and the outcome."""

    done: bool = True
    outcome: str = ""


@dataclass(frozen=True)
class ActionSummary:
    """An action as lists show it."""

    id: int
    title: str
    assignee: str
    due_on: date | None
    status: ActionStatus
    account_id: int
    account: str
    about_kind: str
    about_key: str
    opportunity_id: int | None = None


@dataclass(frozen=True)
class DueActions:
    """Open actions with a due date up to ``today + days``, soonest first."""

    today: date
    days: int
    overdue: list[ActionSummary] = field(default_factory=list)
    due_today: list[ActionSummary] = field(default_factory=list)
    this_week: list[ActionSummary] = field(default_factory=list)

    def all(self) -> list[ActionSummary]:
        return self.overdue + self.due_today + self.this_week


def _clean(title: str, assignee: str, status: ActionStatus) -> tuple[str, str]:
    title, assignee = title.strip(), assignee.strip()
    if not title:
        raise UserError(NO_TITLE)
    if status is ActionStatus.OPEN and not assignee:
        raise UserError(NO_ASSIGNEE)
    return title, assignee


def default_assignee(session: Session) -> str:
    """The user's name from Settings (never the system's login name)."""
    return DEFAULT_OWNER.get(session)


def create_action(
    session: Session,
    *,
    account_id: int,
    title: str,
    assignee: str,
    due_on: date | None,
    about_kind: str,
    about_key: str,
    opportunity_id: int | None = None,
    status: ActionStatus = ActionStatus.OPEN,
    best: bool = False,
    note: str = "",
) -> Action:
    if status in CLOSED:
        raise UserError(NOT_CLOSED_STATUS)
    title, assignee = _clean(title, assignee, status)
    action = Action(
        account_id=account_id,
        opportunity_id=opportunity_id,
        title=title,
        assignee=assignee,
        due_on=due_on,
        status=status,
        best=best,
        about_kind=about_kind,
        about_key=about_key,
        note=note.strip(),
    )
    session.add(action)
    session.flush()
    return action


def _get(session: Session, action_id: int) -> Action:
    action = session.get(Action, action_id)
    if action is None:
        raise UserError(GONE)
    return action


_UNSET: object = object()


def update_action(
    session: Session,
    action_id: int,
    *,
    title: str | None = None,
    assignee: str | None = None,
    due_on: date | object | None = _UNSET,
    note: str | None = None,
    status: ActionStatus | None = None,
    best: bool | None = None,
) -> Action:
    """Change what is given; closing and reopening have functions of their own."""
    action = _get(session, action_id)
    closing_or_closed = status in CLOSED or action.status in CLOSED
    if status is not None and status != action.status and closing_or_closed:
        raise UserError(NOT_CLOSED_STATUS)
    new_status = status or action.status
    action.title, action.assignee = _clean(
        action.title if title is None else title,
        action.assignee if assignee is None else assignee,
        new_status,
    )
    action.status = new_status
    if due_on is not _UNSET:
        action.due_on = due_on  # type: ignore[assignment]  # a date or None once not _UNSET
    if note is not None:
        action.note = note.strip()
    if best is not None:
        action.best = best
    return action


def close_action(
    session: Session, action_id: int, *, done: bool, outcome: str, today: date
) -> Action:
    """Close as done or dropped; the outcome is required (docs/actions.md#rules)."""
    action = _get(session, action_id)
    if action.status in CLOSED:
        raise UserError(ALREADY_CLOSED)
    if not outcome.strip():
        raise UserError(NO_OUTCOME)
    action.status = ActionStatus.DONE if done else ActionStatus.DROPPED
    action.outcome = outcome.strip()
    action.closed_on = today
    return action


def reopen_action(session: Session, action_id: int) -> Action:
    """Open again; the old outcome stays in the change log."""
    action = _get(session, action_id)
    if action.status not in CLOSED:
        raise UserError(NOT_CLOSED)
    _clean(action.title, action.assignee, ActionStatus.OPEN)
    action.status = ActionStatus.OPEN
    action.outcome = ""
    action.closed_on = None
    return action


def _summaries(session: Session, query: Select[Action]) -> list[ActionSummary]:
    rows = session.execute(
        query.add_columns(Account.name).join(Account, Action.account_id == Account.id)
    ).all()
    return [
        ActionSummary(
            a.id,
            a.title,
            a.assignee,
            a.due_on,
            a.status,
            a.account_id,
            account,
            a.about_kind,
            a.about_key,
            a.opportunity_id,
        )
        for a, account in rows
    ]


def open_actions_about(session: Session, keys: Iterable[str]) -> dict[str, ActionSummary]:
    """For each key with an open action about it, the one falling due first: the flag, item
    or step it answers is being worked on."""
    wanted = sorted(set(keys))
    if not wanted:
        return {}
    found: dict[str, ActionSummary] = {}
    # SQLite's limit on bound parameters: ask in chunks.
    for start in range(0, len(wanted), 500):
        query = (
            select(Action)
            .where(
                Action.status == ActionStatus.OPEN,
                Action.about_key.in_(wanted[start : start + 500]),
            )
            .order_by(Action.due_on.is_(None), Action.due_on, Action.id)
        )
        for summary in _summaries(session, query):
            found.setdefault(summary.about_key, summary)
    return found


def due_by(today: date, days: int) -> tuple[Any, ...]:
    """The conditions of an open action due by ``today + days`` (overdue ones included)."""
    return (
        Action.status == ActionStatus.OPEN,
        Action.due_on.is_not(None),
        Action.due_on <= today + timedelta(days=days),
    )


def actions_due(
    session: Session, today: date, days: int = 7, account_ids: Sequence[int] | None = None
) -> DueActions:
    """Open actions overdue, due today, and due in the next ``days`` days (of the accounts
    ``account_ids`` only, if given)."""
    query = select(Action).where(*due_by(today, days)).order_by(Action.due_on, Action.id)
    if account_ids is not None:
        query = query.where(Action.account_id.in_(account_ids))
    due = DueActions(today, days)
    for summary in _summaries(session, query):
        day = summary.due_on or today
        bucket = due.overdue if day < today else due.due_today if day == today else due.this_week
        bucket.append(summary)
    return due


def subject_of(session: Session, action_id: int, language: str = "en") -> Subject:
    action = _get(session, action_id)
    return describe_subject(session, action.about_kind, action.about_key, language)


def _subject_person(session: Session, action_id: int) -> int | None:
    action = _get(session, action_id)
    return describe_subject(session, action.about_kind, action.about_key).contact_id


def log_visit_from_action(
    session: Session,
    action_id: int,
    data: VisitData,
    *,
    today: date,
    contact_id: int | None = None,
) -> Interaction:
    """Log a visit done for an action, with the person it is about (or ``contact_id``, chosen
    by the user), and link it to the action; closing it is a separate choice."""
    action = _get(session, action_id)
    if contact_id is None:
        contact_id = _subject_person(session, action_id)
    contact = session.get(Contact, contact_id) if contact_id is not None else None
    if contact is None:
        raise UserError(NO_PERSON)
    visit = Interaction(account_id=contact.account_id, contact_id=contact.id)
    copy_to(validate_visit(data, today), visit, exclude=())
    session.add(visit)
    session.flush()
    refresh_ratings(session, contact)
    action.interaction_id = visit.id
    return visit


class ActionService:
    """The views' access: each write one transaction, returned as an ``Edit`` that undo and
    redo write back exactly (``restore``)."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def _write(self, change: Callable[[Session, Tracker], tuple[int, int]], *more: str) -> Edit:
        """``change`` returns (account id, action id) after writing through the tracker."""
        with self._db.session() as s:
            tracker = Tracker(s)
            account_id, action_id = change(s, tracker)
            before, after = tracker.finish()
            return Edit(
                before, after, ChangeSet.of(ACTIONS, *more, account_id=account_id), action_id
            )

    def restore(self, snapshot: Snapshot, changes: ChangeSet) -> ChangeSet:
        """Undo (``edit.before``) or redo (``edit.after``) one of this service's edits."""
        return restore(self._db, snapshot, changes)

    def create_edit(self, **values: Any) -> Edit:
        def change(s: Session, tracker: Tracker) -> tuple[int, int]:
            tracker.watch(Action, [])
            action = create_action(s, **values)
            tracker.created(Action, [action.id])
            return action.account_id, action.id

        return self._write(change)

    def _on_one(self, action_id: int, apply: Callable[[Session], Action]) -> Edit:
        def change(s: Session, tracker: Tracker) -> tuple[int, int]:
            tracker.watch(Action, [action_id])
            return apply(s).account_id, action_id

        return self._write(change)

    def update_edit(self, action_id: int, **values: Any) -> Edit:
        return self._on_one(action_id, lambda s: update_action(s, action_id, **values))

    def read_closing(self, action_id: int) -> tuple[Closing, int]:
        """What the close dialog starts from, and the version its save checks."""
        with self._db.read() as s:
            action = _get(s, action_id)
            return Closing(action.status is not ActionStatus.DROPPED, action.outcome), (
                action.version
            )

    def close_edit(
        self, action_id: int, *, done: bool, outcome: str, read_version: int | None = None
    ) -> Edit:
        """Refused (:class:`~.versions.ChangedMeanwhile`) when the action changed since it was
        read at ``read_version``."""
        today = self._clock.today()

        def close(s: Session) -> Action:
            versions.check(s, _get(s, action_id), read_version)
            return close_action(s, action_id, done=done, outcome=outcome, today=today)

        return self._on_one(action_id, close)

    def reopen_edit(self, action_id: int) -> Edit:
        return self._on_one(action_id, lambda s: reopen_action(s, action_id))

    def log_visit_edit(
        self, action_id: int, data: VisitData, contact_id: int | None = None
    ) -> Edit:
        def change(s: Session, tracker: Tracker) -> tuple[int, int]:
            tracker.watch(Action, [action_id], ["interaction_id"])
            tracker.watch(Interaction, [])
            person = contact_id or _subject_person(s, action_id)
            if person is not None:
                tracker.watch(Contact, [person], ["closeness", "trust"])
            visit = log_visit_from_action(
                s, action_id, data, today=self._clock.today(), contact_id=contact_id
            )
            tracker.created(Interaction, [visit.id])
            return visit.account_id, action_id

        return self._write(change, INTERACTIONS, CONTACTS)

    # Without undo: (id,) changes, for callers that keep no undo stack.
    def create(self, **values: Any) -> tuple[int, ChangeSet]:
        edit = self.create_edit(**values)
        return edit.record_id or 0, edit.changes

    def update(self, action_id: int, **values: Any) -> ChangeSet:
        return self.update_edit(action_id, **values).changes

    def close(self, action_id: int, *, done: bool, outcome: str) -> ChangeSet:
        return self.close_edit(action_id, done=done, outcome=outcome).changes

    def reopen(self, action_id: int) -> ChangeSet:
        return self.reopen_edit(action_id).changes

    def log_visit(
        self, action_id: int, data: VisitData, contact_id: int | None = None
    ) -> ChangeSet:
        return self.log_visit_edit(action_id, data, contact_id).changes

    # Reading.
    def default_assignee(self) -> str:
        with self._db.read() as s:
            return default_assignee(s)

    def get(self, action_id: int) -> Action:
        """The action, detached (read its columns only)."""
        with self._db.read() as s:
            action = _get(s, action_id)
            s.expunge(action)
            return action

    def subject(self, about_kind: str, about_key: str, language: str = "en") -> Subject:
        with self._db.read() as s:
            return describe_subject(s, about_kind, about_key, language)

    def draft(self, about_kind: AboutKind, record_id: int, **proposed: Any) -> ActionDraft:
        """A new action about a record (see ``draft_about``), for the dialog to complete."""
        with self._db.read() as s:
            return draft_about(s, about_kind, record_id, **proposed)

    def open_about(self, keys: Iterable[str]) -> dict[str, ActionSummary]:
        with self._db.read() as s:
            return open_actions_about(s, keys)

    def coverage_answers(
        self, flags: list[Flag], account_id: int
    ) -> tuple[list[str], dict[str, ActionSummary]]:
        """The org chart's flags' keys, and the open action answering each one that has one."""
        with self._db.read() as s:
            keys = coverage_flag_keys(s, flags, account_id)
            return keys, open_actions_about(s, keys)

    def due(self, days: int = 7) -> DueActions:
        with self._db.read() as s:
            return actions_due(s, self._clock.today(), days)
