"""Slipped decision dates (docs/forecast-discipline.md#slipped-decision-dates): each
opportunity keeps the decision date first promised (``first_decision_date``) and counts every
move of its expected decision date to a later date (``slip_count``). Every writer of the date
keeps them: the fact sheet (``deals.py``), lead conversion, the Excel import. Rows from before
these columns existed have no first date; their slips are replayed from the change log.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Account, ChangeEntry, Opportunity, Stage


def next_slip(
    first: date | None, count: int, old: date | None, new: date | None
) -> tuple[date | None, int]:
    """The first promised decision date and the slip count after the expected decision date
    moves from ``old`` to ``new``: a move to a later date is one slip; the first date is kept
    once known (an empty one takes the earlier date, as the first we know of)."""
    if first is None:
        first = old or new
    if old is not None and new is not None and new > old:
        count += 1
    return first, count


@dataclass(frozen=True)
class SlippedDeal:
    id: int
    name: str
    account: str
    first: date
    expected: date | None
    count: int
    from_log: bool  # first date and count read back from the change log

    @property
    def days(self) -> int | None:
        return (self.expected - self.first).days if self.expected else None


def _from_log(session: Session, uuids: Iterable[str]) -> dict[str, tuple[date | None, int]]:
    """Slips replayed from the change log, for deals whose first date was not recorded."""
    found: dict[str, tuple[date | None, int]] = {}
    wanted = list(uuids)
    for start in range(0, len(wanted), 500):
        rows = session.execute(
            select(ChangeEntry.record_uuid, ChangeEntry.old_value, ChangeEntry.new_value)
            .where(
                ChangeEntry.kind == "opportunity",
                ChangeEntry.field == "expected_decision_date",
                ChangeEntry.record_uuid.in_(wanted[start : start + 500]),
            )
            .order_by(ChangeEntry.changed_at, ChangeEntry.id)
        )
        for uuid, old, new in rows:
            first, count = found.get(uuid, (None, 0))
            found[uuid] = next_slip(first, count, _day(old), _day(new))
    return found


def slips_before(session: Session, uuid: str) -> tuple[date | None, int]:
    """One deal's first decision date and slips as far as the change log knows them."""
    return _from_log(session, [uuid]).get(uuid, (None, 0))


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def slipped(session: Session, owner: str | None = None) -> tuple[SlippedDeal, ...]:
    """Open deals whose expected decision date moved later at least once, most slips first."""
    query = (
        select(
            Opportunity.id,
            Opportunity.uuid,
            Opportunity.name,
            Account.name.label("account"),
            Opportunity.first_decision_date,
            Opportunity.expected_decision_date,
            Opportunity.slip_count,
        )
        .join(Account, Opportunity.account_id == Account.id)
        .join(Stage, Opportunity.stage_id == Stage.id)
        .where(Stage.is_closed.is_(False))
    )
    if owner is not None:
        query = query.where(Opportunity.owner == owner)
    rows = session.execute(query).all()
    logged = _from_log(session, (r.uuid for r in rows if r.first_decision_date is None))
    result = []
    for r in rows:
        first, count, from_log = r.first_decision_date, r.slip_count or 0, False
        if first is None:
            first, count = logged.get(r.uuid, (None, 0))
            from_log = True
        if first is not None and count > 0:
            result.append(
                SlippedDeal(
                    r.id, r.name, r.account, first, r.expected_decision_date, count, from_log
                )
            )
    result.sort(key=lambda d: (-d.count, -(d.days or 0), d.name))
    return tuple(result)


def track_import(
    session: Session, creates: list[dict[str, Any]], updates: list[dict[str, Any]]
) -> None:
    """Give the Excel import's opportunity rows their first date and slip count."""
    for record in creates:
        record.setdefault("first_decision_date", record.get("expected_decision_date"))
    moving = {r["id"]: r for r in updates if "expected_decision_date" in r}
    if not moving:
        return
    ids = list(moving)
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(
                Opportunity.id,
                Opportunity.uuid,
                Opportunity.expected_decision_date,
                Opportunity.first_decision_date,
                Opportunity.slip_count,
            ).where(Opportunity.id.in_(ids[start : start + 500]))
        )
        for opportunity_id, uuid, old, first, count in rows:
            record = moving[opportunity_id]
            new = record["expected_decision_date"]
            if new == old:
                continue
            if first is None:
                first, count = slips_before(session, uuid)
            record["first_decision_date"], record["slip_count"] = next_slip(
                first, count or 0, old, new
            )
