"""The deal strategy sheet of one opportunity (docs/strategy.md): the single sales objective,
the buying influences, strengths and red flags (drawn automatically, plus the user's own) and
the possible and best actions. Qt-free; each edit is one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    Account,
    Action,
    Assessment,
    Competitor,
    Contact,
    DecisionGroupMember,
    Opportunity,
    StageCheck,
    StageCriterion,
    StrategyNote,
)
from desktop.models.enums import (
    ActionStatus,
    AssessmentKind,
    BidDecision,
    BuyingMode,
    InfluenceDegree,
    Role,
    Stance,
    StrategyNoteKind,
)

from ..action_subjects import AboutKind, coverage_flag_keys, criterion_key, red_flag_key
from ..actions import ActionSummary, open_actions_about
from ..labels import LABELS, localized
from ..messages import QT_TRANSLATE_NOOP, Message, Translate, english
from ..orgchart import coverage
from ..orgchart.chart import Person, load_chart
from . import scoring
from . import scoring_forms as forms

# A competitor expecting at least this share of the order is a red flag.
LARGE_SHARE = 30
# An evaluation criterion rated at most this (of 4) is a red flag; rated 4, a strength.
WEAK_RATING = 2


class BuyingRole(StrEnum):
    """The part a person plays in this deal (docs/strategy.md#buying-influences)."""

    ECONOMIC = "economic"
    USER = "user"
    TECHNICAL = "technical"
    COACH = "coach"


BUYING_ROLE_OF: dict[Role, BuyingRole] = {
    Role.KEY_DECISION_MAKER: BuyingRole.ECONOMIC,
    Role.COACH: BuyingRole.COACH,
    Role.BUSINESS_GATEKEEPER: BuyingRole.USER,
    Role.USER: BuyingRole.USER,
    Role.PROJECT_LEAD: BuyingRole.USER,
    Role.TECHNICAL_GATEKEEPER: BuyingRole.TECHNICAL,
    Role.PURCHASER: BuyingRole.TECHNICAL,
    Role.INFLUENCER: BuyingRole.TECHNICAL,
}
# A person with several roles sits in the group of the weightiest one.
_ROLE_WEIGHT = (BuyingRole.ECONOMIC, BuyingRole.COACH, BuyingRole.TECHNICAL, BuyingRole.USER)

BUYING_ROLE_LABELS = {
    BuyingRole.ECONOMIC: QT_TRANSLATE_NOOP("Strategy", "Economic buyer"),
    BuyingRole.USER: QT_TRANSLATE_NOOP("Strategy", "User buyers"),
    BuyingRole.TECHNICAL: QT_TRANSLATE_NOOP("Strategy", "Technical buyers"),
    BuyingRole.COACH: QT_TRANSLATE_NOOP("Strategy", "Coach"),
}
EMPTY_GROUP = {
    BuyingRole.ECONOMIC: QT_TRANSLATE_NOOP(
        "Strategy", "No economic buyer: find out who gives the final yes and controls the money."
    ),
    BuyingRole.USER: QT_TRANSLATE_NOOP(
        "Strategy", "No user buyer: nobody who will use the system judges our offer yet."
    ),
    BuyingRole.TECHNICAL: QT_TRANSLATE_NOOP(
        "Strategy", "No technical buyer: nobody screens the offers against the specification yet."
    ),
    BuyingRole.COACH: QT_TRANSLATE_NOOP(
        "Strategy", "No coach: nobody guides us through this deal from inside."
    ),
}


class Source(StrEnum):
    """Where a strength or red flag comes from."""

    ORG_CHART = "org_chart"
    INFLUENCES = "influences"
    SCORECARD = "scorecard"
    STAGE = "stage"
    COMPETITORS = "competitors"
    OWN = "own"


SOURCE_LABELS = {
    Source.ORG_CHART: QT_TRANSLATE_NOOP("Strategy", "org chart"),
    Source.INFLUENCES: QT_TRANSLATE_NOOP("Strategy", "buying influences"),
    Source.SCORECARD: QT_TRANSLATE_NOOP("Strategy", "score card"),
    Source.STAGE: QT_TRANSLATE_NOOP("Strategy", "stage"),
    Source.COMPETITORS: QT_TRANSLATE_NOOP("Strategy", "competitors"),
    Source.OWN: QT_TRANSLATE_NOOP("Strategy", "own note"),
}

_M = {
    "mode_closed": QT_TRANSLATE_NOOP(
        "Strategy",
        "{name} is in {mode} mode: sees no reason to change, so is unlikely to order now.",
    ),
    "mode_open": QT_TRANSLATE_NOOP(
        "Strategy", "{name} is in {mode} mode: open to a change we propose."
    ),
    "opposed": QT_TRANSLATE_NOOP(
        "Strategy", "{name} ({part}) is against us ({stance}): plan how to answer them."
    ),
    "economic_not_met": QT_TRANSLATE_NOOP(
        "Strategy", "Nobody has met {name}, the economic buyer of this deal."
    ),
    "economic_supports": QT_TRANSLATE_NOOP(
        "Strategy", "{name}, the economic buyer, supports us ({stance})."
    ),
    "coach_trusted": QT_TRANSLATE_NOOP(
        "Strategy", "{name} coaches us and trusts us {trust} out of 5."
    ),
    "weak_criterion": QT_TRANSLATE_NOOP(
        "Strategy", "Evaluation: “{criterion}” rated only {rating} of 4 ({level})."
    ),
    "strong_criterion": QT_TRANSLATE_NOOP(
        "Strategy", "Evaluation: “{criterion}” rated 4 of 4 ({level})."
    ),
    "ten_item_doubt": QT_TRANSLATE_NOOP(
        "Strategy", "Ten-item check: “{question}” answered {verdict}."
    ),
    "ten_item_yes": QT_TRANSLATE_NOOP("Strategy", "Ten-item check: “{question}” answered yes."),
    "no_bid": QT_TRANSLATE_NOOP("Strategy", "The bid decision is no bid: {reason}"),
    "unmet": QT_TRANSLATE_NOOP("Strategy", "Exit criterion of the stage not met: {criterion}"),
    "all_met": QT_TRANSLATE_NOOP("Strategy", "Every exit criterion of the stage is met."),
    "competitor": QT_TRANSLATE_NOOP(
        "Strategy", "{name} expects {share} % of the order: {strengths}"
    ),
}


@dataclass(frozen=True)
class SheetFlag:
    """A strength or red flag. ``key`` is stable for an automatic one (docs/actions.md); an
    own note's key is its uuid and ``note_id`` its id; an unmet stage criterion is answered
    as a stage criterion."""

    key: str
    source: Source
    message: Message | None  # None: an own note, shown as written
    red: bool
    note_id: int | None = None
    note: str = ""
    about_kind: str = AboutKind.RED_FLAG  # what an action answering it is about
    answer: ActionSummary | None = None  # the open action answering it: being worked on

    def text(self, translate: Translate = english) -> str:
        return self.note if self.message is None else self.message.render(translate)


@dataclass(frozen=True)
class Influence:
    member_id: int
    contact_id: int
    name: str
    title: str
    buying_role: BuyingRole
    roles: tuple[Role, ...]
    role_overridden: bool
    stance: Stance | None
    stance_overridden: bool
    degree: InfluenceDegree | None
    mode: BuyingMode | None
    win_result: str
    last_met: date | None
    version: int | None = None  # the member's, for the save to check (docs/team-server.md#versions)


@dataclass(frozen=True)
class Objective:
    text: str
    amount: Decimal
    amount_is_deal: bool  # the objective's amount is empty: the deal's amount is shown
    by: date | None
    by_is_decision: bool  # the objective's date is empty: the expected decision date is shown
    currency: str


@dataclass(frozen=True)
class PlanAction:
    id: int
    title: str
    assignee: str
    due_on: date | None
    status: ActionStatus
    best: bool
    about_kind: str
    about_key: str


@dataclass(frozen=True)
class StrategySheet:
    opportunity_id: int
    account_id: int
    name: str
    account: str
    stage_en: str
    stage_zh: str
    objective: Objective
    influences: tuple[Influence, ...]
    warnings: tuple[Message, ...]
    strengths: tuple[SheetFlag, ...]
    red_flags: tuple[SheetFlag, ...]
    actions: tuple[PlanAction, ...]  # possible and open, best first

    def group(self, role: BuyingRole) -> tuple[Influence, ...]:
        return tuple(i for i in self.influences if i.buying_role is role)

    @property
    def best_actions(self) -> tuple[PlanAction, ...]:
        return tuple(a for a in self.actions if a.best)


def buying_role(roles: tuple[Role, ...], stance: Stance | None) -> BuyingRole:
    parts = {BUYING_ROLE_OF[r] for r in roles}
    if stance is Stance.COACH:
        parts.add(BuyingRole.COACH)
    # No role: an influencer, among the technical buyers (docs/strategy.md).
    return next((p for p in _ROLE_WEIGHT if p in parts), BuyingRole.TECHNICAL)


# ---- reading ---------------------------------------------------------------------------------


def strategy_sheet(
    session: Session, opportunity_id: int, today: date, language: str = "en"
) -> StrategySheet:
    """The sheet as it stands today; stage criteria in ``language`` (they are user data)."""
    o = session.get_one(Opportunity, opportunity_id)
    account = session.get_one(Account, o.account_id)
    chart = load_chart(session, o.account_id)
    people = chart.by_id()
    uuids: dict[int, str] = {
        row.id: row.uuid
        for row in session.execute(
            select(Contact.id, Contact.uuid).where(Contact.account_id == o.account_id)
        )
    }
    members = session.scalars(
        select(DecisionGroupMember).where(DecisionGroupMember.opportunity_id == opportunity_id)
    ).all()
    influences = _influences(members, people)
    strengths: list[SheetFlag] = []
    red: list[SheetFlag] = []

    def add(
        red_flag: bool,
        key: str,
        source: Source,
        message: Message,
        about: str = AboutKind.RED_FLAG,
    ) -> None:
        flag = SheetFlag(key, source, message, red_flag, about_kind=about)
        (red if red_flag else strengths).append(flag)

    # The org chart's coverage flags: the account's own, and those about this deal's people.
    in_deal = {i.contact_id for i in influences}
    stale_days = coverage.STALE_CONTACT_DAYS.get(session)
    chart_flags = [
        flag
        for flag in coverage.analyse(chart, today, stale_days)
        if flag.person_id is None or not in_deal or flag.person_id in in_deal
    ]
    flagged = {(f.kind, f.person_id) for f in chart_flags if f.person_id is not None}
    for flag, key in zip(
        chart_flags, coverage_flag_keys(session, chart_flags, o.account_id), strict=True
    ):
        add(True, key, Source.ORG_CHART, flag.message)

    for i in influences:
        person = people.get(i.contact_id)
        key = uuids[i.contact_id]
        if i.mode in (BuyingMode.EVEN_KEEL, BuyingMode.OVERCONFIDENT):
            message = _M["mode_closed"].with_(name=i.name, mode=LABELS[i.mode])
            add(True, red_flag_key("mode_closed", key), Source.INFLUENCES, message)
        elif i.mode is not None:
            message = _M["mode_open"].with_(name=i.name, mode=LABELS[i.mode])
            add(False, red_flag_key("mode_open", key), Source.INFLUENCES, message)
        already = {
            (coverage.FlagKind.DECISION_MAKER_AGAINST, i.contact_id),
            (coverage.FlagKind.BLOCKER, i.contact_id),
        }
        if i.stance in (Stance.OPPONENT, Stance.BLOCKER) and not already & flagged:
            message = _M["opposed"].with_(
                name=i.name, part=BUYING_ROLE_LABELS[i.buying_role], stance=LABELS[i.stance]
            )
            add(True, red_flag_key("opposed", key), Source.INFLUENCES, message)
        if i.buying_role is BuyingRole.ECONOMIC:
            if i.last_met is None and (coverage.FlagKind.NOT_MET, i.contact_id) not in flagged:
                message = _M["economic_not_met"].with_(name=i.name)
                add(True, red_flag_key("economic_not_met", key), Source.INFLUENCES, message)
            if i.stance in (Stance.COACH, Stance.SUPPORTER):
                message = _M["economic_supports"].with_(name=i.name, stance=LABELS[i.stance])
                add(False, red_flag_key("economic_supports", key), Source.INFLUENCES, message)
        if person is not None and person.is_coach and (person.trust or 0) >= 3:
            message = _M["coach_trusted"].with_(name=i.name, trust=person.trust)
            add(False, red_flag_key("coach_trusted", key), Source.INFLUENCES, message)

    for is_red, code, message in _scorecard(session, o):
        add(is_red, red_flag_key(code, o.uuid), Source.SCORECARD, message)
    for is_red, criterion, message in _stage(session, o, language):
        if criterion is None:
            add(is_red, red_flag_key("stage_met", o.uuid), Source.STAGE, message)
        else:
            key = criterion_key(o.uuid, criterion)
            add(is_red, key, Source.STAGE, message, AboutKind.STAGE_CRITERION)
    for competitor in session.scalars(
        select(Competitor)
        .where(Competitor.opportunity_id == o.id, Competitor.expected_share >= LARGE_SHARE)
        .order_by(Competitor.expected_share.desc(), Competitor.id)
    ):
        message = _M["competitor"].with_(
            name=competitor.name, share=competitor.expected_share, strengths=competitor.strengths
        )
        code = "competitor." + competitor.uuid
        add(True, red_flag_key(code, o.uuid), Source.COMPETITORS, message)

    for note in session.scalars(
        select(StrategyNote)
        .where(StrategyNote.opportunity_id == o.id)
        .order_by(StrategyNote.position, StrategyNote.id)
    ):
        is_red = note.kind is StrategyNoteKind.RED_FLAG
        own = SheetFlag(
            note.uuid, Source.OWN, None, is_red, note.id, note.text, AboutKind.STRATEGY_NOTE
        )
        (red if is_red else strengths).append(own)
    answers = open_actions_about(session, [f.key for f in red])
    red = [replace(f, answer=answers.get(f.key)) for f in red]

    return StrategySheet(
        opportunity_id=o.id,
        account_id=o.account_id,
        name=o.name,
        account=account.name,
        stage_en=o.stage.name_en,
        stage_zh=o.stage.name_zh,
        objective=Objective(
            o.sales_objective,
            o.objective_amount if o.objective_amount is not None else o.amount,
            o.objective_amount is None,
            o.objective_by or o.expected_decision_date,
            o.objective_by is None,
            o.currency,
        ),
        influences=tuple(influences),
        warnings=tuple(
            EMPTY_GROUP[r] for r in BuyingRole if not any(i.buying_role is r for i in influences)
        ),
        strengths=tuple(strengths),
        red_flags=tuple(red),
        actions=_plan_actions(session, o.id),
    )


def _influences(
    members: Sequence[DecisionGroupMember], people: dict[int, Person]
) -> list[Influence]:
    found = []
    for m in members:
        person = people.get(m.contact_id)
        if person is None:
            continue
        roles = (m.role,) if m.role is not None else person.roles
        stance = m.stance if m.stance is not None else person.stance
        found.append(
            Influence(
                member_id=m.id,
                contact_id=m.contact_id,
                name=person.name,
                title=person.title,
                buying_role=buying_role(roles, stance),
                roles=roles,
                role_overridden=m.role is not None,
                stance=stance,
                stance_overridden=m.stance is not None,
                degree=m.influence_degree,
                mode=m.mode,
                win_result=m.win_result,
                last_met=person.last_met,
                version=m.version,
            )
        )
    degree_order = [InfluenceDegree.HIGH, InfluenceDegree.MEDIUM, InfluenceDegree.LOW, None]
    found.sort(
        key=lambda i: (_ROLE_WEIGHT.index(i.buying_role), degree_order.index(i.degree), i.name)
    )
    return found


def _latest(session: Session, o: Opportunity, kind: AssessmentKind) -> Assessment | None:
    return session.scalars(
        select(Assessment)
        .where(Assessment.opportunity_id == o.id, Assessment.kind == kind)
        .order_by(Assessment.assessed_on.desc(), Assessment.id.desc())
        .limit(1)
    ).first()


def _rating(answers: dict[str, object], key: str) -> int | None:
    answer = answers.get(key)
    rating = answer.get("rating") if isinstance(answer, dict) else None
    return rating if isinstance(rating, int) and not isinstance(rating, bool) else None


def _scorecard(session: Session, o: Opportunity) -> list[tuple[bool, str, Message]]:
    """The latest evaluation's weak and strong criteria, the ten-item verdicts, a no-bid."""
    found: list[tuple[bool, str, Message]] = []
    evaluation = _latest(session, o, AssessmentKind.EVALUATION)
    for criterion in forms.EVALUATION_CRITERIA if evaluation else ():
        rating = _rating(evaluation.answers or {}, criterion.key)  # type: ignore[union-attr]
        if rating is None or WEAK_RATING < rating < 4:
            continue
        level = criterion.levels[4 - rating]
        code = "evaluation." + criterion.key
        if rating == 4:
            message = _M["strong_criterion"].with_(criterion=criterion.title, level=level)
        else:
            message = _M["weak_criterion"].with_(
                criterion=criterion.title, rating=rating, level=level
            )
        found.append((rating <= WEAK_RATING, code, message))
    ten_items = _latest(session, o, AssessmentKind.TEN_ITEM)
    verdicts = scoring.parse_ten_item_code(ten_items.result) if ten_items else {}
    for question, verdict in verdicts.items():
        code = "ten_item." + question.value
        label = forms.QUESTION_LABELS[question]
        if verdict in (forms.Verdict.DOUBTFUL, forms.Verdict.NO):
            message = _M["ten_item_doubt"].with_(
                question=label, verdict=forms.VERDICT_LABELS[verdict]
            )
            found.append((True, code, message))
        elif verdict is forms.Verdict.YES:
            found.append((False, code, _M["ten_item_yes"].with_(question=label)))
    if o.bid_decision is BidDecision.NO_BID:
        found.append((True, "no_bid", _M["no_bid"].with_(reason=o.no_bid_reason or "—")))
    return found


def _stage(
    session: Session, o: Opportunity, language: str
) -> list[tuple[bool, str | None, Message]]:
    """The current stage's exit criteria not met yet (each a red flag, with the criterion's
    uuid), or all met."""
    done = set(
        session.scalars(
            select(StageCheck.criterion_id).where(
                StageCheck.opportunity_id == o.id, StageCheck.done.is_(True)
            )
        )
    )
    criteria = session.scalars(
        select(StageCriterion)
        .where(StageCriterion.stage_id == o.stage_id)
        .order_by(StageCriterion.position, StageCriterion.id)
    ).all()
    if o.stage.is_closed or not criteria:
        return []
    unmet = [c for c in criteria if c.id not in done]
    if not unmet:
        return [(False, None, _M["all_met"])]
    return [
        (
            True,
            c.uuid,
            _M["unmet"].with_(criterion=localized(c.text_en, c.text_zh, language)),
        )
        for c in unmet
    ]


def _plan_actions(session: Session, opportunity_id: int) -> tuple[PlanAction, ...]:
    rows = session.scalars(
        select(Action)
        .where(
            Action.opportunity_id == opportunity_id,
            Action.status.in_((ActionStatus.POSSIBLE, ActionStatus.OPEN)),
        )
        .order_by(Action.best.desc(), Action.due_on.is_(None), Action.due_on, Action.id)
    )
    return tuple(
        PlanAction(a.id, a.title, a.assignee, a.due_on, a.status, a.best, a.about_kind, a.about_key)
        for a in rows
    )
