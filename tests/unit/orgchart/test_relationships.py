"""Who on our side knows whom (docs/coverage.md): owners, the coverage matrix and its gaps,
influence lines across accounts."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import delete, select

from desktop.models import (
    Account,
    Contact,
    DecisionGroupMember,
    InfluenceLink,
    Opportunity,
    RelationshipOwner,
    TrashEntry,
)
from desktop.services import trash
from desktop.services.messages import UserError
from desktop.services.orgchart.chart import OrgChartReader
from desktop.services.orgchart.coverage import analyse
from desktop.services.orgchart.people import PeopleService
from desktop.services.orgchart.relationships import GapKind, RelationshipService
from tests.unit.orgchart.test_people import dump

NOW = datetime(2026, 11, 23, 10, 0)


def person(db, name: str) -> int:
    with db.read() as s:
        return s.scalar(select(Contact.id).where(Contact.name == name))


def account(db, part: str) -> int:
    with db.read() as s:
        return s.scalar(select(Account.id).where(Account.name.like(f"%{part}%")))


def deal(db, part: str) -> int:
    with db.read() as s:
        return s.scalar(select(Opportunity.id).where(Opportunity.name.like(f"%{part}%")))


@pytest.fixture
def service(demo_db) -> RelationshipService:
    with demo_db.session() as s:  # start from nobody knowing anyone
        s.execute(delete(RelationshipOwner))
    return RelationshipService(demo_db)


def test_owners_are_added_changed_removed_checked_and_undone_exactly(demo_db, service) -> None:
    han = person(demo_db, "Han Deming")
    before = dump(demo_db)
    added = service.add(han, "  Zhang   Tao ", 3, " old classmates ")
    assert [(o.member, o.strength, o.note) for o in service.owners(han)] == [
        ("Zhang Tao", 3, "old classmates")
    ]
    with pytest.raises(UserError, match="already an owner"):
        service.add(han, "Zhang Tao", 1)
    with pytest.raises(UserError, match="name of the colleague"):
        service.add(han, "   ", 2)
    with pytest.raises(UserError, match="1 \\(acquainted\\), 2 \\(good\\) or 3"):
        service.add(han, "Li Ming", 4)
    second = service.add(han, "Li Ming", 1)
    with pytest.raises(UserError, match="already an owner"):
        service.update(second.record_id, "Zhang Tao", 1)
    changed = service.update(second.record_id, "Li Ming", 2, "")
    assert [o.member for o in service.owners(han)] == ["Zhang Tao", "Li Ming"]  # strongest first
    removed = service.remove(added.record_id)
    assert [o.member for o in service.owners(han)] == ["Li Ming"]
    for edit in (removed, changed, second, added):
        service.restore(edit.before, edit.changes)
    assert dump(demo_db) == before


def test_the_team_is_the_user_then_owners_and_deal_teams(demo_db, service) -> None:
    service.add(person(demo_db, "Han Deming"), "Qiu Ying", 2)
    team = service.team()
    assert team[0] == "Li Ming"  # the user's name (default owner) first
    assert {"Qiu Ying", "Zhang Tao", "Huang Kai", "Chen Jing"} <= set(team)
    assert team.count("Li Ming") == 1 and "" not in team


def test_the_matrix_of_a_deal_shows_the_gaps_closing(demo_db, service) -> None:
    l4 = deal(demo_db, "Line 4")
    lu, xia = person(demo_db, "Lu Jianxin"), person(demo_db, "Xia Liqun")
    matrix = service.matrix(account(demo_db, "Rail"), l4)
    with demo_db.read() as s:
        group = set(
            s.scalars(
                select(DecisionGroupMember.contact_id).where(
                    DecisionGroupMember.opportunity_id == l4
                )
            )
        )
    assert {row.person_id for row in matrix.rows} == group
    assert matrix.members[:4] == ("Li Ming", "Zhang Tao", "Huang Kai", "Chen Jing")
    assert matrix.rows[0].key  # key people first
    key_gaps = {gap.person_id for gap in matrix.gaps if gap.kind is GapKind.KEY_UNKNOWN}
    assert {row.person_id for row in matrix.rows if row.key} == key_gaps
    assert lu in key_gaps  # the technical gatekeeper, a blocker in this deal
    # Acquainted is not enough for a key person; a good relationship closes the gap.
    first = service.add(lu, "Chen Jing", 1)
    gaps = {g.person_id: g.kind for g in service.matrix(0, l4).gaps}
    assert gaps[lu] is GapKind.KEY_NOT_WELL
    service.update(first.record_id, "Chen Jing", 3)
    matrix = service.matrix(0, l4)
    assert lu not in {g.person_id for g in matrix.gaps}
    assert matrix.strength(lu, "Chen Jing") == 3 and matrix.best(lu) == 3
    # One colleague alone knowing most key people well is a single point of failure.
    for row in matrix.rows:
        if row.key and row.person_id != lu:
            service.add(row.person_id, "Li Ming", 2)
    matrix = service.matrix(0, l4)
    single = [g for g in matrix.gaps if g.kind is GapKind.SINGLE_POINT]
    assert [g.member for g in single] == ["Li Ming"]
    assert "Li Ming alone knows" in single[0].message.render()
    for row in matrix.rows:
        if row.key and row.person_id != lu:
            service.add(row.person_id, "Zhang Tao", 2)
    kinds = {g.kind for g in service.matrix(0, l4).gaps}
    assert kinds <= {GapKind.NO_OWNER}
    assert xia not in {g.person_id for g in service.matrix(0, l4).gaps}


def test_the_account_matrix_has_everyone_and_no_owner_rows(demo_db, service) -> None:
    rail = account(demo_db, "Rail")
    matrix = service.matrix(rail)
    with demo_db.read() as s:
        count = len(s.scalars(select(Contact.id).where(Contact.account_id == rail)).all())
    assert len(matrix.rows) == count
    nobody = [g for g in matrix.gaps if g.kind is GapKind.NO_OWNER]
    assert len(nobody) == sum(1 for row in matrix.rows if not row.key)


def test_a_line_across_accounts_is_on_both_charts_and_follows_the_person(demo_db) -> None:
    people = PeopleService(demo_db)
    reader = OrgChartReader(demo_db)
    rail, uni = account(demo_db, "Rail"), account(demo_db, "University")
    # Fan Wentao, a business gatekeeper of the university, has never been met.
    cheng, mo = person(demo_db, "Cheng Yuan"), person(demo_db, "Fan Wentao")
    added = people.add_link(cheng, mo, 3, "Same design institute")
    assert added.changes.account_id is None  # both charts refresh
    for account_id in (rail, uni):
        chart = reader.load(account_id)
        assert added.record_id in {link.id for link in chart.links}
    outsider = reader.load(uni).person(cheng)
    assert outsider is not None and outsider.from_account and "Rail" in outsider.from_account
    assert outsider.layer.value == "external" and outsider.reports_to_id is None
    assert reader.load(rail).person(mo).from_account.startswith("Huaihai")
    # Their roles and visits belong to their own account: no red flag of this one names them.
    flags = analyse(reader.load(rail), NOW.date(), 60)
    assert mo not in {flag.person_id for flag in flags}
    # Deleting the outside person takes the line off both charts; undo brings it back.
    before = dump(demo_db)
    deleted = people.delete(cheng, NOW)
    assert deleted.changes.account_id is None
    assert reader.load(uni).person(cheng) is None
    assert added.record_id not in {link.id for link in reader.load(uni).links}
    people.undelete(deleted)
    assert added.record_id in {link.id for link in reader.load(uni).links}
    assert dump(demo_db) == before
    # The trash restores it too.
    people.delete(cheng, NOW)
    with demo_db.session() as s:
        trash.restore(s, s.scalar(select(TrashEntry.id).order_by(TrashEntry.id.desc())))
    with demo_db.read() as s:
        assert s.get(InfluenceLink, added.record_id) is not None
