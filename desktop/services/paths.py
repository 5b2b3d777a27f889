"""Where the user's data, logs and backups live.

Everything goes to platformdirs' per-user folders (local, not roaming: SQLite's WAL and locks
need a local disk). ``KEYACCOUNT_DESK_HOME`` moves all of it to one folder, which tests and
demo screenshots use to stay away from the real data.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import PlatformDirs

from desktop import APP_NAME

from .private_files import remove_older

HOME_ENV = "KEYACCOUNT_DESK_HOME"
DB_FILENAME = "keyaccount.sqlite"

_dirs = PlatformDirs(APP_NAME, APP_NAME)


def _home() -> Path | None:
    value = os.environ.get(HOME_ENV)
    return Path(value) if value else None


def _private_dir(path: Path, *, create: bool = True) -> Path:
    """Create ``path`` readable by its owner only (it holds third parties' personal data).
    A folder that exists already is the user's: its mode is left as it is."""
    if create and not path.is_dir():
        path.mkdir(parents=True, exist_ok=True)
        if sys.platform != "win32":
            path.chmod(0o700)
    return path


def data_dir() -> Path:
    home = _home()
    return _private_dir(home / "data" if home else Path(_dirs.user_data_dir))


def log_dir() -> Path:
    home = _home()
    return _private_dir(home / "logs" if home else Path(_dirs.user_log_dir))


# A copy opened from a server is the viewer's for a day; then it is removed.
OPENED_KEPT_SECONDS = 24 * 3600


def opened_dir(*, create: bool = True) -> Path:
    """Owner-only copies of attached files opened from a team server (the viewer needs a
    file); removed a day later (docs/team-server.md#attached-files)."""
    home = _home()
    folder = home / "opened" if home else Path(_dirs.user_cache_dir) / "opened"
    return _private_dir(folder, create=create)


def remove_old_opened() -> None:
    """Delete the copies opened more than a day ago (at each start and each opening)."""
    remove_older(opened_dir(create=False), OPENED_KEPT_SECONDS)


def config_dir() -> Path | None:
    """A folder for the settings file when ``KEYACCOUNT_DESK_HOME`` is set, else None
    (Qt's native location)."""
    home = _home()
    return _private_dir(home / "config") if home else None


def default_database() -> Path:
    return data_dir() / DB_FILENAME


def demo_database() -> Path:
    return _private_dir(data_dir() / "demo") / "demo.sqlite"


def backup_dir_for(database: Path, *, create: bool = True) -> Path:
    """Backups of a database sit beside it, in ``<name>-backups`` (same disk, easy to find).
    ``create=False`` only names it: looking for backups must not make a folder."""
    return _private_dir(database.parent / f"{database.stem}-backups", create=create)


def attachments_dir_for(database: Path, *, create: bool = True) -> Path:
    """Evidence files of a database sit beside it, in ``<name>-files``."""
    return _private_dir(database.parent / f"{database.stem}-files", create=create)
