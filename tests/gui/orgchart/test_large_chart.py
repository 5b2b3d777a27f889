"""Large accounts stay readable: fold teams (remembered), focus on a person, filters, the
overview map, and a 300-person chart shaped like the window (docs/org-chart.md)."""

from __future__ import annotations

import random

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QMenu
from sqlalchemy import select

from desktop.models import (
    Account,
    Contact,
    DecisionGroupMember,
    Opportunity,
    RelationshipOwner,
    Stage,
)
from desktop.models.enums import Layer, Role, Stance
from desktop.views.orgchart.tab import OrgChartTab
from tests.conftest import TODAY
from tests.gui.conftest import shown
from tests.gui.orgchart.conftest import account_id, person_id

LU_TEAM = ("Zhu Chen", "Yu Yang", "Qiu Bin")


def names(tab) -> set[str]:
    chart = tab.chart.by_id()
    return {chart[p].name for p in tab.scene.cards}


def click_handle(qtbot, tab, person: int) -> None:
    """Click the "−/+n" handle at the bottom of a card, at 100 %."""
    view = tab.view
    view.set_zoom(1.0)
    card = tab.scene.cards[person]
    centre = card.mapToScene(card.handle_rect().center())
    view.centerOn(centre)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(centre))
    qtbot.waitUntil(lambda: person not in tab.scene.cards or tab.scene.cards[person] is not card)


def menu_action(menu: QMenu, text: str):
    for action in menu.actions():
        if action.text() == text:
            return action
        if action.menu() is not None:
            found = menu_action(action.menu(), text)
            if found is not None:
                return found
    return None


# -- folding ---------------------------------------------------------------------------------
def test_collapse_a_team_with_its_handle_and_it_stays_collapsed_when_reopened(
    qtbot, tab, ctx
) -> None:
    lu = person_id(ctx.db, "Lu Jianxin")
    assert tab.scene.cards[lu].handle_text() == "−"
    assert tab.filter_bar.count.text() == "Showing all 17"
    click_handle(qtbot, tab, lu)
    assert not names(tab) & set(LU_TEAM)
    assert tab.scene.cards[lu].handle_text() == "+3"
    assert tab.filter_bar.count.text() == "Showing 14 of 17"

    again = shown(qtbot, OrgChartTab(ctx))  # as after a restart: read from the preferences
    again.set_account(account_id(ctx.db, "Rail"))
    assert not names(again) & set(LU_TEAM)
    assert again.scene.cards[lu].handle_text() == "+3"
    click_handle(qtbot, again, lu)
    assert set(LU_TEAM) <= names(again)


def test_collapse_all_leaves_the_top_people_and_expand_all_brings_everyone_back(
    qtbot, tab, ctx
) -> None:
    tab.collapse_all_action.trigger()
    assert names(tab) == {
        "Han Deming",
        "Cheng Yuan",
        "Dong Weiping",
        "Wei Guoqiang",
        "Song Jianjun",
    }
    assert tab.scene.cards[person_id(ctx.db, "Han Deming")].handle_text() == "+12"
    tab.expand_all_action.trigger()
    assert len(tab.scene.cards) == 17


def test_the_card_menu_collapses_and_expands_a_team(qtbot, tab, ctx) -> None:
    gao = person_id(ctx.db, "Gao Feng")
    menu_action(tab.menus.card_menu(gao, tab), "Collapse the team").trigger()
    assert "Tian Ye" not in names(tab) and "Fu Xiaolong" not in names(tab)
    menu_action(tab.menus.card_menu(gao, tab), "Expand the team (+2)").trigger()
    assert {"Tian Ye", "Fu Xiaolong"} <= names(tab)


# -- focus -----------------------------------------------------------------------------------
def test_focus_from_the_card_menu_shows_only_the_neighbourhood(qtbot, tab, ctx) -> None:
    lu = person_id(ctx.db, "Lu Jianxin")
    menu_action(tab.menus.card_menu(lu, tab), "1 step").trigger()
    # Manager, reports, and whoever an influence line joins to them.
    assert names(tab) == {"Lu Jianxin", "Bai Zhigang", *LU_TEAM, "Cheng Yuan"}
    assert tab.filter_bar.focus_button.isVisible()
    assert tab.filter_bar.focus_button.text() == "Focus: Lu Jianxin (1 step) ✕"
    assert tab.filter_bar.count.text() == "Showing 6 of 17"
    menu_action(tab.filter_bar.steps, "2 steps").trigger()
    assert tab.filter_bar.focus_button.text() == "Focus: Lu Jianxin (2 steps) ✕"
    assert {"Han Deming", "Shen Jie"} <= names(tab)  # Bai's manager and the one he influences
    qtbot.mouseClick(tab.filter_bar.focus_button, Qt.MouseButton.LeftButton)
    assert len(tab.scene.cards) == 17
    assert not tab.filter_bar.focus_button.isVisible()


