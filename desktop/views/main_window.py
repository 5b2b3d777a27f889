"""The main window: account list, the four tabs, menus and status bar."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QProcess, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QTabWidget,
    QWidget,
)

from desktop.cli import TABS
from desktop.services.changes import SETTINGS, ChangeSet
from desktop.services.messages import UserError
from desktop.views.common.read_only import edits, lock_editing

from .account_list import AccountListPanel
from .i18n import CHINESE, ENGLISH, translate
from .prefs import Preferences
from .tab_slot import TAB_SPECS, TabSlot

# The window paints before the database is open in full (docs/speed.md#start-up): what needs
# SQLAlchemy's ORM or the models (the context, the tabs, the dialogs) loads later.
if TYPE_CHECKING:
    from desktop.services.first_look import FirstAccount

    from .common.base_tab import BaseTab
    from .context import AppContext
    from .contracts.reminders_dock import RemindersDock
    from .live_refresh import LiveRefresh
    from .search.search_popup import SearchPopup


@dataclass(frozen=True)
class Frame:
    """What the window shows before its database is open in full (``MainWindow.attach``)."""

    path: Path | None
    prefs: Preferences
    accounts: Sequence[FirstAccount] = ()
    label: str = ""  # a team server's ``user@host:port/db`` (docs/team-server.md#connecting)

    @property
    def key(self) -> str:
        """What the preferences remember this database's state by: the file, or the server."""
        return self.label or (str(self.path) if self.path else "")


