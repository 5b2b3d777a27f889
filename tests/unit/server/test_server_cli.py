"""Every subcommand with ``--db postgresql://…`` against the test server
(docs/team-server.md#connecting)."""

from __future__ import annotations

import os
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from desktop.app import main
from desktop.models import Account, Opportunity, Stage
from desktop.services.database import open_server
from tests.fake_keyring import fake_keyring  # noqa: F401 - a fixture
from tests.pg_server import password_of, with_other_password


def _label(url: str) -> str:
    return f"kad_admin@127.0.0.1:{make_url(url).port}/{make_url(url).database}"


def _with_data(pg_url: str) -> None:
    """An account with a deal of 35 million yuan (more fen than 32 bits hold)."""
    db = open_server(pg_url).db
    try:
        with db.session() as s:
            stage = s.scalars(select(Stage).order_by(Stage.position)).first()
            account = Account(name="华东电网")
            s.add(account)
            s.add(
                Opportunity(
                    account=account,
                    name="配网自动化",
                    amount=Decimal("35000000"),
                    stage=stage,
                    expected_decision_date=date(2026, 12, 20),
                    stage_entered_on=date(2026, 11, 2),
                )
            )
    finally:
        db.close()


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str | None, str]]:
    """The export, summary, calendar and import services, replaced by stubs that note the
    database they were given (their work on PostgreSQL is tested with the services)."""
    calls: list[tuple[str, str | None, str]] = []

    def stub(name: str, result):
        def run(db, target=None, *_args, **_kwargs):
            calls.append((name, db.server, db.label))
            if isinstance(target, Path):
                target.write_bytes(b"stub")
            return result

        return run

    monkeypatch.setattr("desktop.services.excel.full_export.export_database", stub("all", {}))
    monkeypatch.setattr("desktop.services.excel.summary.export_summary", stub("summary", None))
    monkeypatch.setattr("desktop.services.calendar.export_calendar", stub("calendar", 0))
    monkeypatch.setattr("desktop.commands.importing._run", stub("import", 0))
    return calls


def test_export_summary_calendar_and_import_work_on_the_server_itself(
    pg_url: str, tmp_path: Path, served, capsys: pytest.CaptureFixture[str]
) -> None:
    from openpyxl import Workbook

    workbook = tmp_path / "accounts.xlsx"
    book = Workbook()
    book.active.append(["客户名称"])
    book.active.append(["华东电网"])
    book.save(workbook)
    assert main(["export", str(tmp_path / "all.xlsx"), "--db", pg_url]) == 0
    assert main(["--db", pg_url, "export", str(tmp_path / "s.xlsx"), "--summary"]) == 0
    assert main(["calendar", str(tmp_path / "c.ics"), "--db", pg_url]) == 0
    assert main(["import", str(workbook), "--kind", "accounts", "--db", pg_url]) == 0
    assert main(["import", str(workbook), "--kind", "accounts", "--db", pg_url, "--dry-run"]) == 0
    assert served == [
        (name, pg_url, _label(pg_url))
        for name in ("all", "summary", "calendar", "import", "import")
    ]
    captured = capsys.readouterr()
    assert password_of(pg_url) not in captured.out + captured.err


