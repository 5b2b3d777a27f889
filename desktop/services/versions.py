"""No lost update (docs/team-server.md#versions): a form remembers the version of the record
it read; saving checks it, so a change someone else made meanwhile is never written over
silently. The user is told who changed it and when, and may reload the record with their own
edits applied on top of it (:func:`reapply`)."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from desktop.models import Base, ChangeEntry

from .messages import QT_TRANSLATE_NOOP, Message, UserError
from .records import read_from

T = TypeVar("T")

CHANGED_BY = QT_TRANSLATE_NOOP(
    "Versions",
    "{who} changed this record at {when}, after you opened it, so your changes were not saved.",
)
CHANGED = QT_TRANSLATE_NOOP(
    "Versions",
    "Someone changed this record after you opened it, so your changes were not saved.",
)


class ChangedMeanwhile(UserError):
    """A save based on an older read of the record; nothing was written."""

    def __init__(self, who: str = "", when: datetime | None = None) -> None:
        message = (
            # the log keeps UTC; the user reads their own time
            CHANGED_BY.with_(who=who or "?", when=f"{local_time(when):%Y-%m-%d %H:%M}")
            if when is not None
            else CHANGED
        )
        super().__init__(message)
        self.who = who
        self.when = when


def local_time(utc: datetime) -> datetime:
    return utc.replace(tzinfo=UTC).astimezone()


def latest_change(session: Session, *record_uuids: str) -> tuple[str, datetime] | None:
    """Who made the latest change to any of the records, and when."""
    row = session.execute(
        select(ChangeEntry.changed_by, ChangeEntry.changed_at)
        .where(ChangeEntry.record_uuid.in_(record_uuids))
        .order_by(ChangeEntry.changed_at.desc(), ChangeEntry.id.desc())
        .limit(1)
    ).first()
    return (row[0], row[1]) if row else None


def with_parts(record: Any, parts: Iterable[Any] = ()) -> int:
    """The version of a record edited with its parts in one form (a tender with its lots),
    where a change to a part, or a part added or removed, is a change to the record: the
    record's own version without parts, else a fingerprint of every version
    (docs/team-server.md#versions)."""
    versions = sorted((part.uuid, part.version) for part in parts)
    if not versions:
        return int(record.version)
    digest = hashlib.blake2b(repr((record.version, versions)).encode(), digest_size=7).digest()
    return int.from_bytes(digest, "big")


def check(session: Session, record: Any, expected: int | None, parts: Iterable[Any] = ()) -> None:
    """Refuse the write when ``record`` (with its ``parts``, :func:`with_parts`) is no longer
    at the version the form read (``None``: the caller read no version, e.g. a script; the
    ORM's own check still guards the write)."""
    parts = list(parts)
    if expected is None or with_parts(record, parts) == expected:
        return
    raise refusal(session, record.uuid, *(part.uuid for part in parts))


def refusal(session: Session, *record_uuids: str) -> ChangedMeanwhile:
    """The refusal of a save over a change to these records: who made it and when, when the
    change log knows."""
    latest = latest_change(session, *record_uuids)
    return ChangedMeanwhile(*latest) if latest else ChangedMeanwhile()


def read_with_version(
    session: Session, model: type[Any], record_id: int, kind: type[T], gone: Message | None = None
) -> tuple[T, int]:
    """A record's fields as ``kind`` and the version they were read at, for a form to give its
    save; ``gone``: the sentence when the record no longer exists (else the ORM's error)."""
    if gone is None:
        record = session.get_one(model, record_id)
    elif (record := session.get(model, record_id)) is None:
        raise UserError(gone)
    return read_from(kind, record), record.version


def reapply(original: T, mine: T, fresh: T, parts: Mapping[str, str] | None = None) -> T:
    """``fresh`` (the record as it is now) with the fields the user changed in the form
    (``mine`` differs from ``original``, what the form read) set to the user's values.
    ``parts``: the fields holding a tuple of parts (a tender's lots), each with the name of
    the field that identifies a part; those are reapplied part by part, so that the user's
    change to one lot keeps a colleague's change to another."""
    parts = parts or {}
    changed = {}
    for field in dataclasses.fields(mine):  # type: ignore[arg-type]
        name = field.name
        theirs, yours, now = getattr(original, name), getattr(mine, name), getattr(fresh, name)
        if yours != theirs:
            changed[name] = (
                reapply_parts(theirs, yours, now, parts[name]) if name in parts else yours
            )
    return dataclasses.replace(fresh, **changed)  # type: ignore[type-var]


def reapply_parts(
    original: tuple[Any, ...], mine: tuple[Any, ...], fresh: tuple[Any, ...], key: str
) -> tuple[Any, ...]:
    """The parts as they are now, each with the user's changes to it; the parts the user
    removed are left out, and the ones the user added come last."""
    read = {getattr(part, key): part for part in original}
    kept = {getattr(part, key): part for part in mine}
    merged = []
    for part in fresh:
        name = getattr(part, key)
        if name not in read:  # added meanwhile
            merged.append(part)
        elif name in kept:
            merged.append(reapply(read[name], kept[name], part))
    merged += [part for part in mine if getattr(part, key) not in read]
    return tuple(merged)


class ReadRecord(Generic[T]):
    """What a form read of one record: its fields (``data``) and the version they were read
    at, given to the save; ``read`` reads both again (None: the record's version unknown)."""

    def __init__(
        self,
        read: Callable[[], tuple[T, int | None]],
        read_already: tuple[T, int | None] | None = None,
        parts: Mapping[str, str] | None = None,
    ) -> None:
        """``read_already``: what the form shows was read earlier (a table's row); ``parts``:
        as for :func:`reapply`."""
        self._read = read
        self._parts = parts
        self.data, self.version = read() if read_already is None else read_already

    def reload(self, mine: T) -> T:
        """The record as it is now with the user's edits (``mine``) on top; the next save is
        checked against this read."""
        fresh, self.version = self._read()
        merged = reapply(self.data, mine, fresh, self._parts)
        self.data = fresh
        return merged


def install(connection: Connection) -> None:
    """On a server (``server init``): a write that does not raise the version itself — a
    script's, psql's — has it raised by the database, so a form read before it is refused too.
    The trigger's ``WHEN`` keeps it from being called for a write that did (the app's, a
    sync's 10,000 rows: docs/team-server.md#sync)."""
    connection.exec_driver_sql(
        "CREATE OR REPLACE FUNCTION kad_raise_version() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN IF NEW.version IS NOT DISTINCT FROM OLD.version THEN "
        "NEW.version := OLD.version + 1; END IF; RETURN NEW; END $$"
    )
    for table in Base.metadata.sorted_tables:
        if "version" not in table.c:
            continue
        connection.exec_driver_sql(f'DROP TRIGGER IF EXISTS kad_raise_version ON "{table.name}"')
        connection.exec_driver_sql(
            f'CREATE TRIGGER kad_raise_version BEFORE UPDATE ON "{table.name}" FOR EACH ROW '
            "WHEN (NEW.version IS NOT DISTINCT FROM OLD.version) "
            "EXECUTE FUNCTION kad_raise_version()"
        )
