"""The contract settings as one editable record (Settings ▸ Preferences ▸ Contracts)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.changes import CONTRACTS, SETTINGS, ChangeSet
from desktop.services.database import Database

from .ageing import AGEING_BOUNDS
from .collection import LADDER_DAYS, check_thresholds
from .detail import INVOICE_BOOKING_DAYS
from .limitation import LIMITATION_INSTALMENTS, LIMITATION_WARN_DAYS, LIMITATION_YEARS
from .reminders import REMINDER_DAYS
from .templates import MILESTONE_TEMPLATES, Template, dump_templates, parse_templates


@dataclass(frozen=True)
class ContractSettings:
    limitation_years: int
    warn_days: tuple[int, ...]
    instalments: bool
    ageing_bounds: tuple[int, ...]
    ladder_days: dict[str, int]
    booking_days: int
    reminder_days: int


def _check(data: ContractSettings) -> None:
    """Each value by its declaration's check (services/settings.py), in the page's order."""
    LIMITATION_YEARS.validate(data.limitation_years)
    LIMITATION_WARN_DAYS.validate(list(data.warn_days))
    AGEING_BOUNDS.validate(list(data.ageing_bounds))
    INVOICE_BOOKING_DAYS.validate(data.booking_days)
    REMINDER_DAYS.validate(data.reminder_days)


class ContractSettingsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self) -> ContractSettings:
        with self._db.read() as s:
            return ContractSettings(
                int(LIMITATION_YEARS.get(s)),
                tuple(LIMITATION_WARN_DAYS.get(s)),
                bool(LIMITATION_INSTALMENTS.get(s)),
                tuple(AGEING_BOUNDS.get(s)),
                check_thresholds(LADDER_DAYS.get(s)),
                int(INVOICE_BOOKING_DAYS.get(s)),
                int(REMINDER_DAYS.get(s)),
            )

    def save(self, data: ContractSettings) -> ChangeSet:
        _check(data)
        with self._db.session() as s:
            LIMITATION_YEARS.set(s, data.limitation_years)
            LIMITATION_WARN_DAYS.set(s, sorted(set(data.warn_days), reverse=True))
            LIMITATION_INSTALMENTS.set(s, data.instalments)
            AGEING_BOUNDS.set(s, list(data.ageing_bounds))
            LADDER_DAYS.set(s, check_thresholds(data.ladder_days))
            INVOICE_BOOKING_DAYS.set(s, data.booking_days)
            REMINDER_DAYS.set(s, data.reminder_days)
        return ChangeSet.of(SETTINGS, CONTRACTS)

    def templates(self) -> list[Template]:
        with self._db.read() as s:
            return parse_templates(MILESTONE_TEMPLATES.get(s))

    def save_templates(self, templates: list[Template]) -> ChangeSet:
        stored = dump_templates(templates)
        with self._db.session() as s:
            MILESTONE_TEMPLATES.set(s, stored)
        return ChangeSet.of(SETTINGS)
