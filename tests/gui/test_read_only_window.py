"""A read-only database in the window: a notice that stays, and no control that would edit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QStatusTipEvent
from PySide6.QtWidgets import QPushButton

import desktop.services.database as database
from desktop.services.database import open_database
from desktop.views.main_window import MainWindow
from desktop.views.orgchart.tab import OrgChartTab
from tests.gui.conftest import make_context, shown


def test_a_read_only_database_locks_every_editing_control(
    qtbot, demo_db_path, dialogs, monkeypatch
) -> None:
    monkeypatch.setattr(database, "opens_read_only", lambda _path: True)
    db = open_database(demo_db_path).db
    try:
        assert db.read_only
        window = shown(qtbot, MainWindow(make_context(db, dialogs)))
        notice = window.read_only_notice
        QCoreApplication.sendEvent(window, QStatusTipEvent(""))  # a menu hover, say
        assert notice.isVisible() and "read-only" in notice.text()
        accounts = window.accounts
        for button in (accounts.add_button, accounts.edit_button, accounts.delete_button):
            assert not button.isEnabled()
        accounts.select(accounts.model.first_account())  # a selection does not enable them
        assert not accounts.edit_button.isEnabled()
        actions = {a.text(): a for a in window.findChildren(QAction)}
        assert not actions["&Import from Excel…"].isEnabled()
        assert not actions["&Restore from backup…"].isEnabled()
        slot = next(s for s in window.slots if s.spec.class_name == "OrgChartTab")
        window.tabs.setCurrentWidget(slot)  # built now, after the window locked its own
        chart = slot.tab()
        assert isinstance(chart, OrgChartTab)
        assert not chart.add_action.isEnabled() and not chart.link_action.isEnabled()
        assert not chart.delete_action.isEnabled()
        assert not chart.panel.remove_line.isEnabled()
        for slot in window.slots:  # every tab, built after the window
            window.tabs.setCurrentWidget(slot)
        enabled = {b.text() for b in window.findChildren(QPushButton) if b.isEnabled()}
        for text in ("New opportunity…", "New contract…", "Edit contract…", "Delete contract"):
            assert text not in enabled
        window.close()
    finally:
        db.close()
