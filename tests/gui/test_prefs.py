"""Window preferences are read through their own accessors (desktop/views/prefs.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.views.prefs import Preferences


def test_the_last_account_is_kept_per_database_and_garbage_reads_as_none(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    prefs = Preferences(settings)
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    prefs.set_last_account(first, 7)
    prefs.set_last_account(second, None)
    assert (prefs.last_account(first), prefs.last_account(second)) == (7, None)
    settings.setValue(f"data/last_account/{first}", "not a number")
    assert prefs.last_account(first) is None
