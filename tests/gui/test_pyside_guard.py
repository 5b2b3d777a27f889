"""Guard against PySide6-Essentials 6.12.0 on Python 3.11, which drops a reference to None on
every Qt call returning void until the interpreter aborts (none_dealloc)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_void_qt_calls_keep_the_reference_count_of_none(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(10, 10)  # warm up caches
    before = sys.getrefcount(None)
    for size in range(300):
        widget.resize(100 + size % 7, 100)
    after = sys.getrefcount(None)
    assert after - before > -50, f"None lost {before - after} references in 300 void calls"


def test_dependency_specification_excludes_the_broken_combination() -> None:
    import tomllib
    from pathlib import Path

    project = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text())
    pyside = [d for d in project["project"]["dependencies"] if d.startswith("PySide6")]
    assert all(d.startswith("PySide6-Essentials") for d in pyside)
    assert any("<6.12" in d and "python_version < '3.12'" in d for d in pyside)
