"""An interaction of the visit log and a relationship owner refuse to write over a colleague's
change and reload with the user's edits on top (docs/team-server.md#versions)."""

from __future__ import annotations

from dataclasses import replace

from desktop.services.orgchart.people import LinkData
from desktop.views.common import changed_meanwhile
from tests.gui.orgchart.conftest import person_id


def test_reload_and_reapply_keeps_both_changes(qtbot, tab, ctx, monkeypatch) -> None:
    tab.open_person(person_id(ctx.db, "Bai Zhigang"))
    log = tab.panel.visits
    tab.panel.tabs.setCurrentWidget(log)
    log.table.selectRow(0)
    row = log.table.selected_row()
    visits = ctx.services.visits
    asked = []
    monkeypatch.setattr(
        changed_meanwhile, "offer_reload", lambda parent, error: asked.append(1) or True
    )
    seen = []

    def edit(dialog) -> int:
        seen.append(dialog)
        dialog.participants.setText("Li Ming; Bai Zhigang")  # the user types...
        theirs, _ = visits.read(row.id)  # ...a colleague saves meanwhile
        visits.update(row.id, replace(theirs, next_step="Send the test report"), ctx.clock.today())
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(tab, "open_dialog", edit)
    log.edit_button.click()
    (dialog,) = seen
    assert asked and dialog.result() == 0
    assert visits.read(row.id)[0].participants != "Li Ming; Bai Zhigang"  # nothing written over
    assert dialog.next_step.text() == "Send the test report"
    assert dialog.participants.text() == "Li Ming; Bai Zhigang"
    dialog.accept()
    assert dialog.result() == 1
    saved, _ = visits.read(row.id)
    assert (saved.participants, saved.next_step) == ("Li Ming; Bai Zhigang", "Send the test report")


def test_a_relationship_owner(qtbot, tab, ctx, monkeypatch) -> None:
    xia = person_id(ctx.db, "Xia Liqun")
    tab.open_person(xia)
    owners = tab.panel.owners
    (owner,) = owners.table.source.rows()
    relationships = ctx.services.relationships
    monkeypatch.setattr(changed_meanwhile, "offer_reload", lambda parent, error: True)
    seen = []

    def edit(dialog) -> int:
        seen.append(dialog)
        dialog.strength.setCurrentIndex(2)  # the user: close
        relationships.update(owner.id, owner.member, owner.strength, "Former colleagues")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(tab, "open_dialog", edit)
    owners.edit_requested.emit(owner)
    (dialog,) = seen
    assert dialog.result() == 0 and dialog.note.text() == "Former colleagues"
    assert dialog.strength.currentData() == 3
    dialog.accept()
    saved, _ = relationships.read(owner.id)
    assert (saved.strength, saved.note) == (3, "Former colleagues")


def _first_line(tab, ctx):
    link = tab.chart.links[0]
    menu = tab.menus.link_menu(link.id, tab)
    return link, menu, ctx.services.people


def test_an_influence_lines_strength(tab, ctx, asked) -> None:
    link, menu, people = _first_line(tab, ctx)
    people.update_link(link.id, link.strength, "Old classmates")  # a colleague, meanwhile
    strength = next(a.menu() for a in menu.actions() if a.text() == "Strength")
    choice = 1 if link.strength == 3 else 3
    strength.actions()[choice - 1].trigger()
    assert asked and "changed this record at" in asked[0]
    assert people.read_link(link.id)[0] == LinkData(choice, "Old classmates")


def test_an_influence_lines_note(tab, ctx, dialogs, asked) -> None:
    link, menu, people = _first_line(tab, ctx)

    def ask_text(title: str, label: str, text: str = "") -> str | None:
        dialogs.prefilled.append(text)
        if len(dialogs.prefilled) == 1:  # while the user types, a colleague saves
            people.update_link(link.id, 1 if link.strength != 1 else 2, link.note)
        return "Met at the design review"

    dialogs.ask_text = ask_text
    next(a for a in menu.actions() if a.text() == "Note…").trigger()
    assert asked and "changed this record at" in asked[0]
    assert dialogs.prefilled == [link.note, "Met at the design review"]  # asked again
    saved, _ = people.read_link(link.id)
    assert saved == LinkData(1 if link.strength != 1 else 2, "Met at the design review")
