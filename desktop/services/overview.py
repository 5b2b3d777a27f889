"""Read-only lists of an account's records, for the tabs' record tables."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select

from desktop.models import (
    Account,
    Contact,
    ContactRole,
    Contract,
    Opportunity,
    Payment,
    Stage,
    Tender,
)
from desktop.models.enums import ContractStatus, ForecastCategory, Layer, Role, Stance, TenderResult

from .database import Database


@dataclass(frozen=True)
class ContactRow:
    id: int
    name: str
    title: str
    department: str
    layer: Layer
    roles: tuple[Role, ...]
    stance: Stance | None
    influence_level: int | None
    closeness: int | None
    trust: int | None
    mobile: str


@dataclass(frozen=True)
class OpportunityRow:
    id: int
    name: str
    account: str
    amount: Decimal
    stage_en: str
    stage_zh: str
    probability: int
    expected_decision_date: date | None
    forecast_category: ForecastCategory


@dataclass(frozen=True)
class TenderRow:
    id: int
    tender_no: str
    title: str
    opportunity: str
    submission_deadline: datetime | None
    result: TenderResult


@dataclass(frozen=True)
class ContractRow:
    id: int
    number: str
    title: str
    signed_on: date | None
    amount: Decimal
    received: Decimal
    status: ContractStatus


class OverviewService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def contacts(self, account_id: int) -> list[ContactRow]:
        with self._db.read() as s:
            roles: dict[int, list[Role]] = {}
            for contact_id, role in s.execute(
                select(ContactRole.contact_id, ContactRole.role)
                .join(Contact)
                .where(Contact.account_id == account_id)
                .order_by(ContactRole.role)
            ):
                roles.setdefault(contact_id, []).append(role)
            rows = s.execute(
                select(
                    Contact.id,
                    Contact.name,
                    Contact.title,
                    Contact.department,
                    Contact.layer,
                    Contact.stance,
                    Contact.influence_level,
                    Contact.closeness,
                    Contact.trust,
                    Contact.mobile,
                )
                .where(Contact.account_id == account_id)
                .order_by(Contact.layer, Contact.name)
            )
            return [
                ContactRow(
                    r.id,
                    r.name,
                    r.title,
                    r.department,
                    r.layer,
                    tuple(roles.get(r.id, ())),
                    r.stance,
                    r.influence_level,
                    r.closeness,
                    r.trust,
                    r.mobile,
                )
                for r in rows
            ]

    def opportunities(self, account_id: int | None) -> list[OpportunityRow]:
        query = (
            select(
                Opportunity.id,
                Opportunity.name,
                Account.name,
                Opportunity.amount,
                Stage.name_en,
                Stage.name_zh,
                func.coalesce(Opportunity.probability_override, Stage.probability),
                Opportunity.expected_decision_date,
                Opportunity.forecast_category,
            )
            .join(Account, Opportunity.account_id == Account.id)
            .join(Stage, Opportunity.stage_id == Stage.id)
            .order_by(Opportunity.expected_decision_date, Opportunity.name)
        )
        if account_id is not None:
            query = query.where(Opportunity.account_id == account_id)
        with self._db.read() as s:
            return [OpportunityRow(*row) for row in s.execute(query)]

    def tenders(self, account_id: int | None) -> list[TenderRow]:
        query = (
            select(
                Tender.id,
                Tender.tender_no,
                Tender.title,
                Opportunity.name,
                Tender.submission_deadline,
                Tender.result,
            )
            .join(Opportunity, Tender.opportunity_id == Opportunity.id)
            .order_by(Tender.submission_deadline)
        )
        if account_id is not None:
            query = query.where(Opportunity.account_id == account_id)
        with self._db.read() as s:
            return [TenderRow(*row) for row in s.execute(query)]

    def contracts(self, account_id: int | None) -> list[ContractRow]:
        received = (
            select(Payment.contract_id, func.sum(Payment.amount).label("total"))
            .group_by(Payment.contract_id)
            .subquery()
        )
        query = (
            select(
                Contract.id,
                Contract.number,
                Contract.title,
                Contract.signed_on,
                Contract.amount,
                func.coalesce(received.c.total, 0),
                Contract.status,
            )
            .outerjoin(received, received.c.contract_id == Contract.id)
            .order_by(Contract.signed_on.desc())
        )
        if account_id is not None:
            query = query.where(Contract.account_id == account_id)
        with self._db.read() as s:
            return [
                ContractRow(r[0], r[1], r[2], r[3], r[4], Decimal(r[5]) / 100, r[6])
                for r in s.execute(query)
            ]