def test_focus_on_the_match_of_the_find_bar(qtbot, tab, ctx) -> None:
    tab.find_action.trigger()
    tab.find_bar.field.setText("Gao Feng")
    qtbot.mouseClick(tab.find_bar.focus_button, Qt.MouseButton.LeftButton)
    assert names(tab) == {"Gao Feng", "Han Deming", "Tian Ye", "Xia Liqun"}
    menu_action(tab.menus.background_menu(None, tab), "Leave the focus").trigger()
    assert len(tab.scene.cards) == 17


# -- filters ---------------------------------------------------------------------------------
def test_filter_by_role_stance_layer_and_key_people(qtbot, tab, ctx) -> None:
    bar = tab.filter_bar
    bar.choose(bar.role, Role.TECHNICAL_GATEKEEPER)
    assert names(tab) == {"Xia Liqun", "Lu Jianxin"}
    assert bar.count.text() == "Showing 2 of 17"
    bar.role.setCurrentIndex(0)
    bar.choose(bar.stance, Stance.SUPPORTER)
    assert names(tab) == {"Gao Feng", "Tian Ye", "Yu Yang", "Fu Xiaolong"}
    # Fu reports to Tian, shown; the line from Tian to him is drawn.
    chart = tab.chart
    assert tab.scene.layout.managers[person_id(ctx.db, "Fu Xiaolong")] == person_id(
        ctx.db, "Tian Ye"
    )
    # Yu Yang's managers are hidden up to the top: he hangs at the top of his band.
    assert person_id(ctx.db, "Yu Yang") not in tab.scene.layout.managers
    bar.stance.setCurrentIndex(0)
    bar.choose(bar.layer, Layer.EXTERNAL)
    assert names(tab) == {"Cheng Yuan", "Dong Weiping", "Wei Guoqiang", "Song Jianjun"}
    bar.layer.setCurrentIndex(0)
    bar.key_only.setChecked(True)
    assert names(tab) == {
        "Bai Zhigang",
        "Han Deming",
        "Xia Liqun",
        "Lu Jianxin",
        "Gao Feng",
        "Tian Ye",
        "Cheng Yuan",
        "Dong Weiping",
        "Song Jianjun",  # the hospital's decision maker, influenced from this account
    }
    bar.key_only.setChecked(False)
    assert len(tab.scene.cards) == len(chart.people)


def test_filter_by_the_decision_group_of_an_opportunity(qtbot, ctx) -> None:
    rail = account_id(ctx.db, "Rail")
    with ctx.db.session() as s:
        stage = s.scalars(select(Stage).order_by(Stage.position)).first()
        deal = Opportunity(
            account_id=rail,
            name="Signalling upgrade",
            stage_id=stage.id,
            stage_entered_on=TODAY.date(),
        )
        s.add(deal)
        s.flush()
        for name in ("Han Deming", "Xia Liqun", "Ren Jia"):
            contact = s.scalar(select(Contact.id).where(Contact.name == name))
            s.add(DecisionGroupMember(opportunity_id=deal.id, contact_id=contact))
        deal_id = deal.id
    tab = shown(qtbot, OrgChartTab(ctx))
    tab.set_account(rail)
    tab.filter_bar.choose(tab.filter_bar.opportunity, deal_id)
    assert names(tab) == {"Han Deming", "Xia Liqun", "Ren Jia"}
    assert tab.filter_bar.count.text() == "Showing 3 of 17"


