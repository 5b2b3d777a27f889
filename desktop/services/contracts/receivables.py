"""Receivables across contracts: ageing by account, collected vs due by month, the overdue
claims with their collection ladder and limitation clock, and the headline figures.

Everything is aggregated in SQL with a fixed number of queries whatever the number of
contracts; the plain functions take a session (for the Excel summary), the service opens it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import (
    Select,
    and_,
    case,
    func,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from desktop.models import Account, Amendment, Contract, Payment, PaymentMilestone
from desktop.models.types import Money
from desktop.services.clock import Clock
from desktop.services.database import Database
from desktop.services.sql_types import money_sum, month_of

from .ageing import AGEING_BOUNDS, AgeingReport, AgeingRow, buckets
from .claims import Claim, ClaimPolicy, allocated_per_milestone, load_claims
from .collection import LADDER_DAYS, check_thresholds
from .dates import add_years, month_start
from .limitation import (
    LIMITATION_INSTALMENTS,
    LIMITATION_WARN_DAYS,
    LIMITATION_YEARS,
    NEW_RULES_FROM,
    OLD_RULE_YEARS,
    LimitationPolicy,
)

ZERO = Decimal(0)
# Claims due before this may fall under the old two-year rule (see ``limitation``).
OLD_RULE_LAST_DUE = add_years(NEW_RULES_FROM, -OLD_RULE_YEARS)


def claim_policy(session: Session) -> ClaimPolicy:
    return ClaimPolicy(
        LimitationPolicy.of(
            LIMITATION_YEARS.get(session),
            LIMITATION_WARN_DAYS.get(session),
            LIMITATION_INSTALMENTS.get(session),
        ),
        tuple(AGEING_BOUNDS.get(session)),
        check_thresholds(LADDER_DAYS.get(session)),
    )


def _contracts_of(account_id: int | None) -> Select[int] | None:
    """The account's contract ids (a subquery), or None for all accounts: sums over
    allocations or amendments then read only that account's rows, through their indexes."""
    return (
        None if account_id is None else select(Contract.id).where(Contract.account_id == account_id)
    )


def ageing_report(
    session: Session,
    today: date,
    bounds: list[int],
    account_id: int | None = None,
    owner: str | None = None,
) -> AgeingReport:
    """Unpaid amounts per account by bucket of days overdue (one query)."""
    paid = allocated_per_milestone(_contracts_of(account_id))
    open_rows = (
        select(
            Contract.account_id.label("account_id"),
            PaymentMilestone.due_on.label("due_on"),
            (PaymentMilestone.amount - func.coalesce(paid.c.paid, 0)).label("open"),
        )
        .join(Contract, PaymentMilestone.contract_id == Contract.id)
        .outerjoin(paid, paid.c.milestone_id == PaymentMilestone.id)
        .where(
            PaymentMilestone.due_on.is_not(None),
            PaymentMilestone.amount > func.coalesce(paid.c.paid, 0),
        )
    )
    if account_id is not None:
        open_rows = open_rows.where(Contract.account_id == account_id)
    if owner is not None:
        open_rows = open_rows.where(Contract.owner == owner)
    unpaid = open_rows.subquery("unpaid")
    # Buckets as ranges of due dates: a date comparison per row, not two julianday()
    # conversions (ISO dates compare as text).
    due_on, amount = unpaid.c.due_on, unpaid.c.open
    slots = buckets(bounds)
    columns = [money_sum(case((due_on > today, amount), else_=0))]
    for slot in slots:
        columns.append(money_sum(case((slot.holds(due_on, today), amount), else_=0)))
    query = (
        select(Account.id, Account.name, Account.short_name, *columns)
        .select_from(unpaid)
        .join(Account, unpaid.c.account_id == Account.id)
        .group_by(Account.id, Account.name, Account.short_name)
    )
    rows = [
        AgeingRow(row[0], row[1], row[3], tuple(row[4:]), row[2]) for row in session.execute(query)
    ]
    rows.sort(key=lambda r: (-r.due, -r.not_due, r.account))
    return AgeingReport(today, tuple(slots), tuple(rows))


@dataclass(frozen=True)
class MonthFigure:
    month: date  # first day of the month
    due: Decimal  # milestones falling due in the month
    collected: Decimal  # payments received in the month


def monthly_collection(
    session: Session,
    today: date,
    account_id: int | None = None,
    months_back: int = 8,
    months_ahead: int = 3,
) -> list[MonthFigure]:
    """Due and collected per month, from ``months_back`` months ago to ``months_ahead`` ahead
    (two queries)."""
    first = month_start(today, -months_back)
    end = month_start(today, months_ahead + 1)
    due_month = month_of(PaymentMilestone.due_on)
    due_query = (
        select(due_month, money_sum(PaymentMilestone.amount))
        .where(PaymentMilestone.due_on >= first, PaymentMilestone.due_on < end)
        .group_by(due_month)
    )
    paid_month = month_of(Payment.received_on)
    paid_query = (
        select(paid_month, money_sum(Payment.amount))
        .where(Payment.received_on >= first, Payment.received_on < end)
        .group_by(paid_month)
    )
    if account_id is not None:
        due_query = due_query.join(Contract, PaymentMilestone.contract_id == Contract.id).where(
            Contract.account_id == account_id
        )
        paid_query = paid_query.join(Contract, Payment.contract_id == Contract.id).where(
            Contract.account_id == account_id
        )
    due: dict[str, Decimal] = {key: amount for key, amount in session.execute(due_query)}
    collected: dict[str, Decimal] = {key: amount for key, amount in session.execute(paid_query)}
    result = []
    for offset in range(-months_back, months_ahead + 1):
        month = month_start(today, offset)
        key = month.strftime("%Y-%m")
        result.append(MonthFigure(month, due.get(key, ZERO), collected.get(key, ZERO)))
    return result


