"""The type checker is part of the test suite, so the README's single test command runs it.

mypy reads its configuration from pyproject.toml ([tool.mypy]): strict on desktop/models and
desktop/services, mypy's default checks on the rest of desktop/.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_desktop_has_no_type_errors() -> None:
    # No cache: a stale one could hide an error; a cold run takes about 10 s.
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental", "--cache-dir", "/dev/null"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
