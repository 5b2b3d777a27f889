"""Editing on the chart the way a user does: add, drag onto another card, delete, context
menus, influence lines; each edit is in the database, and undo/redo restore it exactly."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select

from desktop.models import Contact, InfluenceLink
from desktop.models.enums import Layer, Role, Stance
from tests.gui.orgchart.conftest import person_id
from tests.unit.orgchart.test_people import dump


def manager_of(db, name: str) -> int | None:
    with db.read() as s:
        return s.scalar(select(Contact.reports_to_id).where(Contact.name == name))


def drag(qtbot, tab, source: int, target: int) -> None:
    """Press on one card, move beyond the drag distance, release on another card."""
    view = tab.view
    view.set_zoom(1.0)
    cards = tab.scene.cards
    view.centerOn(
        cards[source].sceneBoundingRect().united(cards[target].sceneBoundingRect()).center()
    )
    start = view.mapFromScene(cards[source].sceneBoundingRect().center())
    end = view.mapFromScene(cards[target].sceneBoundingRect().center())
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), start + QPoint(15, 10))
    qtbot.mouseMove(view.viewport(), end)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)


def test_add_a_person_under_the_selected_card_then_undo_and_redo(qtbot, tab, ctx) -> None:
    lu = person_id(ctx.db, "Lu Jianxin")
    tab.scene.select_person(lu)
    before = dump(ctx.db)
    ctx.dialogs.texts.append("Zhang Wei")
    qtbot.keyClick(tab.view, Qt.Key.Key_Insert)
    new = person_id(ctx.db, "Zhang Wei")
    assert new is not None and manager_of(ctx.db, "Zhang Wei") == lu
    with ctx.db.read() as s:
        assert s.get(Contact, new).layer is Layer.OPERATIONAL  # one layer under a manager
    assert new in tab.scene.cards
    assert tab.panel.isVisible() and tab.panel.person_id == new
    after = dump(ctx.db)
    tab.undo_stack.undo()
    assert dump(ctx.db) == before and new not in tab.scene.cards
    tab.undo_stack.redo()
    assert dump(ctx.db) == after  # the same record again, same uuid


def test_add_a_person_in_an_empty_layer_from_the_background_menu(qtbot, tab, ctx) -> None:
    menu = tab.menus.background_menu(Layer.EXTERNAL, tab)
    ctx.dialogs.texts.append("Chen Gong")
    menu.actions()[0].trigger()
    with ctx.db.read() as s:
        chen = s.scalars(select(Contact).where(Contact.name == "Chen Gong")).one()
    assert chen.layer is Layer.EXTERNAL and chen.reports_to_id is None


def test_with_nobody_selected_a_new_person_tops_the_chart(qtbot, tab, ctx) -> None:
    tab.scene.select_person(None)
    ctx.dialogs.texts.append("Sun Hua")
    tab.add_action.trigger()
    with ctx.db.read() as s:
        sun = s.scalars(select(Contact).where(Contact.name == "Sun Hua")).one()
    assert sun.reports_to_id is None and sun.layer is Layer.DECISION
    assert tab.scene.selected_person() == sun.id


def test_cancelling_the_name_adds_nobody(qtbot, tab, ctx) -> None:
    before = dump(ctx.db)
    ctx.dialogs.texts.append(None)
    tab.add_action.trigger()
    assert dump(ctx.db) == before and tab.undo_stack.count() == 0


def test_drag_a_card_onto_another_changes_the_manager_and_undo_restores_it(qtbot, tab, ctx) -> None:
    lu, gao = person_id(ctx.db, "Lu Jianxin"), person_id(ctx.db, "Gao Feng")
    bai = manager_of(ctx.db, "Lu Jianxin")
    before = dump(ctx.db)
    drag(qtbot, tab, lu, gao)
    qtbot.waitUntil(lambda: manager_of(ctx.db, "Lu Jianxin") == gao)
    # The chart follows: Lu now hangs under Gao.
    assert tab.scene.layout.managers[lu] == gao
    tab.undo_stack.undo()
    assert manager_of(ctx.db, "Lu Jianxin") == bai
    assert dump(ctx.db) == before
    tab.undo_stack.redo()
    assert manager_of(ctx.db, "Lu Jianxin") == gao


def test_dragging_a_manager_onto_their_own_report_is_refused(qtbot, tab, ctx) -> None:
    bai, lu = person_id(ctx.db, "Bai Zhigang"), person_id(ctx.db, "Lu Jianxin")
    before = dump(ctx.db)
    drag(qtbot, tab, bai, lu)
    qtbot.waitUntil(lambda: bool(ctx.dialogs.shown))
    kind, _title, text = ctx.dialogs.shown[-1]
    assert kind == "user_error"
    assert "Bai Zhigang cannot report to Lu Jianxin" in text
    assert dump(ctx.db) == before
    assert tab.undo_stack.count() == 0


def test_while_dragging_the_target_shows_whether_a_drop_is_allowed(qtbot, tab, ctx) -> None:
    scene = tab.scene
    bai, lu, gao = (person_id(ctx.db, n) for n in ("Bai Zhigang", "Lu Jianxin", "Gao Feng"))
    scene.drag_moved(scene.cards[bai], scene.cards[lu].sceneBoundingRect().center())
    assert scene.cards[lu].drop_state is False  # his own report: a loop
    scene.drag_moved(scene.cards[bai], scene.cards[gao].sceneBoundingRect().center())
    assert scene.cards[lu].drop_state is None and scene.cards[gao].drop_state is True


def test_delete_a_person_moves_their_reports_and_undo_brings_all_back(qtbot, tab, ctx) -> None:
    bai = person_id(ctx.db, "Bai Zhigang")
    han = person_id(ctx.db, "Han Deming")
    before = dump(ctx.db)
    tab.scene.select_person(bai)
    ctx.dialogs.answers.append(True)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    kind, _title, text = ctx.dialogs.shown[-1]
    assert kind == "confirm" and "reports will report to Han Deming" in text
    assert person_id(ctx.db, "Bai Zhigang") is None
    assert manager_of(ctx.db, "Lu Jianxin") == han
    tab.undo_stack.undo()
    assert dump(ctx.db) == before
    assert bai in tab.scene.cards


def test_saying_no_to_the_confirmation_deletes_nothing(qtbot, tab, ctx) -> None:
    before = dump(ctx.db)
    tab.scene.select_person(person_id(ctx.db, "Bai Zhigang"))
    ctx.dialogs.answers.append(False)
    tab.delete_action.trigger()
    assert dump(ctx.db) == before


def test_stance_and_roles_from_the_context_menu(qtbot, tab, ctx) -> None:
    xia = person_id(ctx.db, "Xia Liqun")
    menu = tab.menus.card_menu(xia, tab)
    stance_menu = next(a.menu() for a in menu.actions() if a.text() == "Stance")
    supporter = next(a for a in stance_menu.actions() if a.text() == "Supporter")
    assert next(a for a in stance_menu.actions() if a.isChecked()).text() == "Neutral"
    supporter.trigger()
    roles_menu = next(a.menu() for a in menu.actions() if a.text() == "Roles")
    next(a for a in roles_menu.actions() if a.text() == "Coach").trigger()
    person = tab.chart.person(xia)
    assert person.stance is Stance.SUPPORTER
    assert person.roles == (Role.TECHNICAL_GATEKEEPER, Role.COACH)
    # The red flags follow: the metro group now has a coach.
    assert not any(f.kind == "no_coach" for f in tab.flags)
    tab.undo_stack.undo()
    tab.undo_stack.undo()
    assert tab.chart.person(xia).stance is Stance.NEUTRAL
    assert tab.chart.person(xia).roles == (Role.TECHNICAL_GATEKEEPER,)


def test_draw_an_influence_line_with_the_mouse_then_remove_it(qtbot, tab, ctx) -> None:
    yu, han = person_id(ctx.db, "Yu Yang"), person_id(ctx.db, "Han Deming")
    tab.link_action.trigger()
    assert tab.scene.link_mode
    drag(qtbot, tab, yu, han)
    qtbot.waitUntil(lambda: len(tab.chart.links) == 7)  # with the line to the hospital
    with ctx.db.read() as s:
        link = s.scalars(
            select(InfluenceLink).where(
                InfluenceLink.source_id == yu, InfluenceLink.target_id == han
            )
        ).one()
    assert not tab.link_action.isChecked() and not tab.scene.link_mode
    assert link.id in tab.scene.arrows
    menu = tab.menus.link_menu(link.id, tab)
    strength = next(a.menu() for a in menu.actions() if a.text() == "Strength")
    strength.actions()[2].trigger()
    assert next(x for x in tab.chart.links if x.id == link.id).strength == 3
    next(a for a in menu.actions() if a.text() == "Remove the influence line").trigger()
    assert link.id not in tab.scene.arrows
    tab.undo_stack.undo()
    assert link.id in tab.scene.arrows


def test_a_line_drawn_from_the_context_menu_goes_to_the_card_clicked_next(qtbot, tab, ctx):
    gao, kong = person_id(ctx.db, "Gao Feng"), person_id(ctx.db, "Kong Linghua")
    tab.start_link(gao)
    view = tab.view
    view.set_zoom(1.0)
    view.centerOn(tab.scene.cards[kong].sceneBoundingRect().center())
    point = view.mapFromScene(tab.scene.cards[kong].sceneBoundingRect().center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(
        lambda: any(x.source_id == gao and x.target_id == kong for x in tab.chart.links)
    )


def test_escape_leaves_link_mode(qtbot, tab, ctx) -> None:
    tab.link_action.trigger()
    qtbot.keyClick(tab.view, Qt.Key.Key_Escape)
    assert not tab.scene.link_mode and not tab.link_action.isChecked()
