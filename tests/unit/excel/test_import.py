"""Importing the messy sheets people really keep."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.models import Account, Contact, ContactRole, InfluenceLink, Opportunity, Payment
from desktop.models.enums import Role, Stance
from desktop.services import backups
from desktop.services.database import Database
from desktop.services.excel.fields import auto_map
from desktop.services.excel.import_service import ImportService, plan_sheets
from desktop.services.excel.importer import Cancelled
from desktop.services.messages import UserError
from tests import engines

pytestmark = pytest.mark.both_engines

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "excel"


def _import(db: Database, clock, name: str, **options):
    plans = plan_sheets(FIXTURES / name, options.pop("kind", None))
    report, _ = ImportService(db, clock).run(plans, dry_run=options.pop("dry_run", False))
    return report


def _people(db: Database, account: str) -> dict[str, Contact]:
    with db.read() as s:
        rows = s.scalars(select(Contact).join(Contact.account).where(Account.name == account))
        return {c.name: c for c in rows}


def test_header_is_found_below_title_rows_and_columns_are_mapped() -> None:
    (plan,) = plan_sheets(FIXTURES / "contacts_messy.xlsx")
    assert plan.kind == "contacts"
    assert plan.sheet.header_row == 3  # row 4 in Excel, under a merged title and a note
    assert set(plan.mapping.values()) == {
        "name",
        "title",
        "reports_to",
        "account",
        "mobile",
        "birthday",
        "stance",
        "roles",
    }
    assert "序号" not in [plan.sheet.headers[i] for i in plan.mapping]


def test_another_crms_export_is_mapped_and_its_key_columns_ignored() -> None:
    (plan,) = plan_sheets(FIXTURES / "crm_export.xlsx")
    mapped = {plan.sheet.headers[i]: field for i, field in plan.mapping.items()}
    assert mapped == {
        "Full Name": "name",
        "Company Name": "account",
        "Job Title": "title",
        "Business Phone": "phone",
        "Mobile Phone": "mobile",
        "Email": "email",
        "Manager": "reports_to",
        "Birthday": "birthday",
    }


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            ["姓名", "职务", "直属上级", "客户名称", "手机", "生日"],
            ["name", "title", "reports_to", "account", "mobile", "birthday"],
        ),
        (
            ["Name", "Job Title", "Reports To", "Account", "Mobile", "Birthday"],
            ["name", "title", "reports_to", "account", "mobile", "birthday"],
        ),
        (
            ["Full Name ", "Title", "上级", "Company Name", "手机号", "出生日期"],
            ["name", "title", "reports_to", "account", "mobile", "birthday"],
        ),
    ],
)
def test_chinese_and_english_headers(headers: list[str], expected: list[str]) -> None:
    assert list(auto_map(headers, "contacts").values()) == expected


def test_messy_contacts_build_the_org_chart_and_report_every_doubt(db: Database, clock) -> None:
    report = _import(db, clock, "contacts_messy.xlsx")
    assert report.created == {"accounts": 2, "contacts": 9}
    university = _people(db, "淮海理工大学")
    sun = university["孙立新"]  # full-width spaces trimmed from the name and the account
    assert university["周涛"].reports_to_id == sun.id  # named before the manager's own row
    assert sun.reports_to_id == university["乔永胜"].id
    assert sun.birthday == date(1975, 3, 8)
    assert university["周涛"].birthday == date(1982, 7, 15)
    assert university["乔永胜"].birthday == date(1968, 5, 1)
    assert university["吴敏"].birthday == date(1979, 11, 2)
    assert sun.mobile == "13912345002"  # stored as a number in the sheet: no ".0"
    assert university["吴敏"].mobile == "139 1234 5004"
    assert [sun.stance, university["乔永胜"].stance] == [Stance.COACH, Stance.SUPPORTER]
    with db.read() as s:
        roles = set(s.scalars(select(ContactRole.role).where(ContactRole.contact_id == sun.id)))
    assert roles == {Role.PROJECT_LEAD, Role.TECHNICAL_GATEKEEPER}
    metro = _people(db, "彭城地铁")
    assert metro["赵亮"].stance == Stance.BLOCKER and metro["赵亮"].reports_to_id is None
    assert {metro["甲"].reports_to_id, metro["乙"].reports_to_id} == {None, metro["甲"].id} or {
        metro["甲"].reports_to_id,
        metro["乙"].reports_to_id,
    } == {None, metro["乙"].id}
    problems = {(p.row, p.column): p.render() for p in report.problems}
    assert "不存在的人" in problems[(8, "直属上级")]  # unknown manager: reported, not guessed
    assert "circle" in problems[(10, "直属上级")]
    assert "Several people are called 王强" in problems[(13, "直属上级")]
    assert report.errors == 0


def test_importing_again_updates_instead_of_duplicating(db: Database, clock) -> None:
    _import(db, clock, "contacts_messy.xlsx")
    again = _import(db, clock, "contacts_messy.xlsx")
    assert again.created == {}
    assert again.unchanged["contacts"] == 9  # the two 王强 are told apart by their mobiles
    with db.read() as s:
        assert s.query(Contact).count() == 9


def test_dry_run_changes_nothing_and_says_what_would_happen(
    db: Database, clock, db_path: Path
) -> None:
    report = _import(db, clock, "contacts_messy.xlsx", dry_run=True)
    assert report.dry_run and report.created["contacts"] == 9
    with db.read() as s:
        assert s.query(Contact).count() == 0 and s.query(Account).count() == 0
    assert backups.list_backups(db_path) == []


def test_a_real_import_is_backed_up_first(db: Database, clock, db_path: Path) -> None:
    engines.file_only(db, "a server is backed up by PostgreSQL's own tools")
    report = _import(db, clock, "contacts_messy.xlsx")
    assert [b.reason for b in backups.list_backups(db_path)] == ["before-import"]
    assert report.backup.endswith("before-import.sqlite")


def test_deals_contracts_and_payments(db: Database, clock) -> None:
    report = _import(db, clock, "deals_and_money.xlsx")
    with db.read() as s:
        smart = s.scalars(select(Opportunity).where(Opportunity.name == "智慧水务平台")).one()
        assert smart.amount == Decimal("12800000.00")  # "1,280万"
        assert smart.expected_decision_date == date(2027, 3, 31)
        assert smart.stage.code == "shape" and smart.probability_override == 55
        (payment,) = s.scalars(select(Payment))
        assert (payment.amount, payment.reference) == (Decimal("720000.00"), "TX001")
    rendered = [p.render() for p in report.problems]
    assert any("回款!3 [回款金额]" in r and "must not be empty" in r for r in rendered)
    assert any("NO-SUCH-1" in r for r in rendered)
    assert report.skipped == 2


def test_a_file_with_nothing_to_import_is_refused(tmp_path: Path) -> None:
    from openpyxl import Workbook

    path = tmp_path / "notes.xlsx"
    book = Workbook()
    book.active.append(["随手记", "内容"])
    book.save(path)
    with pytest.raises(UserError, match="No sheet"):
        plan_sheets(path)


def test_cancelling_leaves_the_database_as_it_was(db: Database, clock) -> None:
    plans = plan_sheets(FIXTURES / "contacts_messy.xlsx")
    with pytest.raises(Cancelled):
        ImportService(db, clock).run(plans, dry_run=False, progress=lambda done, total: False)
    with db.read() as s:
        assert s.query(Contact).count() == 0


def test_influence_column_draws_links(db: Database, clock, tmp_path: Path) -> None:
    from openpyxl import Workbook

    path = tmp_path / "influence.xlsx"
    book = Workbook()
    book.active.append(["客户名称", "姓名", "可影响"])
    book.active.append(["设计院客户", "总工", "处长、科长"])
    book.active.append(["设计院客户", "处长", ""])
    book.active.append(["设计院客户", "科长", ""])
    book.save(path)
    ImportService(db, clock).run(plan_sheets(path), dry_run=False)
    with db.read() as s:
        assert s.query(InfluenceLink).count() == 2


def test_imported_payments_are_allocated_to_milestones(db: Database, clock) -> None:
    from desktop.models import Contract, PaymentAllocation, PaymentMilestone
    from desktop.models.enums import DueRule, MilestoneTrigger

    _import(db, clock, "deals_and_money.xlsx", kind=None)
    with db.session() as s:
        contract = s.scalars(select(Contract)).one()
        s.add(
            PaymentMilestone(
                contract_id=contract.id,
                name="预付款",
                amount=Decimal("720000.00"),
                trigger=MilestoneTrigger.SIGNING,
                due_rule=DueRule.DAYS_AFTER,
                due_days=10,
            )
        )
    _import(db, clock, "deals_and_money.xlsx")  # the same payments again: allocated now
    with db.read() as s:
        (allocation,) = s.scalars(select(PaymentAllocation))
        assert allocation.amount == Decimal("720000.00")


def test_an_import_moving_the_decision_date_later_counts_a_slip(
    db: Database, clock, tmp_path: Path
) -> None:
    """docs/forecast-discipline.md#slipped-decision-dates: the import keeps them too."""
    from openpyxl import Workbook

    def sheet(decision: str) -> Path:
        path = tmp_path / f"deals-{decision}.xlsx"
        book = Workbook()
        book.active.append(["客户名称", "项目名称", "预计决策日期"])
        book.active.append(["水务集团", "智慧水务平台", decision])
        book.save(path)
        return path

    def state() -> tuple[date | None, date | None, int]:
        with db.read() as s:
            o = s.scalars(select(Opportunity)).one()
            return o.expected_decision_date, o.first_decision_date, o.slip_count

    for decision in ("2027-01-31", "2027-03-31", "2027-03-31", "2027-02-28"):
        ImportService(db, clock).run(plan_sheets(sheet(decision)), dry_run=False)
    assert state() == (date(2027, 2, 28), date(2027, 1, 31), 1)
