"""Recognising our database files and bringing their schema up to date.

A file is ours when its SQLite header carries our ``application_id``; its schema version is the
Alembic revision in ``alembic_version``. Both are read without writing anything, so a foreign
file or one from a newer version of the application is refused and left byte-for-byte as it was.
"""

from __future__ import annotations

import enum
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import backups
from .backup import closing_connection, open_readonly, sqlite_connection
from .messages import QT_TRANSLATE_NOOP, Message, UserError

if TYPE_CHECKING:  # SQLAlchemy and the models load later: the CLI and start-up need neither
    from alembic.config import Config
    from sqlalchemy import Engine

# The newest migration; a test checks it against the migration scripts. Kept as a constant
# so that opening an up-to-date database does not have to import Alembic.
SCHEMA_HEAD = "0006"
# Our files' SQLite ``application_id`` (``desktop.models.db`` sets it; a test checks they agree),
# here so that recognising a file before the window shows loads no model (docs/speed.md).
APPLICATION_ID = 0x4B414431
SQLITE_MAGIC = b"SQLite format 3\x00"


class SchemaState(enum.Enum):
    NEW = "new"  # no file yet, or an empty one that never held data (docs/damaged-files.md)
    CURRENT = "current"
    OLDER = "older"  # ours, needs migrating


@dataclass(frozen=True)
class Inspection:
    state: SchemaState
    revision: str | None


class DatabaseRefused(UserError):
    """The file is not one we may open; nothing was written to it."""


class DatabaseDamaged(DatabaseRefused):
    """The file is (or was) a database of ours but cannot be used as it is; nothing was
    written to it."""

    def __init__(self, path: Path, problems: Sequence[str | Message]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Database",
                "{path} is damaged ({problem}). Nothing was written to it.",
            ).with_(path=str(path), problem=problems[0])
        )
        self.path = path
        self.problems = problems


EMPTY = QT_TRANSLATE_NOOP("Database", "the file is empty")
NO_HEADER = QT_TRANSLATE_NOOP("Database", "its header is missing or overwritten")
CUT_SHORT = QT_TRANSLATE_NOOP("Database", "the file is cut short: {size} of {expected} bytes")
# SQLite's result codes that mean "the bytes are wrong", unlike a lock or a missing permission.
DAMAGE_CODES = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}


def _never() -> bool:
    return False


def held_data(path: Path, known: Callable[[], bool]) -> bool:
    """Whether ``path`` is a database that held data: backups of it exist, or ``known()``
    says so (the file used last). Then an empty or headerless file is damaged, not new."""
    return bool(backups.list_backups(path)) or known()


def _read_header(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(100)


def _cut_short(path: Path, header: bytes) -> Message | None:
    """The header's page count says how long the file is; a shorter one lost its end. The
    count is valid only when its change counter matches (offsets 24 and 92), and the file can
    lag behind it while a write-ahead log holds the rest."""
    wal = Path(f"{path}-wal")
    if header[24:28] != header[92:96] or (wal.exists() and wal.stat().st_size > 0):
        return None
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    expected = int.from_bytes(header[28:32], "big") * page_size
    size = path.stat().st_size
    return CUT_SHORT.with_(size=size, expected=expected) if size < expected else None


def inspect_database(path: Path, *, known: Callable[[], bool] = _never) -> Inspection:
    """What ``path`` holds. ``known`` tells whether it is the database used last; it is asked
    only when the file's own bytes cannot tell a damaged file from a new or foreign one."""
    if not path.exists():
        return Inspection(SchemaState.NEW, None)
    if path.stat().st_size == 0:
        if held_data(path, known):
            raise DatabaseDamaged(path, [EMPTY])
        return Inspection(SchemaState.NEW, None)
    try:
        header = _read_header(path)
    except OSError as exc:
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP("Database", "Cannot read {path}: {reason}").with_(
                path=str(path), reason=exc.strerror or str(exc)
            )
        ) from exc
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        if held_data(path, known):
            raise DatabaseDamaged(path, [NO_HEADER])
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "Database", "{path} is not a database file. It was left untouched."
            ).with_(path=str(path))
        )
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        if held_data(path, known):  # our file, its header partly overwritten
            raise DatabaseDamaged(path, [NO_HEADER])
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "Database",
                "{path} is an SQLite database of another application, not of Key Account Desk. "
                "It was left untouched.",
            ).with_(path=str(path))
        )
    short = _cut_short(path, header)
    if short is not None:
        raise DatabaseDamaged(path, [short])
    return by_revision(
        _read_revision(path),
        QT_TRANSLATE_NOOP(
            "Database",
            "{path} was written by a newer version of Key Account Desk (schema {revision}). "
            "Please update the application. The file was left untouched.",
        ).with_(path=str(path)),
    )


def by_revision(revision: str | None, newer: Message) -> Inspection:
    """CURRENT or OLDER by the schema revision; a revision this version does not know is from
    a newer one: refused with ``newer`` (given its ``revision``)."""
    if revision == SCHEMA_HEAD:
        return Inspection(SchemaState.CURRENT, revision)
    if revision is not None and revision not in known_revisions():
        raise DatabaseRefused(newer.with_(revision=revision))
    return Inspection(SchemaState.OLDER, revision)


def peek(path: Path) -> sqlite3.Connection:
    """A connection that leaves no trace: ``immutable`` creates no -wal/-shm files beside a
    file that may not be ours. A non-empty -wal means our own interrupted session, whose
    committed pages live there; then a plain read-only connection is needed to see them."""
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return open_readonly(path)
    return sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)


def _read_revision(path: Path) -> str | None:
    """The schema revision; None for a file of ours that no migration has completed on."""
    try:
        with closing_connection(peek(path)) as conn:
            has_table = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).fetchone()
            row = (
                conn.execute("SELECT version_num FROM alembic_version").fetchone()
                if has_table
                else None
            )
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorname", "") in DAMAGE_CODES:  # ours (application_id)
            raise DatabaseDamaged(path, [str(exc)]) from exc
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "Database", "{path} cannot be read as a Key Account Desk database: {reason}"
            ).with_(path=str(path), reason=str(exc))
        ) from exc
    return row[0] if row else None


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "desktop:migrations")
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head() or ""


def migrate(engine: Engine) -> None:
    """Upgrade to the newest schema in one transaction, foreign keys off while tables are
    rebuilt (Alembic batch mode), and refuse to commit if any foreign key is left dangling.
    On a server, DDL is transactional and nothing is rebuilt: the upgrade and the identity
    table (``server_schema``) commit together."""
    from alembic import command

    from desktop.models.db import APPLICATION_ID

    config = _alembic_config()
    if engine.dialect.name == "postgresql":
        from .server_schema import write_identity

        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            write_identity(connection)
        return
    with engine.connect() as connection:
        # Must happen outside a transaction, so before SQLAlchemy begins one.
        sqlite_connection(connection).execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
                dangling = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if dangling:
                    raise RuntimeError(f"foreign keys left dangling by the migration: {dangling}")
        finally:
            sqlite_connection(connection).execute("PRAGMA foreign_keys=ON")
