"""Evidence files kept with a record: copied into the database's own files folder (on a team
server, into the server: ``attachment_store``), so they travel with the data and survive the
original being moved or deleted (docs/team-server.md#attached-files)."""

from __future__ import annotations

import hashlib
import math
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Attachment

from . import attachment_store, paths
from .driver import raw
from .messages import QT_TRANSLATE_NOOP, UserError
from .private_files import private_output

if TYPE_CHECKING:
    from .database import Database

OWNER_KEYS = (
    "checklist_item_id",
    "acceptance_id",
    "collection_action_id",
    "shipping_exception_id",
    "interaction_id",
)
# Evidence is letters, certificates, scans and photos: a few MB. The whole file travels in
# one statement and one sync, held in memory on both ends (docs/team-server.md#attached-files).
LIMIT_MB = 50
TOO_BIG = QT_TRANSLATE_NOOP(
    "Attachments",
    "{name} is {size} MB, more than the {limit} MB a record can keep: attach a smaller copy "
    "(a PDF of the pages that matter, a compressed scan) or note where the file is kept.",
)
MISSING = QT_TRANSLATE_NOOP(
    "Attachments",
    "The file {name} is missing: attach it again, or synchronise if it was attached on another "
    "computer.",
)


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    original_name: str
    size: int
    added_at: datetime
    path: Path | None  # the stored file beside a database file; None on a server
    sha256: str = ""


def row_of(record: Attachment, folder: Path | None) -> AttachmentRow:
    """What a list shows of ``record`` (``folder``: the database file's files folder)."""
    return AttachmentRow(
        record.id,
        record.original_name,
        record.size,
        record.added_at,
        None if folder is None else folder / record.stored_name,
        record.sha256,
    )


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def folder_for(database: Path | None) -> Path:
    if database is None:  # a database in memory (a server keeps them itself)
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Attachments",
                "This database is not kept in a file, so it cannot keep attached files: "
                "open a database file or the team server to attach one.",
            )
        )
    return paths.attachments_dir_for(database)


def attach(session: Session, database: Path | None, source: Path, **owner: int) -> Attachment:
    """Copy ``source`` into the files folder (on a team server, into the server) and record
    it against one owner, e.g. ``attach(s, db.path, file, checklist_item_id=7)``."""
    if len(owner) != 1 or next(iter(owner)) not in OWNER_KEYS:
        raise ValueError(f"attach() needs exactly one of {OWNER_KEYS}")
    if not source.is_file():
        raise UserError(
            QT_TRANSLATE_NOOP("Attachments", "{name} is not a file.").with_(name=source.name)
        )
    size = source.stat().st_size
    if size > LIMIT_MB << 20:
        raise UserError(
            TOO_BIG.with_(name=source.name, size=math.ceil(size / (1 << 20)), limit=LIMIT_MB)
        )
    server = raw(session).postgresql
    content = source.read_bytes() if server else None  # read once: the digest is of what goes
    digest = _digest(source) if content is None else hashlib.sha256(content).hexdigest()
    stored = f"{digest[:2]}/{digest}{source.suffix.lower()}"
    if not server:
        target = folder_for(database) / stored
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            with private_output(target) as partial:
                shutil.copyfile(source, partial)
    record = Attachment(
        stored_name=stored, original_name=source.name, size=size, sha256=digest, **owner
    )
    session.add(record)
    session.flush()
    if content is not None:  # after the row: row security lets a login add what it sees
        attachment_store.put(session, digest, content)
    return record


def list_for(session: Session, database: Path | None, **owner: int) -> list[AttachmentRow]:
    ((key, value),) = owner.items()
    rows = session.scalars(
        select(Attachment).where(getattr(Attachment, key) == value).order_by(Attachment.added_at)
    )
    folder = None if raw(session).postgresql else folder_for(database)
    return [row_of(a, folder) for a in rows]


def open_path(db: Database, row: AttachmentRow) -> Path:
    """The file to open for ``row``: the stored file beside a database file; from a server, a
    fresh owner-only copy of its content. Raises UserError when the content is not here."""
    if row.path is not None:
        if not row.path.is_file():
            raise UserError(MISSING.with_(name=row.original_name))
        return row.path
    with db.read() as s:
        content = attachment_store.get(s, row.sha256)
    if content is None:
        raise UserError(MISSING.with_(name=row.original_name))
    paths.remove_old_opened()
    opened = paths.opened_dir()
    # One folder per content keeps the file's own name, which the viewer shows.
    folder = opened / row.sha256[:16]
    folder.mkdir(mode=0o700, exist_ok=True)
    target = folder / (Path(row.original_name).name or row.sha256)
    with private_output(target) as partial:
        partial.write_bytes(content)
    return target


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
    removed. On a server the content goes in the purge's own transaction
    (``attachment_store.free``)."""
    folder = folder_for(database)
    used = set(session.scalars(select(Attachment.stored_name))) | files_in_trash(session)
    candidates = folder.glob("*/*") if among is None else (folder / name for name in set(among))
    removed = 0
    for path in candidates:
        if path.is_file() and path.relative_to(folder).as_posix() not in used:
            path.unlink()
            removed += 1
    return removed
