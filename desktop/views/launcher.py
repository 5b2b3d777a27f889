"""Starting the window: language, settings, the single-instance lock and the database."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import APP_NAME
from desktop.resources import resource_path
from desktop.services import paths
from desktop.services.clock import Clock
from desktop.services.database import Database, open_database
from desktop.services.messages import UserError

from .context import AppContext
from .errors import install_exception_hook, setup_logging
from .i18n import install_translators, system_language, translate
from .main_window import MainWindow
from .prefs import Preferences

log = logging.getLogger(__name__)


def configure_application_names() -> None:
    """Set once, before any QSettings is made; matches the platformdirs folder names."""
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    folder = paths.config_dir()
    if folder is not None:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def lock_for(path: Path) -> QLockFile:
    lock = QLockFile(str(path) + ".lock")
    lock.setStaleLockTime(0)  # a lock is stale only when its process is gone
    return lock


class Launcher:
    """Owns the open database, its lock and the window; switches to another database."""

    def __init__(
        self, language: str, prefs: Preferences, clock: Clock, *, tab: str | None = None
    ) -> None:
        self.language = language
        self.tab = tab
        self.prefs = prefs
        self.clock = clock
        self.window: MainWindow | None = None
        self.db: Database | None = None
        self.lock: QLockFile | None = None

    def _refuse(self, text: str) -> None:
        QMessageBox.critical(self.window, translate("Launcher", "Key Account Desk"), text)

    def open(self, path: Path, *, demo: bool = False) -> bool:
        path = path.expanduser().resolve()
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = lock_for(path)
        if not lock.tryLock(100):
            self._refuse(
                translate(
                    "Launcher",
                    "{path} is already open in another Key Account Desk window. "
                    "Switch to that window, or close it first.",
                ).format(path=path)
            )
            return False
        try:
            db, note = self._open_database(path, demo)
        except UserError as error:
            lock.unlock()
            self._refuse(error.message.render(translate))
            return False
        previous = (self.window, self.db, self.lock)
        self.db, self.lock = db, lock
        ctx = AppContext(db=db, language=self.language, clock=self.clock, prefs=self.prefs)
        self.window = MainWindow(ctx, tab=self.tab)
        self.window.open_database_requested.connect(self.open)
        self.window.show()  # before the old window closes, or Qt would quit
        self._close(*previous)
        if note:
            self.window.statusBar().showMessage(note, 15000)
        if not demo:
            self.prefs.last_database = path
        return True

    def _open_database(self, path: Path, demo: bool) -> tuple[Database, str]:
        if demo:
            from desktop.services.demo import create_demo_database

            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
            create_demo_database(path, self.language, self.clock)
        opened = open_database(path, clock=self.clock)
        note = ""
        if opened.backup is not None:
            note = translate(
                "Launcher", "The database was upgraded; a copy of the old one is in {path}"
            ).format(path=opened.backup)
        return opened.db, note

    @staticmethod
    def _close(window: MainWindow | None, db: Database | None, lock: QLockFile | None) -> None:
        if window is not None:
            window.close()
            window.deleteLater()
        if db is not None:
            db.close()
        if lock is not None:
            lock.unlock()

    def shutdown(self) -> None:
        self._close(self.window, self.db, self.lock)
        self.window = self.db = self.lock = None


def choose_database(args: argparse.Namespace, prefs: Preferences) -> Path:
    if args.demo:
        return paths.demo_database()
    if args.db is not None:
        return Path(args.db)
    last = prefs.last_database
    return last if last is not None and last.exists() else paths.default_database()


def run_gui(args: argparse.Namespace) -> int:
    setup_logging()
    configure_application_names()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setWindowIcon(QIcon(str(resource_path("icons", "app.svg"))))
    prefs = Preferences()
    language = args.lang or prefs.language or system_language()
    translators = install_translators(app, language)  # noqa: F841 - keep them alive
    install_exception_hook()
    launcher = Launcher(language, prefs, Clock(), tab=args.tab)
    if not launcher.open(choose_database(args, prefs), demo=args.demo):
        return 1
    code = app.exec()
    launcher.shutdown()
    return code
