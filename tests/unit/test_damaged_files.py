"""A damaged file is never mistaken for a new one; recovery names the right backup; a symlink
or another spelling of the path reaches the same file and lock (docs/damaged-files.md)."""

from __future__ import annotations

import os
import shlex
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.app import main
from desktop.models import Account
from desktop.services import backups
from desktop.services.backup import backup_file
from desktop.services.database import open_database
from desktop.services.restore import newest_sound_backup, restore_database
from tests.damage import DAMAGES, damage, held_by_another_process

NOW = datetime(2026, 11, 23, 18, 0)
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges")


def _names(path: Path) -> list[str]:
    db = open_database(path).db
    try:
        with db.read() as s:
            return sorted(name for (name,) in s.query(Account.name))
    finally:
        db.close()


def _daily_backup(database: Path, when: datetime = NOW - timedelta(hours=3)) -> Path:
    return backup_file(database, backups.target_for(database, "daily", when))


def _restore_command(output: str) -> list[str]:
    """The arguments of the ``python main.py restore …`` line ``check`` printed."""
    (line,) = [line for line in output.splitlines() if "python main.py restore" in line]
    return shlex.split(line.split("python main.py ", 1)[1])


@pytest.mark.parametrize("kind", DAMAGES)
def test_check_names_the_backup_of_a_damaged_file_and_its_restore_command_works(
    kind: str, demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = _names(demo_db_path)
    backup = _daily_backup(demo_db_path)
    damaged = damage(demo_db_path, kind)
    assert main(["check", "--db", str(demo_db_path)]) == 1
    output = capsys.readouterr()
    text = output.out + output.err
    assert "is damaged" in text and "Traceback" not in text
    assert f"(Daily): {backup}" in text
    assert demo_db_path.read_bytes() == damaged  # untouched
    assert main(_restore_command(text)) == 0
    assert _names(demo_db_path) == expected
    (kept,) = demo_db_path.parent.glob("demo.damaged-*.sqlite")
    assert kept.read_bytes() == damaged  # kept aside, byte for byte


@pytest.mark.parametrize("command", ["import", "export", "backup", "demo"])
def test_commands_refuse_an_emptied_file_with_backups_instead_of_starting_afresh(
    command: str, demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = _daily_backup(demo_db_path)
    damage(demo_db_path, "empty")
    workbook = tmp_path / "book.xlsx"
    if command == "import":
        from bench.excel import make_workbook

        make_workbook(workbook, 5)
    args = {"import": [str(workbook)], "export": [str(workbook)]}.get(command, [])
    assert main([command, *args, "--db", str(demo_db_path)]) == 1
    err = capsys.readouterr().err
    assert "is damaged (the file is empty)" in err and str(backup) in err
    assert demo_db_path.read_bytes() == b""
    assert [b.path for b in backups.list_backups(demo_db_path)] == [backup]


def test_an_emptied_file_the_window_used_last_is_damaged_even_without_backups(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from PySide6.QtCore import QSettings

    from desktop.qt_settings import configure_application_names

    database = tmp_path / "mine.sqlite"
    database.write_bytes(b"")
    configure_application_names()
    QSettings().setValue("data/last_database", str(database))
    QSettings().sync()
    assert main(["check", "--db", str(database)]) == 1
    err = capsys.readouterr().err
    assert "is damaged (the file is empty)" in err and "No sound backup" in err
    assert database.read_bytes() == b""
    assert not (tmp_path / "mine-backups").exists()


def test_an_empty_file_that_never_held_data_is_a_new_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "fresh.sqlite"
    database.write_bytes(b"")
    assert main(["check", "--db", str(database)]) == 0
    assert "integrity_check: ok" in capsys.readouterr().out


def test_a_foreign_file_without_backups_is_still_refused_as_not_ours(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    photo = tmp_path / "photo.sqlite"
    photo.write_bytes(b"\x89PNG" + bytes(500))
    assert main(["check", "--db", str(photo)]) == 1
    assert "is not a database file" in capsys.readouterr().err


def test_recovery_passes_over_the_copy_taken_before_a_restore(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    daily = _daily_backup(demo_db_path)
    restored = restore_database(demo_db_path, daily, NOW)  # keeps a before-restore copy
    assert restored.previous is not None and "before-restore" in restored.previous.name
    damage(demo_db_path, "header-zeroed")
    candidate = newest_sound_backup(demo_db_path)
    assert candidate is not None and candidate.path == daily
    assert main(["check", "--db", str(demo_db_path)]) == 1
    err = capsys.readouterr().err
    assert f"(Daily): {daily}" in err and "before-restore" not in err


def test_a_before_restore_copy_is_offered_only_with_a_warning(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    daily = _daily_backup(demo_db_path)
    restored = restore_database(demo_db_path, daily, NOW)
    damage(daily, "cut-in-half")  # now the before-restore copy is the only sound one
    damage(demo_db_path, "empty")
    assert main(["check", "--db", str(demo_db_path)]) == 1
    err = capsys.readouterr().err
    assert f"(Before a restore): {restored.previous}" in err
    assert "taken just before a restore" in err


def test_backups_are_labelled_by_why_they_were_taken() -> None:
    def label(reason: str) -> str:
        return str(backups.BackupFile(Path(f"k-{reason}.sqlite"), NOW, reason).label)

    assert [
        label(r)
        for r in (
            "daily",
            "exit",
            "manual",
            "before-import",
            "before-merge",
            "before-upgrade-0002",
            "before-restore",
        )
    ] == [
        "Daily",
        "On closing",
        "Manual",
        "Before an import",
        "Before a merge",
        "Before an upgrade",
        "Before a restore",
    ]


def _spellings(database: Path) -> list[Path]:
    """A symlink to ``database`` and a ``x/../`` spelling of its path."""
    alias = database.with_name("alias.sqlite")
    alias.symlink_to(database.name)
    (database.parent / "x").mkdir()
    return [alias, database.parent / "x" / ".." / database.name]


@posix_only
def test_import_and_restore_through_another_path_respect_the_windows_lock(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bench.excel import make_workbook

    workbook = tmp_path / "contacts.xlsx"
    make_workbook(workbook, 5)
    backup = _daily_backup(demo_db_path)
    before = demo_db_path.read_bytes()
    with held_by_another_process(demo_db_path):
        for spelling in _spellings(demo_db_path):
            assert main(["import", str(workbook), "--db", str(spelling)]) == 1
            assert main(["restore", str(backup), "--db", str(spelling)]) == 1
            err = capsys.readouterr().err
            # Both refusals name the file itself, whatever spelling was given.
            assert err.count("is already open in another Key Account Desk window") == 2
            assert err.count(f"{demo_db_path.resolve()} is already open") == 2
    assert demo_db_path.read_bytes() == before
    assert (tmp_path / "alias.sqlite").is_symlink()


@posix_only
def test_restore_onto_a_symlink_replaces_the_file_it_points_to(
    demo_db_path: Path, db_path: Path, tmp_path: Path
) -> None:
    link = tmp_path / "link.sqlite"
    link.symlink_to(demo_db_path)
    empty_backup = _daily_backup(db_path)
    assert main(["restore", str(empty_backup), "--db", str(link)]) == 0
    assert link.is_symlink() and os.readlink(link) == str(demo_db_path)
    assert _names(demo_db_path) == []
    # The replaced data went to the target's own backups, where the window looks for them.
    (previous,) = backups.list_backups(demo_db_path)
    assert previous.before_restore
    assert main(["backup", "--db", str(link)]) == 0
    assert {b.reason for b in backups.list_backups(demo_db_path)} == {"manual", "before-restore"}
    assert not (tmp_path / "link-backups").exists()


def test_a_file_of_ours_whose_application_id_was_overwritten_is_damaged_not_foreign(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = _daily_backup(demo_db_path)
    data = bytearray(demo_db_path.read_bytes())
    data[68:72] = b"\x00\x00\x00\x00"
    demo_db_path.write_bytes(bytes(data))
    assert main(["check", "--db", str(demo_db_path)]) == 1
    err = capsys.readouterr().err
    assert "is damaged (its header is missing or overwritten)" in err and str(backup) in err
    # Without backups or history, the same bytes are another application's file.
    stranger = tmp_path / "stranger.sqlite"
    stranger.write_bytes(bytes(data))
    assert main(["check", "--db", str(stranger)]) == 1
    assert "another application" in capsys.readouterr().err


def test_check_names_the_backup_when_pages_inside_the_file_are_damaged(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = _daily_backup(demo_db_path)
    data = bytearray(demo_db_path.read_bytes())
    data[4096 * 2 : 4096 * 6] = b"\xee" * (4096 * 4)
    demo_db_path.write_bytes(bytes(data))
    assert main(["check", "--db", str(demo_db_path)]) == 1
    out = capsys.readouterr().out
    assert "problem" in out and f"(Daily): {backup}" in out and "python main.py restore" in out