@dataclass(frozen=True)
class ReceivablesSummary:
    contracts: int
    value: Decimal  # contract amounts plus amendments
    received: Decimal
    outstanding: Decimal
    due: Decimal  # due today or earlier, unpaid
    overdue: Decimal  # due before today, unpaid
    overdue_milestones: int


def receivables_summary(
    session: Session, today: date, account_id: int | None = None
) -> ReceivablesSummary:
    """Headline figures (three queries)."""
    paid = allocated_per_milestone(_contracts_of(account_id))
    outstanding = PaymentMilestone.amount - func.coalesce(paid.c.paid, 0)
    is_due = PaymentMilestone.due_on <= today
    is_overdue = PaymentMilestone.due_on < today
    unpaid = PaymentMilestone.amount > func.coalesce(paid.c.paid, 0)
    query = (
        select(
            money_sum(outstanding),
            money_sum(case((is_due, outstanding), else_=0)),
            money_sum(case((is_overdue, outstanding), else_=0)),
            func.coalesce(func.sum(case((and_(is_overdue, unpaid), 1), else_=0)), 0),
        )
        .join(Contract, PaymentMilestone.contract_id == Contract.id)
        .outerjoin(paid, paid.c.milestone_id == PaymentMilestone.id)
    )
    received = select(money_sum(Payment.amount)).join(Contract, Payment.contract_id == Contract.id)
    per_contract = select(
        Amendment.contract_id, func.sum(Amendment.amount_delta).label("delta")
    ).group_by(Amendment.contract_id)
    contract_ids = _contracts_of(account_id)
    if contract_ids is not None:
        per_contract = per_contract.where(Amendment.contract_id.in_(contract_ids))
    deltas = per_contract.subquery()
    totals = select(
        func.count(Contract.id),
        type_coerce(
            func.coalesce(func.sum(Contract.amount + func.coalesce(deltas.c.delta, 0)), 0), Money
        ),
    ).outerjoin(deltas, deltas.c.contract_id == Contract.id)
    if account_id is not None:
        query = query.where(Contract.account_id == account_id)
        received = received.where(Contract.account_id == account_id)
        totals = totals.where(Contract.account_id == account_id)
    open_amount, due, overdue, overdue_count = session.execute(query).one()
    count, value = session.execute(totals).one()
    return ReceivablesSummary(
        count,
        value,
        session.execute(received).scalar_one(),
        open_amount,
        due,
        overdue,
        overdue_count,
    )


def overdue_claims(
    session: Session,
    today: date,
    policy: ClaimPolicy,
    account_id: int | None = None,
    *,
    offset: int = 0,
    limit: int | None = None,
    owner: str | None = None,
) -> list[Claim]:
    """Milestones past their due date and not fully paid, oldest first, each with its
    bucket, collection ladder and limitation clock."""
    return load_claims(
        session,
        today,
        policy,
        account_id=account_id,
        overdue_only=True,
        offset=offset,
        limit=limit,
        owner=owner,
    )


def limitation_alerts(
    session: Session,
    today: date,
    policy: ClaimPolicy,
    account_id: int | None = None,
    owner: str | None = None,
) -> list[Claim]:
    """Unpaid claims whose limitation period expires within the first warning, or has
    expired, soonest first.

    Only claims due early enough to be that close are read: a period never ends before the
    due date plus the period (restarts only move it later), so anything due after
    ``today + first warning - period`` (a day's slack for 29 February) cannot need attention;
    nor can the old two-year rule, which only concerns claims due before 1 October 2015.
    """
    first_warning = max(policy.limitation.warn_days, default=0)
    horizon = add_years(today + timedelta(days=first_warning), -policy.limitation.years)
    due_by = max(horizon + timedelta(days=1), OLD_RULE_LAST_DUE)
    claims = load_claims(session, today, policy, account_id=account_id, due_by=due_by, owner=owner)
    alerts = [c for c in claims if c.limitation.needs_attention]
    alerts.sort(key=lambda c: (c.limitation.expires_on or date.max, c.milestone_id))
    return alerts


class ReceivablesService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def policy(self) -> ClaimPolicy:
        with self._db.read() as s:
            return claim_policy(s)

    def ageing(self, account_id: int | None) -> AgeingReport:
        with self._db.read() as s:
            return ageing_report(s, self._clock.today(), AGEING_BOUNDS.get(s), account_id)

    def monthly(self, account_id: int | None) -> list[MonthFigure]:
        with self._db.read() as s:
            return monthly_collection(s, self._clock.today(), account_id)

    def summary(self, account_id: int | None) -> ReceivablesSummary:
        with self._db.read() as s:
            return receivables_summary(s, self._clock.today(), account_id)

    def overdue(
        self, account_id: int | None, offset: int = 0, limit: int | None = None
    ) -> list[Claim]:
        with self._db.read() as s:
            return overdue_claims(
                s, self._clock.today(), claim_policy(s), account_id, offset=offset, limit=limit
            )

    def overdue_count(self, account_id: int | None) -> int:
        return self.summary(account_id).overdue_milestones

    def alerts(self, account_id: int | None) -> list[Claim]:
        with self._db.read() as s:
            return limitation_alerts(s, self._clock.today(), claim_policy(s), account_id)
