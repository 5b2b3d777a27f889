"""The map over time: the chart as it was on a date, what changed since, people who left or
moved (docs/map-over-time.md)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import delete

from desktop.models import Account, ChangeEntry, Contact, ContactRole, InfluenceLink, Interaction
from desktop.models.enums import Role, Stance
from desktop.services.clock import FixedClock
from desktop.services.messages import UserError
from desktop.services.orgchart.chart import OrgChartReader
from desktop.services.orgchart.coverage import FlagKind, analyse
from desktop.services.orgchart.history import PersonHistory
from desktop.services.orgchart.moves import MovesService, former_coach_flags
from desktop.services.orgchart.people import PeopleService
from desktop.services.orgchart.timeline import changes_since, chart_as_of

pytestmark = pytest.mark.both_engines

MARCH = datetime(2026, 3, 10, 9, 0)
JUNE = datetime(2026, 6, 10, 9, 0)
TODAY = date(2026, 11, 23)


@pytest.fixture
def grid(db):
    """An account made in March: Zhou (neutral) and Xia (coach role), Zhou influences Xia."""
    db.clock = FixedClock(MARCH)
    with db.session() as s:
        account = Account(name="Grid")
        zhou = Contact(account=account, name="Zhou", stance=Stance.NEUTRAL)
        xia = Contact(account=account, name="Xia", stance=Stance.SUPPORTER)
        xia.role_links.append(ContactRole(role=Role.COACH))
        s.add_all([account, zhou, xia])
        s.flush()
        s.add(InfluenceLink(source_id=zhou.id, target_id=xia.id))
    db.clock = FixedClock(JUNE)
    return account.id, zhou.id, xia.id


def _past(db, account_id: int, day: date):
    with db.read() as s:
        return chart_as_of(s, account_id, day, TODAY)


def _since(db, account_id: int, day: date) -> list[tuple[str, str]]:
    with db.read() as s:
        return [(line.name, str(line.what)) for line in changes_since(s, account_id, day)]


def test_a_stance_changed_after_the_date_shows_the_old_stance(db, grid) -> None:
    account_id, zhou, _xia = grid
    PeopleService(db).set_stance(zhou, Stance.OPPONENT)
    past = _past(db, account_id, date(2026, 4, 1))
    assert past.chart.by_id()[zhou].stance is Stance.NEUTRAL
    assert not past.approximate
    assert _past(db, account_id, date(2026, 6, 10)).chart.by_id()[zhou].stance is Stance.OPPONENT
    assert ("Zhou", "Stance: Neutral → Opponent") in _since(db, account_id, date(2026, 4, 1))


def test_a_role_taken_after_the_date_is_back_on_the_card(db, grid) -> None:
    account_id, _zhou, xia = grid
    PeopleService(db).set_roles(xia, ())
    assert _past(db, account_id, date(2026, 4, 1)).chart.by_id()[xia].roles == (Role.COACH,)
    assert ("Xia", "No longer: Coach") in _since(db, account_id, date(2026, 4, 1))


def test_a_person_created_after_the_date_is_absent(db, grid) -> None:
    account_id, *_ = grid
    with db.session() as s:
        s.add(Contact(account_id=account_id, name="Newcomer"))
    names = {p.name for p in _past(db, account_id, date(2026, 4, 1)).chart.people}
    assert names == {"Zhou", "Xia"}
    assert ("Newcomer", "Added to the map") in _since(db, account_id, date(2026, 4, 1))
    assert "Newcomer" not in {n for n, _ in _since(db, account_id, date(2026, 6, 10))}


def test_a_person_deleted_after_the_date_is_back_with_their_lines(db, grid) -> None:
    account_id, zhou, xia = grid
    PeopleService(db).delete(zhou, JUNE)
    assert [p.name for p in OrgChartReader(db).load(account_id).people] == ["Xia"]
    past = _past(db, account_id, date(2026, 4, 1)).chart
    assert past.by_id()[zhou].stance is Stance.NEUTRAL
    assert [(x.source_id, x.target_id) for x in past.links] == [(zhou, xia)]
    assert ("Zhou", "Deleted") in _since(db, account_id, date(2026, 4, 1))


def test_before_the_change_log_began_the_map_says_it_shows_todays_values(db, grid) -> None:
    account_id, zhou, _xia = grid
    assert not _past(db, account_id, date(2025, 12, 31)).chart.people  # added in March
    with db.session() as s:  # records older than the change log
        s.execute(delete(ChangeEntry))
    PeopleService(db).set_stance(zhou, Stance.OPPONENT)
    past = _past(db, account_id, date(2025, 12, 31))
    assert past.approximate
    assert {p.name for p in past.chart.people} == {"Zhou", "Xia"}
    assert past.chart.by_id()[zhou].stance is Stance.NEUTRAL  # what is logged is replayed
    assert not _past(db, account_id, date(2026, 6, 10)).approximate


def test_the_last_meeting_is_the_last_one_before_the_date(db, grid) -> None:
    account_id, zhou, _xia = grid
    with db.session() as s:
        for day in (date(2026, 3, 20), date(2026, 9, 1)):
            s.add(Interaction(account_id=account_id, contact_id=zhou, occurred_on=day))
    assert _past(db, account_id, date(2026, 4, 1)).chart.by_id()[zhou].last_met == date(2026, 3, 20)


def test_a_person_who_left_is_shown_as_left_only_from_that_day(db, grid) -> None:
    account_id, zhou, _xia = grid
    MovesService(db).set_left(zhou, date(2026, 6, 1))
    now = OrgChartReader(db).load(account_id)
    assert now.by_id()[zhou].has_left
    assert not _past(db, account_id, date(2026, 5, 1)).chart.by_id()[zhou].has_left
    assert ("Zhou", "Left the client") in _since(db, account_id, date(2026, 5, 1))
    # the coverage analysis ignores them: Zhou, neutral and unmet, raises nothing any more
    flags = analyse(now, TODAY, 60)
    assert all(flag.person_id != zhou for flag in flags)


def test_a_moved_person_keeps_their_history_and_is_back_at_the_old_account(db, grid) -> None:
    account_id, _zhou, xia = grid
    with db.session() as s:
        s.add(Interaction(account_id=account_id, contact_id=xia, occurred_on=date(2026, 5, 2)))
        other = Account(name="Design Institute")
        s.add(other)
    db.clock = FixedClock(datetime(2026, 8, 1, 9, 0))
    MovesService(db).move(xia, other.id, date(2026, 8, 1))
    with db.read() as s:
        moved = s.get_one(Contact, xia)
        assert (moved.account_id, moved.moved_from_id, moved.moved_on) == (
            other.id,
            account_id,
            date(2026, 8, 1),
        )
        assert [i.occurred_on for i in moved.interactions] == [date(2026, 5, 2)]
        assert moved.roles == []  # roles of the old organisation
    assert any(str(line.what) == "Account" for line in PersonHistory(db).of(xia))
    old_map = _past(db, account_id, date(2026, 7, 1)).chart
    assert old_map.by_id()[xia].roles == (Role.COACH,)
    assert len(old_map.links) == 1
    assert xia not in _past(db, other.id, date(2026, 7, 1)).chart.by_id()
    assert xia in OrgChartReader(db).load(other.id).by_id()
    assert ("Xia", "Moved to Design Institute") in _since(db, account_id, date(2026, 7, 1))
    assert ("Xia", "No longer: Coach") in _since(db, account_id, date(2026, 7, 1))
    # the new account sees them join, not what the move cleared of the old organisation
    assert _since(db, other.id, date(2026, 1, 1)) == [("Xia", "Joined from Grid")]


def test_a_former_coach_at_a_new_account_is_flagged_as_a_way_in(db, grid) -> None:
    _account_id, zhou, xia = grid
    with db.session() as s:
        other = Account(name="Design Institute")
        s.add(other)
    moves = MovesService(db)
    moves.move(xia, other.id, date(2026, 8, 1))  # the coach role
    moves.move(zhou, other.id, date(2026, 8, 1))  # neutral, no coach role: not flagged
    coaches = moves.former_coaches(other.id)
    assert [(c.name, c.account) for c in coaches] == [("Xia", "Grid")]
    flags = former_coach_flags(coaches)
    assert flags[0].kind is FlagKind.FORMER_COACH and flags[0].person_id == xia
    assert str(flags[0].message) == (
        "Xia was our coach at Grid: a possible way in. Create a lead from it."
    )


def test_moving_to_the_same_account_is_refused_in_one_sentence(db, grid) -> None:
    account_id, zhou, _xia = grid
    with pytest.raises(UserError) as error:
        MovesService(db).move(zhou, account_id, date(2026, 8, 1))
    assert str(error.value.message) == "Zhou is already at Grid: choose the client they moved to."


def test_a_move_undoes_exactly(db, grid) -> None:
    account_id, _zhou, xia = grid
    with db.session() as s:
        other = Account(name="Design Institute")
        s.add(other)
    people = PeopleService(db)
    edit = MovesService(db).move(xia, other.id, date(2026, 8, 1))
    people.restore(edit.before, edit.changes)
    chart = OrgChartReader(db).load(account_id)
    assert chart.by_id()[xia].roles == (Role.COACH,) and len(chart.links) == 1


def test_a_person_who_moved_away_and_came_back_is_on_the_map_once(db, grid) -> None:
    account_id, zhou, _xia = grid
    with db.session() as s:
        other = Account(name="Design Institute")
        s.add(other)
    moves = MovesService(db)
    moves.move(zhou, other.id, date(2026, 7, 1))
    moves.move(zhou, account_id, date(2026, 8, 1))
    past = _past(db, account_id, date(2026, 4, 1)).chart
    assert [p.name for p in past.people].count("Zhou") == 1
    assert zhou not in _past(db, other.id, date(2026, 4, 1)).chart.by_id()
