"""User preferences kept in QSettings: your name, language, window layout, last database and
account; each has its own accessor (no access by key), as the database settings have their
declarations (services/settings.py).

Business settings (stages, limitation period, ...) live in the database instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import __version_info__ as qt_version
from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

from desktop import qt_settings

QT_MAJOR = qt_version[0]


class Preferences:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings()

    @property
    def language(self) -> str:
        """ "" (follow the system), "en" or "zh_CN"."""
        return str(self._settings.value("ui/language", "") or "")

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("ui/language", value)

    @property
    def user_name(self) -> str:
        """The name the welcome asked for: the owner and "checked by" in every database
        opened without one (docs/first-run.md); "" until the welcome is finished."""
        return str(self._settings.value("user/name", "") or "")

    @user_name.setter
    def user_name(self, value: str) -> None:
        self._settings.setValue("user/name", value)

    @property
    def sync_server(self) -> str:
        """The team server last synchronised with, without its password (never stored)."""
        return str(self._settings.value("sync/server", "") or "")

    @sync_server.setter
    def sync_server(self, value: str) -> None:
        self._settings.setValue("sync/server", value)

    @property
    def last_database(self) -> Path | None:
        return qt_settings.last_database(self._settings)

    @last_database.setter
    def last_database(self, path: Path) -> None:
        self._settings.setValue(qt_settings.LAST_DATABASE, str(path))

    @property
    def last_server(self) -> str:
        """The team server connected to last, as a URL without its password (that is in the
        key ring, or asked for: docs/team-server.md#connecting); "" before the first."""
        return str(self._settings.value("data/last_server", "") or "")

    @last_server.setter
    def last_server(self, url: str) -> None:
        self._settings.setValue("data/last_server", url)

    def is_last_database(self, path: Path) -> bool:
        return qt_settings.is_last_database(path, self._settings)

    # The account selected when a database was last closed (one per database: its label).
    def last_account(self, database: str) -> int | None:
        saved = str(self._settings.value(f"data/last_account/{database}", "") or "")
        return int(saved) if saved.isdigit() else None

    def set_last_account(self, database: str, account_id: int | None) -> None:
        self._settings.setValue(f"data/last_account/{database}", account_id or "")

    # The org chart's collapsed teams, per account of each database (docs/org-chart.md).
    def collapsed(self, database: str, account_id: int) -> set[int]:
        saved = str(self._settings.value(f"orgchart/collapsed/{database}/{account_id}", "") or "")
        return {int(part) for part in saved.split(",") if part.isdigit()}

    def set_collapsed(self, database: str, account_id: int, people: set[int]) -> None:
        key = f"orgchart/collapsed/{database}/{account_id}"
        self._settings.setValue(key, ",".join(str(p) for p in sorted(people)))

    @property
    def colour_by(self) -> str:
        """What the org chart's card colours show (views/orgchart/card_item.py)."""
        return str(self._settings.value("orgchart/colour_by", "") or "")

    @colour_by.setter
    def colour_by(self, value: str) -> None:
        self._settings.setValue("orgchart/colour_by", value)

    def sync(self) -> None:
        self._settings.sync()

    # Window layout, under keys that include the widget's name and Qt's major version
    # (a state saved by another Qt version may not restore cleanly).
    def _key(self, kind: str, name: str) -> str:
        return f"layout/{name}-{kind}-qt{QT_MAJOR}"

    def save_window(self, window: QMainWindow, splitters: list[QSplitter]) -> None:
        name = window.objectName()
        self._settings.setValue(self._key("geometry", name), window.saveGeometry())
        self._settings.setValue(self._key("state", name), window.saveState())
        for splitter in splitters:
            self._settings.setValue(
                self._key("splitter", splitter.objectName()), splitter.saveState()
            )

    def restore_window(self, window: QMainWindow, splitters: list[QSplitter]) -> bool:
        name = window.objectName()
        geometry = self._settings.value(self._key("geometry", name))
        if isinstance(geometry, QByteArray):
            window.restoreGeometry(geometry)
        state = self._settings.value(self._key("state", name))
        if isinstance(state, QByteArray):
            window.restoreState(state)
        for splitter in splitters:
            saved = self._settings.value(self._key("splitter", splitter.objectName()))
            if isinstance(saved, QByteArray):
                splitter.restoreState(saved)
        return isinstance(geometry, QByteArray)
