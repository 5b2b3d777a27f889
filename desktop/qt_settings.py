"""Where QSettings keeps the user's preferences. The window and the command line share it: both
must know the database used last, whose emptied file is damaged, not new
(docs/damaged-files.md)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from desktop import APP_NAME
from desktop.services import paths

LAST_DATABASE = "data/last_database"


def configure_application_names() -> None:
    """Set before any QSettings is made; matches the platformdirs folder names."""
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    folder = paths.config_dir()
    if folder is not None:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def last_database(settings: QSettings | None = None) -> Path | None:
    if settings is None:
        configure_application_names()
        settings = QSettings()
    value = settings.value(LAST_DATABASE, "")
    return Path(str(value)) if value else None


def is_last_database(path: Path, settings: QSettings | None = None) -> bool:
    last = last_database(settings)
    return last is not None and last.expanduser().resolve() == path.resolve()
