"""A full disk: every command says so in one sentence, leaves no partial files and loses
nothing; partial files a killed backup left are cleared later."""

from __future__ import annotations

import errno
import os
import shutil
import time
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from desktop.app import main
from desktop.models import Account
from desktop.services import backups
from desktop.services.database import open_database
from desktop.services.failures import DISK_FULL, explain
from tests.filesystems import fill

FULL = DISK_FULL.render()


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    code = main(argv)
    captured = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in captured.out + captured.err
    assert captured.err.strip().splitlines() == [f"{argv[0]}: {FULL}"]
    return captured.out


def _accounts_workbook(folder: Path) -> Path:
    """300 accounts with long notes: more than a small disk or a size limit leaves room for."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Account name", "Notes"])
    for number in range(300):
        book.active.append([f"Account {number}", "x" * 2000])
    workbook = folder / "accounts.xlsx"
    book.save(workbook)
    return workbook


def _accounts_in(path: Path) -> int:
    db = open_database(path).db
    try:
        with db.read() as s:
            return s.scalar(select(func.count()).select_from(Account)) or 0
    finally:
        db.close()


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.is_file() and p.name != "filler")


def test_a_backup_onto_a_full_disk(
    small_disk: Path, demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(small_disk)
    _run(["backup", "--db", str(demo_db_path), "--to", str(small_disk / "b.sqlite")], capsys)
    assert _leftovers(small_disk) == []


def test_an_export_onto_a_full_disk(
    small_disk: Path, demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(small_disk)
    for extra in ([], ["--summary"]):
        target = small_disk / "everything.xlsx"
        _run(["export", str(target), "--db", str(demo_db_path), *extra], capsys)
        assert _leftovers(small_disk) == []


def test_an_import_into_a_database_on_a_full_disk_changes_nothing(
    small_disk: Path, tmp_path: Path, empty_template: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = small_disk / "k.sqlite"
    shutil.copyfile(empty_template, path)
    workbook = _accounts_workbook(tmp_path)
    fill(small_disk)
    _run(["import", str(workbook), "--db", str(path), "--kind", "accounts"], capsys)
    (small_disk / "filler").unlink()
    assert _accounts_in(path) == 0
    assert not [name for name in _leftovers(small_disk) if name.endswith(".partial")]


def test_a_save_that_fills_the_disk_is_explained_and_rolled_back(db) -> None:
    """SQLite's own "database or disk is full" (max_page_count makes it happen anywhere)."""
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def _cap(dbapi_connection, _record) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    with pytest.raises(Exception) as failure, db.session() as s:
        s.add_all(Account(name=f"Big {n}", notes="x" * 5000) for n in range(50))
    assert explain(failure.value) == DISK_FULL
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Account)) == 0


def test_an_export_that_runs_out_of_space_leaves_nothing(
    demo_db_path: Path, tmp_path: Path, monkeypatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same without root: the workbook writer hits ENOSPC half-way."""
    from openpyxl import Workbook

    def save(self, filename) -> None:
        Path(filename).write_bytes(b"PK half a workbook")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(filename))

    monkeypatch.setattr(Workbook, "save", save)
    _run(["export", str(tmp_path / "x.xlsx"), "--db", str(demo_db_path)], capsys)
    assert not list(tmp_path.glob("x.xlsx*"))


def test_partial_files_of_a_killed_backup_are_removed_by_the_next(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = backups.target_for(demo_db_path, "manual", backups.datetime(2026, 1, 1)).parent
    stale = folder / "demo-2026-11-20-100000-daily.sqlite.1a2b3c4d.partial"
    stale.write_bytes(b"")
    an_hour_and_more = time.time() - 2 * 3600
    os.utime(stale, (an_hour_and_more, an_hour_and_more))
    running = folder / "demo-2026-11-23-100000-manual.sqlite.5e6f7a8b.partial"
    running.write_bytes(b"")  # another backup, writing right now
    assert main(["backup", "--db", str(demo_db_path)]) == 0
    assert not stale.exists()
    assert running.exists()


def test_a_new_database_on_a_full_disk_leaves_no_half_file(
    small_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(small_disk)
    _run(["demo", "--db", str(small_disk / "sample.sqlite")], capsys)
    assert _leftovers(small_disk) == []


def test_a_file_over_a_size_limit_is_explained_and_changes_nothing(
    tmp_path: Path, empty_template: Path
) -> None:
    """A disk that refuses a write for another reason than space (here a size limit on the
    files a process may write, as a quota or a failing disk does) reads as one sentence, not
    as an unexpected error, and the import it stopped left nothing behind."""
    import resource
    import signal
    import subprocess
    import sys

    from desktop.services.failures import DISK_ERROR

    path = tmp_path / "k.sqlite"
    shutil.copyfile(empty_template, path)
    workbook = _accounts_workbook(tmp_path)
    limit = path.stat().st_size + 64 * 1024

    def limited() -> None:  # in the child: writing past the limit fails with EFBIG
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    argv = ["import", str(workbook), "--db", str(path), "--kind", "accounts"]
    script = f"import sys; from desktop.app import main; sys.exit(main({argv!r}))"
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        preexec_fn=limited,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C"},
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    assert done.stderr.strip().splitlines() == [f"import: {DISK_ERROR.render()}"]
    assert _accounts_in(path) == 0
