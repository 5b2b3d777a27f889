"""Backup retention (with a fake clock), automatic backups, restore and recovery."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.app import main
from desktop.models import Account
from desktop.services import backups, paths
from desktop.services.backups import BackupFile, Retention, obsolete
from desktop.services.database import DatabaseDamaged, open_database
from desktop.services.messages import UserError
from desktop.services.restore import newest_sound_backup, quarantine, restore_database

NOW = datetime(2026, 11, 23, 18, 0)


def _backup_at(moment: datetime) -> BackupFile:
    return BackupFile(Path(f"/b/k-{moment:%Y-%m-%d-%H%M%S}-exit.sqlite"), moment, "exit")


def test_retention_keeps_recent_daily_weekly_and_monthly_backups() -> None:
    # One backup at 09:00 and one at 18:00 every day for 400 days.
    moments = [NOW - timedelta(days=day, hours=hour) for day in range(400) for hour in (0, 9)]
    all_backups = [_backup_at(m) for m in moments]
    kept = {b.taken_at for b in all_backups} - {b.taken_at for b in obsolete(all_backups, NOW)}
    recent = {m for m in moments if NOW - m <= timedelta(hours=48)}
    assert recent <= kept  # everything from the last two days (4 backups + the 18:00 of day -2)
    days = sorted({m.date() for m in kept}, reverse=True)
    assert days[:7] == [(NOW - timedelta(days=d)).date() for d in range(7)]
    assert len({m.isocalendar()[:2] for m in kept}) >= 4
    months = {(m.year, m.month) for m in kept}
    assert len(months) == 12
    assert min(kept) > NOW - timedelta(days=366)
    assert len(kept) <= 5 + 7 + 4 + 12


def test_retention_never_drops_the_only_backups() -> None:
    few = [_backup_at(NOW - timedelta(days=d)) for d in (3, 40, 200)]
    assert obsolete(few, NOW) == []
    assert obsolete(few, NOW, Retention(daily=1, weekly=0, monthly=0)) == few[1:]


def test_database_backups_are_taken_and_pruned(db, db_path: Path) -> None:
    assert backups.due_for_daily_backup(db_path, NOW)
    first = db.backup("daily", NOW - timedelta(days=3))
    assert not backups.due_for_daily_backup(db_path, NOW - timedelta(days=2, hours=1))
    assert backups.due_for_daily_backup(db_path, NOW)
    second = db.backup("exit", NOW)
    assert [b.path for b in backups.list_backups(db_path)] == [second, first]
    (summary,) = [backups.summarize(b) for b in backups.list_backups(db_path)][:1]
    assert summary.readable and summary.counts["account"] == 0


def test_writes_mark_the_database_as_changed(db) -> None:
    assert db.changed is False
    with db.read() as s:
        s.query(Account).count()
    with db.session() as s:
        s.query(Account).count()
    assert db.changed is False
    with db.session() as s:
        s.add(Account(name="X"))
    assert db.changed is True


def test_restore_replaces_the_database_and_keeps_the_old_one(db, db_path: Path) -> None:
    with db.session() as s:
        s.add(Account(name="Before backup"))
    snapshot = db.backup("manual", NOW)
    with db.session() as s:
        s.add(Account(name="After backup"))
    db.close()
    restored = restore_database(db_path, snapshot, NOW + timedelta(minutes=1))
    assert restored.previous is not None and restored.previous.exists()
    reopened = open_database(db_path).db
    with reopened.read() as s:
        assert [a.name for a in s.query(Account)] == ["Before backup"]
    reopened.close()
    old = sqlite3.connect(restored.previous)
    assert old.execute("SELECT count(*) FROM account").fetchone() == (2,)
    old.close()


def test_restore_refuses_a_damaged_or_foreign_file(db_path: Path, tmp_path: Path) -> None:
    before = db_path.read_bytes()
    foreign = tmp_path / "other.sqlite"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(UserError, match="another application"):
        restore_database(db_path, foreign, NOW)
    damaged = tmp_path / "damaged.sqlite"
    data = bytearray(db_path.read_bytes())
    data[4096 * 2 : 4096 * 4] = b"\xee" * 8192
    damaged.write_bytes(bytes(data))
    with pytest.raises(UserError, match="damaged"):
        restore_database(db_path, damaged, NOW)
    assert db_path.read_bytes() == before


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 5] = b"\xee" * (4096 * 3)
    path.write_bytes(bytes(data))


def test_a_damaged_database_is_refused_untouched_moved_aside_and_recovered(
    db, db_path: Path
) -> None:
    with db.session() as s:
        s.add(Account(name="Saved yesterday"))
    db.backup("daily", NOW - timedelta(days=1))
    db.close()
    _damage(db_path)
    damaged_bytes = db_path.read_bytes()
    with pytest.raises(DatabaseDamaged):
        open_database(db_path)
    assert db_path.read_bytes() == damaged_bytes
    candidate = newest_sound_backup(db_path)
    assert candidate is not None
    kept = quarantine(db_path, NOW)
    assert kept.read_bytes() == damaged_bytes  # kept, never deleted
    restore_database(db_path, candidate.path, NOW)
    recovered = open_database(db_path).db
    with recovered.read() as s:
        assert s.query(Account).one().name == "Saved yesterday"
    recovered.close()


def test_command_line_backup_check_and_restore(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "copy.sqlite"
    assert main(["backup", "--db", str(demo_db_path), "--to", str(copy)]) == 0
    assert "integrity ok" in capsys.readouterr().out
    assert main(["backup", "--db", str(demo_db_path)]) == 0
    assert len(backups.list_backups(demo_db_path)) == 1
    assert main(["check", "--db", str(demo_db_path)]) == 0
    out = capsys.readouterr().out
    assert "integrity_check: ok" in out and "foreign_key_check: ok" in out
    target = tmp_path / "restored.sqlite"
    assert main(["restore", str(copy), "--db", str(target)]) == 0
    assert main(["check", "--db", str(target)]) == 0
    _damage(target)
    capsys.readouterr()
    assert main(["check", "--db", str(target)]) == 1
    assert "problem" in capsys.readouterr().out
    assert paths.backup_dir_for(demo_db_path).is_dir()


def test_a_backup_reason_this_version_does_not_know_is_shown_as_other() -> None:
    moment = datetime(2026, 1, 2, 3, 4, 5)
    backup = BackupFile(Path("/b/k-2026-01-02-030405-from-a-newer-version.sqlite"), moment, "x-y")
    assert backup.label.render() == "Other"  # not the raw code "x-y"
    assert _backup_at(moment).label.render() == "On closing"
