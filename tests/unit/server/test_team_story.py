"""The story of issue 16, played through the command line as the README's "For a team" tells
it, on a fresh database of the test server (docs/team-server.md): a salesperson works
offline, synchronises, and the manager's summary has the new figures, while a colleague's
private accounts stay invisible to them."""

from __future__ import annotations

import sqlite3
import uuid
from contextlib import closing
from pathlib import Path

import openpyxl
import psycopg
import pytest
from sqlalchemy.engine import make_url

from desktop.app import main
from tests.pg_server import Server

FIXTURES = Path(__file__).parents[2] / "fixtures" / "excel"


def _as(admin_url: str, name: str, password: str) -> str:
    return make_url(admin_url).set(username=name, password=password).render_as_string(False)


def _run(capsys: pytest.CaptureFixture[str], *args: str, code: int = 0) -> str:
    assert main(list(args)) == code, capsys.readouterr()
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return out + err


def _deals(path: Path, rows: list[list[object]]) -> Path:
    """An opportunities sheet as a salesperson keeps it in Excel (Chinese headings)."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "项目"
    sheet.append(["客户名称", "项目名称", "预计金额", "预计决策日期"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _accounts(path: Path) -> set[str]:
    # read-only workbooks keep their file open until closed
    with closing(openpyxl.load_workbook(path, read_only=True)) as book:
        rows = book["account"].iter_rows(min_row=2, values_only=True)
        return {str(row[2]) for row in rows if row and row[2]}


def _owners_row(path: Path, owner: str) -> tuple[object, ...]:
    with closing(openpyxl.load_workbook(path, read_only=True)) as book:
        for row in book["Pipeline"].iter_rows(values_only=True):
            if row and row[0] == owner:
                return row
    raise AssertionError(f"no pipeline row for {owner}")


def test_a_team_on_one_server_from_the_readme(
    pg_server: Server | None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    if pg_server is None:
        pytest.skip("no PostgreSQL server (install PostgreSQL or set KAD_TEST_PG_URL)")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    admin = pg_server.new_database(empty=True)  # as `createdb` leaves it
    try:
        _play(admin, tmp_path, capsys)
    finally:
        pg_server.drop(admin)


def _play(admin: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    suffix = uuid.uuid4().hex[:6]
    wang, li, zhao = f"wang_{suffix}", f"李娜_{suffix}", f"zhao_{suffix}"
    passwords = {wang: "w-secret-1", li: "l-secret-2", zhao: "z-secret-3"}
    url = {who: _as(admin, who, password) for who, password in passwords.items()}

    # Set up the server, twice (again after each upgrade), and add the team.
    init = ("server", "init", "--server", admin)
    assert "Created the Key Account Desk schema" in _run(capsys, *init)
    assert "is up to date" in _run(capsys, *init)
    for who in (wang, li):
        assert "Created the login" in _run(
            capsys, "server", "add-user", who, "--password", passwords[who], "--server", admin
        )
    _run(capsys, "server", "add-user", zhao, "--password", "x", "--server", admin, "--manager")
    assert "has a new password" in _run(
        capsys, "server", "add-user", zhao, "--password", passwords[zhao], "--server", admin,
        "--manager",
    )  # fmt: skip

    # Wang's laptop has data of its own (the sample) before the first sync: it goes up.
    laptop = tmp_path / "wang.sqlite"
    _run(capsys, "demo", "--db", str(laptop))
    with sqlite3.connect(laptop) as conn:
        account, deal, other = conn.execute(
            "SELECT a.name, o.name, (SELECT name FROM opportunity WHERE account_id = a.id "
            "AND id <> o.id AND closed_on IS NULL LIMIT 1) FROM opportunity o "
            "JOIN account a ON a.id = o.account_id WHERE o.closed_on IS NULL LIMIT 1"
        ).fetchone()
    assert "0 conflicts" in _run(capsys, "sync", "--db", str(laptop), "--server", url[wang])

    # 李娜's first sync makes her file; then she imports her own workbook and syncs it up.
    hers = tmp_path / "li.sqlite"
    _run(capsys, "sync", "--db", str(hers), "--server", url[li])
    assert hers.exists()
    _run(capsys, "import", str(FIXTURES / "deals_and_money.xlsx"), "--db", str(hers))
    _run(capsys, "sync", "--db", str(hers), "--server", url[li])
    quiet = _run(capsys, "sync", "--db", str(hers), "--server", url[li])
    assert "0 records changed on the server, 0 here, 0 conflicts" in quiet

    # On the plane Wang changes two deals; meanwhile the manager changes one of them on the
    # server, and Wang removes a competitor with psql.
    edits = [[account, deal, "1300万", None], [account, other, "777万", None]]
    _run(capsys, "import", str(_deals(tmp_path / "plane.xlsx", edits)), "--db", str(laptop))
    office = [[account, deal, "1350万", None]]
    _run(capsys, "import", str(_deals(tmp_path / "office.xlsx", office)), "--db", url[zhao])
    parsed = make_url(admin)
    login = {"host": parsed.host, "port": parsed.port, "dbname": parsed.database}
    with psycopg.connect(**login, user=wang, password=passwords[wang], autocommit=True) as psql:
        gone = psql.execute("DELETE FROM competitor WHERE id = (SELECT min(id) FROM competitor)")
        assert gone.rowcount == 1

    landed = _run(capsys, "sync", "--db", str(laptop), "--server", url[wang])
    conflicts = [line for line in landed.splitlines() if line.startswith("conflict")]
    assert len(conflicts) == 1 and deal in conflicts[0] and "amount" in conflicts[0]
    assert "1 conflicts" in landed
    with sqlite3.connect(laptop) as conn:
        amounts = dict(conn.execute("SELECT name, amount FROM opportunity"))
        competitors = conn.execute("SELECT count(*) FROM competitor").fetchone()[0]
    assert amounts[deal] == 1_350_000_000 and amounts[other] == 777_000_000  # fen
    with psycopg.connect(**login, user=wang, password=passwords[wang]) as psql:
        assert psql.execute("SELECT count(*) FROM competitor").fetchone()[0] == competitors
    again = _run(capsys, "sync", "--db", str(laptop), "--server", url[wang])
    assert "0 records changed on the server, 0 here, 0 conflicts" in again

    # The manager's live summary has both salespeople's figures.
    summary = tmp_path / "summary.xlsx"
    _run(capsys, "export", str(summary), "--summary", "--db", url[zhao])
    assert _owners_row(summary, li)[2] == 16_400_000  # 1,280万 + 360万 from her workbook
    assert _owners_row(summary, wang)[1] >= 2

    # Each salesperson's export holds their accounts only; psql shows them the same.
    mine, theirs = tmp_path / "wang.xlsx", tmp_path / "li.xlsx"
    _run(capsys, "export", str(mine), "--db", url[wang])
    _run(capsys, "export", str(theirs), "--db", url[li])
    assert account in _accounts(mine) and "华东某市水务集团" not in _accounts(mine)
    assert _accounts(theirs) == {"华东某市水务集团"}
    with psycopg.connect(**login, user=li, password=passwords[li]) as psql:
        assert [r[0] for r in psql.execute("SELECT name FROM account")] == ["华东某市水务集团"]
    assert "values: ok" in _run(capsys, "check", "--db", url[li])
    assert "values: ok" in _run(capsys, "check", "--db", url[wang] + "?sslmode=disable")

    # Wang leaves: the manager hands everything over to 李娜, who then sees it.
    _run(capsys, "server", "hand-over", wang, li, "--server", url[zhao], "--note", "离职")
    _run(capsys, "export", str(theirs), "--db", url[li])
    assert account in _accounts(theirs)

    # Nothing on this computer is named after the server or holds a password.
    for path in tmp_path.rglob("*"):
        assert "postgres" not in path.name and "127.0.0.1" not in path.name
        if path.is_file():
            data = path.read_bytes()
            assert not any(p.encode() in data for p in passwords.values()), path
