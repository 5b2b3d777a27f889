"""Writing contracts: validation that names the field, one transaction per action, and undo
that puts back exactly what was there."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.models import Attachment, Contract, PaymentMilestone
from desktop.models.enums import (
    AcceptanceKind,
    CollectionStep,
    ContractStatus,
    CustomerClass,
    InvoiceStatus,
)
from desktop.services import attachments
from desktop.services.accounts import AccountData, AccountService
from desktop.services.changes import CONTRACTS
from desktop.services.contracts.data import (
    AcceptanceData,
    CollectionActionData,
    ContractData,
    InvoiceData,
    PaymentData,
)
from desktop.services.contracts.parts import Part
from desktop.services.contracts.service import take
from desktop.services.contracts.templates import MILESTONE_TEMPLATES, parse_templates
from desktop.services.messages import UserError
from desktop.services.trash import TrashService

from .conftest import fixed

pytestmark = pytest.mark.both_engines

D = Decimal


def _snap(db, contract_id):
    with db.session() as s:
        return take(s, contract_id)


def test_a_new_contract_takes_the_accounts_customer_class(db, service, account_id):
    edit = service.create_contract(ContractData(account_id, "HT-9", amount=D(10)))
    with db.read() as s:
        contract = s.get(Contract, edit.contract_id)
        assert contract.customer_class is CustomerClass.B and contract.currency == "CNY"
    assert edit.changes.account_id == account_id


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"number": " "}, "Contract number: please fill this in."),
        ({"amount": D(-1)}, "Amount: cannot be negative."),
        ({"currency": "yuan"}, "Currency: three capital letters, such as CNY."),
        ({"signed_on": date(2026, 11, 24)}, "Signing date: cannot be later than today."),
        ({"warranty_months": -1}, "Warranty months: cannot be negative."),
    ],
)
def test_contract_validation_names_the_field(db, service, account_id, changes, message):
    data = replace(ContractData(account_id, "HT-9", amount=D(10)), **changes)
    with pytest.raises(UserError) as error:
        service.create_contract(data)
    assert str(error.value) == message
    with db.read() as s:
        assert s.scalar(select(Contract.id)) is None


def test_numbers_are_unique_and_opportunities_belong_to_the_account(
    db, service, make_contract, account_id
):
    make_contract("HT-1")
    with pytest.raises(UserError, match="HT-1 is already used"):
        service.create_contract(ContractData(account_id, "HT-1"))
    other, _ = AccountService(db).create(AccountData(name="Other"))
    from desktop.models import Opportunity
    from desktop.services.stages import stages_by_code

    with db.session() as s:
        stage = stages_by_code(s)["validate"]
        opportunity = Opportunity(
            account_id=other, name="x", stage_id=stage.id, stage_entered_on=date(2026, 1, 1)
        )
        s.add(opportunity)
        s.flush()
        opportunity_id = opportunity.id
    with pytest.raises(UserError, match="belongs to another account"):
        service.create_contract(ContractData(account_id, "HT-2", opportunity_id=opportunity_id))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (PaymentData(None, D(5)), "Payment date: please fill this in."),
        (PaymentData(date(2026, 11, 24), D(5)), "Payment date: cannot be later than today."),
        (PaymentData(date(2026, 11, 1), D(0)), "Amount: must be more than zero."),
        (
            InvoiceData(None, number="1", amount=D(5), issued_on=date(2026, 1, 5),
                        status=InvoiceStatus.RETURNED, status_on=date(2026, 1, 6)),
            "Why it was returned: please fill this in.",
        ),
        (
            InvoiceData(None, number="1", amount=D(5), issued_on=date(2026, 1, 5),
                        received_on=date(2026, 1, 4)),
            "Received by the customer on: cannot be before Issue date.",
        ),
        (AcceptanceData(AcceptanceKind.FINAL, None), "Acceptance date: please fill this in."),
    ],
)  # fmt: skip
def test_part_validation_names_the_field(db, service, make_contract, data, message):
    contract = make_contract(milestones=[fixed("all", "1000000", date(2026, 3, 1))])
    before = _snap(db, contract)
    with pytest.raises(UserError) as error:
        service.save_part(contract, None, data)
    assert str(error.value) == message
    assert _snap(db, contract) == before


def _rich_contract(db, service, make_contract, tmp_path):
    contract = make_contract(
        amount="1000",
        customer_class=CustomerClass.IN_SYSTEM,
        milestones=[fixed("a", "400", date(2026, 3, 1)), fixed("b", "600", date(2026, 6, 1))],
    )
    milestone = service.save_part(contract, None, fixed("c", "1", date(2026, 7, 1)))
    service.delete_part(Part.MILESTONE, milestone.record_id)
    service.save_part(contract, None, PaymentData(date(2026, 4, 1), D(500)))
    acceptance = service.save_part(
        contract, None, AcceptanceData(AcceptanceKind.INITIAL, date(2026, 4, 2), "CY-1")
    )
    file = tmp_path / "certificate.pdf"
    file.write_bytes(b"%PDF-1.4 signed")
    service.attach(Part.ACCEPTANCE, acceptance.record_id, file)
    with db.read() as s:
        b = s.scalar(select(PaymentMilestone.id).where(PaymentMilestone.name == "b"))
    action = service.save_part(
        contract,
        None,
        CollectionActionData(b, CollectionStep.DUNNING_LETTER, date(2026, 7, 1), acknowledged=True),
    )
    service.attach(Part.COLLECTION_ACTION, action.record_id, file)
    return contract


def test_undo_puts_back_every_row_exactly(db, service, make_contract, tmp_path):
    contract = _rich_contract(db, service, make_contract, tmp_path)
    before = _snap(db, contract)
    edit = service.save_part(contract, None, PaymentData(date(2026, 8, 1), D(500)))
    after = _snap(db, contract)
    assert after != before
    service.undo(edit)
    assert _snap(db, contract) == before
    service.redo(edit)
    assert _snap(db, contract) == after


def test_a_deleted_contract_comes_back_from_the_trash_with_uuids_and_attachments(
    db, clock, service, make_contract, tmp_path
):
    contract = _rich_contract(db, service, make_contract, tmp_path)
    before = _snap(db, contract)
    with db.read() as s:
        assert len(s.scalars(select(Attachment)).all()) == 2
    trash = TrashService(db, clock)
    trashed = trash.delete("contract", contract)
    with db.read() as s:
        assert s.get(Contract, contract) is None
        assert s.scalars(select(Attachment)).all() == []
    assert trashed.changes.touches(CONTRACTS)
    (entry,) = trash.list()
    assert entry.kind == "contract" and entry.title == trashed.title
    trash.undelete(trashed)
    assert _snap(db, contract) == before
    assert trash.list() == []
    with db.read() as s:
        assert len(s.scalars(select(Attachment)).all()) == 2
    trash.redelete(trashed)
    trash.restore(trash.list()[0].id)
    assert _snap(db, contract) == before
    assert _opened(db) == [b"%PDF-1.4 signed", b"%PDF-1.4 signed"]


def _opened(db) -> list[bytes]:
    """The content of every attached file, as opening each shows it."""
    with db.read() as s:
        rows = [
            row
            for record in s.scalars(select(Attachment))
            for key in attachments.OWNER_KEYS
            if getattr(record, key) is not None
            for row in attachments.list_for(s, db.path, **{key: getattr(record, key)})
        ]
    return sorted(attachments.open_path(db, row).read_bytes() for row in rows)


def test_terminate_and_reopen(db, service, make_contract):
    contract = make_contract()
    with pytest.raises(UserError, match="say why"):
        service.terminate(contract, date(2026, 11, 1), " ")
    service.terminate(contract, date(2026, 11, 1), "Customer cancelled the project")
    with db.read() as s:
        record = s.get(Contract, contract)
        assert record.status is ContractStatus.TERMINATED
        assert record.terminated_on == date(2026, 11, 1)
    service.reopen(contract)
    with db.read() as s:
        record = s.get(Contract, contract)
        assert record.status is ContractStatus.ACTIVE and record.terminated_on is None


def test_a_template_gives_the_30_60_10_schedule(db, service, make_contract):
    contract = make_contract(amount="2000")
    with db.read() as s:
        templates = {t.name: t for t in parse_templates(MILESTONE_TEMPLATES.get(s))}
    service.apply_template(contract, templates["30 / 60 / 10"], "zh_CN")
    with db.read() as s:
        milestones = s.scalars(
            select(PaymentMilestone)
            .where(PaymentMilestone.contract_id == contract)
            .order_by(PaymentMilestone.position)
        ).all()
        assert [(m.name, m.amount) for m in milestones] == [
            ("预付款", D(600)),
            ("验收款", D(1200)),
            ("质保金", D(200)),
        ]
        assert s.get(Contract, contract).terms_closed


def test_a_template_does_not_replace_milestones_that_records_refer_to(db, service, make_contract):
    contract = make_contract(amount="1000", milestones=[fixed("a", "1000", date(2026, 3, 1))])
    with db.read() as s:
        a = s.scalar(select(PaymentMilestone.id))
        template = parse_templates(MILESTONE_TEMPLATES.get(s))[0]
    service.save_part(
        contract, None, InvoiceData(a, number="1", amount=D(5), issued_on=date(2026, 3, 1))
    )
    with pytest.raises(UserError, match="refer to them"):
        service.apply_template(contract, template, "en")


def test_a_part_of_another_contract_cannot_be_edited_through_this_one(db, service, make_contract):
    first = make_contract("HT-1", milestones=[fixed("a", "1000000", date(2026, 3, 1))])
    second = make_contract("HT-2")
    with db.read() as s:
        milestone = s.scalar(select(PaymentMilestone.id))
    with pytest.raises(UserError, match="no longer exists"):
        service.save_part(second, milestone, fixed("x", "1", date(2026, 3, 1)))
    with pytest.raises(UserError, match="choose one of this contract"):
        service.save_part(second, None, InvoiceData(milestone, number="1", amount=D(1),
                                                    issued_on=date(2026, 3, 1)))  # fmt: skip
    assert first != second
