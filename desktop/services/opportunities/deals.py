"""One opportunity: creating it, its fact sheet (信息初始表), team and charter, competitors,
and deleting it (with everything that hangs on it, restorable for undo)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Account, Competitor, Contact, Opportunity, Stage, StageChange
from desktop.models.enums import (
    BidDecision,
    ForecastCategory,
    FundingSource,
    FundingStatus,
    OrderPriority,
    ProjectLevel,
)
from desktop.services.sql_types import table_of

from .. import field_rules, raw_rows, versions
from ..changes import OPPORTUNITIES, WITH_AN_OPPORTUNITY, ChangeSet
from ..database import Database
from ..messages import QT_TRANSLATE_NOOP, Message, UserError
from ..records import copy_to, read_from
from . import order_priority
from .leads import Created, first_open_stage
from .probability import probability, weighted
from .slips import next_slip, slips_before

# The project charter (项目章程): key, label, whether it holds a list (one item per line).
CHARTER_FIELDS: tuple[tuple[str, Message, bool], ...] = (
    ("budget", QT_TRANSLATE_NOOP("Opportunities", "Preliminary budget"), False),
    ("rhythm", QT_TRANSLATE_NOOP("Opportunities", "Communication rhythm"), False),
    ("milestones", QT_TRANSLATE_NOOP("Opportunities", "Milestone plan"), True),
    ("bonus_split", QT_TRANSLATE_NOOP("Opportunities", "Bonus split"), False),
    ("goals", QT_TRANSLATE_NOOP("Opportunities", "Goals"), False),
    ("success_criteria", QT_TRANSLATE_NOOP("Opportunities", "Success criteria"), False),
    ("risks", QT_TRANSLATE_NOOP("Opportunities", "First risks"), True),
)
TEAM_FIELDS: tuple[tuple[str, Message], ...] = (
    ("sponsor", QT_TRANSLATE_NOOP("Opportunities", "Sponsor")),
    ("project_manager", QT_TRANSLATE_NOOP("Opportunities", "Project manager")),
    ("customer_rep", QT_TRANSLATE_NOOP("Opportunities", "Customer representative")),
    ("solution_rep", QT_TRANSLATE_NOOP("Opportunities", "Solution representative")),
    ("delivery_rep", QT_TRANSLATE_NOOP("Opportunities", "Delivery representative")),
)
CLOSED_CATEGORIES = frozenset({ForecastCategory.WON, ForecastCategory.LOST})


@dataclass(frozen=True)
class OpportunityFacts:
    """The editable fields of the fact sheet, team and charter."""

    name: str
    amount: Decimal = Decimal(0)
    purchase_date: date | None = None
    expected_decision_date: date | None = None
    probability_override: int | None = None
    forecast_category: ForecastCategory = ForecastCategory.PIPELINE
    key_contact_id: int | None = None
    relationships: str = ""
    information_source: str = ""
    funding_source: FundingSource | None = None
    funding_status: FundingStatus | None = None
    project_type: str = ""
    project_level: ProjectLevel | None = None
    description: str = ""
    sponsor: str = ""
    project_manager: str = ""
    customer_rep: str = ""
    solution_rep: str = ""
    delivery_rep: str = ""
    charter: dict[str, Any] = field(default_factory=dict)
    win_loss_reason: str = ""
    order_priority: OrderPriority | None = None


@dataclass(frozen=True)
class OpportunityDetail:
    id: int
    uuid: str
    account_id: int
    account: str
    owner: str
    facts: OpportunityFacts
    stage_id: int
    stage_en: str
    stage_zh: str
    stage_closed: bool
    stage_probability: int
    stage_entered_on: date
    closed_on: date | None
    score: int | None
    bid_decision: BidDecision
    no_bid_reason: str
    first_decision_date: date | None = None  # docs/forecast-discipline.md
    slip_count: int = 0
    suggested_priority: OrderPriority | None = None  # docs/domain.md#order-priority
    version: int | None = None  # of the read: saving checks it (docs/team-server.md#versions)

    @property
    def probability(self) -> int:
        return probability(self.facts.probability_override, self.stage_probability)

    @property
    def weighted(self) -> Decimal:
        return weighted(self.facts.amount, self.probability)


@dataclass(frozen=True)
class NewOpportunity:
    account_id: int
    name: str
    amount: Decimal = Decimal(0)
    expected_decision_date: date | None = None


@dataclass(frozen=True)
class CompetitorData:
    name: str
    strengths: str = ""
    weaknesses: str = ""
    expected_share: int | None = None
    note: str = ""


@dataclass(frozen=True)
class CompetitorRow:
    id: int
    name: str
    strengths: str
    weaknesses: str
    expected_share: int | None
    note: str


@dataclass(frozen=True)
class PersonChoice:
    id: int
    name: str
    title: str

    @property
    def label(self) -> str:
        return f"{self.name} · {self.title}" if self.title else self.name


def charter_text(value: Any) -> str:
    """A charter entry as editable text (lists: one item per line)."""
    if isinstance(value, list):
        return "\n".join(str(item) for item in value)
    return "" if value is None else str(value)


def charter_value(text: str, is_list: bool) -> Any:
    if is_list:
        return [line.strip() for line in text.splitlines() if line.strip()]
    return text.strip()


def _error(message: Message, **params: Any) -> UserError:
    return UserError(message.with_(**params))


FACT_LABELS = {
    "amount": QT_TRANSLATE_NOOP("Opportunities", "Amount"),
    "probability_override": QT_TRANSLATE_NOOP("Opportunities", "Probability"),
}


def implied_category(stage: Stage) -> ForecastCategory:
    """The category a stage allows or suggests: Won or Lost once closed, else Pipeline."""
    if stage.is_closed:
        return ForecastCategory.WON if stage.is_won else ForecastCategory.LOST
    return ForecastCategory.PIPELINE


def _validate_facts(session: Session, opportunity: Opportunity, facts: OpportunityFacts) -> None:
    if not facts.name.strip():
        raise _error(QT_TRANSLATE_NOOP("Opportunities", "Name: an opportunity needs a name."))
    # The rules every import applies too (docs/field-rules.md).
    values = {"amount": facts.amount, "probability_override": facts.probability_override}
    no_dates = date.min  # no date among these values: "today" plays no part
    for name, message in field_rules.problems(table_of(Opportunity), values, no_dates):
        raise _error(message, field=FACT_LABELS[name])
    stage = session.get_one(Stage, opportunity.stage_id)
    if stage.is_closed:
        expected = implied_category(stage)
        if facts.forecast_category is not expected:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Opportunities",
                    "Forecast category: a closed opportunity stays “Won” or “Lost”; "
                    "move it back to an open stage first.",
                )
            )
    elif facts.forecast_category in CLOSED_CATEGORIES:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Opportunities",
                "Forecast category: “Won” and “Lost” follow from the Won and Lost stages; "
                "move the opportunity there instead.",
            )
        )
    if facts.key_contact_id is not None:
        contact = session.get(Contact, facts.key_contact_id)
        if contact is None or contact.account_id != opportunity.account_id:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Opportunities", "Key person: choose someone from this account's org chart."
                )
            )


def _track_slip(session: Session, opportunity: Opportunity, new: date | None) -> None:
    """Keep the first promised decision date and count a move to a later date as a slip
    (docs/forecast-discipline.md#slipped-decision-dates)."""
    old = opportunity.expected_decision_date
    if old == new:
        return
    first, count = opportunity.first_decision_date, opportunity.slip_count or 0
    if first is None:  # not recorded yet: start from what the change log remembers
        first, count = slips_before(session, opportunity.uuid)
    opportunity.first_decision_date, opportunity.slip_count = next_slip(first, count, old, new)


class OpportunityService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def detail(self, opportunity_id: int) -> OpportunityDetail:
        with self._db.read() as s:
            o = s.get_one(Opportunity, opportunity_id)
            stage = s.get_one(Stage, o.stage_id)
            account = s.get_one(Account, o.account_id)
            facts = read_from(OpportunityFacts, o)
            if facts.forecast_category is None:  # a value no form writes: docs/field-rules.md
                facts = replace(facts, forecast_category=implied_category(stage))
            return OpportunityDetail(
                id=o.id,
                uuid=o.uuid,
                account_id=o.account_id,
                account=account.name,
                owner=o.owner,
                facts=replace(facts, charter=dict(o.charter or {})),
                stage_id=stage.id,
                stage_en=stage.name_en,
                stage_zh=stage.name_zh,
                stage_closed=stage.is_closed,
                stage_probability=stage.probability,
                stage_entered_on=o.stage_entered_on,
                closed_on=o.closed_on,
                score=o.score,
                bid_decision=o.bid_decision,
                no_bid_reason=o.no_bid_reason,
                first_decision_date=o.first_decision_date,
                slip_count=o.slip_count or 0,
                suggested_priority=order_priority.suggested(s, [o.id]).get(o.id),
                version=o.version,
            )

    def read_facts(self, opportunity_id: int) -> tuple[OpportunityFacts, int | None]:
        """The facts a form edits and the version they were read at (for :meth:`save_facts`)."""
        detail = self.detail(opportunity_id)
        return detail.facts, detail.version

    def exists(self, opportunity_id: int) -> bool:
        with self._db.read() as s:
            return s.get(Opportunity, opportunity_id) is not None

    def people(self, account_id: int) -> list[PersonChoice]:
        """The account's people, for the key person and the decision group."""
        with self._db.read() as s:
            rows = s.execute(
                select(Contact.id, Contact.name, Contact.title)
                .where(Contact.account_id == account_id)
                .order_by(Contact.name)
            )
            return [PersonChoice(*row) for row in rows]

    def create(self, data: NewOpportunity, now: datetime) -> Created:
        if not data.name.strip():
            raise _error(QT_TRANSLATE_NOOP("Opportunities", "Name: an opportunity needs a name."))
        if data.amount < 0:
            raise _error(QT_TRANSLATE_NOOP("Opportunities", "Amount: cannot be negative."))
        with self._db.session() as s:
            s.get_one(Account, data.account_id)
            stage = first_open_stage(s)
            opportunity = Opportunity(
                account_id=data.account_id,
                name=data.name.strip(),
                amount=data.amount,
                expected_decision_date=data.expected_decision_date,
                first_decision_date=data.expected_decision_date,
                stage_id=stage.id,
                stage_entered_on=now.date(),
            )
            s.add(opportunity)
            s.flush()
            s.add(StageChange(opportunity_id=opportunity.id, to_stage_id=stage.id, changed_at=now))
            return Created(ChangeSet.of(OPPORTUNITIES, account_id=data.account_id), opportunity.id)

    def save_facts(
        self, opportunity_id: int, facts: OpportunityFacts, read_version: int | None = None
    ) -> ChangeSet:
        """Refused (:class:`~..versions.ChangedMeanwhile`) when the opportunity changed since
        it was read at ``read_version``."""
        with self._db.session() as s:
            opportunity = s.get_one(Opportunity, opportunity_id)
            versions.check(s, opportunity, read_version)
            _validate_facts(s, opportunity, facts)
            _track_slip(s, opportunity, facts.expected_decision_date)
            copy_to(replace(facts, name=facts.name.strip()), opportunity)
            return ChangeSet.of(OPPORTUNITIES, account_id=opportunity.account_id)

    def remove(self, opportunity_id: int) -> tuple[ChangeSet, raw_rows.Graph]:
        with self._db.session() as s:
            account_id = s.get_one(Opportunity, opportunity_id).account_id
            graph = raw_rows.remove(s, "opportunity", [opportunity_id])
        return ChangeSet(WITH_AN_OPPORTUNITY, account_id), graph

    def restore(self, graph: raw_rows.Graph) -> ChangeSet:
        with self._db.session() as s:
            raw_rows.put_back(s, graph)
            # an opportunity, or one of its competitors or decision-group members
            root = graph.root()
            account_id = (
                root.get("account_id") or s.get_one(Opportunity, root["opportunity_id"]).account_id
            )
        return ChangeSet(WITH_AN_OPPORTUNITY, account_id)

    # ---- competitors -------------------------------------------------------------------

    def competitors(self, opportunity_id: int) -> list[CompetitorRow]:
        with self._db.read() as s:
            rows = s.scalars(
                select(Competitor)
                .where(Competitor.opportunity_id == opportunity_id)
                .order_by(Competitor.expected_share.desc().nulls_last(), Competitor.name)
            )
            return [read_from(CompetitorRow, row) for row in rows]

    def competitor(self, competitor_id: int) -> CompetitorData:
        return self.read_competitor(competitor_id)[0]

    def read_competitor(self, competitor_id: int) -> tuple[CompetitorData, int]:
        """The competitor's fields and the version they were read at."""
        with self._db.read() as s:
            return versions.read_with_version(s, Competitor, competitor_id, CompetitorData)

    @staticmethod
    def _check_competitor(data: CompetitorData) -> None:
        if not data.name.strip():
            raise _error(
                QT_TRANSLATE_NOOP("Opportunities", "Competitor: give the competitor's name.")
            )
        if data.expected_share is not None and not 0 <= data.expected_share <= 100:
            raise _error(QT_TRANSLATE_NOOP("Opportunities", "Expected share: must be 0 to 100 %."))

    def add_competitor(self, opportunity_id: int, data: CompetitorData) -> Created:
        self._check_competitor(data)
        with self._db.session() as s:
            opportunity = s.get_one(Opportunity, opportunity_id)
            competitor = Competitor(opportunity_id=opportunity_id)
            copy_to(data, competitor)
            s.add(competitor)
            s.flush()
            changes = ChangeSet.of(OPPORTUNITIES, account_id=opportunity.account_id)
            return Created(changes, competitor.id)

    def update_competitor(
        self, competitor_id: int, data: CompetitorData, read_version: int | None = None
    ) -> ChangeSet:
        """Refused (:class:`~..versions.ChangedMeanwhile`) when the competitor changed since
        it was read at ``read_version``."""
        self._check_competitor(data)
        with self._db.session() as s:
            competitor = s.get_one(Competitor, competitor_id)
            versions.check(s, competitor, read_version)
            copy_to(data, competitor)
            return ChangeSet.of(
                OPPORTUNITIES,
                account_id=s.get_one(Opportunity, competitor.opportunity_id).account_id,
            )

    def remove_competitor(self, competitor_id: int) -> tuple[ChangeSet, raw_rows.Graph]:
        with self._db.session() as s:
            opportunity_id = s.get_one(Competitor, competitor_id).opportunity_id
            account_id = s.get_one(Opportunity, opportunity_id).account_id
            graph = raw_rows.remove(s, "competitor", [competitor_id])
        return ChangeSet.of(OPPORTUNITIES, account_id=account_id), graph
