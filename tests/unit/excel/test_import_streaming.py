"""A big sheet is streamed, not held (docs/speed.md): only its first rows become Python values,
people are matched and inserted a chunk at a time with the same outcome as all at once, the
search index of the new rows is built in bulk afterwards, and a dry run leaves everything as
it was."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select, text

from desktop.models import Account, Contact, ContactRole
from desktop.services.database import Database, open_database
from desktop.services.excel import bulk, import_people
from desktop.services.excel.bulk_index import index_afterwards
from desktop.services.excel.import_service import ImportService, plan_sheets
from desktop.services.excel.reading import HEAD_ROWS
from desktop.services.search.index import KIND_CODES, SEARCH_TABLE, SLOTS
from desktop.services.search.service import SearchService
from desktop.services.sql_types import table_of

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "tests" / "fixtures" / "excel"
HEADERS = ["客户名称", "姓名", "职务", "直属上级", "手机", "角色"]


def _workbook(path: Path, people: int) -> Path:
    """A title row, then ``people`` rows: five people per account, each under the first."""
    book = Workbook()
    sheet = book.active
    sheet.append(["联系人名单"])
    sheet.append(HEADERS)
    for n in range(people):
        account, position = divmod(n, 5)
        boss = f"经理{account}" if position else ""
        name = f"经理{account}" if position == 0 else f"员工{account}-{position}"
        sheet.append([f"客户{account}公司", name, "工程师", boss, f"139{n:08d}", "使用者"])
    book.save(path)
    return path


def _state(db: Database) -> dict[str, object]:
    with db.read() as s:
        people = s.execute(
            select(Contact.id, Account.name, Contact.name, Contact.title, Contact.mobile,
                   Contact.reports_to_id).join(Contact.account)
        ).all()  # fmt: skip
        names = {row.id: (row[1], row[2]) for row in people}
        roles = s.execute(select(ContactRole.contact_id, ContactRole.role)).all()
        return {
            "people": sorted(
                (*names[row.id], row.title, row.mobile, names.get(row.reports_to_id))
                for row in people
            ),
            "roles": sorted((names[person], role) for person, role in roles),
            "log": s.scalar(text("SELECT count(*) FROM change_log")),
        }


def _run(db: Database, clock, path: Path, *, dry_run: bool = False):
    report, _ = ImportService(db, clock).run(plan_sheets(path), dry_run=dry_run)
    return report


def test_only_the_first_rows_are_held_and_every_row_is_imported(db, clock, tmp_path) -> None:
    path = _workbook(tmp_path / "people.xlsx", 300)
    (plan,) = plan_sheets(path)
    assert len(plan.sheet.rows) == HEAD_ROWS < 300
    assert plan.sheet.size() == 300
    assert [number for number, _cells in plan.sheet.preview(3)] == [3, 4, 5]
    report = _run(db, clock, path)
    assert report.created["contacts"] == 300 and report.created["accounts"] == 60
    with db.read() as s:
        boss = s.scalar(select(Contact.id).where(Contact.name == "经理59"))
        last = s.scalars(select(Contact).where(Contact.name == "员工59-4")).one()
    assert last.reports_to_id == boss  # the last row, read after the first rows were gone


def test_a_dry_run_then_the_import_read_the_sheet_again(db, clock, tmp_path) -> None:
    path = _workbook(tmp_path / "people.xlsx", 120)
    plans = plan_sheets(path)
    service = ImportService(db, clock)
    rehearsal, _ = service.run(plans, dry_run=True)
    report, _ = service.run(plans, dry_run=False)
    assert rehearsal.created == report.created
    assert report.created["contacts"] == 120


def test_the_progress_counts_every_row_once(db, clock, tmp_path) -> None:
    path = _workbook(tmp_path / "people.xlsx", 1200)
    seen: list[tuple[int, int]] = []
    ImportService(db, clock).run(
        plan_sheets(path),
        dry_run=True,
        progress=lambda done, total: seen.append((done, total)) or True,
    )
    assert seen[-1] == (1200, 1200)
    assert [done for done, _total in seen] == sorted(done for done, _total in seen)


@pytest.mark.parametrize("name", ["contacts_messy.xlsx", "crm_export.xlsx"])
def test_chunks_of_one_row_give_what_one_chunk_gives(
    name, db, clock, tmp_path, monkeypatch
) -> None:
    """A person named again rows later, a boss listed after their staff, two people of one
    name: the same people, bosses, roles and log, whatever the chunk size."""
    _run(db, clock, FIXTURES / name)
    whole = _state(db)
    other = open_database(tmp_path / "other.sqlite").db
    try:
        monkeypatch.setattr(import_people, "CHUNK", 1)
        _run(other, clock, FIXTURES / name)
        assert _state(other) == whole
    finally:
        other.close()


def test_a_person_repeated_in_a_later_chunk_is_one_person(db, clock, tmp_path, monkeypatch) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    sheet.append(["客户甲", "王伟", "", "", "13900000001", "使用者"])
    sheet.append(["客户甲", "李娜", "主任", "王伟", "", ""])
    sheet.append(["客户甲", "王伟", "高级工程师", "", "13900000001", ""])  # the same person
    sheet.append(["客户甲", "王伟", "", "", "13900000002", ""])  # another mobile: a second
    book.save(tmp_path / "again.xlsx")
    monkeypatch.setattr(import_people, "CHUNK", 2)
    report = _run(db, clock, tmp_path / "again.xlsx")
    assert report.created["contacts"] == 3
    with db.read() as s:
        wangs = s.execute(select(Contact.title, Contact.mobile).where(Contact.name == "王伟"))
        assert sorted(wangs.all()) == [("", "13900000002"), ("高级工程师", "13900000001")]
    assert SearchService(db).search("高级工程").hits  # indexed as last written


def test_imported_people_are_in_the_search_index(db, clock, tmp_path) -> None:
    path = _workbook(tmp_path / "people.xlsx", 200)
    _run(db, clock, path)
    code = KIND_CODES["contact"]
    with db.read() as s:  # every person once, and nobody else
        unindexed = s.scalar(
            text(
                f"SELECT count(*) FROM contact WHERE id * {SLOTS} + {code} "
                f"NOT IN (SELECT rowid FROM {SEARCH_TABLE})"
            )
        )
        entries = s.scalar(
            text(f"SELECT count(*) FROM {SEARCH_TABLE} WHERE rowid % {SLOTS} = {code}")
        )
    assert (unindexed, entries) == (0, 200)
    assert [hit.title for hit in SearchService(db).search("13900000199").hits] == ["员工39-4"]
    assert [hit.title for hit in SearchService(db).search("客户39公").hits] == ["客户39公司"]


def _triggers(s) -> set[str]:
    return set(s.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))


def test_the_index_is_built_after_the_rows_not_by_a_trigger_per_row(db) -> None:
    with db.session() as s:
        s.add(Account(name="客户甲"))
    with db.session() as s, index_afterwards(s):
        inside = _triggers(s)
        account = s.scalar(select(Account.id))
        bulk.insert_rows(
            s, table_of(Contact), [{"account_id": account, "name": f"张{n}"} for n in range(3)]
        )
    assert "search_contact_insert" not in inside and "search_contact_update" in inside
    with db.read() as s:
        assert {f"search_{t}_insert" for t in KIND_CODES} <= _triggers(s)
    assert len(SearchService(db).search("张").hits) == 3


def test_a_dry_run_leaves_the_triggers_in_place(db, clock, tmp_path) -> None:
    _run(db, clock, _workbook(tmp_path / "people.xlsx", 10), dry_run=True)
    with db.read() as s:
        assert {f"search_{t}_insert" for t in KIND_CODES} <= _triggers(s)
        assert s.scalar(select(Contact.id)) is None
    with db.session() as s:
        s.add(Account(name="Pengcheng Metro Group"))
    assert [hit.title for hit in SearchService(db).search("Metro").hits] == [
        "Pengcheng Metro Group"
    ]


def _indexes(s) -> set[str]:
    query = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contact'"
    return set(s.scalars(text(query)))


def test_a_big_import_builds_the_peoples_indexes_at_the_end(db) -> None:
    with db.read() as s:
        before = _indexes(s)
    with db.session() as s, index_afterwards(s, rows=1000):
        inside = _indexes(s)
        s.add(Account(name="客户甲"))
        s.flush()
        account = s.scalar(select(Account.id))
        bulk.insert_rows(s, table_of(Contact), [{"account_id": account, "name": "张三"}])
    with db.read() as s:
        assert _indexes(s) == before and "ix_contact_name" in before
        assert s.scalar(select(Contact.id).where(Contact.name == "张三")) is not None
    assert "ix_contact_name" not in inside and "sqlite_autoindex_contact_1" in inside  # uuid


def test_a_small_import_keeps_the_indexes_of_a_bigger_table(db, clock, tmp_path) -> None:
    _run(db, clock, _workbook(tmp_path / "people.xlsx", 20))
    with db.session() as s, index_afterwards(s, rows=10):
        inside = _indexes(s)
    assert "ix_contact_name" in inside


def test_people_are_written_with_their_managers_not_updated_afterwards(db, clock, tmp_path) -> None:
    _run(db, clock, _workbook(tmp_path / "people.xlsx", 300))
    with db.read() as s:
        versions = set(s.scalars(select(Contact.version)))
        lines = s.scalar(select(func.count()).where(Contact.reports_to_id.is_not(None)))
    assert versions == {1} and lines == 240  # one write each, the bosses' staff included


@pytest.mark.parametrize("chunk", [1, 5_000])
def test_a_manager_a_later_row_makes_ambiguous_is_left_empty(
    chunk, db, clock, tmp_path, monkeypatch
) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    sheet.append(["客户甲", "王伟", "经理", "", "13900000001", ""])
    sheet.append(["客户甲", "李娜", "主任", "王伟", "", ""])  # 王伟 is one person so far
    sheet.append(["客户甲", "王伟", "司机", "", "13900000002", ""])  # a second 王伟
    book.save(tmp_path / "two.xlsx")
    monkeypatch.setattr(import_people, "CHUNK", chunk)
    report = _run(db, clock, tmp_path / "two.xlsx")
    with db.read() as s:
        assert s.scalar(select(Contact.reports_to_id).where(Contact.name == "李娜")) is None
    assert any("Several people" in p.message.text for p in report.problems)


def test_an_imports_change_log_is_one_statement_per_table_not_a_row_each(
    db, clock, tmp_path
) -> None:
    path = _workbook(tmp_path / "people.xlsx", 300)
    statements: list[str] = []
    with db.read() as s:  # the pool's one connection on a file: the import's too
        driver = s.connection().connection.driver_connection
    driver.set_trace_callback(statements.append)
    try:
        _run(db, clock, path)
    finally:
        driver.set_trace_callback(None)
    logged = [sql for sql in statements if "INTO change_log" in sql]
    assert 0 < len(logged) <= 3  # accounts, people, roles
    with db.read() as s:
        assert s.scalar(text("SELECT count(*) FROM change_log")) == 60 + 300 + 300


def test_importing_people_loads_neither_openpyxl_nor_numpy(tmp_path) -> None:
    path = _workbook(tmp_path / "people.xlsx", 20)
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from desktop.services.clock import Clock\n"
        "from desktop.services.database import open_database\n"
        "from desktop.services.excel.import_service import ImportService, plan_sheets\n"
        f"db = open_database(Path({str(tmp_path / 'db.sqlite')!r})).db\n"
        f"plans = plan_sheets(Path({str(path)!r}))\n"
        "report, _ = ImportService(db, Clock()).run(plans, dry_run=False)\n"
        "assert report.created['contacts'] == 20\n"
        "print(sorted({'openpyxl', 'numpy'} & set(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert done.stdout.strip() == "[]"


def test_the_cycle_collector_rests_while_an_import_runs(db, clock, tmp_path) -> None:
    """It walked the rows held again and again, a sixth of the time (docs/speed.md)."""
    path = _workbook(tmp_path / "people.xlsx", 600)
    seen: set[bool] = set()
    ImportService(db, clock).run(
        plan_sheets(path), dry_run=False, progress=lambda _d, _t: seen.add(gc.isenabled()) or True
    )
    assert seen == {False} and gc.isenabled()