def test_demo_on_a_server_with_accounts_is_refused(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _with_data(pg_url)
    assert main(["demo", "--db", pg_url]) == 1
    assert "already holds accounts" in capsys.readouterr().err


def test_check_on_a_server_checks_the_values(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _with_data(pg_url)
    assert main(["check", "--db", pg_url]) == 0
    out = capsys.readouterr().out
    assert "kad_admin@127.0.0.1:" in out and "values: ok" in out
    assert password_of(pg_url) not in out


@pytest.mark.parametrize("command", [["backup"], ["restore", "some-backup.sqlite"]])
def test_backup_and_restore_on_a_server_point_to_postgresql_s_own_tools(
    command: list[str], pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*command, "--db", pg_url]) == 1
    err = capsys.readouterr().err
    assert "pg_dump" in err and err.count("\n") == 1


def test_a_url_leaves_no_file_on_this_computer(
    pg_url: str,
    tmp_path: Path,
    isolated_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """No lock, backup folder or file named after the URL, in the working folder or the
    data folder, whatever the subcommand."""
    cwd = tmp_path / "cwd"
    out = tmp_path / "out"
    cwd.mkdir()
    out.mkdir()
    monkeypatch.chdir(cwd)
    isolated_home.mkdir(parents=True, exist_ok=True)
    for spelling in (pg_url, pg_url.replace("postgresql://", "postgres://", 1)):
        for command in (
            ["demo"],
            ["export", str(out / "all.xlsx")],
            ["export", str(out / "summary.xlsx"), "--summary"],
            ["calendar", str(out / "c.ics")],
            ["check"],
            ["import", str(out / "all.xlsx"), "--dry-run"],
            ["backup"],
            ["restore", str(out / "all.xlsx")],
        ):
            main([*command, "--db", spelling])
            main(["--db", spelling, *command])
    capsys.readouterr()
    left = [
        path
        for root in (cwd, isolated_home, out)
        for path in root.rglob("*")
        if "postgres" in path.name.lower() or "127.0.0.1" in path.name
    ]
    assert left == []
    assert list(cwd.iterdir()) == []
    assert [p for p in isolated_home.rglob("*") if p.suffix in (".lock", ".sqlite")] == []


def test_a_wrong_password_is_one_sentence(pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    wrong = with_other_password(pg_url, "not-it")
    assert main(["check", "--db", wrong]) == 1
    err = capsys.readouterr().err
    assert err.startswith("check: Cannot connect to the server kad_admin@127.0.0.1:")
    assert "password authentication failed" in err and "not-it" not in err
    assert err.count("\n") == 1


@pytest.mark.usefixtures("fake_keyring")
def test_a_url_without_password_takes_it_from_the_key_ring(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.services.server_login import remember_password, without_password

    bare = without_password(pg_url)
    assert make_url(bare).password is None
    os.environ.pop("PGPASSWORD", None)
    assert main(["check", "--db", bare]) == 1
    assert "no password supplied" in capsys.readouterr().err
    assert remember_password(pg_url)
    assert main(["check", "--db", bare]) == 0
    assert "values: ok" in capsys.readouterr().out


@pytest.mark.usefixtures("fake_keyring")
def test_sync_takes_the_password_from_the_key_ring(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    from desktop.services.server_login import remember_password, without_password

    monkeypatch.delenv("PGPASSWORD", raising=False)
    laptop = str(tmp_path / "laptop.sqlite")
    bare = without_password(pg_url)
    assert main(["sync", "--db", laptop, "--server", bare]) == 1
    assert "no password supplied" in capsys.readouterr().err
    assert remember_password(pg_url)
    assert main(["sync", "--db", laptop, "--server", bare]) == 0
    assert password_of(pg_url) not in capsys.readouterr().out


def test_postgres_scheme_and_libpq_parameters_pass_through(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    spelt = pg_url.replace("postgresql://", "postgres://", 1) + "?sslmode=disable"
    assert main(["check", "--db", spelt]) == 0
    assert "values: ok" in capsys.readouterr().out
    assert main(["check", "--db", pg_url + "?sslmode=require"]) == 1  # the test server has no TLS
    assert "SSL" in capsys.readouterr().err


def test_at_a_terminal_a_missing_password_is_asked_for(
    pg_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.services.server_login import without_password

    monkeypatch.delenv("PGPASSWORD", raising=False)
    asked: list[str] = []
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr(
        "getpass.getpass", lambda prompt: asked.append(prompt) or password_of(pg_url)
    )
    assert main(["check", "--db", without_password(pg_url)]) == 0
    assert asked == [f"Password for {_label(pg_url)}: "]
    assert "values: ok" in capsys.readouterr().out
