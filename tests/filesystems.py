"""Files as other users and small disks see them.

Tests run as root in CI, and root ignores file permissions: :func:`as_other_user` runs a block
as an unprivileged user instead (when the tests are not run as root, the block runs as is: the
permissions apply already). :func:`small_disk` mounts a tiny tmpfs to fill up for real.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import pkgutil
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

OTHER_UID = OTHER_GID = 65534  # nobody
# Modules imported lazily by the code under test: the unprivileged user cannot read root's
# Python installation, so they are loaded beforehand.
PRELOAD = (
    "_strptime",
    "uuid",
    "zipfile",
    "xml.etree.ElementTree",
    "logging.handlers",
    "openpyxl",
    "sqlalchemy",
)
# The Qt-free code is imported whole for the same reason: commands load their parts on demand.
PRELOAD_PACKAGES = ("desktop.services", "desktop.commands")


def _preload() -> None:
    for name in PRELOAD:
        importlib.import_module(name)
    for package in PRELOAD_PACKAGES:
        for module in pkgutil.walk_packages(
            importlib.import_module(package).__path__, package + "."
        ):
            importlib.import_module(module.name)


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def give_away(*paths: Path) -> None:
    """Make the other user own ``paths`` and everything under them (root only)."""
    if not is_root():
        return
    for top in paths:
        os.chown(top, OTHER_UID, OTHER_GID)
        if top.is_dir():
            for folder, dirs, files in os.walk(top):
                for name in dirs + files:
                    os.chown(Path(folder) / name, OTHER_UID, OTHER_GID)


@contextlib.contextmanager
def as_other_user() -> Iterator[None]:
    if not is_root():
        yield
        return
    _preload()
    os.setegid(OTHER_GID)
    os.seteuid(OTHER_UID)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


@pytest.fixture
def shared_dir(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder the other user can reach (pytest's own are root's), with the app's home."""
    folder = Path(tempfile.mkdtemp(prefix="kad-shared-"))
    folder.chmod(0o755)
    home = folder / "home"
    home.mkdir()
    monkeypatch.setenv("KEYACCOUNT_DESK_HOME", str(home))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def small_disk() -> Iterator[Path]:
    """A 2 MB file system (a tmpfs; root only)."""
    folder = Path(tempfile.mkdtemp(prefix="kad-small-"))
    mounted = is_root() and (
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder)],
            capture_output=True,
        ).returncode
        == 0
    )
    if not mounted:
        folder.rmdir()
        pytest.skip("mounting a small file system needs root")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)
        folder.rmdir()


def fill(disk: Path) -> None:
    """Fill ``disk`` up to the last byte."""
    with (disk / "filler").open("wb", buffering=0) as handle, contextlib.suppress(OSError):
        while True:
            handle.write(b"\0" * 4096)


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777
