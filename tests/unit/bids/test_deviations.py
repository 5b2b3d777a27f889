"""The deviation table and the warning negative deviations raise on the tender."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.models.enums import Deviation, DeviationType
from desktop.services.bids.deviations import DeviationData, DeviationService
from desktop.services.bids.tenders import TenderService
from desktop.services.messages import UserError

TODAY = date(2026, 11, 23)


def _codes(db, tender_id) -> dict[str, str]:
    detail = TenderService(db).detail(tender_id, TODAY)
    return {w.code: w.severity.value for w in detail.warnings}


def test_negative_deviations_warn_until_they_have_a_strategy(db, tender_id) -> None:
    service = DeviationService(db)
    service.add(tender_id, DeviationData(clause="2.1", requirement="IP65", response="IP65"))
    assert "negative_deviations" not in _codes(db, tender_id)
    negative = DeviationData(
        DeviationType.COMMERCIAL,
        "5.3",
        "Payment 30/60/10",
        "Payment 30/50/20",
        Deviation.NEGATIVE,
    )
    deviation_id, _ = service.add(tender_id, negative)
    assert _codes(db, tender_id)["negative_deviations"] == "danger"
    service.update(deviation_id, DeviationData(**{**negative.__dict__, "strategy": "Ask HQ"}))
    assert _codes(db, tender_id)["negative_deviations"] == "warning"
    facts = TenderService(db).detail(tender_id, TODAY).facts
    assert (facts.negative_deviations, facts.negative_without_strategy) == (1, 0)


def test_add_move_delete_restore(db, tender_id) -> None:
    service = DeviationService(db)
    ids = [service.add(tender_id, DeviationData(clause=c))[0] for c in ("1", "2", "3")]
    service.move(ids[2], -1)
    assert [row.clause for row in service.list(tender_id)] == ["1", "3", "2"]
    service.move(ids[0], -1)  # already first
    assert [row.clause for row in service.list(tender_id)] == ["1", "3", "2"]
    before = service.list(tender_id)
    rows, _ = service.delete(ids[2])
    assert [row.clause for row in service.list(tender_id)] == ["1", "2"]
    service.restore(rows)
    assert service.list(tender_id) == before
    with pytest.raises(UserError, match="Requirement"):
        service.add(tender_id, DeviationData(clause=" ", requirement=""))
    assert service.list(tender_id) == before
