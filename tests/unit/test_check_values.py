"""``import`` and ``check`` on the command line: a value no form would write is named with
its place, the import changes nothing, and ``check`` does not call such a file fine."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.app import main
from desktop.models import Account
from desktop.services.database import open_database
from tests.pg_server import password_of


def test_import_names_the_bad_cell_and_changes_nothing(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "people.xlsx"
    book = Workbook()
    for row in (["Account", "Name", "Layer"], ["Huaihai Power", "Zhou", "bogus_layer"]):
        book.active.append(row)
    book.save(path)
    before = db_path.read_bytes()
    assert main(["import", str(path), "--db", str(db_path)]) == 1
    out, err = capsys.readouterr()
    assert "error   Sheet!2 [Layer]" in out and "bogus_layer" in out
    assert "decision (Decision layer)" in out  # the allowed values
    assert "nothing was imported" in err and "Traceback" not in out + err
    assert "Imported." not in out
    db = open_database(db_path).db
    try:
        with db.read() as s:
            assert s.query(Account).count() == 0
    finally:
        db.close()
    assert db_path.read_bytes() == before


def test_check_lists_values_no_form_would_write(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--db", str(demo_db_path)]) == 0
    assert "values: ok" in capsys.readouterr().out
    connection = sqlite3.connect(demo_db_path)
    with connection:
        connection.execute("UPDATE contact SET layer = 'bogus_layer' WHERE id = 3")
        connection.execute("UPDATE opportunity SET forecast_category = 'maybe' WHERE id = 1")
        connection.execute("UPDATE contact SET trust = 9 WHERE id = 4")
        connection.execute(
            "INSERT INTO setting (key, value) VALUES ('opportunities.coverage', '\"x\"')"
        )
    connection.close()
    assert main(["check", "--db", str(demo_db_path)]) == 1
    out = capsys.readouterr().out
    assert "values: 4 value(s) no form would write" in out
    assert "contact row 3 column layer: 'bogus_layer'" in out
    assert "opportunity row 1 column forecast_category: 'maybe'" in out
    assert "contact row 4 column trust: 9" in out
    assert "setting row opportunities.coverage column value" in out


def test_check_on_a_server_lists_the_values_and_says_what_it_skips(
    pg_db, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.commands.check import check_server

    assert check_server(pg_db) == 0
    out = capsys.readouterr().out
    assert "integrity_check: skipped: PostgreSQL keeps" in out and "values: ok" in out
    with pg_db.session() as s:
        s.add(Account(name="Huaihai Power"))
        s.flush()
        s.connection().exec_driver_sql("UPDATE account SET customer_class = 'z'")
    assert check_server(pg_db) == 1
    out = capsys.readouterr().out
    assert "values: 1 value(s) no form would write" in out
    assert "column customer_class: 'z'" in out and password_of(pg_db.server) not in out
