"""Evidence files kept with a record: copied into the database's own files folder, so they
travel with the data and survive the original being moved or deleted."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Attachment

from . import paths
from .driver import raw
from .messages import QT_TRANSLATE_NOOP, UserError
from .private_files import private_output

OWNER_KEYS = (
    "checklist_item_id",
    "acceptance_id",
    "collection_action_id",
    "shipping_exception_id",
    "interaction_id",
)


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    original_name: str
    size: int
    added_at: datetime
    path: Path


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def folder_for(database: Path | None) -> Path:
    if database is None:
        # A team server has no folder beside it (docs/team-server.md#tests).
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Attachments",
                "Only a database file keeps attached files, and this is not one (a team "
                "server, say): keep the file in a shared folder and note where in the record.",
            )
        )
    return paths.attachments_dir_for(database)


def attach(session: Session, database: Path | None, source: Path, **owner: int) -> Attachment:
    """Copy ``source`` into the files folder and record it against one owner, e.g.
    ``attach(s, db.path, file, checklist_item_id=7)``."""
    if len(owner) != 1 or next(iter(owner)) not in OWNER_KEYS:
        raise ValueError(f"attach() needs exactly one of {OWNER_KEYS}")
    if not source.is_file():
        raise UserError(
            QT_TRANSLATE_NOOP("Attachments", "{name} is not a file.").with_(name=source.name)
        )
    digest = _digest(source)
    stored = f"{digest[:2]}/{digest}{source.suffix.lower()}"
    target = folder_for(database) / stored
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        with private_output(target) as partial:
            shutil.copyfile(source, partial)
    record = Attachment(
        stored_name=stored,
        original_name=source.name,
        size=source.stat().st_size,
        sha256=digest,
        **owner,
    )
    session.add(record)
    session.flush()
    return record


def list_for(session: Session, database: Path | None, **owner: int) -> list[AttachmentRow]:
    ((key, value),) = owner.items()
    rows = session.scalars(
        select(Attachment).where(getattr(Attachment, key) == value).order_by(Attachment.added_at)
    )
    folder = folder_for(database)
    return [
        AttachmentRow(a.id, a.original_name, a.size, a.added_at, folder / a.stored_name)
        for a in rows
    ]


def detach(session: Session, attachment_id: int) -> None:
    """Forget an attachment. Its file is shared by content with any other record that holds
    the same file; :func:`remove_unused_files` deletes it once nothing refers to it."""
    record = session.get(Attachment, attachment_id)
    if record is not None:
        session.delete(record)


def files_in_trash(session: Session, entry_ids: Iterable[int] | None = None) -> set[str]:
    """The stored files of attachment records kept in the trash (in the entries
    ``entry_ids``, or in all of them): they come back when their record is restored."""
    conn = raw(session)
    query = (
        "SELECT a ->> 'stored_name' FROM trash_entry, "
        "json_array_elements(trash_entry.snapshot -> 'rows' -> 'attachment') AS a"
        if conn.postgresql
        else "SELECT json_extract(a.value, '$.stored_name') FROM trash_entry, "
        "json_each(trash_entry.snapshot, '$.rows.attachment') AS a"
    )
    ids = None if entry_ids is None else list(entry_ids)
    if ids is not None:
        if not ids:
            return set()
        query += f" WHERE trash_entry.id IN ({','.join('?' * len(ids))})"
    found = conn.execute(query, ids or ())
    return {name for (name,) in found if name}


def remove_unused_files(
    session: Session, database: Path | None, among: Iterable[str] | None = None
) -> int:
    """Delete stored files (all, or those named in ``among``) that neither an attachment nor
    the trash refers to (after their records were committed away); returns how many were
    removed."""
    folder = folder_for(database)
    used = set(session.scalars(select(Attachment.stored_name))) | files_in_trash(session)
    candidates = folder.glob("*/*") if among is None else (folder / name for name in set(among))
    removed = 0
    for path in candidates:
        if path.is_file() and path.relative_to(folder).as_posix() not in used:
            path.unlink()
            removed += 1
    return removed
