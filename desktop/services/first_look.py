"""What the window shows before the database is fully open (docs/speed.md#start-up): the
account list, read with ``sqlite3`` alone, so that the window paints before SQLAlchemy's ORM
and the models load. Only a file that opens as it is (ours, its schema current) gets one; any
other goes through ``open_database``, which says what is wrong or upgrades it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop import startup_probe

from .backup import closing_connection
from .messages import UserError
from .schema import SchemaState, inspect_database, peek


@dataclass(frozen=True)
class FirstAccount:
    """An account as the list beside the tabs shows it (``AccountRow`` without the class,
    which only its tooltip shows: the full list replaces these once the database is open)."""

    id: int
    name: str
    short_name: str
    region: str
    customer_class: None = None


@dataclass(frozen=True)
class FirstLook:
    path: Path
    accounts: list[FirstAccount]


def first_look(path: Path, *, known: Callable[[], bool] = lambda: False) -> FirstLook | None:
    """The account list of ``path``, or None when the file cannot be shown before it is
    opened in full: new, to be upgraded, refused, or unreadable (its damage check runs
    meanwhile, and ``open_database`` waits for it before anything is written)."""
    try:
        if inspect_database(path, known=known).state is not SchemaState.CURRENT:
            return None
        with closing_connection(peek(path)) as conn:  # leaves no -wal or -shm behind
            rows = conn.execute(
                "SELECT id, name, short_name, region FROM account ORDER BY name"
            ).fetchall()
    except (UserError, sqlite3.Error, OSError):
        return None
    return FirstLook(path, [FirstAccount(*row) for row in rows])


def load_models() -> None:
    """Import the models and configure their mappers now, each marked for the start-up
    probe's breakdown (opening the database would do both anyway)."""
    from sqlalchemy.orm import configure_mappers

    import desktop.models  # noqa: F401

    startup_probe.mark("models imported")
    configure_mappers()
    startup_probe.mark("mappers configured")
