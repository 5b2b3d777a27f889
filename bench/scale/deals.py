"""Opportunities with their stage history, scoring forms, decision groups and competitors;
leads, monthly targets and the weekly forecast snapshots."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from desktop.models import (
    Assessment,
    Competitor,
    DecisionGroupMember,
    ForecastSnapshot,
    Lead,
    MonthlyTarget,
    Opportunity,
    SnapshotLine,
    StageChange,
)
from desktop.models.enums import (
    AssessmentKind,
    BidDecision,
    ForecastCategory,
    FundingSource,
    FundingStatus,
    LeadStatus,
    LeadTemperature,
    ProjectLevel,
)
from desktop.services.opportunities import scoring
from desktop.services.opportunities import scoring_forms as forms
from desktop.services.opportunities.pipeline import month_start
from desktop.services.opportunities.snapshots import week_start

from . import text
from .people import Org
from .writer import Writer, day, record_uuid, stamp

OPEN_CATEGORIES = ("pipeline", "pipeline", "best_case", "commit", "omitted")


@dataclass(frozen=True)
class StageRow:
    id: int
    code: str
    probability: int
    position: int
    is_closed: bool
    is_won: bool


@dataclass(frozen=True)
class Deal:
    """What tenders and contracts need of a generated opportunity."""

    id: int
    account: Org
    name: str
    amount_cents: int
    stage: StageRow
    decided_on: date


def read_stages(writer: Writer) -> list[StageRow]:
    rows = writer.conn.execute(
        "SELECT id, code, probability, position, is_closed, is_won FROM stage ORDER BY position"
    )
    return [StageRow(*row) for row in rows]


def _answers(rng: random.Random, criteria, low: int, high: int) -> dict:
    return {c.key: {"rating": rng.randint(low, high), "comment": ""} for c in criteria}


class DealMaker:
    def __init__(self, writer: Writer, rng: random.Random, today: date) -> None:
        self.writer = writer
        self.rng = rng
        self.today = today
        self.stages = read_stages(writer)
        self.params = scoring.ScoringParams()
        self.opportunity = writer.sink(
            Opportunity,
            (
                "id", "account_id", "name", "amount", "expected_decision_date", "stage_id",
                "stage_entered_on", "probability_override", "forecast_category", "score",
                "key_contact_id", "information_source", "funding_source", "funding_status",
                "project_type", "project_level", "description", "sponsor", "project_manager",
                "customer_rep", "solution_rep", "delivery_rep", "bid_decision", "closed_on",
                "win_loss_reason", "owner",
            ),
        )  # fmt: skip
        self.change = writer.sink(
            StageChange, ("id", "opportunity_id", "from_stage_id", "to_stage_id", "changed_at")
        )
        self.assessment = writer.sink(
            Assessment,
            (
                "id", "kind", "account_id", "opportunity_id", "assessed_on", "answers", "total",
                "result", "comment",
            ),
        )  # fmt: skip
        self.member = writer.sink(
            DecisionGroupMember, ("id", "opportunity_id", "contact_id", "role", "stance")
        )
        self.competitor = writer.sink(
            Competitor, ("id", "opportunity_id", "name", "strengths", "expected_share")
        )
        self.ids = {
            model: writer.next_id(model)
            for model in (Opportunity, StageChange, Assessment, DecisionGroupMember, Competitor)
        }

    def _next(self, model) -> int:
        value = self.ids[model]
        self.ids[model] = value + 1
        return value

    def make(self, orgs: list[Org], count: int) -> list[Deal]:
        rng = self.rng
        weights = [len(org.people) for org in orgs]
        # Every account gets one deal, the rest follow the size of the organisation.
        picked = orgs[: min(count, len(orgs))] + rng.choices(orgs, weights, k=count - len(orgs))
        deals = []
        for org in picked:
            deals.append(self._deal(org))
        for org in orgs[: max(1, len(orgs) // 3)]:
            self._form(AssessmentKind.PAYMENT_CAPACITY, org.id, None, forms.PAYMENT_CRITERIA)
        return deals

    def _deal(self, org: Org) -> Deal:
        rng, today = self.rng, self.today
        stage = rng.choices(self.stages, [6, 5, 5, 3, 2, 4, 3][: len(self.stages)])[0]
        entered = today - timedelta(days=rng.randint(0, 700))
        decided = (
            entered + timedelta(days=rng.randint(-30, 60))
            if stage.is_closed
            else (today + timedelta(days=rng.randint(-45, 420)))
        )
        if stage.is_closed:
            category = ForecastCategory.WON.value if stage.is_won else ForecastCategory.LOST.value
        else:
            category = rng.choice(OPEN_CATEGORIES)
        solution, solution_en = rng.choice(text.SOLUTIONS)
        if org.name.isascii():
            name = f"{org.short_name} {solution_en} {rng.choice(text.PHASES_EN)}".strip()
        else:
            name = f"{org.short_name}{solution}{rng.choice(text.PHASES)}项目"
        amount = rng.randint(30, 30_000) * 1_000_00  # ¥30,000 to ¥30 million, in cents
        opportunity_id = self._next(Opportunity)
        score = None
        if rng.random() < 0.6:
            score = self._form(
                AssessmentKind.EVALUATION, org.id, opportunity_id, forms.EVALUATION_CRITERIA
            )
        if rng.random() < 0.3:
            self._form(AssessmentKind.TEN_ITEM, org.id, opportunity_id, forms.TEN_ITEMS)
        bid = BidDecision.UNDECIDED.value
        if stage.position >= 2 and rng.random() < 0.5:
            bid = self._bid_form(org.id, opportunity_id)
        staff = text.STAFF
        self.opportunity.add(
            (
                opportunity_id, org.id, name, amount, day(decided), stage.id, day(entered),
                rng.choice((None,) * 9 + (rng.randint(5, 95),)), category, score,
                rng.choice(org.senior) if org.senior and rng.random() < 0.7 else None,
                rng.choice(("招标网", "客户告知", "设计院", "老客户推荐", "")),
                rng.choice(list(FundingSource)).value if rng.random() < 0.6 else None,
                rng.choice(list(FundingStatus)).value if rng.random() < 0.6 else None,
                solution, rng.choice(list(ProjectLevel)).value,
                f"{org.name}{solution}建设，关注{rng.choice(text.CONCERNS)}。",
                rng.choice(staff), rng.choice(staff), rng.choice(staff), rng.choice(staff),
                rng.choice(staff), bid, day(decided) if stage.is_closed else None,
                rng.choice(("价格", "技术评分", "关系", "")) if stage.is_closed else "",
                staff[opportunity_id % 5],
            )
        )  # fmt: skip
        self._history(opportunity_id, stage, entered)
        for contact in rng.sample(org.senior, min(len(org.senior), rng.randint(2, 5))):
            self.member.add((self._next(DecisionGroupMember), opportunity_id, contact, None, None))
        for competitor in rng.sample(text.COMPETITORS, rng.randint(0, 3)):
            self.competitor.add(
                (
                    self._next(Competitor), opportunity_id, competitor,
                    rng.choice(("价格低", "关系好", "品牌强", "本地服务", "")),
                    rng.choice((None, 20, 30, 40, 50)),
                )
            )  # fmt: skip
        return Deal(opportunity_id, org, name, amount, stage, decided)

    def _history(self, opportunity_id: int, stage: StageRow, entered: date) -> None:
        """validate → … → the current stage (a lost deal drops out after a random stage)."""
        rng = self.rng
        open_stages = [s for s in self.stages if not s.is_closed]
        if stage.is_closed:
            path = [*open_stages[: rng.randint(1, len(open_stages))], stage]
        else:
            path = [s for s in open_stages if s.position <= stage.position]
        when = datetime.combine(entered, time(10, 0))
        steps = []
        for previous, current in zip([None, *path], path, strict=False):
            steps.append((previous.id if previous else None, current.id))
        for back, (before, after) in enumerate(reversed(steps)):
            changed = when - timedelta(days=back * rng.randint(14, 60))
            self.change.add(
                (self._next(StageChange), opportunity_id, before, after, stamp(changed))
            )

    def _form(self, kind: AssessmentKind, account_id: int, opportunity_id, criteria) -> int | None:
        low, high = (1, 5) if kind is AssessmentKind.TEN_ITEM else (1, 4)
        answers = _answers(self.rng, criteria, low, high)
        total = scoring.total_of(kind, answers)
        result = scoring.derive_result(kind, answers, self.params)
        assessed = self.today - timedelta(days=self.rng.randint(0, 400))
        self.assessment.add(
            (
                self._next(Assessment), kind.value, account_id, opportunity_id, day(assessed),
                _json(answers), total, result, "",
            )
        )  # fmt: skip
        return total

    def _bid_form(self, account_id: int, opportunity_id: int) -> str:
        rng = self.rng
        answers = {v.key: {"rating": rng.random() < 0.05, "comment": ""} for v in forms.VETOES}
        answers[forms.BID_KEY] = {"rating": rng.random() < 0.85, "comment": ""}
        decision = scoring.decide_bid(answers)
        if not decision.bid:
            answers[forms.BID_KEY]["comment"] = "预算不足，资质不符"
        self.assessment.add(
            (
                self._next(Assessment), AssessmentKind.BID_DECISION.value, account_id,
                opportunity_id, day(self.today - timedelta(days=rng.randint(0, 300))),
                _json(answers), None, "bid" if decision.bid else "no_bid", "",
            )
        )  # fmt: skip
        return (BidDecision.BID if decision.bid else BidDecision.NO_BID).value


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def make_leads(writer: Writer, rng: random.Random, orgs: list[Org], today: date) -> None:
    sink = writer.sink(
        Lead,
        (
            "id", "account_id", "title", "source_channel", "pain", "window_start",
            "window_end", "temperature", "has_money", "has_authority", "has_need", "status",
        ),
    )  # fmt: skip
    first = writer.next_id(Lead)
    for number, org in enumerate(rng.sample(orgs, len(orgs) // 2)):
        solution, _ = rng.choice(text.SOLUTIONS)
        start = today + timedelta(days=rng.randint(-60, 200))
        sink.add(
            (
                first + number, org.id, f"{org.short_name}{solution}需求", "电话",
                rng.choice(text.CONCERNS), day(start), day(start + timedelta(days=180)),
                rng.choice(list(LeadTemperature)).value, rng.random() < 0.5,
                rng.random() < 0.5, rng.random() < 0.7,
                rng.choice((LeadStatus.OPEN, LeadStatus.OPEN, LeadStatus.DROPPED)).value,
            )
        )  # fmt: skip


def make_targets_and_snapshots(
    writer: Writer, rng: random.Random, deals: list[Deal], today: date
) -> None:
    """Monthly targets for every salesperson, and two weeks of frozen forecasts."""
    owners = text.STAFF[:5]
    targets = writer.sink(MonthlyTarget, ("id", "owner", "month", "amount"))
    number = writer.next_id(MonthlyTarget)
    for offset in range(-3, 12):
        for owner in owners:
            month = month_start(today, offset)
            targets.add((number, owner, day(month), rng.randint(20, 60) * 1_000_000_00))
            number += 1
    snapshot = writer.sink(ForecastSnapshot, ("id", "owner", "week_start", "taken_at"))
    line = writer.sink(
        SnapshotLine,
        (
            "id", "snapshot_id", "opportunity_uuid", "name", "account_name", "amount",
            "category", "expected_decision_date", "probability",
        ),
    )  # fmt: skip
    snapshot_id = writer.next_id(ForecastSnapshot)
    line_id = writer.next_id(SnapshotLine)
    open_deals = [d for d in deals if not d.stage.is_closed]
    for weeks in (2, 1):
        monday = week_start(today) - timedelta(weeks=weeks)
        for owner in owners:
            taken = datetime.combine(monday, time(8, 30))
            snapshot.add((snapshot_id, owner, day(monday), stamp(taken)))
            for deal in open_deals[owners.index(owner) :: 25 * weeks]:
                line.add(
                    (
                        line_id, snapshot_id, record_uuid("opportunity", deal.id), deal.name,
                        deal.account.name, deal.amount_cents,
                        rng.choice(("commit", "best_case")), day(deal.decided_on),
                        deal.stage.probability,
                    )
                )  # fmt: skip
                line_id += 1
            snapshot_id += 1
