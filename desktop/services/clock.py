""" "Today" is injected into rules, never read from the system clock inside them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


class Clock:
    def today(self) -> date:
        return date.today()

    def now(self) -> datetime:
        """Local wall-clock time, naive (as shown to the user)."""
        return datetime.now().replace(microsecond=0)


@dataclass
class FixedClock(Clock):
    """A clock for tests and benchmarks."""

    moment: datetime

    def today(self) -> date:
        return self.moment.date()

    def now(self) -> datetime:
        return self.moment
