"""Backups go through the online backup API and are verified before they are kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.models import Account
from desktop.services.backup import backup_file, integrity_errors
from desktop.services.database import Database


def test_backup_of_a_live_database_holds_every_committed_row(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    for number in range(50):
        with db.session() as s:
            s.add(Account(name=f"Account {number}"))
    assert Path(f"{db_path}-wal").stat().st_size > 0  # much of it is still only in the WAL
    target = backup_file(db_path, tmp_path / "copy.sqlite")
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT count(*) FROM account").fetchone() == (50,)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    conn.close()
    assert integrity_errors(target) == []
    assert not list(tmp_path.glob("*.partial"))
    assert target.stat().st_mode & 0o777 == 0o600


def test_integrity_errors_reports_a_damaged_file(tmp_path: Path, db_path: Path) -> None:
    damaged = tmp_path / "damaged.sqlite"
    data = bytearray(db_path.read_bytes())
    data[4096 : 4096 * 3] = b"\xff" * (4096 * 2)
    damaged.write_bytes(bytes(data))
    assert integrity_errors(damaged) != []
