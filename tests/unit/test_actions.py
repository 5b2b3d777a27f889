"""Actions: created with an owner, closed only with an outcome, grouped by when they fall due,
answering what they are about, and visits logged from them (docs/actions.md)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from desktop.models import Account, Action, Contact, Interaction, Opportunity
from desktop.models.enums import ActionStatus
from desktop.services import actions
from desktop.services.action_subjects import (
    AboutKind,
    coverage_flag_keys,
    describe_subject,
    red_flag_key,
)
from desktop.services.messages import UserError
from desktop.services.orgchart.coverage import NO_COACH, Flag, FlagKind, Severity
from desktop.services.orgchart.visits import VisitData
from desktop.services.settings import DEFAULT_OWNER

pytestmark = pytest.mark.both_engines

TODAY = date(2026, 11, 23)


def _person(s, name: str = "Wang Jianguo") -> Contact:
    return s.scalars(select(Contact).where(Contact.name == name)).one()


def _new(s, person: Contact, **values) -> Action:
    fields = {
        "account_id": person.account_id,
        "title": "Meet him",
        "assignee": "Li Ming",
        "due_on": TODAY,
        "about_kind": AboutKind.CONTACT,
        "about_key": person.uuid,
    } | values
    return actions.create_action(s, **fields)


def test_an_open_action_needs_a_title_and_someone_to_do_it(demo_db) -> None:
    with demo_db.session() as s:
        wang = _person(s)
        with pytest.raises(UserError, match="needs a title"):
            _new(s, wang, title="  ")
        with pytest.raises(UserError, match="someone on our team"):
            _new(s, wang, assignee="")
        possible = _new(s, wang, assignee="", status=ActionStatus.POSSIBLE)
        assert possible.status is ActionStatus.POSSIBLE
        with pytest.raises(UserError, match="someone on our team"):
            actions.update_action(s, possible.id, status=ActionStatus.OPEN)
        actions.update_action(s, possible.id, status=ActionStatus.OPEN, assignee=" Zhao ")
        assert (possible.status, possible.assignee) == (ActionStatus.OPEN, "Zhao")


def test_closing_needs_an_outcome_and_reopening_clears_it(demo_db) -> None:
    with demo_db.session() as s:
        action = _new(s, _person(s))
        with pytest.raises(UserError, match="outcome"):
            actions.close_action(s, action.id, done=True, outcome=" ", today=TODAY)
        assert action.status is ActionStatus.OPEN
        actions.close_action(s, action.id, done=False, outcome="He retired", today=TODAY)
        assert (action.status, action.closed_on) == (ActionStatus.DROPPED, TODAY)
        with pytest.raises(UserError, match="already closed"):
            actions.close_action(s, action.id, done=True, outcome="x", today=TODAY)
        with pytest.raises(UserError, match="close and reopen"):
            actions.update_action(s, action.id, status=ActionStatus.OPEN)
        actions.reopen_action(s, action.id)
        assert (action.status, action.outcome, action.closed_on) == (ActionStatus.OPEN, "", None)
        with pytest.raises(UserError, match="not closed"):
            actions.reopen_action(s, action.id)


def test_due_actions_are_grouped_overdue_today_and_this_week(demo_db) -> None:
    with demo_db.session() as s:
        wang = _person(s)
        s.execute(Action.__table__.delete())  # the sample's own actions
        late = _new(s, wang, title="late", due_on=TODAY - timedelta(days=3))
        now = _new(s, wang, title="now", due_on=TODAY)
        soon = _new(s, wang, title="soon", due_on=TODAY + timedelta(days=7))
        _new(s, wang, title="later", due_on=TODAY + timedelta(days=8))
        _new(s, wang, title="undated", due_on=None)
        _new(s, wang, title="idea", due_on=TODAY, status=ActionStatus.POSSIBLE)
        closed = _new(s, wang, title="closed", due_on=TODAY - timedelta(days=1))
        actions.close_action(s, closed.id, done=True, outcome="met", today=TODAY)
        due = actions.actions_due(s, TODAY, 7)
        assert [a.id for a in due.overdue] == [late.id]
        assert [a.id for a in due.due_today] == [now.id]
        assert [a.id for a in due.this_week] == [soon.id]
        assert due.overdue[0].account == s.get_one(Account, wang.account_id).name


def test_a_flag_with_an_open_action_is_being_worked_on_until_it_is_closed(demo_db) -> None:
    with demo_db.session() as s:
        wang = _person(s)
        flag = Flag(FlagKind.NOT_MET, Severity.MEDIUM, NO_COACH, wang.id)
        (key,) = coverage_flag_keys(s, [flag], wang.account_id)
        assert key == red_flag_key("not_met", wang.uuid)
        assert actions.open_actions_about(s, [key]) == {}
        action = _new(s, wang, about_kind=AboutKind.RED_FLAG, about_key=key)
        assert actions.open_actions_about(s, [key, "other"])[key].id == action.id
        actions.close_action(s, action.id, done=True, outcome="Met him", today=TODAY)
        assert actions.open_actions_about(s, [key]) == {}


def test_an_empty_layer_flag_is_keyed_by_its_account_and_layer(demo_db) -> None:
    from desktop.models.enums import Layer

    with demo_db.session() as s:
        account = s.scalars(select(Account)).first()
        assert account is not None
        flag = Flag(FlagKind.EMPTY_LAYER, Severity.HIGH, NO_COACH, layer=Layer.DECISION)
        (key,) = coverage_flag_keys(s, [flag], account.id)
        assert key == f"empty_layer.decision:{account.uuid}"
        subject = describe_subject(s, AboutKind.RED_FLAG, key)
        assert (subject.record_kind, subject.record_id) == ("account", account.id)


def test_describe_subject_names_the_record_and_where_to_go(demo_db) -> None:
    with demo_db.session() as s:
        wang = _person(s)
        deal = s.scalars(select(Opportunity)).first()
        assert deal is not None
        person = describe_subject(s, AboutKind.CONTACT, wang.uuid)
        assert person.label.render() == "Person: Wang Jianguo"
        assert (person.record_kind, person.record_id, person.contact_id) == (
            "contact",
            wang.id,
            wang.id,
        )
        flag = describe_subject(s, AboutKind.RED_FLAG, red_flag_key("x", deal.uuid))
        assert (flag.record_kind, flag.record_id, flag.contact_id) == (
            "opportunity",
            deal.id,
            None,
        )
        gone = describe_subject(s, AboutKind.CONTACT, "no-such-uuid")
        assert gone.record_id is None and "no longer there" in gone.label.render()


def test_a_visit_logged_from_an_action_is_linked_and_updates_the_ratings(demo_db) -> None:
    with demo_db.session() as s:
        wang = _person(s)
        action = _new(s, wang)
        visit = actions.log_visit_from_action(
            s, action.id, VisitData(occurred_on=TODAY, notes="Lunch", trust_after=5), today=TODAY
        )
        assert action.interaction_id == visit.id
        assert (visit.contact_id, wang.trust) == (wang.id, 5)
        assert action.status is ActionStatus.OPEN  # closing is the user's separate choice


def test_a_visit_for_an_action_not_about_a_person_needs_one_chosen(demo_db) -> None:
    with demo_db.session() as s:
        wang = _person(s)
        deal = s.scalars(select(Opportunity)).first()
        assert deal is not None
        action = _new(s, wang, about_kind=AboutKind.OPPORTUNITY, about_key=deal.uuid)
        with pytest.raises(UserError, match="Choose the person"):
            actions.log_visit_from_action(s, action.id, VisitData(occurred_on=TODAY), today=TODAY)
        visit = actions.log_visit_from_action(
            s, action.id, VisitData(occurred_on=TODAY), today=TODAY, contact_id=wang.id
        )
        assert s.get(Interaction, visit.id) is not None


def test_a_future_visit_is_refused_and_nothing_is_linked(demo_db) -> None:
    with demo_db.session() as s:
        action = _new(s, _person(s))
        with pytest.raises(UserError, match="future"):
            actions.log_visit_from_action(
                s, action.id, VisitData(occurred_on=TODAY + timedelta(days=1)), today=TODAY
            )
        assert action.interaction_id is None


def test_the_default_assignee_is_the_users_name_from_settings(demo_db) -> None:
    with demo_db.session() as s:
        DEFAULT_OWNER.set(s, "Chen Jing")
        assert actions.default_assignee(s) == "Chen Jing"


def test_the_sample_data_has_actions_due_in_each_group_and_one_done(demo_db) -> None:
    with demo_db.read() as s:
        due = actions.actions_due(s, TODAY, 7)
        assert [len(due.overdue), len(due.due_today), len(due.this_week)] == [1, 1, 1]
        done = s.scalars(select(Action).where(Action.status == ActionStatus.DONE)).one()
        assert done.outcome and done.closed_on == TODAY - timedelta(days=5)
        zhou = _person(s, "Zhou Zhenhua")
        key = red_flag_key("decision_maker_against", zhou.uuid)
        assert actions.open_actions_about(s, [key])[key].assignee == "Li Ming"
