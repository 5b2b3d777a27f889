"""Running Python in a fresh process of its own, from the repository root, offscreen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def run_python(arguments: list[str], home: Path, timeout: int) -> str:
    """``python ARGUMENTS`` with its own data folder; its standard output (fails on errors)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KEYACCOUNT_DESK_HOME=str(home))
    done = subprocess.run(
        [sys.executable, *arguments],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout
