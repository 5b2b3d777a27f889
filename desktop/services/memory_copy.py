"""An in-memory copy of a database file, for commands that only read it — a dry run, an
export — so that they write nothing anywhere: no new database, no schema upgrade, no backup,
no lock (docs/import-detection.md)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import sessionmaker

from desktop.models.db import make_engine

from .backup import closing_connection, integrity_errors, open_readonly
from .database import Database, DatabaseDamaged, opens_read_only
from .defaults import ensure_defaults
from .schema import SchemaState, inspect_database, migrate


def _reader(path: Path) -> sqlite3.Connection:
    """A connection that only reads. Opened for writing when it may be, because SQLite then
    removes the -wal and -shm files it needed when the last connection closes; a read-only
    one would leave them behind. A file or folder that may only be read (even by root, who
    could write it anyway) is read through the read-only URI, which leaves nothing beside it."""
    if opens_read_only(path):
        return open_readonly(path)
    try:
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True)
    except sqlite3.OperationalError:  # a read-only file or folder
        return open_readonly(path)


def copy_in_memory(path: Path, *, known: Callable[[], bool] = lambda: False) -> Database:
    """The database at ``path`` copied into memory (an empty one when there is no file yet).
    Refuses what opening it would refuse: another application's file, a newer one, damage
    (``known``: whether ``path`` is the database used last, as for ``open_database``)."""
    inspection = inspect_database(path, known=known)
    engine = make_engine(None)
    if inspection.state is not SchemaState.NEW:
        problems = integrity_errors(path, quick=True)
        if problems:
            raise DatabaseDamaged(path, problems)
        with closing_connection(_reader(path)) as source, engine.connect() as conn:
            source.backup(conn.connection.driver_connection)
    if inspection.state is not SchemaState.CURRENT:
        migrate(engine)  # the copy, not the file
    with sessionmaker(bind=engine)() as s, s.begin():
        ensure_defaults(s)
    return Database(engine, None)
