"""The figures of the manager summary, gathered in one read transaction from the areas'
own reporting functions (so the workbook and the tabs never disagree)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Account, Contact, DecisionGroupMember, Opportunity, Stage
from desktop.models.enums import OrderPriority
from desktop.services.bids.progress import WARN_DAYS
from desktop.services.bids.tender_queries import by_deadline, facts_query, filtered, list_row
from desktop.services.bids.tender_rows import TenderListRow
from desktop.services.contracts.ageing import AGEING_BOUNDS, AgeingReport
from desktop.services.contracts.claims import Claim
from desktop.services.contracts.dates import add_years
from desktop.services.contracts.receivables import (
    ageing_report,
    claim_policy,
    limitation_alerts,
    overdue_claims,
)
from desktop.services.opportunities.discipline import Discipline, discipline
from desktop.services.opportunities.order_priority import suggested
from desktop.services.opportunities.pipeline import (
    CommitSummary,
    Coverage,
    MonthForecast,
    OwnerTotal,
    Scope,
    StageTotal,
    WinLoss,
    commit_vs_upside,
    monthly_forecast,
    pipeline_by_owner,
    pipeline_by_stage,
    pipeline_coverage,
    win_loss,
)
from desktop.services.opportunities.snapshots import CommitAccuracy, commit_accuracy

LIMITATION_HORIZON_DAYS = 90


@dataclass(frozen=True)
class KeyPerson:
    opportunity: str
    account: str
    contact: Contact  # detached; every column loaded
    role: object
    stance: object


@dataclass(frozen=True)
class SummaryData:
    today: date
    owner: str | None
    by_stage: list[StageTotal]
    by_owner: list[OwnerTotal]
    months: list[MonthForecast]
    coverage: Coverage
    commit: CommitSummary
    accuracy: CommitAccuracy | None
    win_loss: WinLoss
    tenders: list[TenderListRow]
    ageing: AgeingReport
    overdue: list[Claim]
    limitation: list[Claim]
    key_people: list[KeyPerson] | None  # None: personal data left out
    discipline: Discipline
    priorities: list[PriorityRow]


@dataclass(frozen=True)
class PriorityRow:
    """A deal with an order priority, set or suggested (docs/domain.md#order-priority)."""

    priority: OrderPriority
    suggested: bool
    name: str
    account: str
    stage_en: str
    stage_zh: str
    amount: Decimal
    decision: date | None


def _priorities(session: Session, owner: str | None) -> list[PriorityRow]:
    query = (
        select(
            Opportunity.id,
            Opportunity.order_priority,
            Opportunity.name,
            Account.name,
            Stage.name_en,
            Stage.name_zh,
            Opportunity.amount,
            Opportunity.expected_decision_date,
        )
        .join(Stage, Opportunity.stage_id == Stage.id)
        .join(Account, Opportunity.account_id == Account.id)
        .where(Stage.is_won.is_(True) | Stage.is_closed.is_(False))
    )
    if owner is not None:
        query = query.where(Opportunity.owner == owner)
    rows = session.execute(query).all()
    proposed = suggested(session, [row[0] for row in rows if row[1] is None])
    result = [
        PriorityRow(chosen or proposed[deal], chosen is None, name, account, en, zh, amount, day)
        for deal, chosen, name, account, en, zh, amount, day in rows
        if chosen is not None or deal in proposed
    ]
    # ranked as the rule ranks orders; ties by the date the deal was expected
    result.sort(key=lambda r: (r.priority, r.decision or date.max, r.name))
    return result


def _tenders(session: Session, today: date, owner: str | None) -> list[TenderListRow]:
    query, lead = facts_query()
    query = by_deadline(filtered(query, None, pending_only=True), today)
    if owner is not None:
        query = query.where(Opportunity.owner == owner)
    warn_days = WARN_DAYS.get(session)
    return [list_row(row, lead, today, warn_days) for row in session.execute(query)]


def _key_people(session: Session, owner: str | None) -> list[KeyPerson]:
    query = (
        select(
            Opportunity.name,
            Account.name,
            Contact,
            DecisionGroupMember.role,
            DecisionGroupMember.stance,
        )
        .join(Opportunity, DecisionGroupMember.opportunity_id == Opportunity.id)
        .join(Stage, Opportunity.stage_id == Stage.id)
        .join(Account, Opportunity.account_id == Account.id)
        .join(Contact, DecisionGroupMember.contact_id == Contact.id)
        .where(Stage.is_closed.is_(False))
        .order_by(Account.name, Opportunity.name, Contact.name)
    )
    if owner is not None:
        query = query.where(Opportunity.owner == owner)
    return [
        KeyPerson(deal, account, person, role or None, stance or person.stance)
        for deal, account, person, role, stance in session.execute(query)
    ]


def gather(session: Session, today: date, owner: str | None, include_personal: bool) -> SummaryData:
    scope = Scope(owner=owner)
    policy = claim_policy(session)
    limitation = [
        claim
        for claim in limitation_alerts(session, today, policy, owner=owner)
        if claim.limitation.expires_on is not None
        and claim.limitation.expires_on <= today + timedelta(days=LIMITATION_HORIZON_DAYS)
    ]
    return SummaryData(
        today=today,
        owner=owner,
        by_stage=pipeline_by_stage(session, scope),
        by_owner=pipeline_by_owner(session, scope),
        months=monthly_forecast(session, today, 12, scope),
        coverage=pipeline_coverage(session, today, scope),
        commit=commit_vs_upside(session, today, scope),
        accuracy=commit_accuracy(session, today, scope),
        win_loss=win_loss(session, add_years(today, -1), today, scope),
        tenders=_tenders(session, today, owner),
        ageing=ageing_report(session, today, AGEING_BOUNDS.get(session), owner=owner),
        overdue=overdue_claims(session, today, policy, owner=owner),
        limitation=limitation,
        key_people=_key_people(session, owner) if include_personal else None,
        discipline=discipline(session, today, owner),
        priorities=_priorities(session, owner),
    )


def total(values: Iterable[Decimal]) -> Decimal:
    return sum(values, Decimal(0))


def owners(session: Session) -> list[str]:
    """The salespeople whose records this database holds (for the summary's filter)."""
    from sqlalchemy import union

    from desktop.models import Contract

    query = union(select(Account.owner), select(Opportunity.owner), select(Contract.owner))
    return sorted(name for (name,) in session.execute(query) if name)
