"""The person panel refuses to write over a colleague's change and reloads with the user's edits
on top (docs/team-server.md#versions)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from desktop.models import Contact
from desktop.services.orgchart.people import PeopleService
from desktop.views.orgchart import tab as tab_module
from tests.gui.orgchart.conftest import person_id


def test_reload_and_reapply_keeps_both_changes(qtbot, tab, ctx, monkeypatch) -> None:
    xia = person_id(ctx.db, "Xia Liqun")
    tab.open_person(xia)
    form = tab.panel.form
    form.lines["wechat"].clear()
    qtbot.keyClicks(form.lines["wechat"], "xia_liqun")  # the user types...
    people = PeopleService(ctx.db)
    theirs = replace(people.get(xia), title="Chief engineer")
    people.update(xia, theirs, ctx.clock.today())  # ...a colleague saves meanwhile
    asked = []
    monkeypatch.setattr(tab_module, "offer_reload", lambda parent, error: asked.append(1) or True)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert asked
    with ctx.db.read() as s:
        assert s.get(Contact, xia).wechat != "xia_liqun"  # nothing written over
    assert form.lines["title"].text() == "Chief engineer"
    assert form.lines["wechat"].text() == "xia_liqun" and form.dirty
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    with ctx.db.read() as s:
        saved = s.get(Contact, xia)
        assert (saved.title, saved.wechat) == ("Chief engineer", "xia_liqun")
    assert not form.dirty
