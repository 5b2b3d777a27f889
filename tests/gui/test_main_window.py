"""The main window on the sample data: accounts beside four tabs that show real records."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from desktop.models import Account
from desktop.views.account_dialog import AccountDialog
from desktop.views.main_window import MainWindow
from tests.gui.conftest import shown


def _window(qtbot, ctx) -> MainWindow:
    return shown(qtbot, MainWindow(ctx), None)


def _select_account(window: MainWindow, name_part: str) -> int:
    model = window.accounts.model
    for row in range(1, model.rowCount()):
        if name_part in model.data(model.index(row)):
            window.accounts.view.setCurrentIndex(model.index(row))
            return window.accounts.current_account()
    raise AssertionError(f"no account like {name_part!r}")


def _record_count(page) -> int:
    """How many records a tab shows: rows of its table, or cards of the org chart."""
    if hasattr(page, "table"):
        return page.table.model().rowCount()
    return len(page.scene.cards)


def test_four_tabs_show_the_selected_accounts_records(qtbot, ctx) -> None:
    window = _window(qtbot, ctx)
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Org Chart",
        "Opportunities",
        "Bid Checklist",
        "Contracts",
    ]
    assert window.accounts.model.rowCount() >= 5  # "All accounts" + the sample accounts
    _select_account(window, "Power")
    for slot in window.slots:
        window.tabs.setCurrentWidget(slot)
        assert _record_count(slot.page) > 0, slot.title()


def test_all_accounts_lists_every_opportunity(qtbot, ctx) -> None:
    window = _window(qtbot, ctx)
    window.accounts.select(None)
    window.tabs.setCurrentIndex(1)
    page = window.tab_pages[1]
    assert page.table.model().rowCount() >= 10


def test_search_narrows_the_account_list(qtbot, ctx) -> None:
    window = _window(qtbot, ctx)
    before = window.accounts.model.rowCount()
    qtbot.keyClicks(window.accounts.search, "Metro")
    qtbot.waitUntil(lambda: window.accounts.model.rowCount() < before)
    assert window.accounts.model.rowCount() == 2  # "All accounts" and the metro group


def test_adding_an_account_saves_it_and_selects_it(qtbot, ctx, monkeypatch) -> None:
    window = _window(qtbot, ctx)

    def fill_and_save(dialog: AccountDialog) -> int:
        dialog.name.setText("华南电网物资公司")
        dialog.region.setText("广州")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(AccountDialog, "exec", fill_and_save)
    qtbot.mouseClick(window.accounts.add_button, Qt.MouseButton.LeftButton)
    with ctx.db.read() as s:
        account = s.query(Account).filter_by(name="华南电网物资公司").one()
    assert window.accounts.current_account() == account.id


def test_an_account_without_a_name_is_not_saved(qtbot, ctx) -> None:
    dialog = AccountDialog(ctx_service(ctx), None, None)
    qtbot.addWidget(dialog)
    dialog.name.setText("   ")
    dialog.accept()
    assert dialog.result() == 0
    assert "name" in dialog.error.text()


def ctx_service(ctx):
    from desktop.services.accounts import AccountService

    return AccountService(ctx.db)


def test_deleting_an_account_asks_first(qtbot, ctx, dialogs) -> None:
    window = _window(qtbot, ctx)
    account_id = _select_account(window, "University")
    dialogs.answers = [False]
    window.accounts.delete_account()
    with ctx.db.read() as s:
        assert s.get(Account, account_id) is not None
    dialogs.answers = [True]
    window.accounts.delete_account()
    with ctx.db.read() as s:
        assert s.get(Account, account_id) is None
    assert window.accounts.current_account() is None


def test_window_layout_is_remembered(qtbot, ctx) -> None:
    window = _window(qtbot, ctx)
    window.reminders.hide()  # the dock would take part of a window this narrow
    window.resize(700, 500)
    window.splitter.setSizes([222, 470])
    window.close()
    again = _window(qtbot, ctx)
    assert again.size().width() == 700
    assert again.splitter.sizes()[0] == 222


def test_chinese_interface(qtbot, ctx, chinese) -> None:
    window = _window(qtbot, ctx)
    assert window.windowTitle() == "大客户项目销售助手"
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["组织架构图", "机会点", "投标检查清单", "合同跟进"]
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"


def test_preferences_set_the_default_owner(qtbot, ctx) -> None:
    from desktop.views.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ctx, [])
    qtbot.addWidget(dialog)
    dialog.pages[0].owner.setText("王芳")
    dialog.accept()
    assert ctx.db.default_owner == "王芳"
    with ctx.db.session() as s:
        account = Account(name="New client")
        s.add(account)
    assert account.owner == "王芳"


def test_preferences_change_what_the_welcome_asked(qtbot, ctx) -> None:
    """Name and language, asked on the first start, are on the General page; the name is
    kept for databases opened later, and cannot be emptied (docs/first-run.md)."""
    from desktop.views.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ctx, [])
    qtbot.addWidget(dialog)
    page = dialog.pages[0]
    page.owner.setText("  ")
    dialog.accept()
    assert dialog.error.text().startswith("Your name: type the name")
    assert ctx.db.default_owner == "Li Ming"
    page.owner.setText("王芳")
    page.language.setCurrentIndex(page.language.findData("zh_CN"))
    dialog.accept()
    assert (ctx.prefs.user_name, ctx.prefs.language) == ("王芳", "zh_CN")


def test_opens_on_the_first_account_then_on_the_last_one_used(qtbot, ctx) -> None:
    window = _window(qtbot, ctx)
    first = window.accounts.current_account()
    assert first == window.accounts.model.first_account() is not None
    assert _record_count(window.tab_pages[0]) > 0  # the org chart is not empty
    chosen = _select_account(window, "University")
    window.close()
    again = _window(qtbot, ctx)
    assert again.accounts.current_account() == chosen


def test_open_record_selects_the_records_account(qtbot, ctx) -> None:
    from desktop.models import Contract

    window = _window(qtbot, ctx)
    with ctx.db.read() as s:
        contract = s.query(Contract).first()
    qtbot.keyClicks(window.accounts.search, "zzz-no-match")
    qtbot.waitUntil(lambda: window.accounts.model.rowCount() == 1)
    ctx.events.open_record.emit("contract", contract.id)
    assert window.accounts.current_account() == contract.account_id
