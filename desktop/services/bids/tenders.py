"""Tender records: the list across accounts sorted by deadline, one tender's details, and
creating, editing, submitting and deleting tenders (each one transaction)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import (
    Account,
    ChecklistTemplate,
    Opportunity,
    Stage,
    Tender,
    TenderLot,
)
from desktop.models.enums import BidDecision
from desktop.services import raw_rows, row_delta, versions
from desktop.services.changes import TENDERS, ChangeSet
from desktop.services.database import Database
from desktop.services.messages import QT_TRANSLATE_NOOP, UserError
from desktop.services.raw_rows import Graph

from .progress import WARN_DAYS
from .templates import copy_to_tender
from .tender_queries import TENDER_FIELDS, by_deadline, facts_query, filtered, list_row
from .tender_rows import (
    EarlierReview,
    LotData,
    LotRow,
    OpportunityChoice,
    TenderData,
    TenderDetail,
    TenderEdit,
    TenderListRow,
)

__all__ = [
    "EarlierReview",
    "LotData",
    "LotRow",
    "OpportunityChoice",
    "TenderData",
    "TenderDetail",
    "TenderEdit",
    "TenderListRow",
    "TenderService",
]


NO_BID_OVERRIDE = QT_TRANSLATE_NOOP(
    "Tenders",
    "This opportunity is marked no-bid ({reason}). To prepare a tender anyway, say why we bid "
    "against that decision; the reason is kept with the tender.",
)


def _check_no_bid(opportunity: Opportunity, data: TenderData) -> None:
    """A no-bid opportunity gets a tender only with a recorded override
    (docs/domain.md#bid-decision)."""
    if opportunity.bid_decision is BidDecision.NO_BID and not data.no_bid_override.strip():
        raise UserError(
            NO_BID_OVERRIDE.with_(
                reason=opportunity.no_bid_reason.strip()
                or QT_TRANSLATE_NOOP("TenderWarnings", "no reason given")
            )
        )


def _validate(data: TenderData) -> None:
    def refuse(text: str, **params: object) -> UserError:
        return UserError(QT_TRANSLATE_NOOP("Tenders", text).with_(**params))

    if not (data.title.strip() or data.tender_no.strip()):
        raise refuse("Title: enter the tender's title or its number.")
    if (
        data.clarification_deadline
        and data.submission_deadline
        and data.clarification_deadline > data.submission_deadline
    ):
        raise refuse("Clarification deadline: it must come before the submission deadline.")
    if data.opening_at and data.submission_deadline and data.opening_at < data.submission_deadline:
        raise refuse("Opening: bids are opened at or after the submission deadline.")
    for name, amount in (("bond_amount", data.bond_amount), ("price_ceiling", data.price_ceiling)):
        if amount is not None and amount < 0:
            if name == "bond_amount":
                raise refuse("Bid bond: the amount cannot be negative.")
            raise refuse("Price ceiling: the amount cannot be negative.")
    if data.bond_refunded_on and data.bond_paid_on and data.bond_refunded_on < data.bond_paid_on:
        raise refuse("Bond refunded on: the bond cannot be refunded before it was paid.")
    for number, lot in enumerate(data.lots, start=1):
        if not (lot.lot_no.strip() or lot.name.strip()):
            raise refuse("Lot {number}: enter its number or its name.", number=number)
        if lot.our_price is not None and lot.our_price < 0:
            raise refuse("Lot {number}: our price cannot be negative.", number=number)


def _data(tender: Tender) -> TenderData:
    return TenderData(
        opportunity_id=tender.opportunity_id,
        **{name: getattr(tender, name) for name in TENDER_FIELDS[1:]},
        lots=tuple(LotData(lot.lot_no, lot.name, lot.our_price, lot.uuid) for lot in tender.lots),
    )


def _strip(value: object) -> object:
    return value.strip() if isinstance(value, str) else value


class TenderService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # ---- reading --------------------------------------------------------------------
    def count(self, account_id: int | None, *, pending_only: bool = False) -> int:
        query = filtered(
            select(func.count(Tender.id)).join(
                Opportunity, Tender.opportunity_id == Opportunity.id
            ),
            account_id,
            pending_only,
        )
        with self._db.read() as s:
            return s.scalar(query) or 0

    def page(
        self,
        account_id: int | None,
        today: date,
        *,
        pending_only: bool = False,
        offset: int = 0,
        limit: int = 200,
    ) -> list[TenderListRow]:
        """One page of the tender list in deadline order (two queries whatever the size).

        The page's tenders are chosen first, so the per-tender figures (checklist progress,
        deviations, prices) are computed for those rows only."""
        ids = by_deadline(
            filtered(
                select(Tender.id).join(Opportunity, Tender.opportunity_id == Opportunity.id),
                account_id,
                pending_only,
            ),
            today,
        )
        chosen = ids.offset(offset).limit(limit).subquery()
        query, lead = facts_query()
        query = by_deadline(query.join(chosen, chosen.c.id == Tender.id), today)
        with self._db.read() as s:
            warn_days = WARN_DAYS.get(s)
            rows = s.execute(query).all()
        return [list_row(tuple(row), lead, today, warn_days) for row in rows]

    def row(self, tender_id: int, today: date) -> TenderListRow:
        query, lead = facts_query()
        with self._db.read() as s:
            warn_days = WARN_DAYS.get(s)
            found = s.execute(query.where(Tender.id == tender_id)).one()
        return list_row(tuple(found), lead, today, warn_days)

    def position(
        self, tender_id: int, today: date, account_id: int | None, pending_only: bool
    ) -> int | None:
        """Where the tender is in the list (its row number), or None when it is not listed."""
        query = by_deadline(
            filtered(
                select(Tender.id).join(Opportunity, Tender.opportunity_id == Opportunity.id),
                account_id,
                pending_only,
            ),
            today,
        )
        with self._db.read() as s:
            ids = s.scalars(query).all()
        return ids.index(tender_id) if tender_id in ids else None

    def detail(self, tender_id: int, today: date) -> TenderDetail:
        listed = self.row(tender_id, today)
        with self._db.read() as s:
            warn_days = WARN_DAYS.get(s)
            tender = s.get_one(Tender, tender_id)
            opportunity = s.get_one(Opportunity, tender.opportunity_id)
            stage = s.get_one(Stage, opportunity.stage_id)
            lots = tuple(
                LotRow(
                    lot.id,
                    lot.uuid,
                    lot.lot_no,
                    lot.name,
                    lot.our_price,
                    lot.result,
                    lot.winner,
                    lot.winning_price,
                    lot.our_rank,
                    lot.reason,
                )
                for lot in tender.lots
            )
            data = _data(tender)
            return TenderDetail(
                tender.id,
                tender.uuid,
                data,
                listed.account_id,
                listed.account,
                opportunity.name,
                stage.name_en,
                stage.name_zh,
                opportunity.no_bid_reason,
                opportunity.bid_decision,
                tender.template_name,
                tender.submitted_at,
                tender.result,
                tender.clarification,
                tender.second_quote,
                tender.result_reason,
                tender.recovery_actions,
                tender.revisit_on,
                tender.review_note,
                lots,
                listed.days_left,
                listed.window,
                warn_days,
                listed.facts,
                listed.warnings,
            )

    def opportunity_choices(self, account_id: int | None) -> list[OpportunityChoice]:
        """Opportunities a tender can be prepared for (not closed), with their tender count."""
        counts = (
            select(Tender.opportunity_id, func.count().label("n"))
            .group_by(Tender.opportunity_id)
            .subquery()
        )
        query = (
            select(
                Opportunity.id,
                Opportunity.name,
                Account.name,
                Opportunity.bid_decision,
                func.coalesce(counts.c.n, 0),
            )
            .join(Account, Opportunity.account_id == Account.id)
            .join(Stage, Opportunity.stage_id == Stage.id)
            .outerjoin(counts, counts.c.opportunity_id == Opportunity.id)
            .where(Stage.is_closed.is_(False))
            .order_by(Account.name, Opportunity.name)
        )
        if account_id is not None:
            query = query.where(Opportunity.account_id == account_id)
        with self._db.read() as s:
            return [OpportunityChoice(*row) for row in s.execute(query)]

    def earlier_reviews(self, tender_id: int) -> list[EarlierReview]:
        """Post-bid reviews of the same account's other tenders, newest first."""
        with self._db.read() as s:
            account_id = s.scalar(
                select(Opportunity.account_id)
                .join(Tender, Tender.opportunity_id == Opportunity.id)
                .where(Tender.id == tender_id)
            )
            rows = s.execute(
                select(
                    Tender.id,
                    Tender.tender_no,
                    Tender.title,
                    Tender.submission_deadline,
                    Tender.result,
                    Tender.review_note,
                )
                .join(Opportunity, Tender.opportunity_id == Opportunity.id)
                .where(
                    Opportunity.account_id == account_id,
                    Tender.id != tender_id,
                    func.trim(Tender.review_note) != "",
                )
                .order_by(Tender.submission_deadline.desc())
            )
            return [EarlierReview(*row) for row in rows]

    # ---- writing --------------------------------------------------------------------
    def create(
        self, data: TenderData, template_id: int | None, *, uuid: str | None = None
    ) -> tuple[int, ChangeSet]:
        """A new tender with its own copy of the template's checklist (none: no checklist)."""
        with self._db.session() as s:
            tender = self.add(s, data, template_id, uuid=uuid)
            return tender.id, ChangeSet.of(TENDERS, account_id=tender.opportunity.account_id)

    def add(
        self, s: Session, data: TenderData, template_id: int | None, *, uuid: str | None = None
    ) -> Tender:
        """:meth:`create` within a transaction the caller holds (it writes more with it)."""
        _validate(data)
        opportunity = s.get(Opportunity, data.opportunity_id)
        if opportunity is None:
            raise UserError(
                QT_TRANSLATE_NOOP("Tenders", "Opportunity: choose the opportunity it is for.")
            )
        _check_no_bid(opportunity, data)
        tender = Tender(opportunity_id=opportunity.id)
        if uuid:
            tender.uuid = uuid
        self._write(s, tender, data)
        if template_id is not None:
            copy_to_tender(s, s.get_one(ChecklistTemplate, template_id), tender)
        return tender

    def read(self, tender_id: int) -> tuple[TenderData, int]:
        """The tender's fields and lots, and the version they were read at, its lots' included
        (for :meth:`update`)."""
        with self._db.read() as s:
            tender = s.get_one(Tender, tender_id)
            return _data(tender), versions.with_parts(tender, tender.lots)

    def update(
        self, tender_id: int, data: TenderData, read_version: int | None = None
    ) -> TenderEdit:
        """Change the tender and its lots; the edit says which rows changed, for undo. Refused
        (:class:`~..versions.ChangedMeanwhile`) when the tender changed since it was read at
        ``read_version``."""
        _validate(data)
        with self._db.session() as s:
            tender = s.get_one(Tender, tender_id)
            versions.check(s, tender, read_version, tender.lots)
            opportunity = s.get(Opportunity, data.opportunity_id)
            if opportunity is None:
                raise UserError(
                    QT_TRANSLATE_NOOP("Tenders", "Opportunity: choose the opportunity it is for.")
                )
            # Moved to a no-bid opportunity, or its override wiped; a tender prepared before
            # the opportunity was marked no-bid stays editable (its warning says so).
            if opportunity.id != tender.opportunity_id or tender.no_bid_override:
                _check_no_bid(opportunity, data)
            before = self._rows(s, tender_id)
            self._write(s, tender, data)
            delta = row_delta.diff(before, self._rows(s, tender_id))
            changes = ChangeSet.of(TENDERS, account_id=tender.opportunity.account_id)
            return TenderEdit(tender_id, delta, changes)

    def _write(self, s: Session, tender: Tender, data: TenderData) -> None:
        for name in TENDER_FIELDS:
            setattr(tender, name, _strip(getattr(data, name)))
        if tender.id is None:
            s.add(tender)
            s.flush()
        existing = {lot.uuid: lot for lot in tender.lots}
        kept = []
        for position, lot_data in enumerate(data.lots):
            lot = existing.pop(lot_data.uuid, None) if lot_data.uuid else None
            if lot is None:
                lot = TenderLot(tender_id=tender.id)
                if lot_data.uuid:
                    lot.uuid = lot_data.uuid
            lot.position = position
            lot.lot_no = lot_data.lot_no.strip()
            lot.name = lot_data.name.strip()
            lot.our_price = lot_data.our_price
            kept.append(lot)
        for gone in existing.values():
            s.delete(gone)
        s.flush()
        tender.lots = kept
        s.flush()

    @staticmethod
    def _rows(s: Session, tender_id: int) -> dict[str, list[raw_rows.Row]]:
        return {
            Tender.__tablename__: raw_rows.select_rows(s, Tender.__tablename__, "id", [tender_id]),
            TenderLot.__tablename__: raw_rows.select_rows(
                s, TenderLot.__tablename__, "tender_id", [tender_id]
            ),
        }

    def undo(self, edit: TenderEdit) -> ChangeSet:
        """Reverse exactly what :meth:`update` changed; refused when a later change would be
        lost (docs/undo.md)."""
        with self._db.session() as s:
            row_delta.apply(s, edit.delta.reversed())
        return edit.changes

    def redo(self, edit: TenderEdit) -> ChangeSet:
        with self._db.session() as s:
            row_delta.apply(s, edit.delta)
        return edit.changes

    def set_submitted(self, tender_id: int, when: datetime | None) -> ChangeSet:
        """Record when the bid was handed in (None: not submitted)."""
        with self._db.session() as s:
            tender = s.get_one(Tender, tender_id)
            tender.submitted_at = when
            return ChangeSet.of(TENDERS, account_id=tender.opportunity.account_id)

    def delete(self, tender_id: int) -> tuple[Graph, ChangeSet]:
        """Delete a tender with its lots, checklist, deviations and evidence records (undo of
        creating it; a user's deletion moves it to the trash); returns what :meth:`restore`
        needs to put it back exactly."""
        with self._db.session() as s:
            account_id = s.get_one(Tender, tender_id).opportunity.account_id
            graph = raw_rows.remove(s, Tender.__tablename__, [tender_id])
            return graph, ChangeSet.of(TENDERS, account_id=account_id)

    def restore(self, graph: Graph) -> ChangeSet:
        with self._db.session() as s:
            raw_rows.put_back(s, graph)
            account_id = s.get_one(Tender, graph.roots[0]).opportunity.account_id
            return ChangeSet.of(TENDERS, account_id=account_id)
