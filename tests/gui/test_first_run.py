"""The welcome on the first start: the name typed is the one every tick records, the
language applies at once, cancelling asks again next time (docs/first-run.md)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sqlalchemy import select

from desktop.models import Account, ChecklistItem, Opportunity, Stage, StageCheck, Tender
from desktop.services import paths
from desktop.services.clock import FixedClock
from desktop.views.bids.tab import BidChecklistTab
from desktop.views.i18n import switch_translators
from desktop.views.launcher import Launcher, needs_welcome
from desktop.views.opportunities.tab import OpportunitiesTab
from desktop.views.prefs import Preferences
from desktop.views.welcome import Start, WelcomeChoice, WelcomeWizard
from tests.conftest import TODAY
from tests.gui.conftest import shown


def _click(qtbot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def _args(**given) -> argparse.Namespace:
    return argparse.Namespace(**{"demo": False, "db": None, **given})


def _seed(db) -> tuple[int, int]:
    """An account with an opportunity and a tender with two checklist items."""
    with db.session() as s:
        stage = s.scalars(select(Stage).order_by(Stage.position)).first()
        account = Account(name="Harbour Authority")
        s.add(account)
        s.flush()
        deal = Opportunity(
            account_id=account.id,
            name="Berth 7 cranes",
            stage_id=stage.id,
            stage_entered_on=date(2026, 11, 1),
        )
        s.add(deal)
        s.flush()
        tender = Tender(opportunity_id=deal.id, title="Berth 7 cranes tender")
        s.add(tender)
        s.flush()
        for position in range(2):
            s.add(
                ChecklistItem(
                    tender_id=tender.id,
                    position=position,
                    section="commercial",
                    text_en=f"Item {position}",
                    text_zh=f"条目 {position}",
                )
            )
        return deal.id, tender.id


def test_the_name_typed_in_the_welcome_is_recorded_on_every_tick(
    qtbot, qapp, tmp_path: Path
) -> None:
    prefs = Preferences()
    assert needs_welcome(_args(), prefs)
    book = tmp_path / "book.sqlite"
    wizard = shown(qtbot, WelcomeWizard("en", [], book), size=None)
    assert wizard.currentPage() is wizard.name_page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # a name is needed
    wizard.name_page.name.setText("  赵敏 ")
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.language_page
    wizard.language_page.buttons["zh_CN"].click()
    assert wizard.language_page.title() == "界面语言"  # applied at once
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    wizard.start_page.buttons[Start.EMPTY].click()
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.data_page
    assert str(book) in {
        label.text() for label in wizard.data_page.findChildren(type(wizard.name_page.intro))
    }
    _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.result() == QWizard.DialogCode.Accepted

    launcher = Launcher("en", prefs, FixedClock(TODAY))
    assert launcher.begin(wizard.choice(), book)
    qtbot.addWidget(launcher.window)
    try:
        assert (prefs.user_name, prefs.language, launcher.language) == ("赵敏", "zh_CN", "zh_CN")
        assert not needs_welcome(_args(), prefs)  # not shown again
        ctx = launcher.window.ctx
        deal_id, tender_id = _seed(ctx.db)
        with ctx.db.read() as s:
            assert s.get_one(Account, 1).owner == "赵敏"

        bids = shown(qtbot, BidChecklistTab(ctx))
        bids.show_record("tender", tender_id)
        panel = bids.checklist
        panel.select_item(panel.model.visible_ids()[0])
        panel.tree.setFocus()
        qtbot.keyClick(panel.tree, Qt.Key.Key_Space)
        with ctx.db.read() as s:
            ticked = s.scalars(select(ChecklistItem).where(ChecklistItem.checked_at.is_not(None)))
            assert [i.checked_by for i in ticked] == ["赵敏"]

        deals = shown(qtbot, OpportunitiesTab(ctx))
        deals.set_account(None)
        deals.show_record("opportunity", deal_id)
        deals.list_page.editor.stage.checklist.item(0).setCheckState(Qt.CheckState.Checked)
        with ctx.db.read() as s:
            assert [c.done_by for c in s.scalars(select(StageCheck))] == ["赵敏"]
    finally:
        launcher.shutdown()
        switch_translators(qapp, wizard.translators, "en")


def test_cancelling_the_welcome_opens_the_app_and_asks_again(qtbot, tmp_path: Path) -> None:
    prefs = Preferences()
    wizard = shown(qtbot, WelcomeWizard("en", [], tmp_path / "book.sqlite"), size=None)
    assert "asks again at the next start" in wizard.name_page.cancel_note.text()
    wizard.name_page.name.setText("Li Ming")
    _click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert prefs.user_name == "" and needs_welcome(_args(), prefs)


def test_a_start_told_what_to_open_skips_the_welcome() -> None:
    prefs = Preferences()
    assert not needs_welcome(_args(demo=True), prefs)
    assert not needs_welcome(_args(db="x.sqlite"), prefs)
    prefs.user_name = "Li Ming"
    assert not needs_welcome(_args(), prefs)


def test_a_database_without_owner_takes_the_welcome_name(qtbot, tmp_path: Path) -> None:
    prefs = Preferences()
    prefs.user_name = "Li Ming"
    launcher = Launcher("en", prefs, FixedClock(TODAY))
    assert launcher.open(tmp_path / "other.sqlite")
    qtbot.addWidget(launcher.window)
    try:
        assert launcher.db.default_owner == "Li Ming"
    finally:
        launcher.shutdown()


def test_no_operating_system_login_is_recorded_anywhere() -> None:
    """Who did something is the name from Settings, never the computer's login (on a shared
    or company laptop that is "root", "admin" or a colleague's). (getpass.getpass, the
    command line's password prompt for a team server, asks; it records no one.)"""
    desktop = Path(__file__).resolve().parents[2] / "desktop"
    found = [
        path.name
        for path in desktop.rglob("*.py")
        if any(word in path.read_text(encoding="utf-8") for word in ("getuser", "getlogin"))
    ]
    assert found == []


def test_importing_right_away_opens_the_import_straight_after_the_welcome(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    from desktop.views.excel.actions import ExcelActions

    asked: list[bool] = []
    monkeypatch.setattr(ExcelActions, "import_workbook", lambda _self: asked.append(True))
    launcher = Launcher("en", Preferences(), FixedClock(TODAY))
    assert launcher.begin(WelcomeChoice("Li Ming", "en", Start.IMPORT), tmp_path / "book.sqlite")
    qtbot.addWidget(launcher.window)
    try:
        qtbot.waitUntil(lambda: asked == [True])
        assert launcher.db.default_owner == "Li Ming" and not launcher.demo
    finally:
        launcher.shutdown()


def test_exploring_the_sample_data_opens_a_fresh_demo(qtbot, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path))
    prefs = Preferences()
    launcher = Launcher("en", prefs, FixedClock(TODAY))
    assert launcher.begin(WelcomeChoice("Li Ming", "en", Start.SAMPLE), tmp_path / "book.sqlite")
    qtbot.addWidget(launcher.window)
    try:
        assert launcher.demo and launcher.db.path == paths.demo_database().resolve()
        assert prefs.user_name == "Li Ming"
        assert not (tmp_path / "book.sqlite").exists()
    finally:
        launcher.shutdown()
