"""The contract review needs closed payment terms; without a review date it is a draft."""

from dataclasses import replace
from datetime import date

import pytest

from desktop.models import Contract
from desktop.services.contracts.data import AmendmentData, ContractData
from desktop.services.messages import UserError

from .conftest import D, milestone

REVIEWED = date(2026, 11, 20)


def _data(db, contract_id) -> ContractData:
    with db.read() as s:
        c = s.get_one(Contract, contract_id)
        return ContractData(c.account_id, c.number, amount=c.amount, signed_on=c.signed_on)


def _reviewed_on(db, contract_id):
    with db.read() as s:
        return s.get_one(Contract, contract_id).reviewed_on


def test_milestones_short_of_the_amount_block_the_review_and_say_by_how_much(
    db, service, make_contract
):
    contract = make_contract(amount="100000", milestones=[milestone("a", 30), milestone("b", 60)])
    data = _data(db, contract)
    with pytest.raises(UserError) as refused:
        service.update_contract(contract, replace(data, reviewed_by="王", reviewed_on=REVIEWED))
    text = refused.value.message.render()
    assert "cannot be marked reviewed" in text
    assert "10000.00 less than the total 100000.00" in text
    assert _reviewed_on(db, contract) is None  # nothing saved
    # the draft, without a review date, saves
    service.update_contract(contract, replace(data, notes="terms still open"))
    service.save_part(contract, None, milestone("c", 10))
    service.update_contract(contract, replace(data, reviewed_by="王", reviewed_on=REVIEWED))
    assert _reviewed_on(db, contract) == REVIEWED


def test_a_new_contract_cannot_be_reviewed_before_it_has_milestones(db, service, account_id):
    with pytest.raises(UserError, match="no payment milestones"):
        service.create_contract(
            ContractData(account_id, "HT-9", amount=D(1000), reviewed_on=REVIEWED)
        )


def test_a_reviewed_contract_stays_editable_when_an_amendment_opens_its_terms(
    db, service, make_contract
):
    """The check is on giving the review date, not on every later edit."""
    contract = make_contract(amount="1000", milestones=[milestone("all", 100)])
    data = replace(_data(db, contract), reviewed_on=REVIEWED)
    service.update_contract(contract, data)
    service.save_part(contract, None, AmendmentData(date(2026, 11, 21), "more", D(500)))
    service.update_contract(contract, replace(data, notes="amended"))
    assert _reviewed_on(db, contract) == REVIEWED
