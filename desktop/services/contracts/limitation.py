"""The limitation clock (诉讼时效) of an unpaid claim: when the right to sue for it expires.

The rules (docs/domain.md#the-limitation-clock), quoted from secondary sources that agree with
each other (confirm against the official gazette):

* PRC Civil Code art. 188: "向人民法院请求保护民事权利的诉讼时效期间为三年。……诉讼时效期间自
  权利人知道或者应当知道权利受到损害以及义务人之日起计算。……但是，自权利受到损害之日起超过
  二十年的，人民法院不予保护". The period is three years (a setting here: ``LIMITATION_YEARS``)
  from the due date of the unpaid milestone, never more than twenty years from it.
* Art. 189 (instalments): "当事人约定同一债务分期履行的，诉讼时效期间自最后一期履行期限届满之日
  起计算". Whether a contract's payment milestones are instalments of one debt is for a court to
  decide, so by default each milestone runs from its own due date (the earlier, safer date); the
  setting ``LIMITATION_INSTALMENTS`` makes all milestones of a contract run from the last due
  date, with every acknowledgement on the contract counting for all of them.
* Art. 195 (interruption): "有下列情形之一的，诉讼时效中断，从中断、有关程序终结时起，诉讼时效
  期间重新计算：（一）权利人向义务人提出履行请求；（二）义务人同意履行义务；（三）权利人提起诉讼
  或者申请仲裁；……". The clock restarts at the latest acknowledgement the file can prove: a
  payment (the debtor performs), a collection step marked ``acknowledged`` (a signed
  reconciliation letter, a dunning or lawyer's letter with proof of receipt), an acceptance
  certificate signed by the customer. An acknowledged step that covers the contract's whole
  open balance (``covers_contract``) counts for every milestone of the contract (claims.py).
  Litigation interrupts it until the proceedings end, a
  date the file does not know, so the clock shows "interrupted" instead of a date.
* Periods in years end on the corresponding day (art. 202, see ``dates``); the first day is not
  counted (art. 201), so a claim due on 15 March 2026 expires at the end of 15 March 2029.
  Art. 203 (a last day falling on a public holiday moves to the next working day) is NOT
  applied: the date shown is never later than the legal one.
* Transition (民法通则 art. 135, two years): a period that had already expired under the old
  two-year rule before the 民法总则 took effect on 2017-10-01 stays expired.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.models.enums import CollectionStep
from desktop.services.messages import QT_TRANSLATE_NOOP, Message, UserError
from desktop.services.settings import SettingKey, within

from .dates import add_years

LIMITATION_YEARS = SettingKey(
    "contracts.limitation_years",
    3,
    within(1, 20, QT_TRANSLATE_NOOP("ContractSettings", "Limitation period: from 1 to 20 years.")),
)


def _check_warn_days(days: list[int]) -> None:
    if not days or any(not isinstance(d, int) or d < 1 for d in days):
        raise UserError(
            QT_TRANSLATE_NOOP("ContractSettings", "Warnings: each is at least one day ahead.")
        )


LIMITATION_WARN_DAYS = SettingKey("contracts.limitation_warn_days", [90, 30], _check_warn_days)
LIMITATION_INSTALMENTS = SettingKey("contracts.limitation_instalments", False)

LONGEST_YEARS = 20  # art. 188: never protected after twenty years from the harm
OLD_RULE_YEARS = 2  # 民法通则 art. 135
NEW_RULES_FROM = date(2017, 10, 1)  # 民法总则 in force


class Restart(StrEnum):
    """What the clock runs from."""

    DUE = "due"
    PAYMENT = "payment"
    ACKNOWLEDGED_STEP = "acknowledged_step"
    ACCEPTANCE = "acceptance"


class Level(StrEnum):
    RUNNING = "running"
    WARNING = "warning"  # within the first warning (90 days by default)
    URGENT = "urgent"  # within the last warning (30 days by default)
    EXPIRED = "expired"
    INTERRUPTED = "interrupted"  # by litigation; restarts when the proceedings end
    NOT_STARTED = "not_started"  # instalments whose last one is not due yet


@dataclass(frozen=True)
class LimitationPolicy:
    years: int = 3
    warn_days: tuple[int, ...] = (90, 30)  # longest first
    instalments: bool = False

    @classmethod
    def of(cls, years: int, warn_days: list[int], instalments: bool) -> LimitationPolicy:
        warn = tuple(sorted({int(day) for day in warn_days if int(day) > 0}, reverse=True))
        return cls(int(years), warn, bool(instalments))


@dataclass(frozen=True)
class Acknowledgements:
    """The latest events that restart the clock (any may be missing)."""

    payment_on: date | None = None
    step_on: date | None = None  # latest collection step marked acknowledged
    step: CollectionStep | None = None
    acceptance_on: date | None = None  # latest initial or final acceptance certificate
    litigation_on: date | None = None  # earliest litigation step


@dataclass(frozen=True)
class LimitationClock:
    level: Level
    runs_from: date | None
    restart: Restart
    step: CollectionStep | None  # the acknowledged step, when that restarted the clock
    expires_on: date | None  # the last day the claim is protected
    days_left: int | None  # negative once expired
    litigation_on: date | None = None

    @property
    def needs_attention(self) -> bool:
        return self.level in (Level.WARNING, Level.URGENT, Level.EXPIRED)


def _latest_restart(due_on: date, acks: Acknowledgements, today: date) -> tuple[date, Restart]:
    """The latest of the due date and every acknowledgement on or before today."""
    candidates = [
        (acks.payment_on, Restart.PAYMENT),
        (acks.step_on, Restart.ACKNOWLEDGED_STEP),
        (acks.acceptance_on, Restart.ACCEPTANCE),
    ]
    start, reason = due_on, Restart.DUE
    for day, kind in candidates:
        if day is not None and start < day <= today:
            start, reason = day, kind
    return start, reason


def limitation_clock(
    due_on: date | None, acks: Acknowledgements, today: date, policy: LimitationPolicy
) -> LimitationClock:
    """The clock of one unpaid claim due on ``due_on`` (for instalments: the last due date,
    None when some instalment has no due date yet); it does not run before that date."""
    if due_on is None or due_on > today:
        return LimitationClock(Level.NOT_STARTED, None, Restart.DUE, None, None, None)
    if acks.litigation_on is not None and acks.litigation_on <= today:
        return LimitationClock(
            Level.INTERRUPTED, due_on, Restart.DUE, None, None, None, acks.litigation_on
        )
    start, reason = _latest_restart(due_on, acks, today)
    expires = min(add_years(start, policy.years), add_years(due_on, LONGEST_YEARS))
    old_rule_end = add_years(start, OLD_RULE_YEARS)
    if old_rule_end < NEW_RULES_FROM:
        expires = min(expires, old_rule_end)
    days_left = (expires - today).days
    if days_left < 0:
        level = Level.EXPIRED
    elif policy.warn_days and days_left <= policy.warn_days[-1]:
        level = Level.URGENT
    elif policy.warn_days and days_left <= policy.warn_days[0]:
        level = Level.WARNING
    else:
        level = Level.RUNNING
    step = acks.step if reason is Restart.ACKNOWLEDGED_STEP else None
    return LimitationClock(level, start, reason, step, expires, days_left)


RESTART_TEXT: dict[Restart, Message] = {
    Restart.DUE: QT_TRANSLATE_NOOP("Limitation", "runs from the due date {date}"),
    Restart.PAYMENT: QT_TRANSLATE_NOOP("Limitation", "restarted by a payment on {date}"),
    Restart.ACKNOWLEDGED_STEP: QT_TRANSLATE_NOOP(
        "Limitation", "restarted by an acknowledged {step} on {date}"
    ),
    Restart.ACCEPTANCE: QT_TRANSLATE_NOOP(
        "Limitation", "restarted by an acceptance certificate on {date}"
    ),
}
LEVEL_TEXT: dict[Level, Message] = {
    Level.RUNNING: QT_TRANSLATE_NOOP("Limitation", "Running"),
    Level.WARNING: QT_TRANSLATE_NOOP("Limitation", "Expires soon"),
    Level.URGENT: QT_TRANSLATE_NOOP("Limitation", "Expires very soon"),
    Level.EXPIRED: QT_TRANSLATE_NOOP("Limitation", "Expired"),
    Level.INTERRUPTED: QT_TRANSLATE_NOOP("Limitation", "Interrupted by litigation"),
    Level.NOT_STARTED: QT_TRANSLATE_NOOP("Limitation", "Not running yet"),
}
