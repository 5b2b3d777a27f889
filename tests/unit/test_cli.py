"""The command line without a display."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__
from desktop.app import main
from desktop.models import Account, Contact, Contract, Opportunity, Tender
from desktop.services.database import open_database

ROOT = Path(__file__).resolve().parents[2]


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--help"])
    help_text = capsys.readouterr().out
    for option in ("--db", "--lang", "--demo", "demo"):
        assert option in help_text


def test_demo_writes_the_sample_dataset(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "sample.sqlite"
    assert main(["demo", "--db", str(path), "--lang", "zh_CN"]) == 0
    assert "accounts" in capsys.readouterr().out
    db = open_database(path).db
    try:
        with db.read() as s:
            assert s.query(Account).count() >= 4
            assert s.query(Contact).count() >= 60
            assert s.query(Opportunity).count() >= 10
            assert s.query(Tender).count() == 3
            assert s.query(Contract).count() == 4
            assert any(
                "\u4e00" <= ch <= "\u9fff" for (name,) in s.query(Account.name) for ch in name
            )
    finally:
        db.close()


def test_db_option_works_before_the_subcommand_too(tmp_path: Path) -> None:
    path = tmp_path / "before.sqlite"
    assert main(["--db", str(path), "demo", "--lang", "en"]) == 0
    assert path.exists()


def test_demo_refuses_an_existing_file(tmp_path: Path, demo_db_path: Path) -> None:
    before = demo_db_path.read_bytes()
    assert main(["demo", "--db", str(demo_db_path)]) == 1
    assert demo_db_path.read_bytes() == before


def test_demo_needs_a_file() -> None:
    assert main(["demo"]) == 2


def test_main_py_runs_as_a_script() -> None:
    result = subprocess.run(
        [sys.executable, "main.py", "--version"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_subcommands_do_not_load_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from desktop.app import main; "
        f"main(['demo', '--db', r'{tmp_path / 'q.sqlite'}', '--lang', 'en']); "
        "print('PySide6' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.stdout.strip().endswith("False"), result.stderr
