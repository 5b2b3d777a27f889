"""Opening a database and running units of work on it.

Every user action is one ``with db.session() as s:`` block: one transaction that commits whole
or not at all. Reads use ``db.read()``, which never waits for a writer.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desktop.models import Record
from desktop.models.db import BUSY_TIMEOUT_MS, make_engine, reader

from . import backups, change_log, paths, server_log
from .backup import (
    IntegrityCheck,
    backup_file,
    backup_name,
    integrity_errors,
    readonly_uri,
    sqlite_connection,
    write_backup,
)
from .clock import Clock
from .defaults import ensure_defaults
from .messages import QT_TRANSLATE_NOOP, UserError
from .private_files import can_write, create_private
from .schema import (
    DatabaseDamaged,
    DatabaseRefused,
    Inspection,
    SchemaState,
    inspect_database,
    migrate,
)
from .settings import DEFAULT_OWNER

log = logging.getLogger(__name__)


def _fill_owner(session: Session, _context: object, _instances: object) -> None:
    """New records without an owner get the default owner (the salesperson of this file)."""
    owner = session.info.get("owner", "")
    if not owner:
        return
    for obj in session.new:
        if isinstance(obj, Record) and not obj.owner:
            obj.owner = owner


class ReadOnlyDatabase(UserError):
    """A write was asked of a database opened read-only."""


class ServerBackup(UserError):
    """A backup or restore was asked of a server database."""


SERVER_BACKUP = QT_TRANSLATE_NOOP(
    "Database",
    "A team server is backed up by PostgreSQL's own tools (pg_dump, base backups), not by Key "
    "Account Desk: ask the server's administrator.",
)


class Database:
    # How long a checkpoint that must erase deleted data waits for readers, per attempt.
    CHECKPOINT_WAIT_MS = 3000
    CHECKPOINT_ATTEMPTS = 2
    # The transaction of ``together`` and its thread: ``session`` joins it there.
    _joined: tuple[int, Session] | None = None

    def __init__(
        self,
        engine: Engine,
        path: Path | None,
        clock: Clock | None = None,
        *,
        read_only: bool = False,
        server: str | None = None,
    ) -> None:
        self.engine = engine
        self.path = path
        # The server's URL (password included, kept in memory only) for a team database.
        self.server = server
        # Names this window's writes in the server's change notifications (live_changes).
        self.session_id = uuid.uuid4().hex
        self.clock = clock or Clock()
        self.read_only = read_only
        # Purged data still in the write-ahead log because a reader held it: erased at the
        # next write or on closing (docs/files.md).
        self.erase_pending = False
        self._writer = sessionmaker(bind=engine, expire_on_commit=False)
        self._reader = sessionmaker(bind=reader(engine), expire_on_commit=False)
        event.listen(self._writer, "before_flush", _fill_owner)
        event.listen(self._writer, "after_flush", change_log.log_flush)
        event.listen(self._writer, "after_begin", server_log.tell_server)
        self.changed = False  # whether anything was written since opening (for backups)
        with self.read() as s:
            # On a server, rows belong to login roles (docs/team-server.md#owners).
            self.default_owner = (
                s.connection().exec_driver_sql("SELECT current_user").scalar_one()
                if server
                else DEFAULT_OWNER.get(s)
            )

    @property
    def label(self) -> str:
        """The file's path, or the server as ``user@host:port/db`` (never the password)."""
        if self.server:
            from .server_schema import label

            return label(self.server)
        return str(self.path) if self.path else ":memory:"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One write transaction: commits on success, rolls back on any exception. Inside
        ``together`` (same thread), a part of its transaction."""
        joined = self._joined
        if joined is not None and joined[0] == threading.get_ident():
            yield joined[1]
            joined[1].flush()
            return
        if self.read_only:
            raise ReadOnlyDatabase(
                QT_TRANSLATE_NOOP(
                    "Database",
                    "{path} is open read-only, so nothing can be changed: make the file and its "
                    "folder writable, then open it again.",
                ).with_(path=str(self.path))
            )
        info = {
            change_log.OWNER: self.default_owner,
            change_log.CLOCK: self.clock,
            server_log.WINDOW: self.session_id,  # named in the server's change notifications
        }
        try:
            with self._write(info) as s:
                yield s
        except StaleDataError as exc:  # written meanwhile by someone else: nothing was saved
            from .versions import ChangedMeanwhile

            raise ChangedMeanwhile() from exc
        if self.erase_pending:
            self.checkpoint(wait_ms=0, attempts=1)

    @contextmanager
    def _write(self, info: dict[str, object]) -> Iterator[Session]:
        with self._writer(info=info) as s, s.begin():
            if self.server:  # the server keeps its own backups: nothing to track
                from .team_members import refusals

                with refusals():  # a row the policies refuse: one sentence
                    yield s
                    s.flush()
                return
            raw = sqlite_connection(s.connection())
            before = raw.total_changes
            yield s
            s.flush()
            if raw.total_changes != before:
                self.changed = True

    @contextmanager
    def together(self) -> Iterator[Session]:
        """One transaction for several services' writes, each made through ``session``:
        Settings ▸ Preferences saves all its pages or none (docs/team-server.md#versions)."""
        with self.session() as s:
            self._joined = (threading.get_ident(), s)
            try:
                yield s
            finally:
                self._joined = None

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as s:
            yield s

    def set_default_owner(self, owner: str) -> None:
        with self.session() as s:
            DEFAULT_OWNER.set(s, owner)
        self.default_owner = owner

    def backup(self, reason: str, now: datetime) -> Path:
        """Write a verified backup beside the database now, then thin out old ones."""
        if self.server:
            raise ServerBackup(SERVER_BACKUP)
        if self.path is None:
            raise ValueError("an in-memory database has no backups")
        target = backups.target_for(self.path, reason, now)
        with self.engine.connect() as conn:
            write_backup(sqlite_connection(conn), target)
        backups.prune(self.path, now)
        return target

    def checkpoint(self, *, wait_ms: int | None = None, attempts: int | None = None) -> bool:
        """Move the write-ahead log into the main file and empty it, so that content deleted
        meanwhile survives in neither. A reader still using older content blocks that: then
        it is tried again (``wait_ms`` each time), else left for the next write or closing.
        True when the log was emptied."""
        if self.read_only or self.server:
            return True
        wait = self.CHECKPOINT_WAIT_MS if wait_ms is None else wait_ms
        for _attempt in range(attempts or self.CHECKPOINT_ATTEMPTS):
            with self.engine.connect() as conn:
                raw = sqlite_connection(conn)
                raw.execute(f"PRAGMA busy_timeout={wait}")
                try:
                    busy, _log, _done = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                finally:
                    raw.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            if not busy:
                self.erase_pending = False
                return True
        self.erase_pending = True
        log.warning("the write-ahead log could not be emptied yet: a reader is using it")
        return False

    def close(self) -> None:
        """Checkpoint the WAL into the main file and release it (clean shutdown)."""
        self.checkpoint()
        self.engine.dispose()


@dataclass(frozen=True)
class Opened:
    db: Database
    created: bool
    migrated_from: str | None  # the old schema revision, when an upgrade ran
    backup: Path | None  # the verified copy taken before the upgrade


def opens_read_only(path: Path) -> bool:
    """Whether ``path`` (an existing file) can only be read: the file is read-only, or its
    folder is and SQLite could not make its ``-wal``/``-shm`` files there."""
    if not can_write(path):
        return True
    companions = [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm")]
    return not can_write(path.parent) and not all(c.exists() and can_write(c) for c in companions)


def _prepare_files(path: Path, created: bool) -> None:
    """A new database file is owner-only from the first byte; an existing one's mode is the
    user's choice and is left alone. Empty ``-wal``/``-shm`` files a read-only session left
    unwritable (``check`` on a read-only file, in older versions) would make every write
    fail: they hold nothing, so they go (SQLite makes them afresh)."""
    if created:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            create_private(path)
    wal = Path(f"{path}-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        for companion in (wal, Path(f"{path}-shm")):
            if companion.exists() and not can_write(companion):
                companion.unlink()


def _companions_private(path: Path) -> None:
    """SQLite makes ``-wal``/``-shm`` with the database's mode: the app's own ones are made
    owner-only, like everything else it writes (they hold the latest changes)."""
    if sys.platform == "win32":
        return
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{path}{suffix}")
        with contextlib.suppress(FileNotFoundError):
            if companion.stat().st_uid == os.geteuid():
                companion.chmod(0o600)


def _refuse_read_only(path: Path, inspection: Inspection) -> None:
    if inspection.state is SchemaState.NEW:
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "Database",
                "Cannot create {path}: its folder is read-only. Choose a folder you can write to.",
            ).with_(path=str(path))
        )
    if inspection.state is SchemaState.OLDER:
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "Database",
                "{path} needs an upgrade but is read-only: make the file and its folder "
                "writable, then open it again.",
            ).with_(path=str(path))
        )


