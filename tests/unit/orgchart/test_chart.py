"""Reading an account's chart: what it holds, and a fixed number of queries whatever its size."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import event, select

from desktop.models import Account, Contact, ContactRole, InfluenceLink, Interaction
from desktop.models.enums import Layer, Role
from desktop.services.orgchart.chart import OrgChartReader

pytestmark = pytest.mark.both_engines


def count_queries(db, action) -> int:
    statements: list[str] = []

    def remember(conn, cursor, statement, *args) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", remember)
    try:
        action()
    finally:
        event.remove(db.engine, "before_cursor_execute", remember)
    return len(statements)


def add_people(db, account_id: int, count: int) -> None:
    with db.session() as s:
        boss = Contact(account_id=account_id, name="Boss", layer=Layer.DECISION)
        s.add(boss)
        s.flush()
        for number in range(count):
            person = Contact(
                account_id=account_id,
                name=f"Person {number}",
                layer=Layer.OPERATIONAL,
                reports_to_id=boss.id,
            )
            s.add(person)
            s.flush()
            s.add(ContactRole(contact_id=person.id, role=Role.USER))
            s.add(InfluenceLink(source_id=person.id, target_id=boss.id))
            s.add(
                Interaction(
                    account_id=account_id, contact_id=person.id, occurred_on=date(2026, 1, 1)
                )
            )


def test_the_chart_holds_people_roles_lines_and_last_contact(demo_db) -> None:
    with demo_db.read() as s:
        grid = s.scalars(select(Account).where(Account.name.like("%Grid%"))).one()
    chart = OrgChartReader(demo_db).load(grid.id)
    assert chart.account_name == grid.name
    assert len(chart.people) == 16 and len(chart.links) == 6
    wang = next(p for p in chart.people if p.name == "Wang Jianguo")
    assert wang.roles == (Role.KEY_DECISION_MAKER,)
    assert wang.last_met == date(2026, 11, 14)
    assert wang.birthday is not None and wang.family
    # Outsiders first, then the decision layer with the decision makers first.
    assert [p.layer for p in chart.people][:4] == [Layer.EXTERNAL] * 3 + [Layer.DECISION]
    assert {link.source_id for link in chart.links} <= {p.id for p in chart.people}
    never = next(p for p in chart.people if p.name == "Xu Jing")
    assert never.last_met is None


def test_loading_takes_six_queries_for_16_or_316_people(demo_db) -> None:
    with demo_db.read() as s:
        account_id = s.scalar(select(Account.id).where(Account.name.like("%Hospital%")))
    reader = OrgChartReader(demo_db)
    small = count_queries(demo_db, lambda: reader.load(account_id))
    add_people(demo_db, account_id, 300)
    large = count_queries(demo_db, lambda: reader.load(account_id))
    assert small == large == 6  # with the relationship owners
    assert len(reader.load(account_id).people) == 318  # with the design institute of the metro


def test_age_comes_from_the_birthday_when_known(demo_db) -> None:
    from dataclasses import replace

    with demo_db.read() as s:
        account_id = s.scalar(select(Account.id).where(Account.name.like("%Grid%")))
    person = OrgChartReader(demo_db).load(account_id).people[0]
    born = replace(person, birthday=date(1968, 11, 26), age=None)
    assert born.age_on(date(2026, 11, 25)) == 57
    assert born.age_on(date(2026, 11, 26)) == 58
    assert replace(person, birthday=None, age=44).age_on(date(2026, 1, 1)) == 44
