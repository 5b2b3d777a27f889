"""Undo reverses exactly what one edit did, and refuses when a later change would be lost
(docs/undo.md)."""

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.models import Acceptance, Attachment, Payment, PaymentAllocation
from desktop.models.enums import AcceptanceKind
from desktop.services.contracts.data import AcceptanceData, PaymentData
from desktop.services.contracts.parts import Part
from desktop.services.messages import UserError
from desktop.services.row_delta import LATER_CHANGE

from .conftest import fixed

D = Decimal


@pytest.fixture
def contract(make_contract) -> int:
    return make_contract(
        amount="1000",
        milestones=[fixed("a", "400", date(2026, 3, 1)), fixed("b", "600", date(2026, 6, 1))],
    )


def _payments(db, contract) -> dict[str, Decimal]:
    with db.read() as s:
        return dict(
            s.execute(
                select(Payment.reference, Payment.amount).where(Payment.contract_id == contract)
            ).all()
        )


def _allocated(db) -> Decimal:
    with db.read() as s:
        return sum(s.scalars(select(PaymentAllocation.amount)), D(0))


def test_undoing_the_first_payment_keeps_a_later_one(db, service, contract):
    first = service.save_part(contract, None, PaymentData(date(2026, 4, 1), D(400), reference="P1"))
    service.save_part(contract, None, PaymentData(date(2026, 5, 1), D(300), reference="P2"))
    service.undo(first)
    assert _payments(db, contract) == {"P2": D(300)}
    assert _allocated(db) == D(300)  # P2 is allocated again, oldest milestone first
    service.redo(first)
    assert _payments(db, contract) == {"P1": D(400), "P2": D(300)}
    assert _allocated(db) == D(700)


def test_undoing_an_edit_keeps_later_changes_to_other_fields(db, service, contract):
    created = service.save_part(
        contract, None, PaymentData(date(2026, 4, 1), D(400), reference="P1")
    )
    edit = service.save_part(
        contract, created.record_id, PaymentData(date(2026, 4, 1), D(450), reference="P1")
    )
    service.save_part(
        contract, created.record_id, PaymentData(date(2026, 4, 1), D(450), reference="P1-X")
    )
    service.undo(edit)
    assert _payments(db, contract) == {"P1-X": D(400)}


def test_an_undo_that_would_lose_a_later_change_is_refused(db, service, contract):
    created = service.save_part(
        contract, None, PaymentData(date(2026, 4, 1), D(400), reference="P1")
    )
    edit = service.save_part(
        contract, created.record_id, PaymentData(date(2026, 4, 1), D(450), reference="P1")
    )
    service.save_part(
        contract, created.record_id, PaymentData(date(2026, 4, 1), D(500), reference="P1")
    )
    with pytest.raises(UserError) as refused:
        service.undo(edit)
    assert refused.value.message == LATER_CHANGE
    assert _payments(db, contract) == {"P1": D(500)}
    with pytest.raises(UserError):
        service.undo(created)  # the payment was changed since it was recorded
    assert _payments(db, contract) == {"P1": D(500)}


def test_undoing_a_record_refuses_to_take_a_later_file_with_it(db, service, contract, tmp_path):
    acceptance = service.save_part(
        contract, None, AcceptanceData(AcceptanceKind.INITIAL, date(2026, 4, 2), "CY-1")
    )
    file = tmp_path / "certificate.pdf"
    file.write_bytes(b"%PDF-1.4 signed")
    service.attach(Part.ACCEPTANCE, acceptance.record_id, file)
    with pytest.raises(UserError):
        service.undo(acceptance)
    with db.read() as s:
        assert s.get(Acceptance, acceptance.record_id) is not None
        assert s.scalar(select(Attachment.id)) is not None


def test_undoing_a_new_contract_is_refused_once_a_payment_was_added(db, service, account_id):
    from desktop.services.contracts.data import ContractData

    edit = service.create_contract(ContractData(account_id, "HT-7", amount=D(10)))
    service.save_part(edit.contract_id, None, PaymentData(date(2026, 4, 1), D(5), reference="P1"))
    with pytest.raises(UserError):
        service.undo(edit)
    assert _payments(db, edit.contract_id) == {"P1": D(5)}
