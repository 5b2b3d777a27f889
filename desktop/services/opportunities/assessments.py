"""Filling in the scoring forms: each one is kept as an ``Assessment`` with its date, so scores
compare over time. The latest evaluation's total is the opportunity's ``score``; a bid / no-bid
form sets ``Opportunity.bid_decision`` and ``no_bid_reason`` (the one place other tabs read the
bid decision from)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Account, Assessment, Opportunity
from desktop.models.enums import AssessmentKind, BidDecision

from .. import raw_rows
from ..changes import ACCOUNTS, OPPORTUNITIES, SETTINGS, ChangeSet
from ..database import Database
from ..messages import QT_TRANSLATE_NOOP, Translate, UserError, english
from . import scoring
from . import scoring_forms as forms
from .leads import LEAD_TEMPERATURE
from .scoring import ScoringParams


@dataclass(frozen=True)
class AssessmentRow:
    id: int
    kind: AssessmentKind
    assessed_on: date
    total: int | None
    result: str
    comment: str
    answers: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ScoreCard:
    """Every form filled in for one opportunity (and its account's payment capacity), oldest
    first, with the parameters to explain them."""

    params: ScoringParams
    evaluations: tuple[AssessmentRow, ...]
    ten_items: tuple[AssessmentRow, ...]
    bid_decisions: tuple[AssessmentRow, ...]
    payment: tuple[AssessmentRow, ...]
    bid_decision: BidDecision
    no_bid_reason: str
    stage_probability: int

    def latest(self, kind: AssessmentKind) -> AssessmentRow | None:
        rows = {
            AssessmentKind.EVALUATION: self.evaluations,
            AssessmentKind.TEN_ITEM: self.ten_items,
            AssessmentKind.BID_DECISION: self.bid_decisions,
            AssessmentKind.PAYMENT_CAPACITY: self.payment,
        }[kind]
        return rows[-1] if rows else None


@dataclass(frozen=True)
class ScoreState:
    """What a form changes on its opportunity (kept for undo and redo)."""

    score: int | None
    bid_decision: BidDecision
    no_bid_reason: str


@dataclass(frozen=True)
class Saved:
    changes: ChangeSet
    assessment_id: int
    before: ScoreState | None  # None: an account-level form
    after: ScoreState | None


@dataclass(frozen=True)
class Deleted:
    saved: Saved  # before: the deal with the form; after: without it
    graph: raw_rows.Graph


def _rows(assessments: Iterable[Assessment]) -> tuple[AssessmentRow, ...]:
    return tuple(
        AssessmentRow(
            a.id, a.kind, a.assessed_on, a.total, a.result, a.comment, dict(a.answers or {})
        )
        for a in assessments
    )


NO_BID_REASON = QT_TRANSLATE_NOOP("Scoring", "Reason: say why we do not bid.")


def no_bid_reason(answers: Mapping[str, Any], translate: Translate = english) -> str:
    """The reason stored on the opportunity: the veto conditions that hold, then the comment."""
    result = scoring.decide_bid(answers)
    parts = [v.title.render(translate) for v in forms.VETOES if v.key in result.vetoes]
    comment = (answers.get(forms.BID_KEY) or {}).get("comment", "").strip()
    if comment:
        parts.append(comment)
    return "; ".join(parts)


class AssessmentService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def params(self) -> ScoringParams:
        with self._db.read() as s:
            return scoring.load_params(s)

    def save_params(
        self, params: ScoringParams, lead_thresholds: Mapping[str, int] | None = None
    ) -> ChangeSet:
        """Save the scoring settings (and the lead temperature thresholds) in one go."""
        with self._db.session() as s:
            scoring.save_params(s, params)
            if lead_thresholds is not None:
                LEAD_TEMPERATURE.set(s, dict(lead_thresholds))
        return ChangeSet.of(SETTINGS)

    def score_card(self, opportunity_id: int) -> ScoreCard:
        with self._db.read() as s:
            o = s.get_one(Opportunity, opportunity_id)
            ordered = (Assessment.assessed_on, Assessment.id)
            mine = s.scalars(
                select(Assessment)
                .where(Assessment.opportunity_id == opportunity_id)
                .order_by(*ordered)
            ).all()
            payment = s.scalars(
                select(Assessment)
                .where(
                    Assessment.account_id == o.account_id,
                    Assessment.opportunity_id.is_(None),
                    Assessment.kind == AssessmentKind.PAYMENT_CAPACITY,
                )
                .order_by(*ordered)
            ).all()

            def of(kind: AssessmentKind) -> tuple[AssessmentRow, ...]:
                return _rows(a for a in mine if a.kind is kind)

            return ScoreCard(
                params=scoring.load_params(s),
                evaluations=of(AssessmentKind.EVALUATION),
                ten_items=of(AssessmentKind.TEN_ITEM),
                bid_decisions=of(AssessmentKind.BID_DECISION),
                payment=_rows(payment),
                bid_decision=o.bid_decision,
                no_bid_reason=o.no_bid_reason,
                stage_probability=o.stage.probability,
            )

    def save(
        self,
        kind: AssessmentKind,
        target_id: int,
        assessed_on: date,
        answers: Mapping[str, Any],
        comment: str = "",
        *,
        translate: Translate = english,
    ) -> Saved:
        """Keep one filled-in form. ``target_id`` is the opportunity, or for a payment-capacity
        rating the account. Refuses an incomplete form, naming the first missing answer."""
        answers = {key: dict(value) for key, value in answers.items()}
        with self._db.session() as s:
            params = scoring.load_params(s)
            result = scoring.derive_result(kind, answers, params)
            if kind is AssessmentKind.PAYMENT_CAPACITY:
                account = s.get_one(Account, target_id)
                opportunity = None
                account_id = account.id
            else:
                opportunity = s.get_one(Opportunity, target_id)
                account_id = opportunity.account_id
            if kind is AssessmentKind.BID_DECISION:
                decision = scoring.decide_bid(answers)
                if not decision.bid and not no_bid_reason(answers):
                    raise UserError(NO_BID_REASON)
            assessment = Assessment(
                kind=kind,
                account_id=account_id,
                opportunity_id=opportunity.id if opportunity else None,
                assessed_on=assessed_on,
                answers=answers,
                total=scoring.total_of(kind, answers),
                result=result,
                comment=comment.strip(),
            )
            s.add(assessment)
            s.flush()
            before = after = None
            if opportunity is not None:
                before = self._state(opportunity)
                self._sync(s, opportunity, kind, translate)
                after = self._state(opportunity)
            kinds = (ACCOUNTS,) if opportunity is None else (OPPORTUNITIES,)
            return Saved(ChangeSet.of(*kinds, account_id=account_id), assessment.id, before, after)

    @staticmethod
    def _state(o: Opportunity) -> ScoreState:
        return ScoreState(o.score, o.bid_decision, o.no_bid_reason)

    @staticmethod
    def _sync(s: Session, o: Opportunity, kind: AssessmentKind, translate: Translate) -> None:
        """The score follows the latest evaluation, the bid decision the latest bid form."""
        ordered = (Assessment.assessed_on.desc(), Assessment.id.desc())
        if kind is AssessmentKind.EVALUATION:
            o.score = s.scalar(
                select(Assessment.total)
                .where(
                    Assessment.opportunity_id == o.id,
                    Assessment.kind == AssessmentKind.EVALUATION,
                )
                .order_by(*ordered)
                .limit(1)
            )
        elif kind is AssessmentKind.BID_DECISION:
            latest = s.scalars(
                select(Assessment)
                .where(
                    Assessment.opportunity_id == o.id,
                    Assessment.kind == AssessmentKind.BID_DECISION,
                )
                .order_by(*ordered)
                .limit(1)
            ).first()
            if latest is None:
                o.bid_decision, o.no_bid_reason = BidDecision.UNDECIDED, ""
            elif scoring.decide_bid(latest.answers).bid:
                o.bid_decision, o.no_bid_reason = BidDecision.BID, ""
            else:
                o.bid_decision = BidDecision.NO_BID
                o.no_bid_reason = no_bid_reason(latest.answers, translate)

    def unsave(self, saved: Saved) -> tuple[ChangeSet, raw_rows.Graph]:
        """Undo ``save``: remove the form and put the opportunity back as it was."""
        return saved.changes, self._remove_with(saved.assessment_id, saved.before)

    def resave(self, saved: Saved, graph: raw_rows.Graph) -> ChangeSet:
        self._restore_with(graph, saved.after)
        return saved.changes

    def delete(self, assessment_id: int, *, translate: Translate = english) -> Deleted:
        """Delete a form filled in by mistake; the opportunity follows its remaining forms."""
        with self._db.session() as s:
            form = s.get_one(Assessment, assessment_id)
            kind, account_id, opportunity_id = form.kind, form.account_id, form.opportunity_id
            opportunity = s.get(Opportunity, opportunity_id) if opportunity_id else None
            before = self._state(opportunity) if opportunity else None
            graph = raw_rows.remove(s, "assessment", [assessment_id])
            after = None
            if opportunity_id:
                opportunity = s.get_one(Opportunity, opportunity_id)
                self._sync(s, opportunity, kind, translate)
                after = self._state(opportunity)
            kinds = (ACCOUNTS,) if opportunity_id is None else (OPPORTUNITIES,)
            changes = ChangeSet.of(*kinds, account_id=account_id)
            return Deleted(Saved(changes, assessment_id, before, after), graph)

    def undelete(self, deleted: Deleted) -> ChangeSet:
        self._restore_with(deleted.graph, deleted.saved.before)
        return deleted.saved.changes

    def redelete(self, deleted: Deleted) -> ChangeSet:
        self._remove_with(deleted.saved.assessment_id, deleted.saved.after)
        return deleted.saved.changes

    def _remove_with(self, assessment_id: int, state: ScoreState | None) -> raw_rows.Graph:
        with self._db.session() as s:
            graph = raw_rows.remove(s, "assessment", [assessment_id])
            self._put(s, graph, state)
        return graph

    def _restore_with(self, graph: raw_rows.Graph, state: ScoreState | None) -> None:
        with self._db.session() as s:
            raw_rows.put_back(s, graph)
            self._put(s, graph, state)

    @staticmethod
    def _put(s: Session, graph: raw_rows.Graph, state: ScoreState | None) -> None:
        if state is None:
            return
        o = s.get_one(Opportunity, graph.root()["opportunity_id"])
        o.score, o.bid_decision, o.no_bid_reason = (
            state.score,
            state.bid_decision,
            state.no_bid_reason,
        )
