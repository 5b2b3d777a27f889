"""Ways a database file gets damaged, as they happen: emptied, cut short, header zeroed or
overwritten (docs/damaged-files.md)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

DAMAGES = {
    "empty": lambda data: b"",
    "cut-in-half": lambda data: data[: len(data) // 2],
    "header-zeroed": lambda data: bytes(100) + data[100:],
    "header-overwritten": lambda data: b"PK\x03\x04 not a header at all " * 4 + data[100:],
}


def damage(path: Path, kind: str) -> bytes:
    """Damage ``path`` the way ``kind`` says; returns the damaged bytes."""
    data = DAMAGES[kind](path.read_bytes())
    path.write_bytes(data)
    return data


@contextmanager
def held_by_another_process(database: Path) -> Iterator[None]:
    """The single-instance lock of ``database`` taken by another process, as a window does."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
                import sys
                from PySide6.QtCore import QLockFile
                lock = QLockFile(r"{database}.lock")
                assert lock.tryLock(1000)
                print("locked", flush=True)
                sys.stdin.readline()
            """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        yield
    finally:
        holder.communicate("\n", timeout=10)
