"""Rows copied out before a delete, so that undo puts them back exactly: same uuid, same
values, and the same id whenever it is still free (other undo steps refer to it)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from desktop.models import Base


@dataclass(frozen=True)
class RowSnapshot:
    model: type[Base]
    values: dict[str, Any]


def snapshot(record: Base) -> RowSnapshot:
    mapper = inspect(type(record))
    return RowSnapshot(
        type(record), {attr.key: getattr(record, attr.key) for attr in mapper.column_attrs}
    )


def restore(session: Session, rows: list[RowSnapshot]) -> dict[tuple[type, int], int]:
    """Insert ``rows`` (parents before children) and return how old ids map to new ones,
    remapping foreign keys of later rows that point at a row whose id had to change."""
    ids: dict[tuple[type, int], int] = {}
    for row in rows:
        values = dict(row.values)
        old_id = values.pop("id")
        for key, value in list(values.items()):
            for (model, before), after in ids.items():
                if value == before and _points_to(row.model, key, model):
                    values[key] = after
        record = row.model(**values)
        if session.get(row.model, old_id) is None:
            record.id = old_id
        session.add(record)
        session.flush()
        ids[(row.model, old_id)] = record.id
    return ids


def _points_to(model: type[Base], key: str, target: type[Base]) -> bool:
    column = inspect(model).columns.get(key)
    if column is None:
        return False
    return any(fk.column.table is target.__table__ for fk in column.foreign_keys)


def overwrite(record: Base, row: RowSnapshot) -> None:
    """Put a snapshot's values back on the record it was taken from."""
    for key, value in row.values.items():
        if key != "id":
            setattr(record, key, value)
