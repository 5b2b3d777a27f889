"""PySide6 reads the source of every module imported after it, to see whether the module
may switch on its ``__feature__`` options (snake_case, true_property), and keeps that source
in ``linecache``: every module of the application, SQLAlchemy and matplotlib, about 30 MB held
for the whole session and read from disk at each start. We use no ``__feature__``, so every
module is taken as one that does not (docs/speed.md#pyside6-reads-every-module)."""

from __future__ import annotations

import sys

import PySide6.QtCore  # noqa: F401  # loads the import hook this module switches off

FEATURE_MODULE = "shibokensupport.feature"
HOOK = "_mod_uses_pyside"  # module -> whether it may use __feature__


def _uses_no_feature(_module: object) -> bool:
    return False


def stop_reading_sources() -> bool:
    """Modules imported from now on are not read (False: this PySide6 has no such hook)."""
    feature = sys.modules.get(FEATURE_MODULE)
    if feature is None or not hasattr(feature, HOOK):
        return False
    vars(feature)[HOOK] = _uses_no_feature
    return True
