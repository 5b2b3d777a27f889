"""Money beyond PostgreSQL's 32-bit integer (docs/team-server.md)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from desktop.models import Account, Opportunity, Stage


def test_a_contract_of_a_billion_yuan_fits_on_a_server(pg_db) -> None:
    with pg_db.session() as s:
        account = Account(name="国家电网")
        s.add(account)
        s.flush()
        stage = s.scalars(select(Stage).order_by(Stage.position)).first()
        s.add(
            Opportunity(
                account_id=account.id,
                stage_id=stage.id,
                stage_entered_on=date(2026, 12, 2),
                name="特高压",
                amount=Decimal("1234567890.12"),
            )
        )
    with pg_db.read() as s:
        assert s.scalar(select(Opportunity.amount)) == Decimal("1234567890.12")
