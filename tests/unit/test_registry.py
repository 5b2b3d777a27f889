"""The services the views are given (desktop/services/registry.py)."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop.services.clock import FixedClock
from desktop.services.registry import Services, _Made

NAMES = sorted(name for name, value in vars(Services).items() if isinstance(value, _Made))


@pytest.mark.parametrize("name", NAMES)
def test_each_service_is_made_once_for_the_database_it_was_given(db, name: str) -> None:
    services = Services(db, FixedClock(datetime(2026, 5, 4, 9)))
    service = getattr(services, name)
    assert type(service).__name__.endswith("Service")
    assert getattr(services, name) is service
    assert service._db is db
