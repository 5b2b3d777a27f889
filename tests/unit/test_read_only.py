"""A database the user may only read: it opens read-only, commands that only read work on it
and leave nothing behind, and every write is refused with one sentence (never a chmod)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from desktop.app import main
from desktop.models import Account
from desktop.services.database import open_database
from desktop.services.messages import UserError
from tests.filesystems import as_other_user, give_away, is_root, mode

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


@pytest.fixture
def read_only_db(shared_dir: Path, demo_db_path: Path) -> Path:
    folder = shared_dir / "data"
    folder.mkdir()
    path = folder / "readonly.sqlite"
    shutil.copyfile(demo_db_path, path)
    give_away(shared_dir)
    path.chmod(0o400)
    return path


def _state(folder: Path) -> dict[str, tuple[int, bytes]]:
    return {p.name: (mode(p), p.read_bytes()) for p in folder.iterdir() if p.is_file()}


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    with as_other_user():
        code = main(argv)
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    if code:  # a refusal is one sentence
        assert len(captured.err.strip().splitlines()) == 1, captured.err
    return code, captured.out + captured.err


@pytest.mark.parametrize("command", ["check", "backup"])
def test_reading_commands_leave_a_read_only_file_as_it_was(
    command: str, read_only_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _state(read_only_db.parent)
    code, _output = _run([command, "--db", str(read_only_db)], capsys)
    assert code == 0
    assert _state(read_only_db.parent) == before  # no -wal/-shm, no chmod
    assert mode(read_only_db) == 0o400


def test_export_works_on_a_read_only_file(
    read_only_db: Path, shared_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _state(read_only_db.parent)
    target = shared_dir / "out.xlsx"
    code, _output = _run(["export", str(target), "--db", str(read_only_db)], capsys)
    assert code == 0 and target.stat().st_size > 0
    assert _state(read_only_db.parent) == before


def test_a_read_only_file_opens_read_only_and_refuses_writes(read_only_db: Path) -> None:
    before = _state(read_only_db.parent)
    with as_other_user():
        db = open_database(read_only_db).db
        try:
            assert db.read_only
            with db.read() as s:
                assert s.query(Account).count() >= 4
            with pytest.raises(UserError) as refused, db.session() as s:
                s.add(Account(name="Not saved"))
        finally:
            db.close()
    assert "read-only" in str(refused.value) and str(read_only_db) in str(refused.value)
    assert _state(read_only_db.parent) == before


def test_import_into_a_read_only_file_says_so(
    read_only_db: Path, shared_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = shared_dir / "accounts.xlsx"
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Account name", "Industry"])
    book.active.append(["New Co", "Energy"])
    book.save(workbook)
    give_away(workbook)
    before = _state(read_only_db.parent)
    code, output = _run(["import", str(workbook), "--db", str(read_only_db)], capsys)
    assert code == 1
    assert "read-only" in output and "unexpected" not in output
    assert _state(read_only_db.parent) == before


def test_a_read_only_folder_is_not_called_damaged_or_already_open(
    shared_dir: Path, demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = shared_dir / "locked"
    folder.mkdir()
    path = folder / "k.sqlite"
    shutil.copyfile(demo_db_path, path)
    give_away(shared_dir)
    folder.chmod(0o500)
    code, output = _run(["check", "--db", str(path)], capsys)
    assert code == 0 and "ok" in output
    code, output = _run(["restore", str(path), "--db", str(path)], capsys)
    assert code == 1
    assert "read-only" in output and "already open" not in output and "open in" not in output
    with as_other_user():
        db = open_database(path).db
        try:
            assert db.read_only
        finally:
            db.close()
    assert sorted(p.name for p in folder.iterdir()) == ["k.sqlite"]


def test_empty_read_only_companions_left_by_an_older_check_do_not_break_writes(
    shared_dir: Path, demo_db_path: Path
) -> None:
    """``check`` on a 0400 file used to leave a 0400 ``-shm``: every later write failed."""
    path = shared_dir / "k.sqlite"
    shutil.copyfile(demo_db_path, path)
    for suffix, size in (("-wal", 0), ("-shm", 32768)):
        companion = Path(f"{path}{suffix}")
        companion.write_bytes(b"\0" * size)
        companion.chmod(0o400)
    give_away(shared_dir)
    with as_other_user():
        db = open_database(path).db
        try:
            with db.session() as s:
                s.add(Account(name="Saved"))
        finally:
            db.close()


def test_a_new_database_in_a_read_only_folder_is_refused_with_a_sentence(
    shared_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = shared_dir / "locked"
    folder.mkdir()
    give_away(shared_dir)
    folder.chmod(0o500)
    code, output = _run(["demo", "--db", str(folder / "new.sqlite")], capsys)
    assert code == 1 and "read-only" in output


@pytest.mark.skipif(not is_root(), reason="needs a folder owned by another user")
def test_a_backups_folder_of_someone_else_is_named_by_backup(
    shared_dir: Path, demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = shared_dir / "k.sqlite"
    shutil.copyfile(demo_db_path, path)
    give_away(shared_dir)
    foreign = shared_dir / "k-backups"
    foreign.mkdir(mode=0o700)  # root's
    code, output = _run(["backup", "--db", str(path)], capsys)
    assert code == 1 and str(foreign) in output and "another folder" in output, output


@pytest.mark.parametrize("command", ["check", "backup", "export"])
def test_a_file_made_read_only_stays_so_even_for_root(
    command: str, demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``chmod 400`` says "do not change this", also to an administrator running the app."""
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "k.sqlite"
    shutil.copyfile(demo_db_path, path)
    path.chmod(0o400)
    before = _state(folder)
    argv = [command, "--db", str(path)] + (
        [str(tmp_path / "x.xlsx")] if command == "export" else []
    )
    assert main(argv) == 0
    assert _state(folder) == before
    db = open_database(path).db
    try:
        assert db.read_only
    finally:
        db.close()
    assert _state(folder) == before
