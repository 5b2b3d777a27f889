"""Two generated databases of different sizes, and what the scenario did on each."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from bench.generate import generate
from bench.scale.sizes import SMALL
from tests.gui.conftest import FakeDialogs, make_context

from .scenario import Step, run

SIZES = {"smaller": SMALL.times(0.3), "larger": SMALL}


@pytest.fixture(scope="session")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("generated")
    return {name: generate(folder / f"{name}.sqlite", scale).path for name, scale in SIZES.items()}


@pytest.fixture(scope="session")
def scenario(generated, qapp, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Step]]:
    """The scenario's steps on both databases (run once for the whole session)."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        str(tmp_path_factory.mktemp("settings")),
    )
    return {
        name: run(path, lambda db: make_context(db, FakeDialogs()))
        for name, path in generated.items()
    }
