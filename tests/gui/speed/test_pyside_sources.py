"""PySide6 reads no module's source once the views are imported: the sources would stay in
memory for the whole session (docs/speed.md#pyside6-reads-every-module)."""

from __future__ import annotations

from pathlib import Path

from .child import run_python

SCRIPT = """
import linecache
import PySide6.QtCore
import desktop.views
import sqlalchemy.orm, xml.dom.minidom
kept = [n for n in linecache.cache if n.endswith(("orm/session.py", "dom/minidom.py"))]
print("kept:", len(kept))
"""


def test_modules_imported_after_the_views_are_not_read(tmp_path: Path) -> None:
    output = run_python(["-c", SCRIPT], tmp_path, 120)
    assert "kept: 0" in output, output