class MainWindow(QMainWindow):
    # Asks the launcher to open another database (a new or an existing file).
    open_database_requested = Signal(Path)
    # Asks the launcher for File ▸ Connect to team server… (docs/team-server.md#connecting).
    connect_requested = Signal()
    # Asks the launcher to replace this database with a backup file.
    restore_requested = Signal(Path)
    # Both set by attach().
    ctx: AppContext
    reminders: RemindersDock

    def __init__(
        self,
        ctx: AppContext | None,
        parent: QWidget | None = None,
        *,
        tab: str | None = None,
        frame: Frame | None = None,
    ) -> None:
        """With ``ctx`` the window is complete at once; with only ``frame`` it shows the
        account list and empty tabs until ``attach`` (docs/speed.md#start-up)."""
        super().__init__(parent)
        if frame is None:
            assert ctx is not None, "a window needs its context or its frame"
            frame = Frame(ctx.db.path, ctx.prefs, label=ctx.db.label if ctx.db.server else "")
        self.frame = frame
        self.attached = False
        self.setObjectName("MainWindow")
        self._excel = None
        self.search: SearchPopup | None = None  # the Ctrl+K popup, once opened
        self.setWindowTitle(self.tr("Key Account Desk"))
        self.accounts = AccountListPanel(None, self)
        self.accounts.show_rows(frame.accounts)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        # Each tab is built when first shown (see TabSlot): start-up builds one of them.
        self.slots = [TabSlot(None, spec, self.tabs) for spec in TAB_SPECS]
        for slot in self.slots:
            self.tabs.addTab(slot, slot.title())
        self.splitter = QSplitter(self)
        self.splitter.setObjectName("MainSplitter")
        self.splitter.addWidget(self.accounts)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 1000])
        self.setCentralWidget(self.splitter)
        # The reminders' place until attach() puts them there (they need the models).
        self.reminders_place = QDockWidget(translate("RemindersDock", "Reminders"), self)
        self.reminders_place.setObjectName("RemindersDock")
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.reminders_place)
        self.resizeDocks([self.reminders_place], [270], Qt.Orientation.Horizontal)
        self._build_menus()
        self._build_status_bar()
        self.live: LiveRefresh | None = None  # attach() listens on a team server

        self.accounts.account_selected.connect(self._on_accounts_account_selected)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        if tab in TABS:
            self.tabs.setCurrentIndex(TABS.index(tab))
        self.accounts.select(self._initial_account())
        self._on_accounts_account_selected(self.accounts.current_account())
        if not frame.prefs.restore_window(self, [self.splitter]):
            self._fit_to_screen()
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx: AppContext) -> None:
        """The database is open: the full account list, the reminders, and the tab on show
        built with its data."""
        from .contracts.reminders_dock import RemindersDock

        self.ctx = ctx
        ctx.dialogs.parent = self
        # The reminders take their place's state (shown, floating, width), as restored.
        placeholder, state = self.reminders_place, self.saveState()
        placeholder.setObjectName("")
        self.reminders = RemindersDock(ctx, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.reminders)
        self.view_menu.insertAction(
            placeholder.toggleViewAction(), self.reminders.toggleViewAction()
        )
        self.view_menu.removeAction(placeholder.toggleViewAction())
        self.removeDockWidget(placeholder)
        placeholder.deleteLater()
        self.restoreState(state)
        if ctx.db.server:
            self._show_server(ctx.db.label)
        if ctx.db.read_only:
            self._show_read_only()
        ctx.undo.changed.connect(self._update_undo_actions)
        ctx.undo.forgotten.connect(lambda reason: self.statusBar().showMessage(reason, 15000))
        ctx.events.open_record.connect(self._on_events_open_record)
        self._update_undo_actions()
        self.attached = True
        self.accounts.attach(ctx)  # the full list, keeping the selection
        if not self.frame.accounts:  # nothing was shown before: select now
            self.accounts.select(self._initial_account())
        self._on_accounts_account_selected(self.accounts.current_account())
        for slot in self.slots:
            slot.ctx = ctx
        self._on_tabs_current_changed(self.tabs.currentIndex())  # builds the tab on show
        from .live_refresh import start_live_refresh

        self.live = start_live_refresh(ctx, self)

    @property
    def excel(self):
        """The File menu's Excel actions (their modules load openpyxl: only when used)."""
        if self._excel is None:
            from .excel.actions import ExcelActions

            self._excel = ExcelActions(self.ctx, self)
        return self._excel

    def export_calendar(self) -> None:
        from .calendar_export import CalendarExport  # loads icalendar: only when used

        CalendarExport(self.ctx, self).export()

    @property
    def tab_pages(self) -> list[BaseTab]:
        """The four tabs, every one built (only tests and the preferences need them all)."""
        return [slot.tab() for slot in self.slots]

    def current_tab(self) -> BaseTab:
        return self.slots[self.tabs.currentIndex()].tab()

    def _initial_account(self) -> int | None:
        """The account selected when this database was last closed, else the first one."""
        saved = self.frame.prefs.last_account(self.frame.key)
        if saved is not None and self.accounts.model.row_of(saved) > 0:
            return saved
        return self.accounts.model.first_account()

    def _fit_to_screen(self) -> None:
        """First start: nearly the whole screen; four tabs and the reminders want room."""
        screen = self.screen().availableGeometry()
        self.resize(int(screen.width() * 0.96), int(screen.height() * 0.94))
        self.splitter.setSizes([220, self.width() - 220])

    # -- menus -----------------------------------------------------------------------------
    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self._action(
            self.file_menu,
            self.tr("&New database…"),
            self.new_database,
            QKeySequence.StandardKey.New,
        )
        self._action(
            self.file_menu,
            self.tr("&Open database…"),
            self.open_database,
            QKeySequence.StandardKey.Open,
        )
        self._action(self.file_menu, self.tr("Connect to &team server…"), self.connect_requested)
        self.sync_action = edits(
            self._action(self.file_menu, self.tr("S&ynchronise…"), self.synchronise)
        )
        self.file_menu.addSeparator()
        edits(
            self._action(
                self.file_menu,
                self.tr("&Import from Excel…"),
                lambda: self.excel.import_workbook(),
                "Ctrl+I",
            )
        )
        self._action(
            self.file_menu,
            self.tr("&Export everything to Excel…"),
            lambda: self.excel.export_everything(),
        )
        self._action(
            self.file_menu, self.tr("Export manager &summary…"), lambda: self.excel.export_summary()
        )
        self.calendar_action = self._action(
            self.file_menu, self.tr("Export &calendar…"), self.export_calendar
        )
        self.team_menu: QMenu | None = None  # File ▸ Team, on a team server (attach)
        self._team_place = self.file_menu.addSeparator()
        self._action(self.file_menu, self.tr("&Backup now"), self.backup_now)
        edits(self._action(self.file_menu, self.tr("&Restore from backup…"), self.restore_backup))
        self.file_menu.addSeparator()
        self._action(self.file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        # In time order across the tabs and the account list (see UndoHistory).
        self.undo_action = self._action(
            self.edit_menu, self.tr("&Undo"), self.undo, QKeySequence.StandardKey.Undo
        )
        self.redo_action = self._action(self.edit_menu, self.tr("&Redo"), self.redo)
        self.redo_action.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)]
        )
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.edit_menu.addSeparator()
        self._action(self.edit_menu, self.tr("&Trash…"), self.show_trash)

        self.view_menu = bar.addMenu(self.tr("&View"))
        for number, slot in enumerate(self.slots, start=1):
            self._action(
                self.view_menu,
                slot.title(),
                lambda _checked=False, s=slot: self.tabs.setCurrentWidget(s),
                f"Ctrl+{number}",
            )
        self.view_menu.addSeparator()
        toggle_accounts = self._action(
            self.view_menu,
            self.tr("Account &list"),
            lambda checked: self.accounts.setVisible(checked),
        )
        toggle_accounts.setCheckable(True)
        toggle_accounts.setChecked(True)
        self.view_menu.addAction(self.reminders_place.toggleViewAction())
        self._action(self.view_menu, self.tr("&Find account"), self._focus_account_search, "Ctrl+L")
        self.search_action = self._action(
            self.view_menu, self.tr("&Search everything…"), self.show_search, "Ctrl+K"
        )
        full_screen = self._action(
            self.view_menu,
            self.tr("F&ull screen"),
            self._toggle_full_screen,
            QKeySequence.StandardKey.FullScreen,
        )
        full_screen.setCheckable(True)

        self.settings_menu = bar.addMenu(self.tr("&Settings"))
        self._action(
            self.settings_menu,
            self.tr("&Preferences…"),
            self.show_preferences,
            QKeySequence.StandardKey.Preferences,
        )
        language_menu = self.settings_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, text in (
            ("", self.tr("System default")),
            (ENGLISH, "English"),
            (CHINESE, "简体中文"),
        ):
            action = self._action(
                language_menu, text, lambda _checked=False, c=code: self.change_language(c)
            )
            action.setCheckable(True)
            action.setChecked(self.frame.prefs.language == code)
            group.addAction(action)

        self.help_menu = bar.addMenu(self.tr("&Help"))
        self._action(self.help_menu, self.tr("Where is my &data?"), self.show_data_location)
        self._action(self.help_menu, self.tr("&About Key Account Desk"), self.show_about)

    def _build_status_bar(self) -> None:
        self.database_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.database_label)
        path = self.frame.path
        self.database_label.setText(str(path) if path else self.tr("In-memory database"))
        self.database_label.setToolTip(self.tr("The database this window works on"))

    def _show_server(self, label: str) -> None:
        self.setWindowTitle(self.tr("Key Account Desk — {server}").format(server=label))
        self.database_label.setText(self.tr("Team server {server}").format(server=label))
        self.sync_action.setVisible(False)  # the window is on the server: nothing to sync
        from .team_dialogs import add_team_menu

        self.team_menu = add_team_menu(self, self.file_menu, before=self._team_place)

    def _show_read_only(self) -> None:
        self.setWindowTitle(self.tr("Key Account Desk (read-only)"))
        self.database_label.setText(self.tr("{path} (read-only)").format(path=self.frame.path))
        # Permanent: a passing message would vanish at the first menu hover.
        self.read_only_notice = QLabel(
            self.tr("This database is read-only: you can look and export, not change anything."),
            self,
        )
        self.statusBar().addWidget(self.read_only_notice, 1)
        lock_editing(self)

    # -- slots -----------------------------------------------------------------------------
    def _on_accounts_account_selected(self, account_id: int | None) -> None:
        for slot in self.slots:
            slot.set_account(account_id)
        if self.attached:
            self.reminders.set_account(account_id)

    def _on_events_open_record(self, kind: str, record_id: int) -> None:
        """Show a record wherever it was asked for (a reminder, a warning, a search hit)."""
        slot = next((s for s in self.slots if kind in s.spec.record_kinds), None)
        account_id = self.accounts.service.account_of(kind, record_id)
        if slot is not None:
            # The record's tab first, already on its account, so that the tab shown before
            # is not reloaded for an account it is about to hide.
            if account_id is not None:
                slot.set_account(account_id)
            self.tabs.setCurrentWidget(slot)
        if account_id is not None:
            if self.accounts.model.row_of(account_id) < 0:
                self.accounts.search.clear()
                self.accounts.reload()
            self.accounts.select(account_id)
        if slot is not None:
            slot.tab().show_record(kind, record_id)

    def _on_tabs_current_changed(self, index: int) -> None:
        if self.attached and 0 <= index < len(self.slots):
            self.slots[index].tab()  # built when first shown

    def undo(self) -> None:
        """Edit ▸ Undo: the newest action, in whichever tab it was done."""
        try:
            self.ctx.undo.undo()
        except UserError as error:
            self.ctx.dialogs.show_user_error(error)

    def redo(self) -> None:
        try:
            self.ctx.undo.redo()
        except UserError as error:
            self.ctx.dialogs.show_user_error(error)

    def _update_undo_actions(self) -> None:
        undo, redo = self.ctx.undo.undo_text(), self.ctx.undo.redo_text()
        self.undo_action.setEnabled(undo is not None)
        self.undo_action.setText(
            self.tr("&Undo {action}").format(action=undo) if undo else self.tr("&Undo")
        )
        self.redo_action.setEnabled(redo is not None)
        self.redo_action.setText(
            self.tr("&Redo {action}").format(action=redo) if redo else self.tr("&Redo")
        )

    def _focus_account_search(self) -> None:
        self.accounts.setVisible(True)
        self.accounts.search.setFocus()
        self.accounts.search.selectAll()

    def show_search(self) -> None:
        """The Ctrl+K popup (built on first use)."""
        if self.search is None:
            from .search.search_popup import SearchPopup

            self.search = SearchPopup(self.ctx, self)
        self.search.popup(self)

    def _toggle_full_screen(self, checked: bool) -> None:
        self.showFullScreen() if checked else self.showNormal()

    def new_database(self) -> None:
        path = self.ctx.dialogs.save_file(
            self.tr("New database"),
            self.tr("Key Account Desk database (*.sqlite)"),
            "accounts.sqlite",
        )
        if path is None:
            return
        if path.exists():
            self.ctx.dialogs.warn(
                self.tr("New database"),
                self.tr(
                    "{path} already exists. Choose a new file name, or open it instead."
                ).format(path=path),
            )
            return
        self.open_database_requested.emit(path)

    def open_database(self) -> None:
        path = self.ctx.dialogs.open_file(
            self.tr("Open database"), self.tr("Key Account Desk database (*.sqlite);;All files (*)")
        )
        if path is not None:
            self.open_database_requested.emit(path)

    def backup_now(self) -> None:
        """A manual backup beside the others (where Restore lists them), then the old ones
        are thinned out as after any backup (docs/architecture.md#backups)."""
        if self._server_backs_up():
            return
        if self.ctx.db.path is None:
            return
        from .common.operation import run_operation

        now = self.ctx.clock.now()
        run_operation(
            self.ctx,
            self,
            self.tr("Backing up…"),
            lambda _progress: self.ctx.db.backup("manual", now),
            cancellable=False,
            on_success=lambda target: self.statusBar().showMessage(
                self.tr("Backup written to {path}").format(path=target), 8000
            ),
        )

    def _server_backs_up(self) -> bool:
        """On a team server, Backup and Restore say that PostgreSQL's own tools do that."""
        if self.ctx.db.server is None:
            return False
        from desktop.services.database import SERVER_BACKUP, ServerBackup

        self.ctx.dialogs.show_user_error(ServerBackup(SERVER_BACKUP))
        return True

    def restore_backup(self) -> None:
        if self._server_backs_up():
            return
        from .restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.ctx, self)
        if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.chosen is None:
            return
        if self.ctx.dialogs.confirm(
            self.tr("Restore from backup"),
            self.tr(
                "Replace the data you have now with {name}? The current data is backed up first."
            ).format(name=dialog.chosen.name),
        ):
            self.restore_requested.emit(dialog.chosen)

    def synchronise(self) -> None:
        from .sync_dialog import SyncDialog

        SyncDialog(self.ctx, self).exec()

    def show_trash(self) -> None:
        from .trash_dialog import TrashDialog

        TrashDialog(self.ctx, self).exec()

    def change_language(self, code: str) -> None:
        if code == self.ctx.prefs.language:
            return
        self.ctx.prefs.language = code
        if self.ctx.dialogs.confirm(
            self.tr("Language"),
            self.tr("The new language is used after a restart. Restart now?"),
        ):
            self._restart()

    def _restart(self) -> None:
        import sys

        from desktop.services.server_login import without_password

        arguments = [arg for arg in sys.argv[1:] if not arg.startswith("--lang")]
        # A server's URL goes without its password (docs/team-server.md#connecting).
        server = self.ctx.db.server
        database = without_password(server) if server else self.ctx.db.path
        if database is not None and "--db" not in arguments and "--demo" not in arguments:
            arguments += ["--db", str(database)]
        self.close()
        QProcess.startDetached(sys.executable, [sys.argv[0], *arguments])
        QApplication.quit()

    def show_preferences(self) -> None:
        from .settings_dialog import SettingsDialog

        factories = [factory for page in self.tab_pages for factory in page.settings_pages()]
        dialog = SettingsDialog(self.ctx, factories, self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self.ctx.events.publish(ChangeSet.of(SETTINGS))

    def show_about(self) -> None:
        from .about import AboutDialog

        AboutDialog(self.ctx.db.label if self.ctx.db.server else self.ctx.db.path, self).exec()

    def show_data_location(self) -> None:
        from .about import DataLocationDialog

        server = self.ctx.db.label if self.ctx.db.server else ""
        DataLocationDialog(self.ctx.db.path, self, server=server).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.live is not None:
            self.live.close()
        self.frame.prefs.save_window(self, [self.splitter])
        account = self.accounts.current_account()
        self.frame.prefs.set_last_account(self.frame.key, account)
        super().closeEvent(event)
