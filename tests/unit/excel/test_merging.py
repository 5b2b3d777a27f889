"""Edits made in an exported workbook, and merging several salespeople's exports field by
field, through the command line (docs/merging.md)."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop.app import main
from desktop.models import Account, Contact, TrashEntry
from desktop.services import change_log
from desktop.services.clock import FixedClock
from desktop.services.database import open_database
from desktop.services.trash import TrashService

pytestmark = pytest.mark.both_engines

EARLY = datetime(2026, 1, 5, 9, 0)
LATER = datetime(2026, 1, 6, 9, 0)


@pytest.fixture
def copies(tmp_path: Path, demo_templates):
    """Copies of the sample database: the manager's and each salesperson's."""

    def copy(name: str) -> Path:
        path = tmp_path / f"{name}.sqlite"
        shutil.copyfile(demo_templates("en"), path)
        return path

    return copy


def _people(path: Path) -> list[tuple[int, str]]:
    db = open_database(path).db
    try:
        with db.read() as s:
            return list(s.execute(select(Contact.id, Contact.name).order_by(Contact.id)).all())
    finally:
        db.close()


def _edit(path: Path, moment: datetime | None, owner: str, person: int, **values) -> None:
    """Change a person as ``owner`` would in the app, at ``moment`` (None: now)."""
    db = open_database(path, clock=None if moment is None else FixedClock(moment)).db
    try:
        db.set_default_owner(owner)
        with db.session() as s:
            contact = s.get_one(Contact, person)
            for name, value in values.items():
                setattr(contact, name, value)
    finally:
        db.close()


def _delete(path: Path, moment: datetime, owner: str, person: int) -> None:
    clock = FixedClock(moment)
    db = open_database(path, clock=clock).db
    try:
        db.set_default_owner(owner)
        TrashService(db, clock).delete("contact", person)
    finally:
        db.close()


def _person(path: Path, person: int) -> Contact | None:
    db = open_database(path).db
    try:
        with db.read() as s:
            return s.get(Contact, person)
    finally:
        db.close()


def _export(path: Path, file: Path, *extra: str) -> Path:
    assert main(["export", str(file), "--db", str(path), *extra]) == 0
    return file


def _import(path: Path, file: Path, capsys, *extra: str) -> str:
    capsys.readouterr()
    assert main(["import", str(file), "--kind", "full", "--db", str(path), *extra]) == 0
    return capsys.readouterr().out


def _set_cell(file: Path, sheet: str, uuid: str, column: str, value) -> None:
    book = load_workbook(file)
    rows = book[sheet]
    headers = [cell.value for cell in rows[1]]
    for row in rows.iter_rows(min_row=2):
        if row[0].value == uuid:
            row[headers.index(column)].value = value
    book.save(file)


def _uuid(path: Path, person: int) -> str:
    found = _person(path, person)
    assert found is not None
    return found.uuid


def test_a_title_changed_in_the_exported_workbook_is_imported(copies, tmp_path, capsys) -> None:
    mine = copies("mine")
    person, _name = _people(mine)[0]
    file = _export(mine, tmp_path / "all.xlsx")
    _set_cell(file, "contact", _uuid(mine, person), "title", "Chief Digital Officer")
    out = _import(mine, file, capsys)
    assert "updated: 1 contact" in out
    assert _person(mine, person).title == "Chief Digital Officer"
    db = open_database(mine).db
    try:
        with db.read() as s:
            lines = change_log.history(s, _uuid(mine, person))
    finally:
        db.close()
    assert (lines[0].field, lines[0].new_value) == ("title", "Chief Digital Officer")


def test_a_workbook_edit_of_a_field_changed_since_in_the_database_is_a_conflict(
    copies, tmp_path, capsys
) -> None:
    mine = copies("mine")
    person, _name = _people(mine)[0]
    file = _export(mine, tmp_path / "all.xlsx")
    _set_cell(file, "contact", _uuid(mine, person), "title", "Title typed in Excel")
    _edit(mine, None, "Me", person, title="Title changed in the app")
    out = _import(mine, file, capsys, "--report", str(tmp_path / "report.xlsx"))
    assert _person(mine, person).title == "Title changed in the app"
    assert "changed on both sides" in out and "Title typed in Excel" in out
    assert f"{_person(mine, person).name} was changed on both sides" in out  # names the record
    assert "contact!" in out and "[title]" in out
    assert (tmp_path / "report.xlsx").stat().st_mode & 0o777 == 0o600
    rows = list(load_workbook(tmp_path / "report.xlsx")["Merge report"].iter_rows(values_only=True))
    assert rows[1][2:5] == ("title", _person(mine, person).name, "Title changed in the app")
    assert rows[1][7:9] == ("Title typed in Excel", "all.xlsx")  # who typed it: the file


def test_an_unedited_export_of_older_values_changes_nothing(copies, tmp_path, capsys) -> None:
    mine = copies("mine")
    person, _name = _people(mine)[0]
    file = _export(mine, tmp_path / "all.xlsx")
    _edit(mine, None, "Me", person, title="Newer title")
    out = _import(mine, file, capsys)
    assert _person(mine, person).title == "Newer title"
    assert "changed on both sides" not in out and "updated: 0" in out


def test_changes_to_different_fields_of_one_person_are_all_kept(copies, tmp_path, capsys) -> None:
    manager, alice, bob = copies("manager"), copies("alice"), copies("bob")
    person, _name = _people(manager)[0]
    _edit(alice, EARLY, "Alice", person, mobile="13900000001")
    _edit(bob, LATER, "Bob", person, title="VP Engineering")
    for name, path in (("alice", alice), ("bob", bob)):
        out = _import(manager, _export(path, tmp_path / f"{name}.xlsx"), capsys, "--merge")
        assert "changed on both sides" not in out
    merged = _person(manager, person)
    assert (merged.mobile, merged.title) == ("13900000001", "VP Engineering")


@pytest.mark.parametrize("order", ["alice first", "bob first"])
def test_both_changed_one_field_the_later_wins_and_the_loser_is_reported(
    copies, tmp_path, capsys, order
) -> None:
    manager, alice, bob = copies("manager"), copies("alice"), copies("bob")
    person, _name = _people(manager)[1]
    _edit(alice, EARLY, "Alice", person, title="Alice's title")
    _edit(bob, LATER, "Bob", person, title="Bob's title")
    files = [_export(alice, tmp_path / "alice.xlsx"), _export(bob, tmp_path / "bob.xlsx")]
    if order == "bob first":
        files.reverse()
    _import(manager, files[0], capsys)
    out = _import(manager, files[1], capsys, "--report", str(tmp_path / "report.xlsx"))
    assert _person(manager, person).title == "Bob's title"
    assert "changed on both sides" in out and "Alice's title" in out and "Alice" in out
    report = load_workbook(tmp_path / "report.xlsx")["Merge report"]
    lines = list(report.iter_rows(min_row=2, values_only=True))
    assert [(line[4], line[5], line[7], line[8]) for line in lines] == [
        ("Bob's title", "Bob", "Alice's title", "Alice")
    ]


def test_a_deletion_reaches_the_manager_when_nobody_edited_the_person(
    copies, tmp_path, capsys
) -> None:
    manager, alice = copies("manager"), copies("alice")
    person, name = _people(manager)[2]
    _delete(alice, EARLY, "Alice", person)
    out = _import(manager, _export(alice, tmp_path / "alice.xlsx"), capsys)
    assert _person(manager, person) is None
    assert "deleted: 1 contact" in out
    db = open_database(manager).db
    try:
        with db.read() as s:  # in the trash: it can come back
            assert s.scalar(select(TrashEntry.title).where(TrashEntry.kind == "contact")) == name
    finally:
        db.close()


def test_a_deletion_of_a_person_edited_elsewhere_is_reported_not_lost(
    copies, tmp_path, capsys
) -> None:
    manager, alice, bob = copies("manager"), copies("alice"), copies("bob")
    person, name = _people(manager)[3]
    _delete(alice, EARLY, "Alice", person)
    _edit(bob, LATER, "Bob", person, mobile="13900000002")
    _import(manager, _export(bob, tmp_path / "bob.xlsx"), capsys)
    report = tmp_path / "report.xlsx"
    out = _import(manager, _export(alice, tmp_path / "alice.xlsx"), capsys, "--report", str(report))
    assert _person(manager, person).mobile == "13900000002"
    assert f"Alice deleted {name}" in out and "it was kept" in out
    line = list(load_workbook(report)["Merge report"].iter_rows(values_only=True))[1]
    assert (line[3], line[4], line[5], line[7], line[8]) == (
        name,
        "changed",
        "Bob",
        "deleted",
        "Alice",
    )


def test_a_person_deleted_here_does_not_come_back_from_an_older_file(
    copies, tmp_path, capsys
) -> None:
    manager, bob = copies("manager"), copies("bob")
    person, _name = _people(manager)[4]
    file = _export(bob, tmp_path / "bob.xlsx")
    _delete(manager, EARLY, "Me", person)
    out = _import(manager, file, capsys)
    assert _person(manager, person) is None
    assert "errors: 0" in out and "created: 0" in out


def test_a_column_the_file_leaves_out_is_no_edit(copies, tmp_path, capsys) -> None:
    mine = copies("mine")
    file = _export(mine, tmp_path / "all.xlsx", "--include-personal")
    book = load_workbook(file)
    sheet = book["contact"]
    headers = [cell.value for cell in sheet[1]]
    sheet.delete_cols(headers.index("birthday") + 1)  # a column cut out by hand
    book.save(file)
    db = open_database(mine).db
    try:
        with db.read() as s:
            before = s.execute(select(Contact.id, Contact.birthday)).all()
    finally:
        db.close()
    assert any(birthday for _id, birthday in before)
    out = _import(mine, file, capsys)
    assert "updated: 0" in out
    db = open_database(mine).db
    try:
        with db.read() as s:
            assert s.execute(select(Contact.id, Contact.birthday)).all() == before
    finally:
        db.close()


def test_an_unreadable_change_log_row_is_a_warning_not_a_crash(copies, tmp_path, capsys) -> None:
    mine = copies("mine")
    file = _export(mine, tmp_path / "all.xlsx")
    book = load_workbook(file)
    book["change_log"]["H2"].value = "yesterday-ish"
    book.save(file)
    out = _import(mine, file, capsys)
    assert "warning change_log: 1 rows of this sheet could not be read" in out


def test_workbook_edits_on_a_database_from_before_the_change_log(tmp_path, capsys) -> None:
    old = tmp_path / "old.sqlite"
    fixtures = Path(__file__).resolve().parents[2] / "fixtures" / "schemas"
    shutil.copyfile(fixtures / "0003.sqlite", old)
    (first, _a), (second, _b) = _people(old)[:2]  # opening upgraded it: nothing is logged yet
    file = _export(old, tmp_path / "all.xlsx")
    _set_cell(file, "contact", _uuid(old, first), "title", "Typed in Excel")
    _set_cell(file, "contact", _uuid(old, second), "title", "Also typed in Excel")
    _edit(old, None, "Me", second, title="Changed in the app")
    out = _import(old, file, capsys)
    assert _person(old, first).title == "Typed in Excel"
    assert _person(old, second).title == "Changed in the app"
    assert "changed on both sides" in out and "Also typed in Excel" in out


def test_merging_a_same_named_person_lists_the_values_it_does_not_keep(
    copies, tmp_path, capsys
) -> None:
    manager = copies("manager")
    db = open_database(manager).db
    try:
        with db.read() as s:
            person = s.scalars(select(Contact).where(Contact.mobile != "")).first()
            account, name, mobile = person.account.name, person.name, person.mobile
    finally:
        db.close()
    colleague = tmp_path / "colleague.sqlite"
    db = open_database(colleague).db
    try:
        with db.session() as s:
            s.add(Contact(account=Account(name=account), name=name, mobile="13911112222"))
    finally:
        db.close()
    out = _import(manager, _export(colleague, tmp_path / "colleague.xlsx"), capsys, "--merge")
    assert "13911112222" in out and "[mobile]" in out
    merged = _person(manager, person.id)
    assert merged.mobile == mobile
