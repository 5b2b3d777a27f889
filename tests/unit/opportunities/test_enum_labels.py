"""Enums sharing a stored value ("won", "open", "other") keep their own display names."""

from __future__ import annotations

import enum

from desktop.models import enums as e
from desktop.services.labels import LABELS, label


def test_every_member_has_its_own_label() -> None:
    members = [
        member
        for name in dir(e)
        if isinstance(kind := getattr(e, name), type)
        and issubclass(kind, enum.Enum)
        and kind.__module__ == e.__name__
        for member in kind
    ]
    assert all(member in LABELS for member in members)
    assert LABELS[e.ForecastCategory.WON].context == "ForecastCategory"
    assert LABELS[e.TenderResult.WON].context == "TenderResult"
    assert label(e.ExternalKind.OTHER) == "Other outside party"
    assert label(e.FundingSource.OTHER) == "Other"
    assert LABELS[e.LeadStatus.OPEN].context == "LeadStatus"
