"""Every row of every table, to check that an undo or a restore puts back exactly what was
there (ids, uuids, values, timestamps). The change log is left out: it is history, and an
undo or a restore adds to it (docs/merging.md)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import text

from desktop.models import Base
from desktop.services.database import Database


def dump(db: Database, leave_out: Iterable[str] = ()) -> dict[str, list[tuple]]:
    skipped = {"change_log", *leave_out}
    order = "1" if db.server else "rowid"  # a server's tables have no rowid: the id, the key
    with db.read() as s:
        return {
            name: [tuple(r) for r in s.execute(text(f'SELECT * FROM "{name}" ORDER BY {order}'))]
            for name in Base.metadata.tables
            if name not in skipped
        }
