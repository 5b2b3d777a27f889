"""The benchmark cannot rot: CI runs it at small scale (it generates its database, starts the
application against the bare libraries, drives every figure) and every figure is printed with
its target and ratio. The figures themselves are not judged here: CI machines vary."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bench.figures import FIGURES

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.bench
def test_the_small_benchmark_prints_every_figure(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KEYACCOUNT_DESK_HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--scale", "small", "--runs", "2"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stdout.splitlines()
    for _key, label, _unit, _target in FIGURES:
        line = next((text for text in lines if text.startswith(label)), None)
        assert line is not None, f"no line for {label!r} in:\n{done.stdout}"
        assert re.search(r"target ≤ .* ratio [0-9.]+×? +(ok|MISSED)", line), line
    assert "targets hold" in lines[-1]
