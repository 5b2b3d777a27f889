"""Locating shipped files: ``resources/`` (translations, icons, templates) and ``data/``.

A source checkout (or editable install) reads them from the repository; an installed wheel
carries them inside the package, under ``desktop/_bundled``; the built application
(docs/packaging.md) puts the same ``desktop/_bundled`` in its folder, ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from pathlib import Path

_SOURCE_PACKAGE = Path(__file__).resolve().parent


def _package() -> Path:
    """The folder of the ``desktop`` package's files: in the built application, the one
    PyInstaller unpacked them to (its modules live in an archive, not beside them)."""
    if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
        return Path(sys._MEIPASS) / "desktop"
    return _SOURCE_PACKAGE


def _root(name: str) -> Path:
    package = _package()
    bundled = package / "_bundled" / name
    return bundled if bundled.is_dir() else package.parent / name


def resource_path(*parts: str) -> Path:
    return _root("resources").joinpath(*parts)


def data_path(*parts: str) -> Path:
    return _root("data").joinpath(*parts)
