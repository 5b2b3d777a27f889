"""A team on the test server for the security tests: two salespeople, a colleague who takes
over and a manager, each with their own login; records made through the app as each of them,
read back as psql would (a plain psycopg connection as that role)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

import psycopg
import pytest
from sqlalchemy.engine import make_url

from desktop.models import (
    Account,
    ChecklistItem,
    Contact,
    Contract,
    Opportunity,
    Payment,
    Stage,
    Tender,
)
from desktop.services.database import Database, open_server
from desktop.services.team_members import add_member

PASSWORD = "team-secret-1"
# The tables an account tree made by ``tree`` fills, from the account down.
TREE = ("account", "contact", "opportunity", "tender", "checklist_item", "contract", "payment")


@dataclass
class Team:
    admin_url: str
    names: dict[str, str]  # alice, bob, carol (salespeople), boss (manager) -> role name
    _open: list[Database] = field(default_factory=list)

    def url(self, who: str) -> str:
        parsed = make_url(self.admin_url).set(username=self.names[who], password=PASSWORD)
        return parsed.render_as_string(hide_password=False)

    def db(self, who: str) -> Database:
        database = open_server(self.url(who)).db
        self._open.append(database)
        return database

    @contextmanager
    def psql(self, who: str) -> Iterator[psycopg.Connection]:
        """A plain connection as ``who``, as psql would make it (autocommit)."""
        parsed = make_url(self.admin_url)
        with psycopg.connect(
            host=parsed.host,
            port=parsed.port,
            dbname=parsed.database,
            user=self.names[who],
            password=PASSWORD,
            autocommit=True,
        ) as conn:
            yield conn

    def tree(self, who: str, account: str) -> None:
        """An account and something at every level under it, made in the app by ``who``."""
        with self.db(who).session() as s:
            stage = s.query(Stage).order_by(Stage.position).first()
            assert stage is not None
            acc = Account(name=account)
            contact = Contact(account=acc, name=f"{account}联系人")
            opportunity = Opportunity(
                account=acc, name=f"{account}项目", stage_id=stage.id, stage_entered_on=date.today()
            )
            tender = Tender(opportunity=opportunity, title=f"{account}招标")
            tender.items.append(ChecklistItem(position=1, section="", text_en="", text_zh=""))
            contract = Contract(account=acc, number=f"{account}-001", title=f"{account}合同")
            contract.payments.append(Payment(received_on=date.today(), amount=Decimal(1)))
            s.add_all([acc, contact, opportunity, tender, contract])

    def close(self) -> None:
        for database in self._open:
            database.close()


def owners(conn: psycopg.Connection, table: str) -> set[str]:
    return {row[0] for row in conn.execute(f"SELECT owner FROM {table}")}


@pytest.fixture(name="team")
def team_fixture(pg_url: str) -> Iterator[Team]:
    suffix = uuid.uuid4().hex[:6]
    names = {who: f"{who}_{suffix}" for who in ("alice", "bob", "carol", "boss")}
    admin = open_server(pg_url).db
    with admin.engine.begin() as connection:
        for who, name in names.items():
            add_member(connection, name, PASSWORD, manager=who == "boss")
    admin.close()
    made = Team(pg_url, names)
    yield made
    made.close()
