"""The content of attached files in a sync (docs/team-server.md#attached-files): after the
records are exchanged, each side gets the content of the attachment rows it holds that it
lacks: from the laptop's files folder to the server's table and back, matched by SHA-256.

It compares what each side holds rather than what changed, so a sync interrupted here (or a
file added to the folder by hand) is completed by the next one; with nothing missing it reads
two lists of digests and writes nothing. Each file goes in a transaction of its own (a file is
up to ``attachments.LIMIT_MB``), after the rows: row security lets a login add the content of
an attachment only once the server holds the row."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from desktop.models import Attachment

from . import attachment_store, paths
from .attachments import folder_for
from .database import Database
from .messages import QT_TRANSLATE_NOOP, Message
from .private_files import private_output


@dataclass
class FilesMoved:
    uploaded: int = 0
    downloaded: int = 0
    # files an attachment names that neither side holds (attached on a third computer that
    # has not synchronised yet, or deleted from the folder by hand)
    missing: list[str] = field(default_factory=list)


def exchange_files(local: Database, server: Database) -> FilesMoved:
    moved = FilesMoved()
    if local.path is None:
        return moved
    # named only: a sync with no attached files makes no folder
    folder = paths.attachments_dir_for(local.path, create=False)
    here: dict[str, list[Attachment]] = {}
    with local.read() as s:
        for record in s.scalars(select(Attachment).where(Attachment.sha256 != "")):
            here.setdefault(record.sha256, []).append(record)
    with server.read() as s:
        wanted = set(s.scalars(select(Attachment.sha256)))
        there = attachment_store.held(s)
    for digest in sorted(wanted - there):  # the server's rows whose content is on the laptop
        found = [folder / r.stored_name for r in here.get(digest, ())]
        source = next((path for path in found if path.is_file()), None)
        if source is not None:
            with server.session() as s:
                attachment_store.put(s, digest, source.read_bytes())
            moved.uploaded += 1
    for digest, records in sorted(here.items()):
        lacking = sorted(
            {folder / r.stored_name for r in records if not (folder / r.stored_name).is_file()}
        )
        if not lacking:
            continue
        content = None
        if digest in there:
            with server.read() as s:
                content = attachment_store.get(s, digest)
        if content is None:
            moved.missing.append(records[0].original_name)
            continue
        folder_for(local.path)  # owner-only, as attaching makes it
        for target in lacking:
            target.parent.mkdir(parents=True, exist_ok=True)
            with private_output(target) as partial:
                partial.write_bytes(content)
        moved.downloaded += 1
    return moved


MOVED = QT_TRANSLATE_NOOP("Sync", "Attached files: {sent} sent to the server, {received} received.")
NEITHER_SIDE = QT_TRANSLATE_NOOP(
    "Sync",
    "The attached file {name} is on neither side: synchronise the computer it was attached on, "
    "or attach it again.",
)


def report(moved: FilesMoved) -> list[Message]:
    """The lines a sync prints about attached files (none when nothing moved or is missing)."""
    lines = [NEITHER_SIDE.with_(name=name) for name in moved.missing]
    if moved.uploaded or moved.downloaded:
        lines.insert(0, MOVED.with_(sent=moved.uploaded, received=moved.downloaded))
    return lines
