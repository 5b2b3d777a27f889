"""Every row of every table, to check that an undo or a restore puts back exactly what was
there (ids, uuids, values, timestamps). The change log is left out: it is history, and an
undo or a restore adds to it (docs/merging.md). So is each record's version: an undo or a
restore is a write, which raises it (docs/team-server.md#versions)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import text

from desktop.models import Base
from desktop.services.database import Database


def _select(table, order: str) -> str:
    names = ", ".join(f'"{c.name}"' for c in table.columns if c.name != "version")
    return f'SELECT {names} FROM "{table.name}" ORDER BY {order}'


def dump(db: Database, leave_out: Iterable[str] = ()) -> dict[str, list[tuple]]:
    skipped = {"change_log", *leave_out}
    order = "1" if db.server else "rowid"  # a server's tables have no rowid: the id, the key
    with db.read() as s:
        return {
            name: [tuple(r) for r in s.execute(text(_select(table, order)))]
            for name, table in Base.metadata.tables.items()
            if name not in skipped
        }
