"""Help ▸ About: the version, where the data is, and every bundled licence to read."""

from __future__ import annotations

from pathlib import Path

from desktop import __version__
from desktop.views.about import AboutDialog
from tests.gui.conftest import shown


def test_about_shows_version_data_location_and_each_licence_text(qtbot, tmp_path: Path) -> None:
    database = tmp_path / "keyaccount.sqlite"
    dialog = shown(qtbot, AboutDialog(database), size=None)
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.location)))
    assert f"Version {__version__}" in texts
    assert str(database) in dialog.location.text()
    assert "you may replace the Qt libraries" in texts
    licences = dialog.licences
    names = [licences.list.item(row).text() for row in range(licences.list.count())]
    assert "Qt for Python (PySide6) · LGPL-3.0-only" in names
    assert any(name.startswith("SQLAlchemy · MIT") for name in names)
    licences.list.setCurrentRow(names.index("Qt for Python (PySide6) · LGPL-3.0-only"))
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in licences.text.toPlainText()
