"""Monthly targets (the salesperson's quota per month), the yardstick of the forecast."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import delete, select

from desktop.models import MonthlyTarget

from .. import versions
from ..changes import SETTINGS, ChangeSet
from ..database import Database
from ..messages import QT_TRANSLATE_NOOP, UserError
from .pipeline import month_start


@dataclass(frozen=True)
class TargetRow:
    month: date
    amount: Decimal | None  # None: no target set


class TargetService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def year(self, first: date, owner: str | None = None) -> list[TargetRow]:
        """Twelve months from ``first`` (a month's first day) for ``owner`` (default: the
        database's default owner)."""
        owner = self._db.default_owner if owner is None else owner
        months = [month_start(first, offset) for offset in range(12)]
        with self._db.read() as s:
            rows = s.execute(
                select(MonthlyTarget.month, MonthlyTarget.amount).where(
                    MonthlyTarget.owner == owner,
                    MonthlyTarget.month >= months[0],
                    MonthlyTarget.month <= months[-1],
                )
            )
            found = {month: amount for month, amount in rows}
        return [TargetRow(month, found.get(month)) for month in months]

    def save(
        self,
        targets: Mapping[date, Decimal | None],
        owner: str | None = None,
        shown: Mapping[date, Decimal | None] | None = None,
    ) -> ChangeSet:
        """Set (or clear, with None) the targets of the given months, in one transaction.
        ``shown``: the months' targets as the form read them; one changed since is refused
        (docs/team-server.md#versions)."""
        shown = shown or {}
        owner = self._db.default_owner if owner is None else owner
        for month, amount in targets.items():
            if month.day != 1:
                raise ValueError(f"{month} is not the first day of a month")
            if amount is not None and amount < 0:
                raise UserError(
                    QT_TRANSLATE_NOOP("Forecast", "Target for {month}: cannot be negative.").with_(
                        month=month.strftime("%Y-%m")
                    )
                )
        with self._db.session() as s:
            for month, amount in targets.items():
                row = s.scalars(
                    select(MonthlyTarget).where(
                        MonthlyTarget.owner == owner, MonthlyTarget.month == month
                    )
                ).first()
                if month in shown and (row.amount if row else None) != (shown[month] or None):
                    raise versions.refusal(s, row.uuid) if row else versions.ChangedMeanwhile()
                if amount is None or amount == 0:
                    if row is not None:
                        s.execute(delete(MonthlyTarget).where(MonthlyTarget.id == row.id))
                elif row is None:
                    s.add(MonthlyTarget(owner=owner, month=month, amount=amount))
                else:
                    row.amount = amount
        return ChangeSet.of(SETTINGS)
