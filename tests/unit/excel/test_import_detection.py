"""What an import takes a workbook for: our own full export is recognised on every path, a
sheet is imported unasked only when its columns say clearly what it holds, and a dry run
writes nothing anywhere (docs/import-detection.md)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from desktop.app import main
from desktop.models import Account, Contact, ContactRole
from desktop.services.database import open_database
from desktop.services.excel.full_import import FullExport
from desktop.services.excel.import_service import ImportService, plan_sheets, read_source
from desktop.services.messages import UserError

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "excel"


def _counts(path: Path) -> tuple[int, int, int]:
    db = open_database(path).db
    try:
        with db.read() as s:
            return tuple(
                s.scalar(select(func.count()).select_from(model))
                for model in (Account, Contact, ContactRole)
            )
    finally:
        db.close()


def _workbook(path: Path, sheets: dict[str, list[list]]) -> Path:
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def _files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")} if folder.exists() else set()


@pytest.fixture
def full_export(tmp_path: Path, demo_db_path: Path) -> Path:
    path = tmp_path / "full.xlsx"
    assert main(["export", str(path), "--db", str(demo_db_path)]) == 0
    return path


# -- 1a: the app's own full export, without --kind ---------------------------------------------


def test_import_without_kind_recognises_a_full_export(
    tmp_path: Path, demo_db_path: Path, full_export: Path, capsys
) -> None:
    before = _counts(demo_db_path)
    copy = shutil.copyfile(demo_db_path, tmp_path / "copy.sqlite")
    capsys.readouterr()
    assert main(["import", str(full_export), "--db", str(copy)]) == 0
    out = capsys.readouterr().out
    assert "full export" in out
    assert _counts(copy) == before  # no account per sheet, roles kept
    fresh = tmp_path / "fresh.sqlite"
    assert main(["import", str(full_export), "--db", str(fresh)]) == 0
    assert _counts(fresh) == before


def test_every_path_reads_a_full_export_as_one(full_export: Path) -> None:
    assert isinstance(read_source(full_export), FullExport)
    with pytest.raises(UserError, match="full export"):
        plan_sheets(full_export)  # never sheet by sheet, as accounts
    with pytest.raises(UserError, match="full export"):
        plan_sheets(full_export, "accounts")


def test_choosing_a_kind_for_a_full_export_is_refused(
    tmp_path: Path, demo_db_path: Path, full_export: Path, capsys
) -> None:
    before = _counts(demo_db_path)
    assert main(["import", str(full_export), "--db", str(demo_db_path), "--kind", "accounts"]) == 1
    assert "full export" in capsys.readouterr().err
    assert _counts(demo_db_path) == before


# -- 1b: no accounts invented from a column that merely looks like a name ----------------------

NOT_TABLES_OF_OURS = {
    "name-value": {"Sheet1": [["Name", "Value"], ["John", 3], ["Sophia", 5]]},
    "pivot": {
        "透视表": [
            ["行标签", "求和项:金额"],
            ["华东", 1200],
            ["华南", 800],
            ["总计", 2000],
        ],
        "Fields": [["Field", "Area"], ["Region", "Rows"], ["Amount", "Values"]],
    },
    "ids": {
        "ids": [
            ["ID", "Name"],
            ["7c9e6679-7425-40de-944b-e07fc1f90ae1", "stage"],
            ["7c9e6679-7425-40de-944b-e07fc1f90ae2", "acceptance"],
        ]
    },
    "lone-company": {"名单": [["Company", "Value"], ["Alpha Ltd", 1], ["Beta Ltd", 2]]},
}


@pytest.mark.parametrize("case", sorted(NOT_TABLES_OF_OURS))
def test_sheets_that_do_not_say_what_they_hold_are_refused(
    case: str, tmp_path: Path, db_path: Path, capsys
) -> None:
    path = _workbook(tmp_path / f"{case}.xlsx", NOT_TABLES_OF_OURS[case])
    with pytest.raises(UserError) as refused:
        plan_sheets(path)
    for sheet in NOT_TABLES_OF_OURS[case]:
        if sheet != "Fields":
            assert sheet in str(refused.value)
    assert main(["import", str(path), "--db", str(db_path)]) == 1
    assert "No sheet" in capsys.readouterr().err
    assert _counts(db_path) == (0, 0, 0)


def test_a_doubtful_sheet_is_left_out_and_named_the_others_are_imported(
    tmp_path: Path, db, clock
) -> None:
    path = _workbook(
        tmp_path / "mixed.xlsx",
        {
            "客户": [["客户名称", "行业"], ["华东水务", "水务"]],
            "Sheet2": [["Name", "Value"], ["John", 3], ["Sophia", 5]],
        },
    )
    plans = plan_sheets(path)
    assert [(p.sheet.name, p.refused is None) for p in plans] == [
        ("客户", True),
        ("Sheet2", False),
    ]
    report, _ = ImportService(db, clock).run(plans, dry_run=False)
    assert next(p.render() for p in report.problems if p.sheet == "Sheet2").startswith(
        "Sheet2: Not imported"
    )
    with db.read() as s:
        assert list(s.scalars(select(Account.name))) == ["华东水务"]


def test_naming_the_kind_takes_a_doubtful_sheet_as_told(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "nv.xlsx", NOT_TABLES_OF_OURS["name-value"])
    (plan,) = plan_sheets(path, "accounts")
    assert plan.refused is None and plan.mapping == {0: "name"}


@pytest.mark.parametrize(
    ("name", "kinds"),
    [
        ("contacts_messy.xlsx", ["contacts"]),
        ("crm_export.xlsx", ["contacts"]),
        ("deals_and_money.xlsx", ["accounts", "opportunities", "contracts", "payments"]),
    ],
)
def test_realistic_workbooks_are_still_recognised(name: str, kinds: list[str]) -> None:
    plans = plan_sheets(FIXTURES / name)
    assert [p.kind for p in plans] == kinds
    assert all(p.refused is None for p in plans)


# -- 5: a dry run writes nothing anywhere ------------------------------------------------------


@pytest.mark.parametrize("source", ["sheets", "full"])
def test_a_dry_run_without_a_database_creates_nothing(
    source: str, tmp_path: Path, full_export: Path, isolated_home: Path, capsys
) -> None:
    workbook = full_export if source == "full" else FIXTURES / "contacts_messy.xlsx"
    folder = tmp_path / "empty-folder"
    folder.mkdir()
    database = folder / "nothing.sqlite"
    home_before = _files(isolated_home)
    capsys.readouterr()
    assert main(["import", str(workbook), "--db", str(database), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "does not exist" in out and "Dry run, nothing changed. Would have: created:" in out
    assert "contact" in out.split("Would have:")[1]
    assert os.listdir(folder) == []
    assert _files(isolated_home) == home_before


@pytest.mark.parametrize("command", [["check"], ["export", "out.xlsx"], ["backup"]])
def test_read_only_commands_on_a_missing_database_create_nothing(
    command: list[str], tmp_path: Path, monkeypatch, capsys
) -> None:
    monkeypatch.chdir(tmp_path)
    database = tmp_path / "missing.sqlite"
    assert main([*command, "--db", str(database)]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert os.listdir(tmp_path) == []


def _state(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_a_dry_run_on_a_database_touches_nothing_even_while_the_window_has_it(
    tmp_path: Path, demo_db_path: Path, capsys
) -> None:
    from desktop.locking import lock_for

    before = _state(demo_db_path.parent)
    window = lock_for(demo_db_path)
    assert window.tryLock(100)
    try:
        during = _state(demo_db_path.parent)
        workbook = FIXTURES / "contacts_messy.xlsx"
        code = main(["import", str(workbook), "--db", str(demo_db_path), "--dry-run"])
    finally:
        window.unlock()
    assert code == 0 and "Would have: created:" in capsys.readouterr().out
    assert _state(demo_db_path.parent) == before
    assert during.keys() - before.keys() == {demo_db_path.name + ".lock"}


@pytest.fixture
def oldest(tmp_path: Path) -> Path:
    """A database of the first schema revision, alone in its folder."""
    schemas = Path(__file__).resolve().parents[2] / "fixtures" / "schemas"
    path = tmp_path / "old" / "old.sqlite"
    path.parent.mkdir()
    shutil.copyfile(sorted(schemas.glob("*.sqlite"))[0], path)
    return path


def test_a_dry_run_does_not_upgrade_an_older_database(oldest: Path, capsys) -> None:
    before = _state(oldest.parent)
    workbook = FIXTURES / "deals_and_money.xlsx"
    assert main(["import", str(workbook), "--db", str(oldest), "--dry-run"]) == 0
    assert "Would have: created:" in capsys.readouterr().out
    assert _state(oldest.parent) == before


def test_a_full_export_without_its_about_sheet_is_still_recognised(
    tmp_path: Path, demo_db_path: Path, full_export: Path
) -> None:
    from openpyxl import load_workbook

    book = load_workbook(full_export)
    del book["About"]
    trimmed = tmp_path / "trimmed.xlsx"
    book.save(trimmed)
    before = _counts(demo_db_path)
    assert isinstance(read_source(trimmed), FullExport)
    assert main(["import", str(trimmed), "--db", str(demo_db_path)]) == 0
    assert _counts(demo_db_path) == before


def test_an_export_does_not_upgrade_or_touch_the_database(
    tmp_path: Path, oldest: Path, capsys
) -> None:
    before = _state(oldest.parent)
    assert main(["export", str(tmp_path / "out.xlsx"), "--db", str(oldest)]) == 0
    assert main(["export", str(tmp_path / "sum.xlsx"), "--db", str(oldest), "--summary"]) == 0
    assert _state(oldest.parent) == before
    assert (tmp_path / "out.xlsx").exists() and (tmp_path / "sum.xlsx").exists()


def test_a_sheet_merely_named_like_ours_is_not_a_full_export(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "own.xlsx",
        {"account": [["id", "客户名称", "industry", "region"], [1, "华东水务", "水务", "江苏"]]},
    )
    assert not isinstance(read_source(path), FullExport)


def test_importing_into_a_folder_that_does_not_exist_creates_nothing(
    tmp_path: Path, capsys
) -> None:
    database = tmp_path / "typo" / "keyaccount.sqlite"
    assert main(["import", str(FIXTURES / "deals_and_money.xlsx"), "--db", str(database)]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("summary", [[], ["--summary"]])
def test_an_export_into_a_missing_folder_says_so_in_one_line(
    tmp_path: Path, demo_db_path: Path, summary: list[str], capsys
) -> None:
    target = tmp_path / "typo" / "out.xlsx"
    assert main(["export", str(target), "--db", str(demo_db_path), *summary]) == 1
    err = capsys.readouterr().err
    assert "does not exist" in err and "Traceback" not in err and err.count("\n") == 1
    assert not target.parent.exists()


def test_an_export_that_cannot_be_written_says_so_in_one_line(
    tmp_path: Path, demo_db_path: Path, capsys
) -> None:
    target = tmp_path / "out.xlsx"
    target.mkdir()  # a folder where the workbook should go
    assert main(["export", str(target), "--db", str(demo_db_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("export: cannot write") and err.count("\n") == 1
