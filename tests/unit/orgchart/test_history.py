"""A person's history names people and choices the way the form shows them."""

from __future__ import annotations

import pytest

from desktop.models import Account, Contact, ContactRole
from desktop.models.enums import Role, Stance
from desktop.services.orgchart.history import PersonHistory

pytestmark = pytest.mark.both_engines


def test_a_new_manager_is_shown_by_name_and_a_stance_by_its_label(db) -> None:
    with db.session() as s:
        account = Account(name="Grid")
        boss = Contact(account=account, name="Zhou Zhenhua")
        person = Contact(account=account, name="Xia Liqun")
        s.add_all([account, boss, person])
    with db.session() as s:
        changed = s.get_one(Contact, person.id)
        changed.reports_to_id = boss.id
        changed.stance = Stance.BLOCKER
    lines = PersonHistory(db).of(person.id)
    shown = {(str(line.what), str(line.old), str(line.new)) for line in lines}
    assert ("Reports to", "—", "Zhou Zhenhua") in shown
    assert ("Stance", "—", "Blocker") in shown
    assert str(lines[-1].what) == "Added"


def test_roles_given_and_taken_show_in_the_persons_history(db) -> None:
    with db.session() as s:
        person = Contact(account=Account(name="Grid"), name="Xia Liqun")
        person.role_links.append(ContactRole(role=Role.COACH))
        s.add(person)
    with db.session() as s:
        changed = s.get_one(Contact, person.id)
        changed.role_links.clear()
    lines = PersonHistory(db).of(person.id)
    roles = [(str(line.old), str(line.new)) for line in lines if str(line.what) == "Roles"]
    assert roles == [("Coach", "—"), ("—", "Coach")]
