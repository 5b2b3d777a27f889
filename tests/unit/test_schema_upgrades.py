"""A database written by every released schema version opens with today's code: each record
survives the upgrade, and a verified backup was written before it."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.services import backups
from desktop.services.backup import integrity_errors
from desktop.services.database import open_database
from desktop.services.schema import SCHEMA_HEAD
from tests.fixtures.schemas.make_fixture import SAMPLES

FIXTURES = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "schemas").glob("*.sqlite"))


def test_there_is_a_fixture_for_the_current_schema() -> None:
    assert SCHEMA_HEAD in {path.stem for path in FIXTURES}, (
        "a new schema version needs its fixture: run tests/fixtures/schemas/make_fixture.py"
    )


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_every_record_survives_the_upgrade(fixture: Path, tmp_path: Path) -> None:
    expected = json.loads(fixture.with_suffix(".json").read_text(encoding="utf-8"))
    path = tmp_path / "old.sqlite"
    shutil.copyfile(fixture, path)
    opened = open_database(path)
    opened.db.close()
    if expected["revision"] == SCHEMA_HEAD:
        assert opened.migrated_from is None and opened.backup is None
    else:
        assert opened.migrated_from == expected["revision"]
        assert opened.backup is not None
        assert opened.backup in [b.path for b in backups.list_backups(path)]
        assert integrity_errors(opened.backup) == []
        assert opened.backup.read_bytes()[:16] == fixture.read_bytes()[:16]
    conn = sqlite3.connect(path)
    try:
        for table, count in expected["counts"].items():
            # Opening may add shipped defaults (a new default template, say); nothing goes.
            assert conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] >= count, table
        for table, query in SAMPLES.items():
            assert [list(row) for row in conn.execute(query)] == expected["samples"][table]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
