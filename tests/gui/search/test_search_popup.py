"""Ctrl+K in the main window: type, move with the arrows, Enter opens the record where it
lives, Esc closes; in English and in Chinese."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest

from desktop.views.main_window import MainWindow
from desktop.views.search.result_model import SearchResultModel


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.show()
    qtbot.waitExposed(window)
    return window


def _open_search(qtbot, window: MainWindow):
    with qtbot.waitActive(window):  # window shortcuts work in the active window
        window.activateWindow()
    focus = window.accounts.view  # wherever the user is, Ctrl+K opens the search
    focus.setFocus()
    qtbot.keyClick(focus, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search is not None and window.search.isVisible()
    assert window.search.field.hasFocus() or window.search.field.isVisible()
    return window.search


def test_ctrl_k_types_chooses_and_opens_a_person(qtbot, ctx) -> None:
    window = _window(qtbot, ctx)
    opened: list[tuple[str, int]] = []
    ctx.events.open_record.connect(lambda kind, record_id: opened.append((kind, record_id)))
    popup = _open_search(qtbot, window)
    qtbot.keyClicks(popup.field, "zhou")
    hits = popup.model.hit_indexes()
    assert hits, popup.status.text()
    assert popup.current_hit() == popup.model.hit(hits[0])  # the first hit is chosen
    person = next(popup.model.hit(i) for i in hits if popup.model.hit(i).kind == "contact")
    while popup.current_hit() != person:
        QTest.keyClick(popup.field, Qt.Key.Key_Down)
    QTest.keyClick(popup.field, Qt.Key.Key_Return)
    assert opened == [("contact", person.id)]
    assert not popup.isVisible()
    chart = window.current_tab()
    assert window.tabs.currentIndex() == 0  # the org chart shows the person
    assert chart.panel.isVisible() and chart.panel.person_id == person.id


def test_arrows_skip_the_kind_headings_and_stop_at_the_ends(qtbot, ctx, qtmodeltester) -> None:
    window = _window(qtbot, ctx)
    popup = _open_search(qtbot, window)
    qtbot.keyClicks(popup.field, "an")  # two letters: names of several kinds
    qtmodeltester.check(popup.model)
    hits = popup.model.hit_indexes()
    assert len({popup.model.hit(i).kind for i in hits}) >= 2
    for _ in range(len(hits) + 3):
        QTest.keyClick(popup.field, Qt.Key.Key_Down)
        assert popup.current_hit() is not None  # never a heading
    assert popup.view.currentIndex() == hits[-1]
    QTest.keyClick(popup.field, Qt.Key.Key_PageUp)  # five up
    assert popup.view.currentIndex() == hits[-6]
    for _ in range(len(hits) // 5 + 1):
        QTest.keyClick(popup.field, Qt.Key.Key_PageUp)
    assert popup.view.currentIndex() == hits[0]


def test_enter_on_a_contract_switches_tab_and_account(qtbot, ctx) -> None:
    window = _window(qtbot, ctx)
    popup = _open_search(qtbot, window)
    qtbot.keyClicks(popup.field, "DT-")
    hit = popup.current_hit()
    assert hit is not None and hit.kind == "contract"
    QTest.keyClick(popup.field, Qt.Key.Key_Return)
    tab = window.current_tab()
    assert window.tabs.currentIndex() == 3
    assert tab.list.current_contract() == hit.id
    assert window.accounts.current_account() == window.accounts.service.account_of(
        "contract", hit.id
    )


def test_a_click_opens_and_esc_closes(qtbot, ctx) -> None:
    window = _window(qtbot, ctx)
    opened: list[tuple[str, int]] = []
    ctx.events.open_record.connect(lambda kind, record_id: opened.append((kind, record_id)))
    popup = _open_search(qtbot, window)
    qtbot.keyClicks(popup.field, "metro")
    index = popup.model.hit_indexes()[0]
    rect = popup.view.visualRect(index)
    qtbot.mouseClick(popup.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [(popup.model.hit(index).kind, popup.model.hit(index).id)]
    popup = _open_search(qtbot, window)
    assert popup.field.selectedText() == "metro"  # ready to type over
    QTest.keyClick(popup.field, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert len(opened) == 1


def test_nothing_found_says_so(qtbot, ctx) -> None:
    window = _window(qtbot, ctx)
    popup = _open_search(qtbot, window)
    qtbot.keyClicks(popup.field, "qq")
    assert popup.model.rowCount() == 0
    assert "qq" in popup.status.text() and "more" in popup.status.text()
    qtbot.keyClicks(popup.field, "z")
    assert "qqz" in popup.status.text()
    QTest.keyClick(popup.field, Qt.Key.Key_Return)  # nothing to open: nothing happens
    assert popup.isVisible()


@pytest.fixture
def chinese_ctx(tmp_path, demo_templates, dialogs, chinese):
    """The Chinese interface on the sample data in Chinese."""
    import shutil

    from desktop.services.database import open_database
    from tests.gui.conftest import make_context

    path = shutil.copyfile(demo_templates("zh_CN"), tmp_path / "demo-zh.sqlite")
    db = open_database(path).db
    yield make_context(db, dialogs, "zh_CN")
    db.close()


def test_chinese_interface_and_chinese_text(qtbot, chinese_ctx) -> None:
    window = _window(qtbot, chinese_ctx)
    popup = _open_search(qtbot, window)
    assert (
        popup.field.placeholderText() != "Find accounts, people, opportunities, tenders, contracts…"
    )
    popup.field.setText("王")  # typed through an input method
    assert popup.model.rowCount() >= 1
    heading = popup.model.index(0, 0).data()
    assert heading == QCoreApplication.translate("SearchResultModel", "People") == "人员"
    hit = popup.current_hit()
    assert hit is not None and "王" in hit.title
    assert SearchResultModel().kind_title("tender") == "投标项目"
