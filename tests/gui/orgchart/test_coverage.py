"""Who on our side knows whom, as a user works with it (docs/coverage.md): add an owner in
the person panel, colour the chart by owner, the matrix's gap closing, a line from another
account drawn on both charts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.models import InfluenceLink, RelationshipOwner
from desktop.services.orgchart.relationships import GapKind
from desktop.views.orgchart.card_item import BY_OWNER, PersonCardItem
from desktop.views.orgchart.legend import entries
from desktop.views.orgchart.tab import OrgChartTab
from tests.gui.conftest import shown
from tests.gui.orgchart.conftest import account_id, person_id
from tests.unit.orgchart.test_people import dump


def fill(monkeypatch, tab, **values) -> dict:
    """Replace the tab's dialog runner: fill the dialog with ``values`` and press Save."""
    seen: dict = {}

    def run(dialog) -> int:
        for name, value in values.items():
            widget = getattr(dialog, name)
            if hasattr(widget, "setCurrentText") and widget.isEditable():
                widget.setCurrentText(value)
            elif hasattr(widget, "findData"):
                widget.setCurrentIndex(widget.findData(value))
            else:
                widget.setText(value)
        dialog.accept()
        seen["error"] = dialog.error.text() if dialog.error.isVisibleTo(dialog) else ""
        seen["dialog"] = dialog
        return dialog.result()

    monkeypatch.setattr(tab, "open_dialog", run)
    return seen


def test_add_an_owner_colour_by_owner_and_the_gap_closes(qtbot, tab, ctx, monkeypatch) -> None:
    xia = person_id(ctx.db, "Xia Liqun")  # the chief engineer: only acquainted with Chen Jing
    line4 = next(
        deal_id
        for deal_id, name in ctx.services.relationships.deals(tab.account_id)
        if "Line 4" in name
    )
    dialog = tab.relations.show_matrix(line4)
    assert dialog is not None and dialog.isVisible()
    gap_texts = [dialog.gaps.item(i).text() for i in range(dialog.gaps.count())]
    assert any(text.startswith("Xia Liqun") and "only acquainted" in text for text in gap_texts)
    row = next(i for i, r in enumerate(dialog.model.matrix.rows) if r.person_id == xia)
    column = 4 + dialog.model.matrix.members.index("Chen Jing")
    assert dialog.model.index(row, column).data() == "acquainted"

    tab.open_person(xia)
    owners = tab.panel.owners
    assert [o.member for o in owners.table.source.rows()] == ["Chen Jing"]
    seen = fill(monkeypatch, tab, member="Zhang Tao", strength=3, note="MBA classmates")
    owners.add_button.click()
    assert seen["error"] == ""
    with ctx.db.read() as s:
        added = s.scalars(
            select(RelationshipOwner).where(
                RelationshipOwner.contact_id == xia, RelationshipOwner.member == "Zhang Tao"
            )
        ).one()
    assert (added.strength, added.note) == (3, "MBA classmates")
    assert [o.member for o in owners.table.source.rows()] == ["Zhang Tao", "Chen Jing"]
    assert tab.panel.owners_title.text() == "Known on our team by (2)"
    # The matrix, still open, follows: the chief engineer's gap is closed.
    assert xia not in {g.person_id for g in dialog.model.matrix.gaps}
    assert dialog.model.matrix.strength(xia, "Zhang Tao") == 3

    # Colour by owner: the card shows the initials, coloured by the strongest relationship.
    tab.relations.colour_by.setCurrentIndex(tab.relations.colour_by.findData(BY_OWNER))
    card = tab.scene.cards[xia]
    assert card.colour_by == BY_OWNER
    assert (card.content.owners, card.content.coverage) == ("ZT CJ", 3)
    assert tab.legend.colour_by == BY_OWNER
    assert "nobody knows them" in [e.text for e in entries(lambda _c, text: text, BY_OWNER)]
    nobody = person_id(ctx.db, "Ren Jia")
    assert tab.scene.cards[nobody].content.coverage is None
    # Exports and prints are coloured as the chart on screen.
    page = tab.exports._scene()
    exported = [item for item in page.items() if isinstance(item, PersonCardItem)]
    assert exported and {card.colour_by for card in exported} == {BY_OWNER}

    # A duplicate is refused inside the dialog, which stays open.
    seen = fill(monkeypatch, tab, member="Zhang Tao", strength=1)
    owners.add_button.click()
    assert "already an owner" in seen["error"]
    # Undo takes the owner away again, and the gap comes back.
    tab.undo_stack.undo()
    assert [o.member for o in owners.table.source.rows()] == ["Chen Jing"]
    assert any(
        g.person_id == xia and g.kind is GapKind.KEY_NOT_WELL for g in dialog.model.matrix.gaps
    )


