"""The database, its backups, files and logs are readable by their owner only (POSIX)."""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.app import main
from desktop.locking import lock_for, try_lock
from desktop.models import Account, Tender
from desktop.services import paths
from desktop.services.database import Database, open_database
from desktop.services.messages import english

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_folders_are_private(db_path: Path) -> None:
    for folder in (
        paths.data_dir(),
        paths.log_dir(),
        paths.backup_dir_for(db_path),
        paths.attachments_dir_for(db_path),
    ):
        assert _mode(folder) == 0o700, folder


def test_a_new_database_its_log_lock_and_backups_are_private(tmp_path: Path) -> None:
    path = tmp_path / "given-with-db.sqlite"
    db = open_database(path).db
    lock = lock_for(path)
    try:
        assert try_lock(lock)
        with db.session() as s:
            s.add(Account(name="Written"))
        backup = db.backup("manual", datetime(2026, 11, 23, 10))
        for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}.lock"), backup):
            assert _mode(file) == 0o600, file.name
    finally:
        db.close()
        lock.unlock()


def test_an_existing_database_keeps_its_mode_but_its_log_is_private(db_path: Path) -> None:
    """Never chmod a user's file; what the app creates beside it is owner-only."""
    db_path.chmod(0o640)
    db = open_database(db_path).db
    try:
        with db.session() as s:
            s.add(Account(name="Written"))
        assert _mode(db_path) == 0o640
        assert _mode(Path(f"{db_path}-wal")) == _mode(Path(f"{db_path}-shm")) == 0o600
    finally:
        db.close()


@pytest.mark.parametrize("extra", [[], ["--summary"], ["--summary", "--include-personal"]])
def test_exports_are_private_even_over_an_older_file(
    extra: list[str], demo_db_path: Path, tmp_path: Path
) -> None:
    target = tmp_path / "for-the-manager.xlsx"
    target.write_bytes(b"an older export")
    target.chmod(0o644)
    assert main(["export", str(target), "--db", str(demo_db_path), *extra]) == 0
    assert _mode(target) == 0o600
    assert not list(tmp_path.glob("*.partial"))


def test_the_checklist_workbook_is_private(demo_db: Database, tmp_path: Path) -> None:
    from desktop.services.bids.excel import ChecklistWorkbook

    with demo_db.read() as s:
        tender_id = s.scalars(select(Tender.id)).first()
    target = tmp_path / "checklist.xlsx"
    ChecklistWorkbook(demo_db).export(
        tender_id, target, translate=english, language="en", today=date(2026, 11, 23)
    )
    assert _mode(target) == 0o600
