"""Locating shipped files: ``resources/`` (translations, icons, templates) and ``data/``.

A source checkout (or editable install) reads them from the repository; an installed wheel
carries them inside the package, under ``desktop/_bundled``.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_BUNDLED = _PACKAGE / "_bundled"
_CHECKOUT = _PACKAGE.parent


def _root(name: str) -> Path:
    bundled = _BUNDLED / name
    return bundled if bundled.is_dir() else _CHECKOUT / name


def resource_path(*parts: str) -> Path:
    return _root("resources").joinpath(*parts)


def data_path(*parts: str) -> Path:
    return _root("data").joinpath(*parts)
