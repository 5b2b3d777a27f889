"""How a sync's lines name a record (docs/team-server.md#sync): by what a user calls it."""

from __future__ import annotations

from desktop.services.sync_decide import _title


def test_a_record_is_named_by_its_name_title_or_number_and_a_file_by_its_file_name() -> None:
    assert _title({"uuid": "u1", "name": "华东电网"}) == "华东电网"
    assert _title({"uuid": "u2", "number": "HT-2026-001"}) == "HT-2026-001"
    assert _title({"uuid": "u3", "original_name": "验收单.pdf", "stored_name": "ab/ab.pdf"}) == (
        "验收单.pdf"
    )
    assert _title({"uuid": "u4"}) == "u4"  # nothing else to go by
