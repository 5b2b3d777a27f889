"""Helpers for the bid checklist tests: a small account with one opportunity and tender."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.models import Account, Opportunity, Tender
from desktop.models.enums import BidDecision
from desktop.services.bids.templates import TemplateService
from desktop.services.bids.tenders import LotData, TenderData, TenderService
from desktop.services.database import Database
from desktop.services.stages import stages_by_code

DEADLINE = datetime(2026, 11, 27, 9, 30)  # four days after the tests' today (2026-11-23)


def make_opportunity(
    db: Database, *, stage: str = "bid", decision: BidDecision = BidDecision.BID
) -> int:
    with db.session() as s:
        account = Account(name="Pengcheng Water Works")
        s.add(account)
        s.flush()
        opportunity = Opportunity(
            account_id=account.id,
            name="SCADA upgrade",
            stage_id=stages_by_code(s)[stage].id,
            stage_entered_on=date(2026, 10, 1),
            bid_decision=decision,
        )
        s.add(opportunity)
        s.flush()
        return opportunity.id


def tender_data(opportunity_id: int, **changes) -> TenderData:
    values = dict(
        opportunity_id=opportunity_id,
        tender_no="PCSW-2026-017",
        title="SCADA system upgrade",
        buyer="Pengcheng Water Works",
        submission_deadline=DEADLINE,
        opening_at=DEADLINE,
        bond_amount=Decimal("50000.00"),
        bond_due_on=date(2026, 11, 26),
        price_ceiling=Decimal("2000000.00"),
        lots=(
            LotData("Lot 1", "Control system", Decimal("1200000.00")),
            LotData("Lot 2", "Field instruments", Decimal("600000.00")),
        ),
    )
    values.update(changes)
    return TenderData(**values)


@pytest.fixture
def opportunity_id(db: Database) -> int:
    return make_opportunity(db)


@pytest.fixture
def tender_id(db: Database, opportunity_id: int) -> int:
    template_id = TemplateService(db).default_id()
    tender, _ = TenderService(db).create(tender_data(opportunity_id), template_id)
    return tender


def demo_tender(db: Database, prefix: str) -> int:
    with db.read() as s:
        return s.scalars(select(Tender.id).where(Tender.tender_no.startswith(prefix))).one()
