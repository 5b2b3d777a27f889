"""Every import path checks values with the forms' own rules (docs/field-rules.md): a bad
value is an error naming sheet, row, column and the allowed values, and nothing is imported;
what people really type (short labels, serial dates, full-width text, split names) is read."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from desktop.models import Account, Contact, Contract, Opportunity, Payment, Setting
from desktop.models.enums import Layer, PaymentMethod, Role, Stance
from desktop.services import field_rules
from desktop.services.database import Database, open_database
from desktop.services.excel import values as v
from desktop.services.excel.full_export import export_everything
from desktop.services.excel.full_import import read_full_export
from desktop.services.excel.import_service import ImportService, plan_sheets
from desktop.services.field_rules import BadValue
from desktop.services.orgchart.people import FIELD_LABELS
from tests.conftest import TODAY

CONTACT = Contact.__table__


def _book(path: Path, *rows: list) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def _import(db: Database, clock, path: Path, kind: str | None = None, dry_run: bool = False):
    report, _ = ImportService(db, clock).run(plan_sheets(path, kind), dry_run=dry_run)
    return report


def _counts(db: Database) -> tuple[int, int, int]:
    with db.read() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(model))
            for model in (Account, Contact, Opportunity)
        )


# -- the rules themselves --------------------------------------------------------------------
def test_a_drop_down_value_outside_its_list_names_the_allowed_values() -> None:
    message = field_rules.problem(CONTACT.c.layer, "bogus_layer", TODAY.date())
    text = message.with_(field="layer").render()
    assert "bogus_layer" in text
    for layer in Layer:
        assert layer.value in text
    assert "Decision layer" in text  # each code with its label
    assert field_rules.problem(CONTACT.c.layer, Layer.DECISION, TODAY.date()) is None
    assert field_rules.problem(CONTACT.c.layer, "decision", TODAY.date()) is None


def test_the_allowed_values_read_in_chinese_too() -> None:
    from desktop.services.catalog import translator

    message = field_rules.problem(CONTACT.c.stance, "大概", TODAY.date()).with_(field="立场")
    assert message.render(translator("zh_CN")).startswith("立场：“大概”不是允许的取值")
    assert "supporter (支持者)" in message.render(translator("zh_CN"))


@pytest.mark.parametrize(
    ("column", "value", "expected"),
    [
        ("influence_level", 7, "1 to 5"),
        ("age", 3, "16 to 100"),
        ("email", "not-an-address", "e-mail"),
        ("birthday", date(2027, 1, 1), "future"),
        ("name", "x" * 500, "at most"),
    ],
)
def test_the_forms_rules_apply_to_any_value(column: str, value, expected: str) -> None:
    message = field_rules.problem(CONTACT.c[column], value, TODAY.date())
    assert expected in message.with_(field=column).render()


def test_the_person_form_uses_the_same_rules() -> None:
    from desktop.services.messages import UserError
    from desktop.services.orgchart.people import PersonData, validate_person

    with pytest.raises(UserError, match="rating from 1 to 5"):
        validate_person(PersonData(name="周振华", trust=9), TODAY.date())
    with pytest.raises(UserError, match="e-mail"):
        validate_person(PersonData(name="周振华", email="zhou@"), TODAY.date())


# -- what people really type -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("enum_type", "typed", "expected"),
    [
        (Stance, "支持", Stance.SUPPORTER),
        (Stance, "中立", Stance.NEUTRAL),
        (Stance, "Supp", Stance.SUPPORTER),
        (Role, "关键决策人", Role.KEY_DECISION_MAKER),
        (Role, "技术把关", Role.TECHNICAL_GATEKEEPER),
        (Role, "项目牵头", Role.PROJECT_LEAD),
        (Layer, "决策", Layer.DECISION),
        (PaymentMethod, "银行转账", PaymentMethod.BANK_TRANSFER),
    ],
)
def test_short_labels_are_read_when_unambiguous(enum_type, typed: str, expected) -> None:
    assert v.parse_enum(typed, v.enum_aliases(enum_type)) is expected


def test_an_ambiguous_or_unknown_label_is_refused_with_the_choices() -> None:
    with pytest.raises(BadValue) as ambiguous:
        v.parse_enum("bank", v.enum_aliases(PaymentMethod))
    text = ambiguous.value.message.render()
    assert "several" in text and "bank_transfer" in text and "bank_acceptance" in text
    assert "cash" not in text
    with pytest.raises(BadValue) as unknown:
        v.parse_enum("支", v.enum_aliases(Stance))  # one character: too short to guess from
    assert "supporter" in unknown.value.message.render()


def test_excel_serial_dates_are_dates() -> None:
    assert v.parse_date(46000) == date(2025, 12, 9)
    assert v.parse_date(46000.0) == date(2025, 12, 9)
    assert v.parse_date("46000") == date(2025, 12, 9)
    with pytest.raises(BadValue):
        v.parse_date(-3)


def test_dates_written_the_usual_way_are_checked_like_any_other() -> None:
    assert v.parse_date("2026-03-08") == date(2026, 3, 8)
    assert v.parse_date(" 2026-03-08 ") == date(2026, 3, 8)
    for bad, says in [("2026-02-30", "not a real date"), ("20260308", "not a date")]:
        with pytest.raises(BadValue) as refused:
            v.parse_date(bad)
        assert says in refused.value.message.render()


def test_the_same_bad_word_and_a_too_long_text_are_refused_on_every_row(
    db: Database, clock, tmp_path: Path
) -> None:
    """Drop-down words are remembered once read and texts within their length not checked
    again (docs/speed.md): neither lets a refusal pass."""
    long_name = "周" * 300
    path = _book(
        tmp_path / "people.xlsx",
        ["客户名称", "姓名", "立场"],
        ["淮海电力", "王强", "maybe"],
        ["淮海电力", "李娜", "maybe"],
        ["淮海电力", long_name, "支持"],
    )
    report = _import(db, clock, path)
    assert report.refused
    assert [(p.row, p.column) for p in report.problems] == [(2, "立场"), (3, "立场"), (4, "姓名")]
    assert "80" in report.problems[2].render() and _counts(db) == (0, 0, 0)


def test_full_width_digits_letters_and_brackets_are_normalised() -> None:
    assert v.text("华为（深圳）") == "华为(深圳)"
    assert v.text("ＪＡＮＥ") == "JANE"
    assert v.text("１２３") == "123"
    assert v.text("您好，世界。") == "您好，世界。"  # Chinese punctuation stays
    assert v.phone("１３９１２３４５６７８") == "13912345678"
    assert v.parse_money("１２３万") == 1_230_000
    assert v.parse_int("５") == 5
    assert v.parse_date("２０２６年３月８日") == date(2026, 3, 8)


@pytest.mark.parametrize(
    ("headers", "first", "last", "expected"),
    [
        (["Company Name", "First Name", "Last Name"], "Jane", "Doe", "Jane Doe"),
        (["客户名称", "名", "姓"], "振华", "周", "周振华"),
    ],
)
def test_first_and_last_name_columns_are_joined(
    db: Database, clock, tmp_path: Path, headers, first, last, expected
) -> None:
    path = _book(tmp_path / "crm.xlsx", headers, ["淮海电力", first, last])
    (plan,) = plan_sheets(path)
    assert plan.kind == "contacts"
    report = _import(db, clock, path)
    assert report.errors == 0
    with db.read() as s:
        assert s.scalars(select(Contact.name)).all() == [expected]


# -- mapped imports --------------------------------------------------------------------------
def test_a_bad_value_in_a_contacts_sheet_refuses_the_whole_import(
    db: Database, clock, tmp_path: Path
) -> None:
    path = _book(
        tmp_path / "people.xlsx",
        ["客户名称", "姓名", "立场", "亲近度"],
        ["淮海电力", "周振华", "支持", 3],
        ["淮海电力", "王强", "maybe", 4],
        ["彭城地铁", "赵亮", "死敌", 9],
    )
    report = _import(db, clock, path)
    assert report.refused and report.errors == 2
    stance, closeness = report.problems
    assert (stance.sheet, stance.row, stance.column) == ("Sheet", 3, "立场")
    assert "maybe" in stance.render() and "supporter" in stance.render()
    assert (closeness.row, closeness.column) == (4, "亲近度")
    assert "1 to 5" in closeness.render()
    assert _counts(db) == (0, 0, 0)  # the good rows were not imported either


def test_an_unknown_stage_is_refused_with_the_stage_list(
    db: Database, clock, tmp_path: Path
) -> None:
    path = _book(
        tmp_path / "deals.xlsx",
        ["客户名称", "项目名称", "阶段"],
        ["淮海电力", "配网自动化", "no such stage"],
    )
    report = _import(db, clock, path)
    assert report.refused
    (problem,) = report.problems
    assert (problem.row, problem.column) == (2, "阶段")
    assert "no such stage" in problem.render() and "(" in problem.render()
    assert _counts(db) == (0, 0, 0)


def test_a_dry_run_reports_the_same_errors(db: Database, clock, tmp_path: Path) -> None:
    path = _book(tmp_path / "p.xlsx", ["客户名称", "姓名", "层级"], ["淮海电力", "周振华", "顶层"])
    report = _import(db, clock, path, dry_run=True)
    assert report.refused and "decision" in report.problems[0].render()


def test_a_name_typed_another_width_or_case_is_the_same_record(
    db: Database, clock, tmp_path: Path
) -> None:
    with db.session() as s:
        s.add(Account(name="华为（深圳）", owner="me"))
    path = _book(
        tmp_path / "people.xlsx",
        ["客户名称", "姓名"],
        ["华为(深圳)", "JANE SMITH"],
        ["华为（深圳）", "ＪＡＮＥ　SMITH"],
    )
    report = _import(db, clock, path)
    assert report.created == {"contacts": 1}
    with db.read() as s:
        assert s.scalars(select(Account.name)).all() == ["华为（深圳）"]  # not renamed
    matched, twice = report.problems
    assert (matched.row, matched.column) == (2, "客户名称")
    assert "华为(深圳) was taken as the existing 华为（深圳）" in matched.render()
    assert twice.row == 3 and "earlier row" in twice.render()  # the same person twice


def test_a_near_duplicate_name_creating_a_second_record_is_warned_about(
    db: Database, clock, tmp_path: Path
) -> None:
    with db.session() as s:
        account = Account(name="华为（深圳）", owner="me")
        s.add(account)
        s.flush()
        s.add(Contact(name="李雷（副）", account_id=account.id, owner="me"))
    path = _book(
        tmp_path / "people.xlsx",
        ["客户名称", "姓名"],
        ["华为【深圳】", "韩梅梅"],
        ["华为（深圳）", "李雷[副]"],
    )
    report = _import(db, clock, path)
    account_warning, matched, person_warning = report.problems
    assert account_warning.row == 2 and "华为（深圳）" in account_warning.render()
    assert matched.row == 3 and "taken as the existing 华为（深圳）" in matched.render()
    assert person_warning.row == 3 and "李雷（副）" in person_warning.render()
    assert report.created == {"accounts": 1, "contacts": 2} and report.errors == 0


def test_duplicate_rows_for_one_opportunity_are_warned_about(
    db: Database, clock, tmp_path: Path
) -> None:
    path = _book(
        tmp_path / "deals.xlsx",
        ["客户名称", "项目名称", "金额"],
        ["淮海电力", "配网自动化", 100],
        ["淮海电力", "配网自动化", 200],
    )
    report = _import(db, clock, path)
    (warning,) = report.problems
    assert warning.row == 3 and "earlier row" in warning.render()
    again = _import(db, clock, path)  # both rows now name an existing opportunity
    assert [p.row for p in again.problems] == [3]


@pytest.mark.parametrize(
    ("rows", "column", "expected"),
    [
        ([["合同编号", "客户名称", "币种"], ["HT-1", "淮海电力", "yuan"]], "币种", "three capital"),
        ([["合同编号", "客户名称", "合同金额"], ["HT-1", "淮海电力", -5]], "合同金额", "negative"),
        (
            [["合同编号", "客户名称", "签订日期"], ["HT-1", "淮海电力", "2027-01-01"]],
            "签订日期",
            "later than today",
        ),
    ],
)
def test_a_contracts_sheet_follows_the_contract_forms_rules(
    db: Database, clock, tmp_path: Path, rows, column: str, expected: str
) -> None:
    report = _import(db, clock, _book(tmp_path / "contracts.xlsx", *rows))
    (problem,) = report.problems
    assert report.refused and problem.column == column and expected in problem.render()
    assert _counts(db) == (0, 0, 0)


def test_a_payment_the_form_would_refuse_refuses_the_payments_import(
    db: Database, clock, tmp_path: Path
) -> None:
    _import(
        db,
        clock,
        _book(
            tmp_path / "c.xlsx", ["合同编号", "客户名称", "币种"], ["HT-1", "淮海电力", "人民币"]
        ),
    )
    path = _book(
        tmp_path / "payments.xlsx",
        ["合同编号", "回款日期", "回款金额"],
        ["HT-1", "2026-11-01", 100],
        ["HT-1", "2026-12-24", 100],
        ["HT-1", "2026-11-02", 0],
    )
    report = _import(db, clock, path, kind="payments")
    assert report.refused
    assert [(p.row, p.column) for p in report.problems] == [(3, "回款日期"), (4, "回款金额")]
    assert "more than zero" in report.problems[1].render()
    with db.read() as s:
        assert s.scalar(select(Contract.currency)) == "CNY"  # 人民币, as the form writes it
        assert s.query(Payment).count() == 0


@pytest.mark.parametrize(
    "rows",
    [
        [["客户名称", "行业"], ["淮海电力", "电力"], ["淮海电力", "能源"]],
        [
            ["客户名称", "姓名", "职务"],
            ["淮海电力", "周振华", "总工"],
            ["淮海电力", "周振华", "总工"],
        ],
        [
            ["客户名称", "合同编号", "合同名称"],
            ["淮海电力", "HT-1", "一期"],
            ["淮海电力", "HT-1", "二期"],
        ],
    ],
)
def test_duplicate_rows_for_an_existing_record_are_warned_about_too(
    db: Database, clock, tmp_path: Path, rows
) -> None:
    path = _book(tmp_path / "twice.xlsx", *rows)
    for _new_then_existing in range(2):
        report = _import(db, clock, path)
        assert [(p.row, "earlier row" in p.render()) for p in report.problems] == [(3, True)]


# -- the full import -------------------------------------------------------------------------
def _spoiled_export(db: Database, path: Path, sheet: str, column: str, value, row=2) -> Path:
    """The full export with one cell changed: in ``row``, or the row whose first cell is it."""
    with db.read() as s:  # with personal data: birthdays are checked too
        export_everything(s.connection(), path, TODAY, include_personal=True)
    book = load_workbook(path)
    rows = book[sheet]
    if not isinstance(row, int):
        row = next(r[0].row for r in rows.iter_rows(min_row=2) if r[0].value == row)
    index = [c.value for c in rows[1]].index(column) + 1
    rows.cell(row=row, column=index, value=value)
    book.save(path)
    return path


@pytest.mark.parametrize(
    ("sheet", "column", "value", "expected"),
    [
        ("contact", "layer", "bogus_layer", "operational"),
        ("contact", "stance", "支持者?", "supporter"),
        ("opportunity", "forecast_category", "maybe", "best_case"),
        ("contract", "status", "open", "terminated"),
        ("contact", "trust", 42, "1 to 5"),
        ("contact", "birthday", "soon", "Cannot read"),
        ("account", "name", "  ", "fill this in"),
    ],
)
def test_a_bad_value_in_a_full_export_refuses_the_import(
    demo_db: Database, clock, tmp_path: Path, sheet: str, column: str, value, expected: str
) -> None:
    path = _spoiled_export(demo_db, tmp_path / "full.xlsx", sheet, column, value)
    target = open_database(tmp_path / "empty.sqlite").db
    try:
        report = ImportService(target, clock).run_full(read_full_export(path), set(), dry_run=False)
        assert report.refused
        (problem,) = report.problems
        assert (problem.sheet, problem.row, problem.column) == (sheet, 2, column)
        assert expected in problem.render()
        assert _counts(target) == (0, 0, 0)
    finally:
        target.close()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('"nonsense"', "not a value this setting can hold"),
        ('{"months": 99, "minimum": 150}', "1 to 12 months"),
        ("{not json", "not a value this setting can hold"),
    ],
)
def test_nonsense_in_the_setting_sheet_refuses_the_import(
    demo_db: Database, clock, tmp_path: Path, value: str, expected: str
) -> None:
    from desktop.services.opportunities.pipeline import COVERAGE

    with demo_db.session() as s:
        COVERAGE.set(s, {"months": 3, "minimum": 150})
    path = _spoiled_export(
        demo_db, tmp_path / "full.xlsx", "setting", "value", value, row=COVERAGE.key
    )
    target = open_database(tmp_path / "empty.sqlite").db
    try:
        report = ImportService(target, clock).run_full(read_full_export(path), set(), dry_run=False)
        assert report.refused
        assert any(expected in p.render() for p in report.problems if p.sheet == "setting")
        with target.read() as s:
            assert s.get(Setting, COVERAGE.key) is None
    finally:
        target.close()


def test_a_setting_this_version_does_not_know_is_left_out_with_a_word(
    demo_db: Database, clock, tmp_path: Path
) -> None:
    from desktop.services.settings import DEFAULT_OWNER

    path = _spoiled_export(
        demo_db, tmp_path / "full.xlsx", "setting", "key", "future.feature", row=DEFAULT_OWNER.key
    )
    target = open_database(tmp_path / "empty.sqlite").db
    try:
        report = ImportService(target, clock).run_full(read_full_export(path), set(), dry_run=False)
        assert not report.refused and report.created["contact"] > 0
        (problem,) = report.problems
        assert (problem.sheet, problem.column, problem.skipped) == ("setting", "key", True)
        assert "future.feature" in problem.render()
        with target.read() as s:
            assert s.get(Setting, "future.feature") is None
    finally:
        target.close()


def test_a_label_or_serial_date_typed_in_a_full_export_is_read(
    demo_db: Database, clock, tmp_path: Path
) -> None:
    path = _spoiled_export(demo_db, tmp_path / "full.xlsx", "contact", "stance", "支持")
    book = load_workbook(path)
    birthday = [c.value for c in book["contact"][1]].index("birthday") + 1
    book["contact"].cell(row=2, column=birthday, value=27000)
    book.save(path)
    target = open_database(tmp_path / "empty.sqlite").db
    try:
        report = ImportService(target, clock).run_full(read_full_export(path), set(), dry_run=False)
        assert report.errors == 0
        with target.read() as s:
            first = s.scalars(select(Contact).order_by(Contact.id)).first()
            assert first.stance is Stance.SUPPORTER
            assert first.birthday == date(1973, 12, 2)  # serial day 27000
    finally:
        target.close()


def test_a_full_import_error_names_the_row_as_excel_numbers_it(
    demo_db: Database, clock, tmp_path: Path
) -> None:
    path = _spoiled_export(demo_db, tmp_path / "full.xlsx", "contact", "layer", "bogus", row=6)
    book = load_workbook(path)
    for cell in book["contact"][3]:  # a row emptied above the bad one
        cell.value = None
    book.save(path)
    target = open_database(tmp_path / "empty.sqlite").db
    try:
        report = ImportService(target, clock).run_full(read_full_export(path), set(), dry_run=False)
        assert [(p.sheet, p.row, p.column) for p in report.problems] == [("contact", 6, "layer")]
    finally:
        target.close()


def test_an_accounts_sheet_keeps_a_stored_name_that_differs_only_in_width(
    db: Database, clock, tmp_path: Path
) -> None:
    with db.session() as s:
        s.add(Account(name="Huawei（深圳）", owner="me", industry=""))
    path = _book(tmp_path / "a.xlsx", ["客户名称", "行业"], ["Huawei（深圳）", "通信"])
    report = _import(db, clock, path)
    assert report.updated == {"accounts": 1} and report.errors == 0
    with db.read() as s:
        assert s.scalars(select(Account.name)).all() == ["Huawei（深圳）"]  # normalising: no edit
    renamed_book = _book(tmp_path / "b.xlsx", ["客户名称"], ["HUAWEI (深圳)"])
    renamed = _import(db, clock, renamed_book, kind="accounts")  # one column: say what it is
    assert renamed.updated == {"accounts": 1} and "taken as" in renamed.problems[0].render()
    with db.read() as s:
        assert s.scalars(select(Account.name)).all() == ["HUAWEI (深圳)"]  # a real edit


@pytest.mark.parametrize(
    ("sheet", "column", "value", "label"),
    [("contact", "layer", "bogus", "Layer: "), ("contact", "trust", 42, "Trust: ")],
)
def test_a_full_import_error_names_the_field_as_the_form_does(
    demo_db: Database, clock, tmp_path: Path, sheet: str, column: str, value, label: str
) -> None:
    path = _spoiled_export(demo_db, tmp_path / "full.xlsx", sheet, column, value)
    target = open_database(tmp_path / "empty.sqlite").db
    try:
        report = ImportService(target, clock).run_full(read_full_export(path), set(), dry_run=False)
        (problem,) = report.problems
        # the form's translatable label, not the column's code
        assert problem.message.params["field"] is FIELD_LABELS[column]
        assert problem.message.render().startswith(label)
    finally:
        target.close()
