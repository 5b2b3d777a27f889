"""Every runtime dependency ships with its licence text (docs/licences.md)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement

from desktop.services.licences import components

ROOT = Path(__file__).resolve().parents[2]


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_every_runtime_dependency_has_a_licence_entry_and_text() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    needed = {_normal(Requirement(line).name) for line in project["dependencies"]}
    listed = {_normal(c.distribution): c for c in components() if c.distribution}
    assert needed - listed.keys() == set()
    for component in components():
        assert component.licence and component.source.startswith("https://")
        assert len(component.text()) > 500, component.name


def test_qt_ships_the_lgpl_and_the_gpl_it_supplements() -> None:
    qt = next(c for c in components() if _normal(c.distribution or "") == "pyside6-essentials")
    assert qt.licence == "LGPL-3.0-only"
    text = qt.text()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "GNU GENERAL PUBLIC LICENSE" in text
