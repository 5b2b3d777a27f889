"""The content of attached files travels with their rows in a sync, both ways
(docs/team-server.md#attached-files)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.app import main
from desktop.models import Account, Contact, Interaction
from desktop.services import attachments, paths, sync, sync_files
from desktop.services.clock import FixedClock
from desktop.services.database import open_database

SCAN = b"\x89PNG scan of the signed acceptance certificate"


def _laptop(path: Path):
    return open_database(path, clock=FixedClock(datetime(2026, 3, 2, 9, 0))).db


def attach_visit(db, source: Path, database: Path | None) -> None:
    """A visit with ``source`` attached, in ``db``."""
    with db.session() as s:
        account = Account(name="华东电网")
        s.add(account)
        s.flush()
        contact = Contact(account=account, name="王工")
        visit = Interaction(contact=contact, account_id=account.id, occurred_on=date(2026, 3, 1))
        s.add(visit)
        s.flush()
        attachments.attach(s, database, source, interaction_id=visit.id)


def _only_row(db, database: Path | None) -> attachments.AttachmentRow:
    with db.read() as s:
        visit = s.scalars(select(Interaction.id)).one()
        (row,) = attachments.list_for(s, database, interaction_id=visit)
    return row


def test_a_file_attached_on_the_laptop_reaches_the_server_and_a_second_sync_moves_nothing(
    tmp_path: Path, pg_db
) -> None:
    source = tmp_path / "验收单.png"
    source.write_bytes(SCAN)
    path = tmp_path / "laptop.sqlite"
    local = _laptop(path)
    try:
        attach_visit(local, source, path)
        result = sync.synchronise(local, pg_db)
        assert (result.files.uploaded, result.files.downloaded) == (1, 0)
        row = _only_row(pg_db, None)
        assert attachments.open_path(pg_db, row).read_bytes() == SCAN
        again = sync.synchronise(local, pg_db)
        assert again.files == sync_files.FilesMoved() and sync_files.report(again.files) == []
    finally:
        local.close()


def test_the_first_sync_to_a_new_file_downloads_the_attached_files(tmp_path: Path, pg_db) -> None:
    source = tmp_path / "承诺函.pdf"
    source.write_bytes(SCAN)
    attach_visit(pg_db, source, None)
    path = tmp_path / "new.sqlite"
    local = _laptop(path)
    try:
        result = sync.synchronise(local, pg_db)
        assert (result.files.uploaded, result.files.downloaded) == (0, 1)
        row = _only_row(local, path)
        assert row.path is not None and row.path.read_bytes() == SCAN
        assert attachments.open_path(local, row) == row.path
    finally:
        local.close()


def test_a_sync_cut_before_the_files_is_completed_by_the_next(
    tmp_path: Path, pg_db, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rows arrived, the content did not (the process died there): the next sync, with
    no record changed, still sends it."""
    source = tmp_path / "note.txt"
    source.write_bytes(SCAN)
    path = tmp_path / "laptop.sqlite"
    local = _laptop(path)
    try:
        attach_visit(local, source, path)
        with monkeypatch.context() as patched:
            patched.setattr(sync, "exchange_files", lambda *_: sync_files.FilesMoved())
            sync.synchronise(local, pg_db)
        with pytest.raises(attachments.UserError, match="missing"):
            attachments.open_path(pg_db, _only_row(pg_db, None))
        result = sync.synchronise(local, pg_db)
        assert (result.uploaded, result.files.uploaded) == (0, 1)
        assert attachments.open_path(pg_db, _only_row(pg_db, None)).read_bytes() == SCAN
    finally:
        local.close()


def test_sync_prints_the_files_it_moved_and_those_on_neither_side(
    tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "scan.png"
    source.write_bytes(SCAN)
    path = tmp_path / "laptop.sqlite"
    local = _laptop(path)
    try:
        attach_visit(local, source, path)
    finally:
        local.close()
    assert main(["sync", "--db", str(path), "--server", pg_url]) == 0
    assert "Attached files: 1 sent to the server, 0 received." in capsys.readouterr().out
    # a file removed from the folder by hand, on another laptop that never had it: said
    other = tmp_path / "other.sqlite"
    assert main(["sync", "--db", str(other), "--server", pg_url]) == 0
    assert "1 received" in capsys.readouterr().out
    with pg_db_of(pg_url) as server, server.session() as s:
        s.connection().exec_driver_sql("DELETE FROM kad_attachment_content")
    for stored in attachments.folder_for(other).glob("*/*"):
        stored.unlink()
    assert main(["sync", "--db", str(other), "--server", pg_url]) == 0
    out = capsys.readouterr().out
    assert "The attached file scan.png is on neither side" in out


def pg_db_of(url: str):
    from contextlib import closing

    from desktop.services.database import open_server

    return closing(open_server(url).db)


def test_a_sync_without_attached_files_makes_no_files_folder(tmp_path: Path, pg_db) -> None:
    path = tmp_path / "laptop.sqlite"
    local = _laptop(path)
    try:
        with local.session() as s:
            s.add(Account(name="南方电网"))
        sync.synchronise(local, pg_db)
    finally:
        local.close()
    assert not paths.attachments_dir_for(path, create=False).exists()
