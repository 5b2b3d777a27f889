"""The database, its backups, files and logs are readable by their owner only (POSIX)."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import pytest

from desktop.services import paths
from desktop.services.database import Database

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


def test_database_and_backups_are_private(db: Database, db_path: Path) -> None:
    backup = db.backup("manual", datetime(2026, 11, 23, 10))
    assert _mode(db_path) == 0o600
    assert _mode(backup) == 0o600
