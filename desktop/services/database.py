"""Opening a database and running units of work on it.

Every user action is one ``with db.session() as s:`` block: one transaction that commits whole
or not at all. Reads use ``db.read()``, which never waits for a writer.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import Record
from desktop.models.db import make_engine, reader

from . import backups, paths
from .backup import IntegrityCheck, backup_file, backup_name, integrity_errors, write_backup
from .clock import Clock
from .defaults import ensure_defaults
from .schema import DatabaseDamaged, SchemaState, inspect_database, migrate
from .settings import DEFAULT_OWNER

log = logging.getLogger(__name__)


def _fill_owner(session: Session, _context, _instances) -> None:
    """New records without an owner get the default owner (the salesperson of this file)."""
    owner = session.info.get("owner", "")
    if not owner:
        return
    for obj in session.new:
        if isinstance(obj, Record) and not obj.owner:
            obj.owner = owner


class Database:
    def __init__(self, engine: Engine, path: Path | None) -> None:
        self.engine = engine
        self.path = path
        self._writer = sessionmaker(bind=engine, expire_on_commit=False)
        self._reader = sessionmaker(bind=reader(engine), expire_on_commit=False)
        event.listen(self._writer, "before_flush", _fill_owner)
        self.changed = False  # whether anything was written since opening (for backups)
        with self.read() as s:
            self.default_owner = DEFAULT_OWNER.get(s)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One write transaction: commits on success, rolls back on any exception."""
        with self._writer(info={"owner": self.default_owner}) as s, s.begin():
            raw = s.connection().connection.driver_connection
            before = raw.total_changes
            yield s
            s.flush()
            if raw.total_changes != before:
                self.changed = True

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
        if self.path is None:
            raise ValueError("an in-memory database has no backups")
        target = backups.target_for(self.path, reason, now)
        with self.engine.connect() as conn:
            write_backup(conn.connection.driver_connection, target)
        backups.prune(self.path, now)
        return target

    def checkpoint(self) -> None:
        """Move the write-ahead log into the main file and empty it (as far as no reader
        still needs it), so that content deleted meanwhile survives in neither."""
        with self.engine.connect() as conn:
            conn.connection.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")

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


def _restrict_permissions(path: Path) -> None:
    if sys.platform != "win32" and path.exists():
        path.chmod(0o600)


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
    backup = None
    if inspection.state is SchemaState.OLDER:
        name = backup_name(path, f"before-upgrade-{inspection.revision}", clock.now())
        backup = backup_file(path, paths.backup_dir_for(path) / name)
        log.info("backed up %s to %s before upgrading its schema", path, backup)
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    if inspection.state is not SchemaState.CURRENT:
        migrate(engine)
        log.info("schema of %s upgraded from %s", path, inspection.revision or "nothing")
    _restrict_permissions(path)
    with sessionmaker(bind=engine)() as s, s.begin():
        ensure_defaults(s)
    if inspection.state is SchemaState.NEW:
        # Put the header (our application_id) into the main file at once.
        with engine.connect() as conn:
            conn.connection.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return Opened(
        Database(engine, path),
        created=inspection.state is SchemaState.NEW,
        migrated_from=inspection.revision if inspection.state is SchemaState.OLDER else None,
        backup=backup,
    )
