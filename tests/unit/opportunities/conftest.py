"""Small hand-made data for the opportunity rules: a factory writing straight to the DB."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from desktop.models import Account, Contact, ContactRole, Opportunity, StageChange
from desktop.models.enums import ForecastCategory, Role, Stance
from desktop.services.database import Database
from desktop.services.stages import stages_by_code

TODAY = date(2026, 11, 23)  # a Monday
NOW = datetime(2026, 11, 23, 10, 0)


class Factory:
    def __init__(self, db: Database) -> None:
        self.db = db

    def stage_id(self, code: str) -> int:
        with self.db.read() as s:
            return stages_by_code(s)[code].id

    def account(self, name: str = "Acme Power") -> int:
        with self.db.session() as s:
            account = Account(name=name)
            s.add(account)
            s.flush()
            return account.id

    def contact(
        self,
        account_id: int,
        name: str,
        *,
        stance: Stance | None = None,
        roles: tuple[Role, ...] = (),
    ) -> int:
        with self.db.session() as s:
            contact = Contact(account_id=account_id, name=name, stance=stance)
            s.add(contact)
            s.flush()
            for role in roles:
                s.add(ContactRole(contact_id=contact.id, role=role))
            return contact.id

    def opportunity(
        self,
        account_id: int,
        name: str = "Deal",
        *,
        amount: int | str = 1000,
        stage: str = "validate",
        category: ForecastCategory = ForecastCategory.PIPELINE,
        decision: date | None = None,
        override: int | None = None,
        closed_on: date | None = None,
        entered: date = date(2026, 11, 1),
        owner: str = "",
        key_contact_id: int | None = None,
    ) -> int:
        with self.db.session() as s:
            stages = stages_by_code(s)
            opportunity = Opportunity(
                account_id=account_id,
                name=name,
                amount=Decimal(amount),
                stage_id=stages[stage].id,
                stage_entered_on=entered,
                forecast_category=category,
                expected_decision_date=decision,
                probability_override=override,
                closed_on=closed_on,
                owner=owner,
                key_contact_id=key_contact_id,
            )
            s.add(opportunity)
            s.flush()
            s.add(
                StageChange(
                    opportunity_id=opportunity.id,
                    to_stage_id=stages[stage].id,
                    changed_at=datetime.combine(entered, datetime.min.time()),
                )
            )
            return opportunity.id


@pytest.fixture
def make(db: Database) -> Factory:
    return Factory(db)