def open_database(
    path: Path,
    *,
    clock: Clock | None = None,
    check: IntegrityCheck | None = None,
    known: Callable[[], bool] = lambda: False,
) -> Opened:
    """Open (creating or upgrading as needed) the database at ``path``.

    Raises :class:`~desktop.services.schema.DatabaseRefused` for a foreign or newer file, which
    is then left untouched. Before an upgrade, a verified backup is written. ``check`` is the
    damage check of ``path`` if one was started earlier (else it runs now). ``known``: whether
    ``path`` is the database used last (then an empty file is damaged, docs/damaged-files.md).
    A file that can only be read is opened read-only (``Database.read_only``), changing
    nothing on disk.
    """
    clock = clock or Clock()
    inspection = inspect_database(path, known=known)
    if inspection.state is not SchemaState.NEW:
        if check is not None and check.path == path:
            problems = check.problems()
        else:
            problems = integrity_errors(path, quick=True)
        if problems:
            raise DatabaseDamaged(path, problems)
    existing_parent = next(p for p in (path, *path.parents) if p.exists())
    if (
        opens_read_only(path)
        if inspection.state is not SchemaState.NEW or path.exists()
        else not can_write(existing_parent)
    ):
        _refuse_read_only(path, inspection)
        engine = make_engine(path, readonly_uri=readonly_uri(path))
        return Opened(Database(engine, path, clock, read_only=True), False, None, None)
    backup = None
    if inspection.state is SchemaState.OLDER:
        name = backup_name(path, f"before-upgrade-{inspection.revision}", clock.now())
        backup = backup_file(path, paths.backup_dir_for(path) / name)
        log.info("backed up %s to %s before upgrading its schema", path, backup)
    created = inspection.state is SchemaState.NEW and not path.exists()
    _prepare_files(path, created=inspection.state is SchemaState.NEW)
    engine = make_engine(path)
    try:
        if inspection.state is not SchemaState.CURRENT:
            migrate(engine)
            log.info("schema of %s upgraded from %s", path, inspection.revision or "nothing")
        with sessionmaker(bind=engine)() as s, s.begin():
            ensure_defaults(s)
        _companions_private(path)
        if inspection.state is SchemaState.NEW:
            # Put the header (our application_id) into the main file at once.
            with engine.connect() as conn:
                sqlite_connection(conn).execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except BaseException:
        engine.dispose()
        if created:  # a full disk, say: no half-made database is left behind
            discard_database_files(path)
        raise
    return Opened(
        Database(engine, path, clock),
        created=inspection.state is SchemaState.NEW,
        migrated_from=inspection.revision if inspection.state is SchemaState.OLDER else None,
        backup=backup,
    )


