"""Contract settings and payment templates: stored, validated, used."""

from dataclasses import replace
from decimal import Decimal

import pytest

from desktop.models.enums import MilestoneTrigger
from desktop.services.contracts.preferences import ContractSettingsService
from desktop.services.contracts.templates import (
    Template,
    TemplateLine,
    dump_templates,
    parse_templates,
)
from desktop.services.messages import UserError


def test_defaults_and_a_round_trip(db):
    service = ContractSettingsService(db)
    current = service.get()
    assert current.limitation_years == 3 and current.warn_days == (90, 30)
    assert current.ageing_bounds == (30, 90, 180, 365)
    assert current.ladder_days["lawyer_letter"] == 90 and current.reminder_days == 7
    changed = replace(current, limitation_years=2, warn_days=(30, 60), ageing_bounds=(30, 90))
    service.save(changed)
    again = service.get()
    assert (again.limitation_years, again.warn_days, again.ageing_bounds) == (2, (60, 30), (30, 90))


@pytest.mark.parametrize(
    ("changes", "text"),
    [
        ({"limitation_years": 0}, "Limitation period"),
        ({"warn_days": (0,)}, "Warnings"),
        ({"ageing_bounds": (60, 30)}, "Ageing buckets"),
        ({"reminder_days": 0}, "Reminders"),
    ],
)
def test_bad_settings_are_refused(db, changes, text):
    service = ContractSettingsService(db)
    with pytest.raises(UserError, match=text):
        service.save(replace(service.get(), **changes))


def test_templates_are_checked_and_round_trip(db):
    service = ContractSettingsService(db)
    templates = service.templates()
    assert [t.name for t in templates][:2] == ["30 / 60 / 10", "30 / 30 / 30 / 10"]
    assert all(t.total_percent == 100 for t in templates)
    half = TemplateLine("Half", "一半", Decimal("50"), MilestoneTrigger.SIGNING, 10)
    service.save_templates([Template("50 / 50", (half, half))])
    assert [t.name for t in service.templates()] == ["50 / 50"]
    for bad, text in (
        ([Template("", (half, half))], "needs a name"),
        ([Template("x", (half,))], "adds up to 50%"),
        ([Template("x", ())], "no milestones"),
        ([Template("x", (half, half)), Template("x", (half, half))], "Two templates"),
    ):
        with pytest.raises(UserError, match=text):
            dump_templates(bad)
    assert parse_templates([{"name": "broken", "lines": [{"percent": "x"}]}]) == []
