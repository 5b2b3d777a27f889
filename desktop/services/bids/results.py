"""After the opening: clarification and second quote, the result of each lot, the reasons,
loss recovery, the customer revisit and the post-bid review. A won tender moves its
opportunity on to contract negotiation in the same transaction."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Opportunity, StageChange, Tender
from desktop.models.enums import TenderResult
from desktop.services import versions
from desktop.services.changes import OPPORTUNITIES, ChangeSet
from desktop.services.database import Database
from desktop.services.messages import QT_TRANSLATE_NOOP, UserError
from desktop.services.stages import move_to_stage, stages_by_code

from .scope import tender_changes

CONTRACT_STAGE = "negotiate"


@dataclass(frozen=True)
class LotResultData:
    lot_uuid: str
    result: TenderResult = TenderResult.PENDING
    winner: str = ""
    winning_price: Decimal | None = None
    our_rank: int | None = None
    reason: str = ""


@dataclass(frozen=True)
class ResultsData:
    clarification: str = ""
    second_quote: Decimal | None = None
    result: TenderResult = TenderResult.PENDING  # used only when the tender has no lots
    result_reason: str = ""
    recovery_actions: str = ""
    revisit_on: date | None = None
    review_note: str = ""
    lots: tuple[LotResultData, ...] = ()


@dataclass(frozen=True)
class ResultsBefore:
    """What :meth:`ResultsService.record` changed, to put it back."""

    tender: dict[str, Any]
    lots: dict[str, dict[str, Any]]
    stage_change_uuid: str | None = None
    stage_id: int | None = None
    stage_entered_on: date | None = None


@dataclass(frozen=True)
class Recorded:
    changes: ChangeSet
    before: ResultsBefore
    moved_to_stage: str | None = None  # the stage code the opportunity moved to


_TENDER_FIELDS = (
    "clarification",
    "second_quote",
    "result",
    "result_reason",
    "recovery_actions",
    "revisit_on",
    "review_note",
)
_LOT_FIELDS = ("result", "winner", "winning_price", "our_rank", "reason")


def overall_result(lots: Iterable[TenderResult]) -> TenderResult | None:
    """The tender's result from its lots' (None without lots): won if any lot was won, still
    pending while any lot is, lost if any was lost, else void."""
    results = list(lots)
    if not results:
        return None
    for outcome in (TenderResult.WON, TenderResult.PENDING, TenderResult.LOST):
        if outcome in results:
            return outcome
    return TenderResult.VOID


def _validate(data: ResultsData, lot_names: dict[str, str]) -> None:
    if data.second_quote is not None and data.second_quote < 0:
        raise UserError(
            QT_TRANSLATE_NOOP("TenderResults", "Second quote: the amount cannot be negative.")
        )
    for lot in data.lots:
        name = lot_names.get(lot.lot_uuid, "?")
        if lot.winning_price is not None and lot.winning_price < 0:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "TenderResults", "{lot}: the winning price cannot be negative."
                ).with_(lot=name)
            )
        if lot.our_rank is not None and lot.our_rank < 1:
            raise UserError(
                QT_TRANSLATE_NOOP("TenderResults", "{lot}: our rank starts at 1.").with_(lot=name)
            )
        if lot.result is TenderResult.WON and lot.our_rank not in (None, 1):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "TenderResults", "{lot}: a lot we won has us ranked first."
                ).with_(lot=name)
            )


def _clean(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


class ResultsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def read(self, tender_id: int) -> tuple[ResultsData, int]:
        """The results as saved, and the version of the tender and its lots they were read at
        (for :meth:`record`)."""
        with self._db.read() as s:
            tender = s.get_one(Tender, tender_id)
            lots = tuple(
                LotResultData(lot.uuid, *(getattr(lot, name) for name in _LOT_FIELDS))
                for lot in tender.lots
            )
            data = ResultsData(**{name: getattr(tender, name) for name in _TENDER_FIELDS})
            return replace(data, lots=lots), versions.with_parts(tender, tender.lots)

    def record(
        self,
        tender_id: int,
        data: ResultsData,
        when: datetime,
        *,
        stage_note: str = "",
        stage_change_uuid: str | None = None,
        read_version: int | None = None,
    ) -> Recorded:
        """Save the results; a newly won tender moves its opportunity to contract negotiation
        (unless it is there or further already). ``stage_change_uuid`` lets a redo re-create
        the same stage history entry. Refused (:class:`~..versions.ChangedMeanwhile`) when the
        tender or a lot changed since it was read at ``read_version``."""
        with self._db.session() as s:
            tender = s.get_one(Tender, tender_id)
            versions.check(s, tender, read_version, tender.lots)
            lots = {lot.uuid: lot for lot in tender.lots}
            _validate(data, {uuid: lot.lot_no or lot.name for uuid, lot in lots.items()})
            before = ResultsBefore(
                {name: getattr(tender, name) for name in _TENDER_FIELDS},
                {
                    uuid: {name: getattr(lot, name) for name in _LOT_FIELDS}
                    for uuid, lot in lots.items()
                },
            )
            for lot_data in data.lots:
                lot = lots.get(lot_data.lot_uuid)
                if lot is not None:
                    for name in _LOT_FIELDS:
                        setattr(lot, name, _clean(getattr(lot_data, name)))
            for name in _TENDER_FIELDS:
                setattr(tender, name, _clean(getattr(data, name)))
            derived = overall_result(lot.result for lot in tender.lots)
            if derived is not None:
                tender.result = derived
            moved = None
            if (
                tender.result is TenderResult.WON
                and before.tender["result"] is not TenderResult.WON
            ):
                opportunity = tender.opportunity
                entered_before = opportunity.stage_entered_on
                change = self._move_on(s, opportunity, when, stage_note)
                if change is not None:
                    if stage_change_uuid:
                        change.uuid = stage_change_uuid
                        s.flush()
                    before = replace(
                        before,
                        stage_change_uuid=change.uuid,
                        stage_id=change.from_stage_id,
                        stage_entered_on=entered_before,
                    )
                    moved = CONTRACT_STAGE
            more = (OPPORTUNITIES,) if moved else ()
            return Recorded(tender_changes(s, tender_id, *more), before, moved)

    def _move_on(
        self, s: Session, opportunity: Opportunity, when: datetime, note: str
    ) -> StageChange | None:
        target = stages_by_code(s).get(CONTRACT_STAGE)
        current = opportunity.stage
        if target is None or current.is_closed or current.position >= target.position:
            return None
        return move_to_stage(s, opportunity, target, when, note=note)

    def undo(self, tender_id: int, before: ResultsBefore) -> ChangeSet:
        """Put results (and the opportunity's stage) back as they were before :meth:`record`."""
        with self._db.session() as s:
            tender = s.get_one(Tender, tender_id)
            for name, value in before.tender.items():
                setattr(tender, name, value)
            for lot in tender.lots:
                for name, value in before.lots.get(lot.uuid, {}).items():
                    setattr(lot, name, value)
            if before.stage_change_uuid is None:
                return tender_changes(s, tender_id)
            change = s.scalar(
                select(StageChange).where(StageChange.uuid == before.stage_change_uuid)
            )
            if change is not None:
                s.delete(change)
            opportunity = tender.opportunity
            if before.stage_id is not None:
                opportunity.stage_id = before.stage_id
            if before.stage_entered_on is not None:
                opportunity.stage_entered_on = before.stage_entered_on
            s.flush()
            s.expire(opportunity, ["stage"])
            return tender_changes(s, tender_id, OPPORTUNITIES)
