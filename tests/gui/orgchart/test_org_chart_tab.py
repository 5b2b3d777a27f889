"""The Org Chart tab: what it shows, zoom and search, red flags, the person panel and the
visit log, exports and print, settings, Chinese."""

from __future__ import annotations

import sys
from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QWheelEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtSvg import QSvgRenderer
from sqlalchemy import select

from desktop.models import Contact, Interaction
from desktop.models.enums import InteractionKind, Stance
from desktop.services.orgchart.coverage import STALE_CONTACT_DAYS, FlagKind
from desktop.views.orgchart.coverage_list import FlagListModel
from desktop.views.orgchart.settings_page import OrgChartSettingsPage
from tests.gui.orgchart.conftest import account_id, person_id
from tests.unit.orgchart.test_people import dump


def test_the_chart_shows_every_person_line_and_band_of_the_account(qtbot, tab, ctx) -> None:
    chart = tab.chart
    # The 16 people of the account, and the hospital's Song Jianjun whom Cheng Yuan influences.
    assert len(tab.scene.cards) == len(chart.people) == 17
    assert len(tab.scene.arrows) == len(chart.links) == 6
    assert len(tab.scene.bands) == 4
    bai = tab.scene.cards[person_id(ctx.db, "Bai Zhigang")]
    assert bai.content.stance is Stance.BLOCKER
    assert [text for text, _badge in bai.content.badges] == ["KDM"]
    assert "Last met" in bai.toolTip()
    assert tab.title() == "Org Chart"
    # Red flags beside it: no coach first.
    assert tab.coverage.model.rowCount() == len(tab.flags) > 0
    assert tab.flags[0].kind is FlagKind.NO_COACH


def test_all_accounts_shows_a_prompt_instead_of_a_chart(qtbot, tab, ctx) -> None:
    tab.set_account(None)
    assert tab.pages.currentWidget() is tab.message
    assert not tab.add_action.isEnabled() and tab.scene.cards == {}


