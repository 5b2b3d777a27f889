"""Editing people and influence lines: validation, one transaction each, exact undo and redo."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import select

from desktop.models import (
    Account,
    Contact,
    ContactRole,
    DecisionGroupMember,
    InfluenceLink,
    Interaction,
    Opportunity,
)
from desktop.models.enums import Layer, Role, Stance
from desktop.services import trash
from desktop.services.messages import UserError
from desktop.services.orgchart.people import PeopleService, PersonData
from tests.dump import dump

pytestmark = pytest.mark.both_engines

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 10, 0)
METRO = "Pengcheng Urban Rail Transit Group Co., Ltd."


def metro(db) -> int:
    with db.read() as s:
        return s.scalar(select(Account.id).where(Account.name.like("%Rail%")))


def contact(db, name: str) -> Contact:
    with db.read() as s:
        return s.scalars(select(Contact).where(Contact.name == name)).one()


@pytest.fixture
def service(demo_db) -> PeopleService:
    return PeopleService(demo_db)


def test_add_a_person_with_roles_under_a_manager(demo_db, service) -> None:
    account = metro(demo_db)
    boss = contact(demo_db, "Lu Jianxin")
    data = PersonData(
        name="  Zhang Wei ",
        title="Signalling engineer",
        layer=Layer.OPERATIONAL,
        reports_to_id=boss.id,
        roles=(Role.USER, Role.INFLUENCER, Role.USER),
        email="zw@metro.example.cn",
        closeness=2,
    )
    before = dump(demo_db)
    edit = service.add(account, data, TODAY)
    saved = service.get(edit.record_id)
    assert saved.name == "Zhang Wei"
    assert saved.reports_to_id == boss.id
    assert saved.roles == (Role.INFLUENCER, Role.USER)
    assert edit.changes.account_id == account
    after = dump(demo_db)
    service.restore(edit.before, edit.changes)
    assert dump(demo_db) == before
    service.restore(edit.after, edit.changes)
    assert dump(demo_db) == after


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"name": "  "}, "Name: enter the person's name."),
        ({"birthday": date(2026, 11, 24)}, "Birthday: the date is in the future"),
        ({"email": "wang at example.cn"}, "E-mail: “wang at example.cn” does not look like"),
        ({"trust": 6}, "Trust: choose a rating from 1 to 5."),
        ({"influence_level": 0}, "Influence: choose a rating from 1 to 5."),
        ({"age": 7}, "Age: enter an age from 16 to 100."),
        ({"title": "x" * 121}, "Title: at most 120 characters"),
    ],
)
def test_invalid_records_name_the_field_and_change_nothing(demo_db, service, change, words):
    wang = contact(demo_db, "Wang Jianguo")
    data = replace(service.get(wang.id), **change)
    before = dump(demo_db)
    with pytest.raises(UserError) as raised:
        service.update(wang.id, data, TODAY)
    assert raised.value.message.render().startswith(words)
    assert dump(demo_db) == before


def test_a_birthday_today_is_fine_and_outsider_kind_is_dropped_for_insiders(demo_db, service):
    from desktop.models.enums import ExternalKind

    wang = contact(demo_db, "Wang Jianguo")
    data = replace(service.get(wang.id), birthday=TODAY, external_kind=ExternalKind.HEADQUARTERS)
    service.update(wang.id, data, TODAY)
    saved = service.get(wang.id)
    assert saved.birthday == TODAY and saved.external_kind is None


def test_update_then_undo_restores_the_record_and_its_roles_exactly(demo_db, service):
    sun = contact(demo_db, "Sun Lixin")
    before = dump(demo_db)
    data = replace(
        service.get(sun.id),
        title="Chief engineer",
        roles=(Role.KEY_DECISION_MAKER, Role.PROJECT_LEAD),
        stance=Stance.COACH,
    )
    edit = service.update(sun.id, data, TODAY)
    assert service.get(sun.id).roles == (Role.KEY_DECISION_MAKER, Role.PROJECT_LEAD)
    after = dump(demo_db)
    service.restore(edit.before, edit.changes)
    assert dump(demo_db) == before
    service.restore(edit.after, edit.changes)
    assert dump(demo_db) == after  # redo brings back the same role row, same uuid


def test_reporting_to_someone_in_ones_own_team_is_refused(demo_db, service) -> None:
    han = contact(demo_db, "Han Deming")  # the GM of the metro group
    lu = contact(demo_db, "Lu Jianxin")  # reports to Bai, who reports to Han
    before = dump(demo_db)
    with pytest.raises(UserError) as raised:
        service.set_manager(han.id, lu.id)
    assert raised.value.message.render() == (
        "Han Deming cannot report to Lu Jianxin: Lu Jianxin already reports to Han Deming, "
        "directly or through others."
    )
    with pytest.raises(UserError):
        service.set_manager(han.id, han.id)
    assert dump(demo_db) == before


def test_moving_a_person_to_another_manager_and_back(demo_db, service) -> None:
    lu = contact(demo_db, "Lu Jianxin")
    gao = contact(demo_db, "Gao Feng")
    before = dump(demo_db)
    edit = service.set_manager(lu.id, gao.id)
    assert contact(demo_db, "Lu Jianxin").reports_to_id == gao.id
    service.restore(edit.before, edit.changes)
    assert dump(demo_db) == before
    service.restore(edit.after, edit.changes)
    assert contact(demo_db, "Lu Jianxin").reports_to_id == gao.id
    service.set_manager(lu.id, None)
    assert contact(demo_db, "Lu Jianxin").reports_to_id is None


def test_delete_moves_the_reports_up_and_undo_brings_everything_back(demo_db, service) -> None:
    bai = contact(demo_db, "Bai Zhigang")
    with demo_db.session() as s:  # make him the key contact of a deal, to see it come back
        deal = s.scalars(
            select(Opportunity).where(Opportunity.account_id == bai.account_id)
        ).first()
        deal.key_contact_id = bai.id
    with demo_db.read() as s:
        reports = s.scalars(select(Contact.id).where(Contact.reports_to_id == bai.id)).all()
        counts = {
            model: s.query(model).count()
            for model in (ContactRole, InfluenceLink, Interaction, DecisionGroupMember)
        }
    assert reports
    before = dump(demo_db)
    edit = service.delete(bai.id, NOW)
    with demo_db.read() as s:
        assert s.get(Contact, bai.id) is None
        for report in reports:
            assert s.get(Contact, report).reports_to_id == bai.reports_to_id
        assert s.scalar(select(Opportunity.id).where(Opportunity.key_contact_id == bai.id)) is None
        assert s.query(Interaction).count() < counts[Interaction]
        (entry,) = trash.entries(s, NOW)
    assert (entry.kind, entry.title, entry.account_name) == ("contact", "Bai Zhigang", METRO)
    service.undelete(edit)
    # Everything comes back to the letter: ids, uuids, timestamps, roles, lines, visits, deals;
    # and the trash is empty again.
    assert dump(demo_db) == before
    service.redelete(edit, NOW)
    with demo_db.read() as s:
        assert s.get(Contact, bai.id) is None
        assert all(s.get(Contact, r).reports_to_id == bai.reports_to_id for r in reports)
        (entry,) = trash.entries(s, NOW)
    # Restored from the trash instead: he is back with his reports under him again.
    with demo_db.session() as s:
        trash.restore(s, entry.id)
    with demo_db.read() as s:
        assert all(s.get(Contact, r).reports_to_id == bai.id for r in reports)
        assert s.get(Opportunity, deal.id).key_contact_id == bai.id


def test_stance_and_roles_from_the_context_menu_undo_exactly(demo_db, service) -> None:
    xia = contact(demo_db, "Xia Liqun")
    before = dump(demo_db)
    edits = [
        service.set_stance(xia.id, Stance.SUPPORTER),
        service.set_roles(xia.id, (Role.TECHNICAL_GATEKEEPER, Role.COACH)),
        service.set_roles(xia.id, (Role.COACH,)),
        service.set_stance(xia.id, None),
    ]
    assert service.get(xia.id).stance is None
    assert service.get(xia.id).roles == (Role.COACH,)
    after = dump(demo_db)
    for edit in reversed(edits):
        service.restore(edit.before, edit.changes)
    assert dump(demo_db) == before
    for edit in edits:
        service.restore(edit.after, edit.changes)
    assert dump(demo_db) == after


def test_influence_lines_are_added_changed_removed_and_checked(demo_db, service) -> None:
    yu = contact(demo_db, "Yu Yang")
    han = contact(demo_db, "Han Deming")
    before = dump(demo_db)
    added = service.add_link(yu.id, han.id, 3, " knows him from university ")
    with demo_db.read() as s:
        link = s.get(InfluenceLink, added.record_id)
        assert (link.source_id, link.target_id, link.strength, link.note) == (
            yu.id,
            han.id,
            3,
            "knows him from university",
        )
    with pytest.raises(UserError, match="can already influence"):
        service.add_link(yu.id, han.id)
    with pytest.raises(UserError, match="not to the same person"):
        service.add_link(yu.id, yu.id)
    with pytest.raises(UserError, match="1 \\(weak\\), 2 or 3"):
        service.add_link(han.id, yu.id, 4)
    changed = service.update_link(added.record_id, 1, "")
    removed = service.remove_link(added.record_id)
    for edit in (removed, changed, added):
        service.restore(edit.before, edit.changes)
    assert dump(demo_db) == before


def test_undoing_an_edit_keeps_a_later_change_to_another_field(demo_db, service) -> None:
    """Undo of a record edit puts back only what that edit changed (docs/undo.md)."""
    xia = contact(demo_db, "Xia Liqun")
    edit = service.update(xia.id, replace(service.get(xia.id), title="Chief engineer"), TODAY)
    with demo_db.session() as s:  # a later change elsewhere (an import, another window)
        s.get_one(Contact, xia.id).mobile = "13900000000"
    service.restore(edit.before, edit.changes)
    person = service.get(xia.id)
    assert (person.title, person.mobile) == (xia.title, "13900000000")


def test_an_undo_that_would_lose_a_later_change_is_refused(demo_db, service) -> None:
    xia = contact(demo_db, "Xia Liqun")
    edit = service.set_stance(xia.id, Stance.SUPPORTER)
    service.set_stance(xia.id, Stance.OPPONENT)  # later, the same field
    with pytest.raises(UserError, match="later change"):
        service.restore(edit.before, edit.changes)
    assert service.get(xia.id).stance is Stance.OPPONENT