def test_filter_by_relationship_owner(qtbot, ctx) -> None:
    with ctx.db.session() as s:
        for name, member in (("Gao Feng", "Ye Qing"), ("Yu Yang", "Ye Qing")):
            contact = s.scalar(select(Contact.id).where(Contact.name == name))
            s.add(RelationshipOwner(contact_id=contact, member=member, strength=3))
        contact = s.scalar(select(Contact.id).where(Contact.name == "Han Deming"))
        s.add(RelationshipOwner(contact_id=contact, member="Bai Lu", strength=2))
    tab = shown(qtbot, OrgChartTab(ctx))
    tab.set_account(account_id(ctx.db, "Rail"))
    owners = [tab.filter_bar.owner.itemText(i) for i in range(tab.filter_bar.owner.count())]
    assert {"Bai Lu", "Ye Qing"} <= set(owners[1:]) and owners[1:] == sorted(owners[1:])
    tab.filter_bar.choose(tab.filter_bar.owner, "Ye Qing")
    assert names(tab) == {"Gao Feng", "Yu Yang"}


# -- the overview map ------------------------------------------------------------------------
def test_the_overview_map_shows_when_zoomed_in_and_moves_the_view(qtbot, tab) -> None:
    view, overview = tab.view, tab.overview
    view.fit()
    assert not overview.isVisible()  # the whole chart is in the window
    view.set_zoom(2.0)
    view.auto_fit = False
    view.centerOn(0, 0)
    assert overview.isVisible()
    scene = tab.scene.sceneRect()
    target = QPointF(scene.width() * 0.8, scene.height() * 0.7)
    pos = QPoint(round(1 + target.x() * overview._scale), round(1 + target.y() * overview._scale))
    qtbot.mouseClick(overview, Qt.MouseButton.LeftButton, pos=pos)
    centre = overview.visible_rect().center()
    assert abs(centre.x() - target.x()) < 40 and abs(centre.y() - target.y()) < 40


# -- a 300-person account ---------------------------------------------------------------------
def power_company(db) -> int:
    """A 300-person account shaped like the benchmark's: its id."""
    rng = random.Random(3)
    with db.session() as s:
        account = Account(name="Provincial Power Company")
        s.add(account)
        s.flush()

        def person(name: str, layer: Layer, boss: int | None) -> int:
            contact = Contact(account_id=account.id, name=name, layer=layer, reports_to_id=boss)
            s.add(contact)
            s.flush()
            return contact.id

        top = person("General Manager", Layer.DECISION, None)
        deputies = [person(f"Deputy {n}", Layer.DECISION, top) for n in range(11)]
        managers = [
            person(f"Manager {n}", Layer.MANAGEMENT, rng.choice(deputies)) for n in range(72)
        ]
        for n in range(186):
            person(f"Engineer {n}", Layer.OPERATIONAL, rng.choice(managers))
        outside = [person(f"Institute {n}", Layer.EXTERNAL, None) for n in range(2)]
        for n in range(28):
            person(f"Designer {n}", Layer.EXTERNAL, rng.choice(outside))
        return account.id


def test_a_300_person_account_fits_the_window_s_shape(qtbot, ctx) -> None:
    tab = shown(qtbot, OrgChartTab(ctx))
    tab.set_account(power_company(ctx.db))
    assert len(tab.scene.cards) == 300
    rect = tab.scene.sceneRect()
    window = tab.view.aspect()
    assert window / 1.6 < rect.width() / rect.height() < window * 1.6
    assert tab.view.zoom() > 0.1  # not the 10 % strip any more


def test_a_300_person_account_is_exported_in_the_page_s_shape(qtbot, ctx) -> None:
    from desktop.views.i18n import translate
    from desktop.views.orgchart.export import PAGE_SHAPE, export_scene

    tab = shown(qtbot, OrgChartTab(ctx))
    tab.set_account(power_company(ctx.db))
    page = export_scene(tab.shown_chart, translate, TODAY.date(), personal=False).sceneRect()
    assert PAGE_SHAPE / 1.6 < page.width() / page.height() < PAGE_SHAPE * 1.6


def test_opening_a_hidden_person_shows_them(qtbot, tab, ctx) -> None:
    """A red flag or a link to someone folded away or filtered out still leads to them."""
    qiu = person_id(ctx.db, "Qiu Bin")
    tab.collapse_all_action.trigger()
    tab.filter_bar.key_only.setChecked(True)
    assert qiu not in tab.scene.cards
    tab.open_person(qiu)
    assert tab.scene.selected_person() == qiu
    assert tab.panel.person_id == qiu
    assert not tab.filter_bar.key_only.isChecked()
    assert tab.scene.cards[person_id(ctx.db, "Han Deming")].handle_text() == "−"
    assert tab.scene.cards[person_id(ctx.db, "Gao Feng")].handle_text() == "+2"  # still folded