def discard_database_files(path: Path) -> None:
    """Remove a database this run created and could not finish, with its companions."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def open_server(url: str, *, clock: Clock | None = None, init: bool = False) -> Opened:
    """Open the Key Account Desk database on a PostgreSQL server (docs/team-server.md).

    Nothing is written beside it on this computer (no lock, no backup: the server has its
    own). A salesperson's connection never changes the schema: an empty or older server
    database is refused with a sentence naming ``server init``, which (``init=True``) is the
    one way to create or upgrade it."""
    from desktop.models.db import make_server_engine

    from .server_schema import NEEDS_INIT, NEEDS_UPGRADE, NOT_A_SERVER, inspect_server, label
    from .server_url import is_server_url

    if not is_server_url(url):
        raise DatabaseRefused(NOT_A_SERVER)
    engine = make_server_engine(url)
    try:
        inspection = inspect_server(engine, url)
        if inspection.state is not SchemaState.CURRENT:
            if not init:
                message = NEEDS_INIT if inspection.state is SchemaState.NEW else NEEDS_UPGRADE
                raise DatabaseRefused(message.with_(server=label(url)))
            migrate(engine)
            log.info("server schema upgraded from %s", inspection.revision or "nothing")
        if init:
            from .server_setup import install

            with sessionmaker(bind=engine)() as s, s.begin():
                ensure_defaults(s)
                install(s.connection())
        db = Database(engine, None, clock or Clock(), server=url)
    except BaseException:
        engine.dispose()
        raise
    return Opened(
        db,
        created=inspection.state is SchemaState.NEW,
        migrated_from=inspection.revision if inspection.state is SchemaState.OLDER else None,
        backup=None,
    )
