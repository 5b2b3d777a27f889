"""The sample data's tenders come with ticked checklists."""

from __future__ import annotations

from datetime import date, datetime

from desktop.models.enums import ChecklistStatus
from desktop.services.bids.checklist import ChecklistService
from desktop.services.bids.progress import progress_of
from desktop.services.bids.tenders import TenderService

from .conftest import demo_tender

TODAY = date(2026, 11, 23)


def test_upcoming_tender_is_half_done_with_one_problem(demo_db) -> None:
    tender_id = demo_tender(demo_db, "HHDL")
    items = ChecklistService(demo_db).items(tender_id)
    progress = progress_of(items)
    assert 0.3 < progress.percent / 100 < 0.8
    assert progress.required_outstanding >= 10
    (problem,) = [i for i in items if i.status is ChecklistStatus.PROBLEM]
    assert "company seal" in problem.text_en and "bid seal" in problem.note
    for item in items:
        if item.status is ChecklistStatus.OPEN:
            assert (item.checked_by, item.checked_at) == ("", None)
        else:
            assert item.checked_by and item.checked_at < datetime(2026, 11, 23)
    assert all(item.responsible for item in items)
    assert TenderService(demo_db).detail(tender_id, TODAY).submitted_at is None


def test_past_tenders_were_complete_and_submitted(demo_db) -> None:
    for prefix in ("SGHH", "PCGC"):
        tender_id = demo_tender(demo_db, prefix)
        items = ChecklistService(demo_db).items(tender_id)
        assert progress_of(items).complete
        detail = TenderService(demo_db).detail(tender_id, TODAY)
        deadline = detail.data.submission_deadline
        assert detail.submitted_at < deadline
        assert all(i.checked_at < deadline for i in items if i.checked_at)
