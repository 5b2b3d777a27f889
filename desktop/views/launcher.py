"""Starting the window: language, settings, the single-instance lock and the database."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import startup_probe
from desktop.locking import lock_for, lock_refusal, try_lock
from desktop.qt_settings import configure_application_names
from desktop.resources import resource_path
from desktop.services import backups, paths
from desktop.services.backup import IntegrityCheck, backup_file
from desktop.services.clock import Clock
from desktop.services.logs import setup_logging
from desktop.services.messages import UserError

from .common.chart_warmup import warm_up_charts
from .errors import install_exception_hook
from .first_paint import after_first_paint
from .i18n import install_translators, system_language, translate
from .prefs import Preferences
from .welcome import Start, WelcomeChoice, WelcomeWizard

# SQLAlchemy, the models and the tabs load once the window shows (docs/speed.md#start-up).
if TYPE_CHECKING:
    from desktop.services.database import Database
    from desktop.services.first_look import FirstLook
    from desktop.services.schema import DatabaseDamaged
    from desktop.services.server_login import ServerFields

    from .context import AppContext
    from .main_window import MainWindow

log = logging.getLogger(__name__)


class Launcher:
    """Owns the open database, its lock and the window; switches to another database,
    restores backups, and takes the automatic backups."""

    def __init__(
        self, language: str, prefs: Preferences, clock: Clock, *, tab: str | None = None
    ) -> None:
        self.language = language
        self.prefs = prefs
        self.clock = clock
        self.tab = tab
        self.window: MainWindow | None = None
        self.db: Database | None = None
        self.lock: QLockFile | None = None
        self.demo = False
        # What runs once the window's database is open in full (start-up opens it after the
        # first paint).
        self._when_open: list[Callable[[], object]] = []

    def _tell(self, text: str) -> None:
        QMessageBox.critical(self.window, translate("Launcher", "Key Account Desk"), text)

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(self.window, translate("Launcher", "Key Account Desk"), text)
        return answer == QMessageBox.StandardButton.Yes

    def open(
        self,
        path: Path,
        *,
        demo: bool = False,
        check: IntegrityCheck | None = None,
        paint_first: bool = False,
    ) -> bool:
        """Open ``path`` in a new window (closing the current one); False if refused.
        ``check``: the damage check of ``path``, if one was started already. ``paint_first``
        (start-up): show the window with the account list first and open the database in
        full after its first paint, when the file allows (docs/speed.md#start-up); a refusal
        found then closes the window and ends the application."""
        path = path.expanduser().resolve()
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = lock_for(path)
        # In a read-only folder there can be no lock, and no writer to keep out: the
        # database then opens read-only (open_database sees the folder is read-only).
        if not try_lock(lock) and lock.error() != QLockFile.LockError.PermissionError:
            self._tell(lock_refusal(lock, path).render(translate))
            return False
        if not self._open_locked(path, lock, demo=demo, check=check, paint_first=paint_first):
            lock.unlock()
            return False
        return True

    def _open_locked(
        self,
        path: Path,
        lock: QLockFile,
        *,
        demo: bool,
        check: IntegrityCheck | None = None,
        paint_first: bool = False,
    ) -> bool:
        from .main_window import Frame, MainWindow

        first = self._first_look(path) if paint_first and not demo else None
        if first is not None:
            # Start-up: the window and the account list show at once; the database opens
            # in full, and the tab on show is built, right after that first paint.
            self.db, self.lock, self.demo = None, lock, False
            self.window = MainWindow(
                None, tab=self.tab, frame=Frame(path, self.prefs, first.accounts)
            )
            self._connect(self.window)
            self.window.show()
            startup_probe.mark("window shown")
            after_first_paint(self.window, lambda: self._finish_opening(path, lock, check))
            return True
        opened = self._open_or_recover(path, demo, check)
        if opened is None:
            return False
        db, note = opened
        self._show(db, lock, demo=demo)
        self._opened(path, note, demo)
        return True

    def _show(self, db: Database, lock: QLockFile | None, *, demo: bool = False) -> None:
        """A new window on ``db``, then the current one closes."""
        from .main_window import MainWindow

        previous = (self.window, self.db, self.lock if self.lock is not lock else None)
        previous_demo = self.demo
        self.db, self.lock, self.demo = db, lock, demo
        self._adopt_name(db)
        self.window = MainWindow(self._context(db), tab=self.tab)
        self._connect(self.window)
        self.window.show()  # before the old window closes, or Qt would quit
        self._close(*previous, demo=previous_demo)

    def _first_look(self, path: Path) -> FirstLook | None:
        from desktop.services.first_look import first_look

        found = first_look(path, known=lambda: self.prefs.is_last_database(path))
        startup_probe.mark("accounts read")
        return found

    def _finish_opening(self, path: Path, lock: QLockFile, check: IntegrityCheck | None) -> None:
        """After the first paint: open the database in full and complete the window; when
        that fails (the damage check's verdict, say), the window closes as a refused open
        would have left none."""
        window = self.window
        assert window is not None
        startup_probe.mark(startup_probe.FIRST_PAINT)
        if startup_probe.requested():  # the costs the breakdown shows apart (python -m bench)
            from desktop.services.first_look import load_models

            load_models()
        opened = self._open_or_recover(path, False, check)
        if opened is None:  # the user was told why
            self.window = self.lock = None
            window.close()
            lock.unlock()
            QApplication.exit(1)
            return
        db, note = opened
        self.db = db
        self._adopt_name(db)
        ctx = self._context(db)
        startup_probe.mark("database open")
        window.attach(ctx)
        startup_probe.mark("tab built")
        self._opened(path, note, demo=False)

    def _open_or_recover(
        self, path: Path, demo: bool, check: IntegrityCheck | None
    ) -> tuple[Database, str] | None:
        """The open database and a note for the status bar; None (the user told why) if
        it was refused."""
        from desktop.services.schema import DatabaseDamaged

        try:
            return self._open_database(path, demo, check)
        except DatabaseDamaged as damage:
            db, note = self._recover(path, damage)
            return None if db is None else (db, note)
        except UserError as error:
            self._tell(error.message.render(translate))
            return None

    def _context(self, db: Database) -> AppContext:
        from .context import AppContext

        return AppContext(db=db, language=self.language, clock=self.clock, prefs=self.prefs)

    def _connect(self, window: MainWindow) -> None:
        window.open_database_requested.connect(self.open)
        window.connect_requested.connect(lambda: self.ask_connection())
        window.restore_requested.connect(self.restore)

    def once_open(self, work: Callable[[], object]) -> None:
        """Run ``work`` at the next turn of the event loop once the window's database is
        open in full (at start-up it opens after the first paint)."""
        if self.window is not None and self.window.attached:
            QTimer.singleShot(0, work)
        else:
            self._when_open.append(work)

    def _opened(self, path: Path | None, note: str, demo: bool) -> None:
        """The window's database is open: queued work, the note, and for a file, remembering
        it and its housekeeping (``path`` None: a team server)."""
        assert self.window is not None
        for work in self._when_open:
            QTimer.singleShot(0, work)
        self._when_open.clear()
        if note:
            self.window.statusBar().showMessage(note, 15000)
        if path is not None and not demo:
            self.prefs.last_database = path
            self._housekeeping(self.window.ctx)

    def connect(self, url: str) -> bool:
        """Open the team server ``url`` (from ``--db``) in a new window; False if refused.
        Nothing is written on this computer but the URL without its password, as the last
        server (docs/team-server.md#connecting). A password the URL and the key ring lack
        is asked for in the connect dialog."""
        from desktop.services.database import open_server
        from desktop.services.server_login import (
            fields_of,
            needs_password,
            password_of,
            with_saved_password,
        )
        from desktop.services.server_schema import ServerUnreachable

        url = with_saved_password(url)
        try:
            opened = open_server(url, clock=self.clock)
        except ServerUnreachable as error:
            if password_of(url) is None and needs_password(error):
                return self.ask_connection(fields_of(url))
            self._tell(error.message.render(translate))
            return False
        except UserError as error:
            self._tell(error.message.render(translate))
            return False
        self._show_server(opened.db)
        return True

    def ask_connection(self, fields: ServerFields | None = None) -> bool:
        """File ▸ Connect to team server…, filled in with the last server used."""
        from desktop.services.server_login import ServerFields, fields_of

        from .connect_dialog import ConnectDialog

        if fields is None:
            last = self.prefs.last_server
            fields = fields_of(last) if last else ServerFields()
        dialog = ConnectDialog(fields, self.clock, self.window)
        if dialog.exec() != ConnectDialog.DialogCode.Accepted or dialog.opened is None:
            return False
        self._show_server(dialog.opened.db)
        return True

    def _show_server(self, db: Database) -> None:
        from desktop.services.server_login import without_password

        assert db.server is not None
        self.prefs.last_server = without_password(db.server)
        self._show(db, None)
        self._opened(None, "", demo=False)

    def _adopt_name(self, db: Database) -> None:
        """A database without an owner takes the name the welcome asked for, so that every
        record, tick and change in it carries that name (docs/first-run.md)."""
        name = self.prefs.user_name
        if name and not db.default_owner and not db.read_only:
            db.set_default_owner(name)

    def begin(self, choice: WelcomeChoice, book: Path) -> bool:
        """Keep the welcome's choices and open what it chose; ``book``: the user's own
        database. Importing opens the import dialog once the window is up."""
        self.prefs.user_name = choice.name
        self.prefs.language = self.language = choice.language
        if choice.start is Start.SAMPLE:
            return self.open(paths.demo_database(), demo=True)
        if not self.open(book):
            return False
        if choice.start is Start.IMPORT:
            window = self.window
            assert window is not None
            self.once_open(lambda: window.excel.import_workbook())
        return True

    def _open_database(
        self, path: Path, demo: bool, check: IntegrityCheck | None = None
    ) -> tuple[Database, str]:
        from desktop.services.database import open_database

        if demo:
            from desktop.services.demo import create_demo_database

            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            create_demo_database(path, self.language, self.clock)
            check = None
        opened = open_database(
            path, clock=self.clock, check=check, known=lambda: self.prefs.is_last_database(path)
        )
        note = ""
        if opened.backup is not None:
            note = translate(
                "Launcher", "The database was upgraded; a copy of the old one is in {path}"
            ).format(path=opened.backup)
        return opened.db, note

    def _recover(self, path: Path, damage: DatabaseDamaged) -> tuple[Database | None, str]:
        """The file is damaged: keep it aside and offer the newest sound backup."""
        from desktop.services.restore import newest_sound_backup, quarantine, restore_database

        from .common.formatting import format_datetime

        problem = damage.message.render(translate)
        candidate = newest_sound_backup(path)
        if candidate is None:
            self._tell(
                problem
                + "\n\n"
                + translate(
                    "Launcher",
                    "There is no sound backup to restore. Run the check "
                    "command for details, or open another database.",
                )
            )
            return None, ""
        when = format_datetime(candidate.taken_at)
        question = translate(
            "Launcher",
            "Move the damaged file aside (it is kept) and restore the backup of {when} ({why})?",
        ).format(when=when, why=candidate.label.render(translate))
        if candidate.before_restore:
            question += "\n\n" + translate(
                "Launcher",
                "It is the only sound backup, and it was taken just before a restore: it holds "
                "the data that restore replaced.",
            )
        if not self._ask(problem + "\n\n" + question):
            return None, ""
        now = self.clock.now()
        kept = quarantine(path, now)
        restore_database(path, candidate.path, now)
        db, _note = self._open_database(path, demo=False)
        return db, translate(
            "Launcher", "Restored the backup of {when}; the damaged file was kept as {path}"
        ).format(when=when, path=kept)

    def restore(self, backup: Path) -> None:
        """Replace the open database with ``backup`` (the current data is backed up first).

        Both steps are long work (docs/architecture.md#how-long-work-runs): checking the
        backup while the window is still open, then, with the window and the database
        closed, copying it over the database; the window opens again whatever happened."""
        from desktop.services.restore import check_restorable

        from .common.operation import run_operation

        if self.db is None or self.db.path is None or self.lock is None:
            return
        run_operation(
            None,
            self.window,
            translate("Launcher", "Checking the backup…"),
            lambda _progress: check_restorable(backup),
            cancellable=False,
            on_success=lambda _none: self._replace_with(backup),
            on_user_error=self._tell_error,
        )

    def _replace_with(self, backup: Path) -> None:
        from desktop.services.restore import restore_database

        from .common.operation import run_operation

        if self.db is None or self.db.path is None or self.lock is None:
            return
        path, lock = self.db.path, self.lock
        window, db = self.window, self.db
        self.window = self.db = self.lock = None
        app = QApplication.instance()
        assert isinstance(app, QApplication)  # the GUI runs
        quit_on_close = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # no window is open until the copy is done
        self._close(window, db, None, demo=self.demo)
        now = self.clock.now()

        def reopen() -> None:
            app.setQuitOnLastWindowClosed(quit_on_close)
            if not self._open_locked(path, lock, demo=False):
                lock.unlock()
                QApplication.quit()

        operation = run_operation(
            None,
            None,
            translate("Launcher", "Restoring…"),
            lambda _progress: restore_database(path, backup, now),
            cancellable=False,
            on_user_error=self._tell_error,
        )
        operation.finished.connect(reopen)

    def _tell_error(self, error: UserError) -> None:
        self._tell(error.message.render(translate))

    def _housekeeping(self, ctx: AppContext) -> None:
        """Empty expired trash; take the daily backup in the background if one is due."""
        paths.remove_old_opened()  # copies of attached files opened from a server
        path = ctx.db.path
        if path is None or ctx.db.read_only:
            return
        ctx.services.trash.purge_expired()
        now = self.clock.now()
        problem = backups.backup_problem(path)
        if problem is not None:
            assert self.window is not None
            self.window.statusBar().showMessage(problem.render(translate))
            return
        if not backups.due_for_daily_backup(path, now):
            return

        def take_backup() -> None:
            try:
                backup_file(path, backups.target_for(path, "daily", now))
                backups.prune(path, now)
            except Exception:  # a failed backup must never take the window down
                log.exception("daily backup of %s failed", path)

        QThreadPool.globalInstance().start(take_backup)

    def _backup_on_close(self, db: Database, demo: bool) -> None:
        if db.changed and db.path is not None and not demo:
            try:
                db.backup("exit", self.clock.now())
            except Exception:
                log.exception("backup on closing %s failed", db.path)

    def _close(
        self,
        window: MainWindow | None,
        db: Database | None,
        lock: QLockFile | None,
        *,
        demo: bool = False,
    ) -> None:
        if window is not None:
            window.close()
            window.deleteLater()
        if db is not None:
            self._backup_on_close(db, demo)
            db.close()
        if lock is not None:
            lock.unlock()

    def shutdown(self) -> None:
        QThreadPool.globalInstance().waitForDone()
        self._close(self.window, self.db, self.lock, demo=self.demo)
        self.window = self.db = self.lock = None


def choose_database(args: argparse.Namespace, prefs: Preferences) -> Path | str:
    """The file to open, or a server's URL given with ``--db`` (a start without one opens
    the last file: the laptop works offline first, docs/team-server.md#connecting)."""
    if args.demo:
        return paths.demo_database()
    if isinstance(args.db, str):
        return args.db
    if args.db is not None:
        return Path(args.db).expanduser().resolve()
    last = prefs.last_database
    database = last if last is not None and last.exists() else paths.default_database()
    return database.expanduser().resolve()


def needs_welcome(args: argparse.Namespace, prefs: Preferences) -> bool:
    """The first start asks for a name (docs/first-run.md); a start told what to open
    (--demo, --db) or measured is not a first start a person sits at."""
    explicit = args.demo or args.db is not None or startup_probe.requested()
    return not prefs.user_name and not explicit


def run_gui(args: argparse.Namespace) -> int:
    startup_probe.mark("modules imported")
    setup_logging()
    configure_application_names()
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setWindowIcon(QIcon(str(resource_path("icons", "keyaccount-desk.svg"))))
    prefs = Preferences()
    language = args.lang or prefs.language or system_language()
    translators = install_translators(app, language)  # kept alive while the app runs
    install_exception_hook()
    path = choose_database(args, prefs)
    launcher = Launcher(language, prefs, Clock(), tab=args.tab)
    if startup_probe.requested():  # measuring start-up: report once the window is complete
        launcher.once_open(lambda: (startup_probe.report(), app.quit()))
    # matplotlib loads while the user reads the first screen (docs/speed.md#the-first-chart).
    launcher.once_open(warm_up_charts)
    if isinstance(path, str):
        return _run(app, launcher, launcher.connect(path))
    # The damage check of a large file runs while the window's modules load.
    check = None
    if not args.demo and path.is_file() and path.stat().st_size > 0:
        check = IntegrityCheck(path)
    choice = None
    if needs_welcome(args, prefs):
        wizard = WelcomeWizard(language, translators, path)
        accepted = wizard.exec() == WelcomeWizard.DialogCode.Accepted
        # Cancelled: the language tried stays for this session only; asked again next time.
        translators, launcher.language = wizard.translators, wizard.language
        choice = wizard.choice() if accepted else None
    if choice is not None:
        opened = launcher.begin(choice, path)
    else:
        opened = launcher.open(path, demo=args.demo, check=check, paint_first=True)
    return _run(app, launcher, opened)


def _run(app: QApplication, launcher: Launcher, opened: bool) -> int:
    if not opened:
        return 1
    code = app.exec()
    launcher.shutdown()
    return code
