"""What a write to one tender changed, for the views (a tender belongs to one account)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Opportunity, Tender
from desktop.services.changes import TENDERS, ChangeSet


def tender_changes(session: Session, tender_id: int | None, *more: str) -> ChangeSet:
    if tender_id is None:
        return ChangeSet.of(TENDERS, *more)
    account_id = session.scalar(
        select(Opportunity.account_id)
        .join(Tender, Tender.opportunity_id == Opportunity.id)
        .where(Tender.id == tender_id)
    )
    return ChangeSet.of(TENDERS, *more, account_id=account_id, ids={"tender": [tender_id]})