def test_zoom_with_the_wheel_and_keys_and_fit_to_window(qtbot, tab) -> None:
    view = tab.view
    view.set_zoom(1.0)
    centre = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(
        centre,
        view.viewport().mapToGlobal(centre),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    view.wheelEvent(wheel)
    assert view.zoom() == pytest.approx(1.2)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(1.0)
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(tab.scene.sceneRect().adjusted(1, 1, -1, -1))
    assert tab.zoom_label.text().endswith("%")


def test_far_away_cards_paint_their_short_form(qtbot, ctx) -> None:
    from desktop.views.orgchart.tab import OrgChartTab

    page = OrgChartTab(ctx)  # never shown: nothing painted yet
    qtbot.addWidget(page)
    page.account_id = account_id(ctx.db, "Rail")
    page.reload()
    cards = list(page.scene.cards.values())

    def render(width: int, height: int, source=None) -> QImage:
        image = QImage(width, height, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        page.scene.render(painter, QRectF(0, 0, width, height), source or QRectF())
        painter.end()
        return image

    image = render(400, 300)  # the whole chart in 400 px: far below FAR_ZOOM
    assert all(card._far_ready and not card._near_ready for card in cards)
    bai = page.scene.cards[person_id(ctx.db, "Bai Zhigang")]
    render(400, 300, bai.sceneBoundingRect().adjusted(-20, -20, 20, 20))  # close up
    assert bai._near_ready
    colours = {image.pixel(x, y) for x in range(0, 400, 7) for y in range(0, 300, 7)}
    assert len(colours) > 10


def test_find_centres_and_highlights_the_matches(qtbot, tab, ctx) -> None:
    qtbot.keyClick(tab.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.find_bar.isVisible()
    qtbot.keyClicks(tab.find_bar.field, "bai")
    bai = tab.scene.cards[person_id(ctx.db, "Bai Zhigang")]
    assert bai.highlighted == 2
    visible = tab.view.mapToScene(tab.view.viewport().rect()).boundingRect()
    assert visible.contains(bai.sceneBoundingRect().center())
    assert tab.find_bar.result.text() == "1 of 1"
    tab.find_bar.field.setText("engineer")  # titles too
    assert tab.find_bar.result.text().endswith(f"of {len(tab.search.matches)}")
    assert len(tab.search.matches) >= 2
    qtbot.keyClick(tab.find_bar.field, Qt.Key.Key_Escape)
    assert not tab.find_bar.isVisible()
    assert all(card.highlighted == 0 for card in tab.scene.cards.values())


def test_clicking_a_red_flag_opens_the_person_concerned(qtbot, tab, ctx) -> None:
    row = next(n for n, f in enumerate(tab.flags) if f.kind is FlagKind.NOT_MET)
    index = tab.coverage.model.index(row)
    rect = tab.coverage.view.visualRect(index)
    qtbot.mouseClick(tab.coverage.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    bai = person_id(ctx.db, "Bai Zhigang")
    assert tab.panel.isVisible() and tab.panel.person_id == bai
    assert tab.scene.selected_person() == bai


def test_the_flag_model_is_sound(qtmodeltester, tab) -> None:
    model = FlagListModel()
    model.set_flags(tab.flags)
    qtmodeltester.check(model)


def test_show_record_selects_and_centres_the_person(qtbot, tab, ctx) -> None:
    zhou = person_id(ctx.db, "Zhou Zhenhua")  # of the grid account
    tab.set_account(account_id(ctx.db, "Grid"))
    tab.show_record("contact", zhou)
    assert tab.scene.selected_person() == zhou and tab.panel.person_id == zhou
    visible = tab.view.mapToScene(tab.view.viewport().rect()).boundingRect()
    assert visible.contains(tab.scene.cards[zhou].sceneBoundingRect().center())


def test_the_panel_saves_the_record_as_one_undoable_edit(qtbot, tab, ctx) -> None:
    xia = person_id(ctx.db, "Xia Liqun")
    tab.open_person(xia)
    form = tab.panel.form
    assert form.lines["name"].text() == "Xia Liqun" and not form.save_button.isEnabled()
    before = dump(ctx.db)
    form.lines["wechat"].clear()
    qtbot.keyClicks(form.lines["wechat"], "xia_liqun")
    form.combos["stance"].set_value(Stance.SUPPORTER)
    form.ratings["trust"].set_value(4)
    assert form.save_button.isEnabled()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    with ctx.db.read() as s:
        saved = s.get(Contact, xia)
        assert (saved.wechat, saved.stance, saved.trust) == ("xia_liqun", Stance.SUPPORTER, 4)
    assert not form.dirty
    assert tab.scene.cards[xia].content.stance is Stance.SUPPORTER  # the card follows
    tab.undo_stack.undo()
    assert dump(ctx.db) == before
    assert form.lines["wechat"].text() != "xia_liqun"  # the panel follows too


def test_keys_typed_in_the_record_stay_in_the_record(qtbot, tab, ctx) -> None:
    xia = person_id(ctx.db, "Xia Liqun")
    tab.open_person(xia)
    field = tab.panel.form.lines["title"]
    field.setFocus()
    field.setCursorPosition(0)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClick(field, Qt.Key.Key_Insert)
    assert person_id(ctx.db, "Xia Liqun") == xia  # not deleted
    assert field.text() == "hief Engineer" and ctx.dialogs.shown == []


def test_invalid_input_is_explained_beside_the_form_and_nothing_is_saved(qtbot, tab, ctx):
    xia = person_id(ctx.db, "Xia Liqun")
    tab.open_person(xia)
    form = tab.panel.form
    before = dump(ctx.db)
    form.lines["email"].setText("xia at metro")
    form.lines["email"].textEdited.emit("xia at metro")
    form.save()
    assert form.error.isVisible()
    assert form.error.text().startswith("E-mail: “xia at metro” does not look like")
    form.lines["email"].setText("xia@metro.example.cn")
    form.birthday.set_value(date(2027, 1, 1))
    form.save()
    assert form.error.text().startswith("Birthday: the date is in the future")
    assert dump(ctx.db) == before and tab.undo_stack.count() == 0


def test_switching_person_with_unsaved_changes_asks_first(qtbot, tab, ctx) -> None:
    xia, gao = person_id(ctx.db, "Xia Liqun"), person_id(ctx.db, "Gao Feng")
    tab.open_person(xia)
    tab.panel.form.lines["wechat"].setText("changed")
    tab.panel.form.lines["wechat"].textEdited.emit("changed")
    ctx.dialogs.answers.append(True)
    tab.scene.select_person(gao)
    qtbot.waitUntil(lambda: tab.panel.person_id == gao)
    with ctx.db.read() as s:
        assert s.get(Contact, xia).wechat == "changed"


def test_log_a_visit_from_the_panel_updates_the_person_and_the_trend(qtbot, tab, ctx, monkeypatch):
    bai = person_id(ctx.db, "Bai Zhigang")
    tab.open_person(bai)
    log = tab.panel.visits
    assert log.chart is None  # matplotlib waits until the log is shown
    tab.panel.tabs.setCurrentWidget(log)
    assert log.chart is not None
    assert log.table.model().rowCount() == 2

    def fill_and_save(dialog) -> int:
        dialog.kind.set_value(InteractionKind.MEAL)
        dialog.participants.setText("Li Ming; Bai Zhigang")
        dialog.closeness_after.set_value(3)
        dialog.trust_after.set_value(2)
        dialog.info["info_people"].setPlainText("A new deputy arrives in January")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(tab, "open_dialog", fill_and_save)
    log.add_button.click()
    with ctx.db.read() as s:
        person = s.get(Contact, bai)
        assert (person.closeness, person.trust) == (3, 2)
        visits = s.scalars(select(Interaction).where(Interaction.contact_id == bai)).all()
    assert len(visits) == 3
    assert log.table.model().rowCount() == 3
    closeness_line = log.chart.axes.get_lines()[0]
    assert list(closeness_line.get_ydata())[-1] == 3
    # Met today: no longer flagged as not met for 75 days.
    assert not any(f.kind is FlagKind.NOT_MET and f.person_id == bai for f in tab.flags)
    tab.undo_stack.undo()
    assert log.table.model().rowCount() == 2


def test_a_visit_in_the_future_is_refused_inside_the_dialog(qtbot, tab, ctx, monkeypatch):
    from PySide6.QtCore import QDate

    tab.open_person(person_id(ctx.db, "Bai Zhigang"))
    tab.panel.tabs.setCurrentWidget(tab.panel.visits)
    seen = {}

    def fill(dialog) -> int:
        dialog.occurred_on.setDate(QDate(2027, 2, 1))
        dialog.accept()
        seen["error"] = dialog.error.text()
        return dialog.result()

    monkeypatch.setattr(tab, "open_dialog", fill)
    tab.panel.visits.add_button.click()
    assert seen["error"].startswith("Date: the date is in the future")
    assert tab.undo_stack.count() == 0


def test_export_png_svg_pdf_with_and_without_personal_details(qtbot, tab, ctx, tmp_path):
    tab.set_account(account_id(ctx.db, "Grid"))
    files = [tmp_path / "chart.png", tmp_path / "chart.svg", tmp_path / "chart.pdf"]
    files[0].write_bytes(b"an older file, readable by all")
    files[0].chmod(0o644)
    ctx.dialogs.files.extend(files)
    tab.exports.png_action.trigger()
    tab.exports.svg_action.trigger()
    tab.exports.pdf_action.trigger()
    if sys.platform != "win32":  # personal data: readable by the owner only
        assert [f.stat().st_mode & 0o777 for f in files] == [0o600] * 3
    assert not list(tmp_path.glob("*.partial"))
    image = QImage(str(files[0]))
    assert not image.isNull() and image.width() > 1000
    assert QSvgRenderer(str(files[1])).isValid()
    svg = files[1].read_text(encoding="utf-8")
    assert "Wang Jianguo" in svg and "Photography" not in svg  # hobbies left out
    pdf = files[2].read_bytes()
    assert pdf.startswith(b"%PDF") and b"/Type /Page" in pdf and len(pdf) > 5000
    personal = tmp_path / "personal.svg"
    ctx.dialogs.files.append(personal)
    tab.exports.personal_action.setChecked(True)
    tab.exports.svg_action.trigger()
    assert "Photography" in personal.read_text(encoding="utf-8")


def test_print_goes_to_the_chosen_printer(qtbot, tab, ctx, tmp_path, monkeypatch) -> None:
    target = tmp_path / "printed.pdf"

    def printer() -> QPrinter:
        chosen = QPrinter(QPrinter.PrinterMode.HighResolution)
        chosen.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        chosen.setOutputFileName(str(target))
        return chosen

    monkeypatch.setattr(tab.exports, "choose_printer", printer)
    tab.exports.print_action.trigger()
    assert target.read_bytes().startswith(b"%PDF") and target.stat().st_size > 5000


def test_the_settings_page_changes_when_a_key_person_counts_as_not_met(qtbot, tab, ctx):
    bai = person_id(ctx.db, "Bai Zhigang")
    assert any(f.kind is FlagKind.NOT_MET and f.person_id == bai for f in tab.flags)
    page = OrgChartSettingsPage(ctx)
    qtbot.addWidget(page)
    assert page.stale_days.value() == 60 and page.title() == "Org chart"
    page.stale_days.setValue(90)
    page.save()
    with ctx.db.read() as s:
        assert STALE_CONTACT_DAYS.get(s) == 90
    from desktop.services.changes import SETTINGS, ChangeSet

    ctx.events.publish(ChangeSet.of(SETTINGS))
    assert not any(f.kind is FlagKind.NOT_MET and f.person_id == bai for f in tab.flags)
    assert OrgChartSettingsPage in tab.settings_pages()


def test_in_chinese_the_chart_speaks_chinese(qtbot, chinese, ctx) -> None:
    from desktop.views.orgchart.tab import OrgChartTab

    page = OrgChartTab(ctx)
    qtbot.addWidget(page)
    page.show()
    page.set_account(account_id(ctx.db, "Rail"))
    assert page.title() == "组织架构图"
    bai = page.scene.cards[person_id(ctx.db, "Bai Zhigang")]
    assert bai.content.stance_text == "死敌"
    assert bai.content.closeness_label == "亲近度"
    assert page.coverage.heading.text().startswith("危险信号")
    assert page.tr("Add person") != "Add person"
