"""Attached files on a team server (docs/team-server.md#attached-files): the content is kept
in the server, read and added under the same row security as the attachment rows, opened as
a private copy, kept through the trash and freed when nothing refers to it any more."""

from __future__ import annotations

import hashlib
import stat
from datetime import date, datetime
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select

from desktop.app import main
from desktop.models import Account, ChecklistItem, Contact, Interaction
from desktop.services import attachments, paths
from desktop.services.attachment_store import TABLE
from desktop.services.bids.checklist import ChecklistService
from desktop.services.clock import FixedClock
from desktop.services.team_records import share
from desktop.services.trash import TrashService

from .team import Team, team_fixture  # noqa: F401  (the fixture)

LETTER = b"%PDF-1.4 commitment letter, signed"


def _item_of(db) -> int:
    with db.read() as s:
        return s.scalars(select(ChecklistItem.id)).one()


def _contents(conn: psycopg.Connection) -> list[bytes]:
    return [bytes(c) for (c,) in conn.execute(f"SELECT content FROM {TABLE}")]


def test_a_file_attached_on_the_server_is_kept_there_and_opens_as_a_private_copy(
    team: Team, tmp_path: Path
) -> None:
    team.tree("alice", "阿里账户")
    alice = team.db("alice")
    source = tmp_path / "承诺函.pdf"
    source.write_bytes(LETTER)
    checklist = ChecklistService(alice)
    item = _item_of(alice)
    checklist.attach(item, source)
    source.unlink()  # the original may go away: the server holds the content
    (row,) = checklist.evidence(item)
    assert row.path is None and row.original_name == "承诺函.pdf"
    opened = attachments.open_path(alice, row)
    assert opened.read_bytes() == LETTER and opened.name == "承诺函.pdf"
    assert opened.is_relative_to(paths.opened_dir())
    assert stat.S_IMODE(opened.stat().st_mode) == 0o600
    assert stat.S_IMODE(opened.parent.stat().st_mode) == 0o700


def test_only_who_sees_the_attachment_reads_or_adds_its_content(team: Team, tmp_path: Path) -> None:
    team.tree("alice", "阿里账户")
    team.tree("bob", "鲍勃账户")
    source = tmp_path / "验收单.pdf"
    source.write_bytes(LETTER)
    ChecklistService(team.db("alice")).attach(_item_of(team.db("alice")), source)
    digest = hashlib.sha256(LETTER).hexdigest()
    with team.psql("alice") as conn:
        assert _contents(conn) == [LETTER]
    with team.psql("boss") as conn:
        assert _contents(conn) == [LETTER]
    with team.psql("bob") as conn:
        assert _contents(conn) == []
        # bob cannot slip content in under a colleague's digest, nor delete it
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(f"INSERT INTO {TABLE} VALUES (%s, %s)", [digest, b"other"])
        assert conn.execute(f"DELETE FROM {TABLE}").rowcount == 0
        assert conn.execute(f"UPDATE {TABLE} SET content = content").rowcount == 0
    with team.psql("alice") as conn:  # nobody but the freeing function deletes
        assert conn.execute(f"DELETE FROM {TABLE}").rowcount == 0
    # and content is what its digest says, even a manager's
    with team.psql("boss") as conn, pytest.raises(psycopg.errors.CheckViolation):
        conn.execute(f"INSERT INTO {TABLE} VALUES (%s, %s)", ["0" * 64, b"forged"])
    bob = team.db("bob")
    with team.db("alice").read() as s:
        (alice_row,) = attachments.list_for(s, None, checklist_item_id=_item_of(team.db("alice")))
    with pytest.raises(attachments.UserError, match="missing"):
        attachments.open_path(bob, alice_row)
    assert share(team.db("alice"), "阿里账户", team.names["bob"])  # shared: bob sees it too
    with team.psql("bob") as conn:
        assert _contents(conn) == [LETTER]
    assert attachments.open_path(bob, alice_row).read_bytes() == LETTER


def test_the_trash_keeps_the_content_and_purging_the_last_reference_frees_it(
    pg_db, tmp_path: Path
) -> None:
    with pg_db.session() as s:
        first, second = Account(name="甲"), Account(name="乙")
        s.add_all([first, second])
        s.flush()
        ids = first.id, second.id
    trash = TrashService(pg_db, FixedClock(datetime(2026, 3, 2, 9, 0)))
    source = tmp_path / "note.txt"
    source.write_bytes(b"same content, two records")
    with pg_db.session() as s:
        for account_id in ids:
            contact = Contact(account_id=account_id, name="联系人")
            visit = Interaction(
                contact=contact, account_id=account_id, occurred_on=date(2026, 3, 1)
            )
            s.add(visit)
            s.flush()
            attachments.attach(s, None, source, interaction_id=visit.id)

    def stored() -> int:
        with pg_db.read() as s:
            return s.connection().exec_driver_sql(f"SELECT count(*) FROM {TABLE}").scalar_one()

    trash.delete("account", ids[0])
    trash.delete("account", ids[1])
    newest, oldest = trash.list()
    trash.purge([newest.id])
    assert stored() == 1  # the other trashed record still holds it
    trash.restore(oldest.id)
    with pg_db.read() as s:
        (row,) = attachments.list_for(
            s, None, interaction_id=s.scalars(select(Interaction.id)).one()
        )
    assert attachments.open_path(pg_db, row).read_bytes() == b"same content, two records"
    assert newest.title == "乙"
    trash.delete("account", ids[0])
    trash.purge()
    assert stored() == 0


def test_content_whose_rows_were_deleted_outright_is_freed_by_server_init(
    team: Team, tmp_path: Path
) -> None:
    """A file removed without the trash (or a row deleted by psql or a sync) leaves its
    content for an undo; ``server init``, run at each upgrade, frees it."""
    team.tree("alice", "阿里账户")
    source = tmp_path / "旧版.pdf"
    source.write_bytes(LETTER)
    checklist = ChecklistService(team.db("alice"))
    item = _item_of(team.db("alice"))
    checklist.attach(item, source)
    (row,) = checklist.evidence(item)
    checklist.detach(row.id)
    with team.psql("boss") as conn:
        assert _contents(conn) == [LETTER]
    for who in ("bob", "boss"):  # a member cannot free it all, under the undo's feet
        with team.psql(who) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT kad_free_attachment_content(NULL)")
    with team.psql("boss") as conn:
        assert _contents(conn) == [LETTER]
    assert main(["server", "init", "--server", team.admin_url]) == 0
    with team.psql("boss") as conn:
        assert _contents(conn) == []
