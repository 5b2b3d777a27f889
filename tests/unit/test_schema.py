"""Migrations, and which files the application agrees to open."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text

from desktop.models import Account, Base
from desktop.models.db import APPLICATION_ID, make_engine
from desktop.services import paths
from desktop.services.database import open_database
from desktop.services.schema import (
    SCHEMA_HEAD,
    DatabaseRefused,
    SchemaState,
    head_revision,
    inspect_database,
    migrate,
)
from desktop.services.search.index import include_name


def _context(conn) -> MigrationContext:
    """A comparison that leaves the search index (an FTS5 table, no model) alone."""
    return MigrationContext.configure(conn, opts={"include_name": include_name})


def test_schema_head_constant_matches_the_migration_scripts() -> None:
    assert head_revision() == SCHEMA_HEAD


def test_application_id_constant_matches_the_engine() -> None:
    from desktop.services import schema

    assert schema.APPLICATION_ID == APPLICATION_ID


def test_the_migrations_are_one_numbered_chain_ending_with_the_change_log() -> None:
    """Branches merged into one another keep a single line of migrations: each revision is
    its file's number and follows the one before it (two 0004s would be two heads)."""
    from alembic.script import ScriptDirectory

    from desktop.services.schema import _alembic_config

    scripts = ScriptDirectory.from_config(_alembic_config())
    assert scripts.get_heads() == [SCHEMA_HEAD] == ["0006"]
    chain = list(reversed(list(scripts.walk_revisions())))
    assert [r.revision for r in chain] == [f"{n:04d}" for n in range(1, len(chain) + 1)]
    assert [r.down_revision for r in chain] == [None] + [r.revision for r in chain[:-1]]
    assert Path(chain[-1].path).name == "0006_team_server.py"


def test_migrations_from_empty_to_head_match_the_models(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "m.sqlite")
    migrate(engine)
    with engine.connect() as conn:
        differences = compare_metadata(_context(conn), Base.metadata)
    engine.dispose()
    assert differences == []


def test_downgrade_to_nothing_and_up_again_keeps_the_schema(tmp_path: Path) -> None:
    from alembic import command

    from desktop.services.schema import _alembic_config

    engine = make_engine(tmp_path / "m.sqlite")
    migrate(engine)
    config = _alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
    with engine.connect() as conn:
        tables = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'").all()
    assert [t for (t,) in tables if t not in ("alembic_version", "sqlite_sequence")] == []
    migrate(engine)
    with engine.connect() as conn:
        assert compare_metadata(_context(conn), Base.metadata) == []
    engine.dispose()


def test_new_database_is_created_marked_and_private(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    opened = open_database(path)
    opened.db.close()
    assert opened.created
    header = path.read_bytes()[:100]
    assert int.from_bytes(header[68:72], "big") == APPLICATION_ID
    assert inspect_database(path).state is SchemaState.CURRENT
    assert path.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("new")) == ["new.sqlite"]


def _bytes_unchanged_after_refusal(path: Path) -> None:
    before = path.read_bytes()
    with pytest.raises(DatabaseRefused):
        open_database(path)
    assert path.read_bytes() == before
    assert not Path(str(path) + "-wal").exists()


def test_foreign_sqlite_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO notes VALUES ('hello')")
    conn.commit()
    conn.close()
    _bytes_unchanged_after_refusal(path)


def test_file_that_is_not_a_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "letter.sqlite"
    path.write_bytes("致客户的一封信 — not a database\n".encode() * 20)
    _bytes_unchanged_after_refusal(path)


def test_database_from_a_newer_version_is_refused_and_untouched(
    tmp_path: Path, empty_template: Path
) -> None:
    path = tmp_path / "newer.sqlite"
    path.write_bytes(empty_template.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    _bytes_unchanged_after_refusal(path)
    with pytest.raises(DatabaseRefused, match="newer version"):
        open_database(path)


def test_older_database_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    """A file of ours at an older schema (here: before the first migration) is upgraded,
    after a verified backup that still holds its data."""
    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        conn.exec_driver_sql("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        conn.exec_driver_sql("CREATE TABLE legacy_note (body TEXT)")
        conn.exec_driver_sql("INSERT INTO legacy_note VALUES ('kept')")
    engine.dispose()
    assert inspect_database(path).state is SchemaState.OLDER
    opened = open_database(path)
    try:
        assert opened.backup is not None and opened.backup.exists()
        assert opened.backup.parent == paths.backup_dir_for(path)
        backup = sqlite3.connect(opened.backup)
        assert backup.execute("SELECT body FROM legacy_note").fetchall() == [("kept",)]
        assert backup.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        backup.close()
        with opened.db.read() as s:
            assert s.execute(text("SELECT count(*) FROM account")).scalar() == 0
            assert s.query(Account).count() == 0
    finally:
        opened.db.close()
