"""The backups of one database: listing, when to take one, and which to keep.

Backups sit beside the database in ``<name>-backups/`` and are named
``<name>-YYYY-MM-DD-HHMMSS-<reason>.sqlite``; the time in the name (local time) is what counts,
not the file's mtime, which copying may change. Retention keeps everything from the last two
days (so the copy taken before an import survives the backup taken at exit), then the newest
backup of each of the last 7 days, 4 weeks and 12 months.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from . import paths
from .backup import BACKUP_SUFFIX, backup_name, closing_connection, open_readonly
from .messages import QT_TRANSLATE_NOOP, Message
from .private_files import can_write, remove_stale_partials

NAME_PATTERN = re.compile(r"-(\d{4}-\d{2}-\d{2}-\d{6})-([a-z0-9-]+)\.sqlite$")
BEFORE_RESTORE = "before-restore"  # holds the data a restore deliberately replaced
BEFORE_UPGRADE = "before-upgrade"  # followed by the old schema revision
BEFORE_SYNC = "before-sync"  # a sync with the team server (docs/team-server.md#sync)
REASONS = {
    "daily": QT_TRANSLATE_NOOP("Backup", "Daily"),
    "exit": QT_TRANSLATE_NOOP("Backup", "On closing"),
    "manual": QT_TRANSLATE_NOOP("Backup", "Manual"),
    "before-import": QT_TRANSLATE_NOOP("Backup", "Before an import"),
    "before-merge": QT_TRANSLATE_NOOP("Backup", "Before a merge"),
    BEFORE_SYNC: QT_TRANSLATE_NOOP("Backup", "Before a sync"),
    BEFORE_UPGRADE: QT_TRANSLATE_NOOP("Backup", "Before an upgrade"),
    BEFORE_RESTORE: QT_TRANSLATE_NOOP("Backup", "Before a restore"),
}
# A reason this version does not know (a newer version's, a renamed file): not its raw code.
OTHER_REASON = QT_TRANSLATE_NOOP("Backup", "Other")


@dataclass(frozen=True)
class Retention:
    keep_all_for: timedelta = timedelta(hours=48)
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    reason: str

    @property
    def size(self) -> int:
        return self.path.stat().st_size

    @property
    def label(self) -> Message:
        """Why it was taken, for people ("Before an import")."""
        reason = BEFORE_UPGRADE if self.reason.startswith(BEFORE_UPGRADE) else self.reason
        return REASONS.get(reason, OTHER_REASON)

    @property
    def before_restore(self) -> bool:
        return self.reason == BEFORE_RESTORE


@dataclass(frozen=True)
class BackupSummary:
    """What a backup holds, for the restore dialog."""

    backup: BackupFile
    size: int
    counts: dict[str, int]  # table -> rows, for the main kinds of record
    readable: bool


COUNTED_TABLES = ("account", "contact", "opportunity", "tender", "contract")


def list_backups(database: Path) -> list[BackupFile]:
    """Every finished backup of ``database``, newest first."""
    folder = paths.backup_dir_for(database, create=False)
    found = []
    for path in folder.glob(f"{database.stem}-*{BACKUP_SUFFIX}"):
        match = NAME_PATTERN.search(path.name)
        if match and path.name.startswith(f"{database.stem}-"):
            taken = datetime.strptime(match.group(1), "%Y-%m-%d-%H%M%S")
            found.append(BackupFile(path, taken, match.group(2)))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def _newest_per_bucket(
    backups: list[BackupFile], bucket: Callable[[datetime], object], count: int
) -> set[Path]:
    """The newest backup of each of the ``count`` most recent buckets (days, weeks...)."""
    kept: set[Path] = set()
    seen: set[object] = set()
    for backup in backups:
        key = bucket(backup.taken_at)
        if key in seen:
            continue
        if len(seen) == count:
            break
        seen.add(key)
        kept.add(backup.path)
    return kept


def obsolete(
    backups: list[BackupFile], now: datetime, retention: Retention | None = None
) -> list[BackupFile]:
    """The backups the schedule no longer needs: like ``restic forget --keep-daily 7
    --keep-weekly 4 --keep-monthly 12``, plus everything younger than ``keep_all_for``."""
    retention = retention or Retention()
    newest_first = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    keep = {b.path for b in newest_first if now - b.taken_at <= retention.keep_all_for}
    keep |= _newest_per_bucket(newest_first, lambda t: t.date(), retention.daily)
    keep |= _newest_per_bucket(newest_first, lambda t: t.isocalendar()[:2], retention.weekly)
    keep |= _newest_per_bucket(newest_first, lambda t: (t.year, t.month), retention.monthly)
    return [b for b in newest_first if b.path not in keep]


def prune(database: Path, now: datetime, retention: Retention | None = None) -> list[Path]:
    removed = []
    for backup in obsolete(list_backups(database), now, retention):
        backup.path.unlink(missing_ok=True)
        removed.append(backup.path)
    return removed


def due_for_daily_backup(database: Path, now: datetime) -> bool:
    """True when the newest backup is more than a day old (or there is none)."""
    backups = list_backups(database)
    return not backups or now - backups[0].taken_at > timedelta(days=1)


def backup_problem(database: Path) -> Message | None:
    """Why no backup of ``database`` can be written (the folder is someone else's, or
    read-only), else None; also clears what a killed backup left there."""
    folder = paths.backup_dir_for(database, create=False)
    where = folder if folder.exists() else database.parent
    if not can_write(where):
        return QT_TRANSLATE_NOOP(
            "Backups",
            "No backups can be written to {folder}: make it writable for you (or remove it), "
            "so that your data is backed up.",
        ).with_(folder=str(folder))
    if folder.exists():
        remove_stale_partials(folder)
    return None


def target_for(database: Path, reason: str, now: datetime) -> Path:
    return paths.backup_dir_for(database) / backup_name(database, reason, now)


def summarize(backup: BackupFile) -> BackupSummary:
    counts: dict[str, int] = {}
    try:
        with closing_connection(open_readonly(backup.path)) as conn:
            for table in COUNTED_TABLES:
                counts[table] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except sqlite3.DatabaseError:
        return BackupSummary(backup, backup.size, counts, readable=False)
    return BackupSummary(backup, backup.size, counts, readable=True)
