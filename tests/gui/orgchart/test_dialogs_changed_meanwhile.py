"""An interaction of the visit log and a relationship owner refuse to write over a colleague's
change and reload with the user's edits on top (docs/team-server.md#versions)."""

from __future__ import annotations

from dataclasses import replace

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