def test_remove_an_owner_from_the_panel(qtbot, tab, ctx) -> None:
    gao = person_id(ctx.db, "Gao Feng")
    tab.open_person(gao)
    owners = tab.panel.owners
    before = dump(ctx.db)
    owners.table.selectRow(0)
    owners.remove_button.click()
    assert [o.member for o in owners.table.source.rows()] == ["Huang Kai"]
    tab.undo_stack.undo()
    assert dump(ctx.db) == before


def test_a_line_from_another_account_is_drawn_on_both_charts(qtbot, tab, ctx, monkeypatch) -> None:
    uni = account_id(ctx.db, "University")
    mo, cheng = person_id(ctx.db, "Mo Fan"), person_id(ctx.db, "Cheng Yuan")
    tab.set_account(uni)
    menu = tab.menus.card_menu(mo, tab)
    item = next(a for a in menu.actions() if a.text().startswith("Influenced by someone"))
    label = next(text for pid, text in ctx.services.relationships.others(uni) if pid == cheng)
    seen = fill(monkeypatch, tab, source=label, strength=3, note="Same design institute")
    item.trigger()
    assert seen["error"] == ""
    with ctx.db.read() as s:
        link = s.scalars(
            select(InfluenceLink).where(
                InfluenceLink.source_id == cheng, InfluenceLink.target_id == mo
            )
        ).one()
    # On this chart: Cheng Yuan as an outside card "From <the metro>", with the line drawn.
    assert link.id in tab.scene.arrows
    outsider = tab.scene.cards[cheng].content
    assert outsider.foreign and outsider.subtitle.startswith("From Pengcheng Urban Rail")
    assert tab.chart.person(cheng).layer.value == "external"
    # Their record is edited on their own chart: here it is read only.
    tab.open_person(cheng)
    assert not tab.panel.form.isEnabled()
    assert not any(a.text() == "Delete…" for a in tab.menus.card_menu(cheng, tab).actions())
    # On the other account's chart, already open in another tab, the line appears as well.
    other = shown(qtbot, OrgChartTab(ctx))
    other.set_account(account_id(ctx.db, "Rail"))
    assert link.id in other.scene.arrows
    assert other.scene.cards[mo].content.subtitle.startswith("From Huaihai University")
    # Undo removes it from the chart.
    tab.undo_stack.undo()
    assert link.id not in tab.scene.arrows and cheng not in tab.scene.cards


def test_choosing_nobody_from_the_list_is_refused_in_the_dialog(
    qtbot, tab, ctx, monkeypatch
) -> None:
    seen = fill(monkeypatch, tab, source="Nobody at all")
    tab.relations.add_outside_link(person_id(ctx.db, "Lu Jianxin"))
    assert seen["error"] == "Choose a person from the list."
    assert tab.undo_stack.count() == 0


def test_the_matrix_follows_the_chosen_deal_and_opens_a_person(qtbot, tab, ctx) -> None:
    dialog = tab.relations.show_matrix()
    everyone = dialog.model.rowCount()
    assert everyone == 16 and dialog.deal.currentData() is None
    dialog.deal.setCurrentIndex(1)
    assert 0 < dialog.model.rowCount() < everyone
    first = dialog.model.matrix.rows[0].person_id
    dialog.table.doubleClicked.emit(dialog.model.index(0, 0))
    assert tab.panel.person_id == first
    item = dialog.gaps.item(0)
    dialog.gaps.itemActivated.emit(item)
    assert tab.panel.person_id == item.data(Qt.ItemDataRole.UserRole)


def test_the_matrix_opened_on_a_deal_is_read_once(qtbot, tab, ctx, monkeypatch) -> None:
    (deal, _name), *_ = ctx.services.relationships.deals(tab.account_id)
    service = tab.editor.relationships
    read = []
    matrix = service.matrix
    monkeypatch.setattr(service, "matrix", lambda *args: read.append(args) or matrix(*args))
    dialog = tab.relations.show_matrix(deal)
    assert read == [(tab.account_id, deal)] and dialog.deal.currentData() == deal
    dialog.hide()
    tab.relations.show_matrix()  # the deal shown before on this account
    assert read[1:] == [(tab.account_id, deal)]


def test_the_colour_choice_is_remembered_for_the_next_chart(qtbot, tab, ctx) -> None:
    combo = tab.relations.colour_by
    combo.setCurrentIndex(combo.findData(BY_OWNER))
    again = shown(qtbot, OrgChartTab(ctx))  # as after a restart: read from the preferences
    again.set_account(account_id(ctx.db, "Rail"))
    assert again.relations.colour_by.currentData() == BY_OWNER
    assert all(card.colour_by == BY_OWNER for card in again.scene.cards.values())
