""" "Today" is injected into rules, never read from the system clock inside them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime


class Clock:
    def today(self) -> date:
        return date.today()

    def now(self) -> datetime:
        """Local wall-clock time, naive (as shown to the user)."""
        return datetime.now().replace(microsecond=0)

    def utcnow(self) -> datetime:
        """UTC, naive, to the second: what the database stores (``updated_at``, the change log)."""
        return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


@dataclass
class FixedClock(Clock):
    """A clock for tests and benchmarks."""

    moment: datetime

    def today(self) -> date:
        return self.moment.date()

    def now(self) -> datetime:
        return self.moment

    def utcnow(self) -> datetime:
        return as_utc(self.moment)


def as_utc(local: datetime) -> datetime:
    """A naive local time as naive UTC (how the database keeps time)."""
    return local.astimezone(UTC).replace(tzinfo=None)
