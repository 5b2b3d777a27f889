"""Every file a user might hand us by mistake or by malice gets a one-line message, is never
parsed past the first check that fails, and changes nothing."""

from __future__ import annotations

import tracemalloc
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from desktop.services.messages import UserError
from desktop.services.restore import restore_database
from desktop.services.xlsx_guard import read_workbook

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "hostile"

CASES = [
    ("encrypted.xlsx", "password-protected or an old .xls"),
    ("legacy.xls", "password-protected or an old .xls"),
    ("legacy-renamed.xlsx", "password-protected or an old .xls"),
    ("contacts.csv", "text (CSV) file"),
    ("empty.xlsx", "is empty"),
    ("truncated.xlsx", "damaged or incomplete"),
    ("garbage.xlsx", "not an Excel workbook"),
    ("billion-laughs.xlsx", "XML entity declarations"),
    ("zip-bomb-3gb.xlsx", "too large to import"),
]


@pytest.mark.parametrize(("name", "expected"), CASES)
def test_hostile_workbooks_are_refused_with_one_line(name: str, expected: str) -> None:
    with pytest.raises(UserError) as info, read_workbook(FIXTURES / name):
        pass
    message = str(info.value)
    assert expected in message
    assert "\n" not in message and "Traceback" not in message


def test_the_zip_bomb_is_refused_without_unpacking_anything(monkeypatch) -> None:
    def never(*_args, **_kwargs):
        raise AssertionError("a member was decompressed")

    monkeypatch.setattr(zipfile.ZipFile, "open", never)
    tracemalloc.start()
    with pytest.raises(UserError), read_workbook(FIXTURES / "zip-bomb-3gb.xlsx"):
        pass
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 5 * 1024 * 1024


@pytest.mark.parametrize("name", [name for name, _ in CASES])
def test_restoring_a_hostile_file_is_refused_and_changes_nothing(name: str, db_path: Path) -> None:
    before = db_path.read_bytes()
    with pytest.raises(UserError):
        restore_database(db_path, FIXTURES / name, datetime(2026, 11, 23))
    assert db_path.read_bytes() == before


@pytest.mark.parametrize(("name", "expected"), CASES)
def test_checklist_reimport_refuses_hostile_files(name: str, expected: str, demo_db, clock) -> None:
    from desktop.models import Tender
    from desktop.services.bids.excel import ChecklistWorkbook

    with demo_db.read() as s:
        tender_id = s.query(Tender).first().id
    with pytest.raises(UserError, match=expected.split(" (")[0][:20]):
        ChecklistWorkbook(demo_db).read(
            tender_id, FIXTURES / name, translate=lambda _c, t: t, by="x", at=clock.now()
        )


@pytest.mark.parametrize(("name", "expected"), CASES)
def test_workbook_import_refuses_hostile_files(name: str, expected: str) -> None:
    from desktop.services.excel.import_service import read_source

    with pytest.raises(UserError) as info:
        read_source(FIXTURES / name)
    assert "\n" not in str(info.value)
