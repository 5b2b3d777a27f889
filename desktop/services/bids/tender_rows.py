"""The plain data of tenders that services hand to views."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from desktop.models.enums import BidDecision, TenderResult
from desktop.services.changes import ChangeSet
from desktop.services.row_delta import Delta

from .progress import Progress
from .warnings import TenderFacts, TenderWarning


@dataclass(frozen=True)
class LotData:
    lot_no: str
    name: str
    our_price: Decimal | None = None
    uuid: str | None = None  # None: a new lot


@dataclass(frozen=True)
class TenderData:
    """The editable fields of a tender (results after the opening are edited separately)."""

    opportunity_id: int
    tender_no: str = ""
    title: str = ""
    buyer: str = ""
    agency: str = ""
    documents_obtained: str = ""
    documents_obtained_on: date | None = None
    clarification_deadline: datetime | None = None
    submission_deadline: datetime | None = None
    submission_place: str = ""
    opening_at: datetime | None = None
    bond_amount: Decimal | None = None
    bond_due_on: date | None = None
    bond_method: str = ""
    bond_paid_on: date | None = None
    bond_refund_due_on: date | None = None
    bond_refunded_on: date | None = None
    price_ceiling: Decimal | None = None
    responsible: str = ""
    # Why we bid although the opportunity is marked no-bid (docs/domain.md#bid-decision)
    no_bid_override: str = ""
    lots: tuple[LotData, ...] = ()


@dataclass(frozen=True)
class LotRow:
    id: int
    uuid: str
    lot_no: str
    name: str
    our_price: Decimal | None
    result: TenderResult
    winner: str
    winning_price: Decimal | None
    our_rank: int | None
    reason: str


@dataclass(frozen=True)
class TenderListRow:
    id: int
    uuid: str
    tender_no: str
    title: str
    account_id: int
    account: str
    opportunity_id: int
    opportunity: str
    days_left: int | None
    window: bool  # required open items are highlighted (near the deadline)
    facts: TenderFacts
    warnings: tuple[TenderWarning, ...]

    @property
    def progress(self) -> Progress:
        return self.facts.progress


@dataclass(frozen=True)
class TenderDetail:
    id: int
    uuid: str
    data: TenderData
    account_id: int
    account: str
    opportunity: str
    stage_en: str
    stage_zh: str
    no_bid_reason: str
    bid_decision: BidDecision
    template_name: str
    submitted_at: datetime | None
    result: TenderResult
    clarification: str
    second_quote: Decimal | None
    result_reason: str
    recovery_actions: str
    revisit_on: date | None
    review_note: str
    lots: tuple[LotRow, ...]
    days_left: int | None
    window: bool
    warn_days: int
    facts: TenderFacts
    warnings: tuple[TenderWarning, ...]


@dataclass(frozen=True)
class OpportunityChoice:
    id: int
    name: str
    account: str
    bid_decision: BidDecision
    tenders: int


@dataclass(frozen=True)
class EarlierReview:
    tender_id: int
    tender_no: str
    title: str
    submission_deadline: datetime | None
    result: TenderResult
    review_note: str


@dataclass(frozen=True)
class TenderEdit:
    """An edit of a tender and its lots: the rows it changed (undo reverses exactly them)."""

    tender_id: int
    delta: Delta
    changes: ChangeSet
