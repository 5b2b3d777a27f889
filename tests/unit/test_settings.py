"""Settings are declared once each, with a type, a default and a check; writing refuses what
the declaration does not allow (desktop/services/settings.py)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.models import Setting
from desktop.services import settings
from desktop.services.bids.progress import WARN_DAYS
from desktop.services.contracts.ageing import AGEING_BOUNDS
from desktop.services.contracts.limitation import LIMITATION_INSTALMENTS, LIMITATION_YEARS
from desktop.services.messages import UserError
from desktop.services.opportunities.leads import LEAD_TEMPERATURE
from desktop.services.settings import COMPANY_NAME, SettingsService

PACKAGE = Path(settings.__file__).resolve().parents[1]


def _modules_declaring_settings() -> set[str]:
    found = set()
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "SettingKey":
                parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
                found.add(".".join(parts))
    return found


def test_every_module_that_declares_a_setting_is_listed() -> None:
    assert _modules_declaring_settings() - {"desktop.services.settings"} == set(settings.FEATURES)


@pytest.mark.parametrize("key", sorted(settings.declared()))
def test_every_default_passes_its_own_declaration(key: str) -> None:
    declared = settings.declared()[key]
    assert declared.validate(declared.default) == declared.default


def test_every_setting_a_database_stores_is_declared(demo_db, db) -> None:
    for database in (demo_db, db):
        with database.read() as s:
            stored = set(s.scalars(select(Setting.key)))
        assert stored <= set(settings.declared())


def test_a_round_trip_writes_only_what_changed(db) -> None:
    service = SettingsService(db)
    assert service.get(LIMITATION_YEARS) == 3
    assert service.set(LIMITATION_YEARS, 5).touches("settings")
    assert service.get_named("contracts.limitation_years") == 5
    assert not service.set(LIMITATION_YEARS, 5).touches("settings")


@pytest.mark.parametrize(
    ("key", "value", "sentence"),
    [
        (LIMITATION_YEARS, "5", "The setting contracts.limitation_years takes a whole number"),
        (LIMITATION_YEARS, True, "takes a whole number"),
        (LIMITATION_INSTALMENTS, 1, "takes yes or no"),
        (COMPANY_NAME, None, "takes a text"),
        (AGEING_BOUNDS, {"30": 60}, "takes a list"),
        (LIMITATION_YEARS, 21, "Limitation period: from 1 to 20 years."),
        (WARN_DAYS, 61, "Checklist warning: from 0 to 60 days ahead."),
        (AGEING_BOUNDS, [60, 30], "Ageing buckets: each bound must be above the one before."),
        (LEAD_TEMPERATURE, {"hot": 1, "warm": 3}, "Lead temperature: warm needs 1 to"),
    ],
)
def test_a_value_the_declaration_does_not_allow_is_refused(db, key, value, sentence) -> None:
    service = SettingsService(db)
    with pytest.raises(UserError, match=sentence):
        service.save({COMPANY_NAME: "Acme", key: value})
    assert service.get(COMPANY_NAME) == ""  # nothing of the batch was written


def test_an_unknown_key_is_refused_with_a_sentence(db) -> None:
    with pytest.raises(UserError) as error:
        SettingsService(db).set_named("contracts.limitation_yaers", 5)
    assert str(error.value) == (
        "There is no setting named contracts.limitation_yaers; nothing was saved."
    )


def test_a_stored_value_of_the_wrong_type_reads_as_the_default(db) -> None:
    with db.session() as s:
        s.add(Setting(key=LIMITATION_YEARS.key, value="three"))
    assert SettingsService(db).get(LIMITATION_YEARS) == 3
