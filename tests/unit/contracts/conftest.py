"""Building contracts through the service, on an empty database (today = 2026-11-23)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.models.enums import CustomerClass, DueRule, MilestoneTrigger
from desktop.services.accounts import AccountData, AccountService
from desktop.services.contracts.data import ContractData, MilestoneData
from desktop.services.contracts.service import ContractService

D = Decimal


@pytest.fixture
def service(db, clock) -> ContractService:
    return ContractService(db, clock)


@pytest.fixture
def account_id(db) -> int:
    account_id, _ = AccountService(db).create(
        AccountData(name="淮海大学", short_name="Huaihai U", customer_class=CustomerClass.B)
    )
    return account_id


def milestone(
    name: str,
    percent: int | None,
    trigger: MilestoneTrigger = MilestoneTrigger.SIGNING,
    days: int = 30,
    *,
    amount: str = "0",
    rule: DueRule = DueRule.DAYS_AFTER,
    fixed: date | None = None,
) -> MilestoneData:
    return MilestoneData(
        name=name,
        percent=None if percent is None else D(percent),
        amount=D(amount),
        trigger=trigger,
        due_rule=rule,
        due_days=days,
        fixed_due_on=fixed,
    )


@pytest.fixture
def make_contract(service: ContractService, account_id: int):
    """make_contract(number, amount, signed_on, milestones=[...], **contract fields) -> id"""

    def make(
        number: str = "HT-1",
        amount: str = "1000000",
        signed_on: date | None = date(2026, 1, 10),
        milestones: list[MilestoneData] | None = None,
        **fields,
    ) -> int:
        data = ContractData(
            account_id=account_id,
            number=number,
            amount=D(amount),
            signed_on=signed_on,
            **fields,
        )
        contract_id = service.create_contract(data).contract_id
        for item in milestones or []:
            service.save_part(contract_id, None, item)
        return contract_id

    return make


def fixed(name: str, amount: str, day: date) -> MilestoneData:
    """A milestone of ``amount`` due on a fixed date."""
    return MilestoneData(
        name=name,
        amount=D(amount),
        trigger=MilestoneTrigger.FIXED_DATE,
        due_rule=DueRule.FIXED_DATE,
        fixed_due_on=day,
    )


class QueryCounter:
    """Counts the SQL statements (not BEGIN/COMMIT) run on a database's engine, and keeps
    them."""

    def __init__(self, db) -> None:
        self.engine = db.engine
        self.count = 0
        self.statements: list[str] = []

    def _on_execute(self, _conn, _cursor, statement, *_args) -> None:
        if statement.split(None, 1)[0].upper() in {"SELECT", "INSERT", "UPDATE", "DELETE"}:
            self.count += 1
            self.statements.append(statement)

    def read(self, text: str) -> bool:
        """Whether a statement run contains ``text``."""
        return any(text in statement for statement in self.statements)

    def __enter__(self) -> QueryCounter:
        from sqlalchemy import event

        event.listen(self.engine, "before_cursor_execute", self._on_execute)
        return self

    def __exit__(self, *_exc) -> None:
        from sqlalchemy import event

        event.remove(self.engine, "before_cursor_execute", self._on_execute)
