"""Figures that need processes of their own: the cold start (against the bare libraries, runs
interleaved so that the machine's drift hits both alike) and the peak memory."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from desktop import startup_probe

from .figures import Figure

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT = 300


def child_environment(home: Path) -> dict[str, str]:
    """Offscreen, a private settings folder, and Python's bytecode cache on (as an installed
    application has it: without it every start compiles the application's modules again)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        KEYACCOUNT_DESK_HOME=str(home),
        PYTHONPYCACHEPREFIX=str(home / "pycache"),
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")])),
    )
    return env


def _probe(command: list[str], env: dict[str, str]) -> dict:
    env = dict(env, **{startup_probe.VARIABLE: repr(time.time())})
    done = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False
    )
    found = startup_probe.parse(done.stdout)
    if found is None:
        raise RuntimeError(f"{command[1:]} printed no start-up probe:\n{done.stderr[-2000:]}")
    return found


def _phases(probes: list[dict]) -> str:
    """Where the application's start goes: each phase's median length, in the order reached
    (up to the first paint, then the rest of the window), and the moment it is complete."""
    names = list(probes[0]["phases"])
    ends = {n: statistics.median(p["phases"][n] for p in probes) for n in names}
    ready = statistics.median(p["ready_ms"] for p in probes)
    parts, previous = [], 0.0
    for name in names:
        parts.append(f"{name} +{ends[name] - previous:.0f}")
        previous = ends[name]
    return f"phases, ms: {', '.join(parts)}; tab on show with its data at {ready:.0f} ms"


def cold_start(path: Path, home: Path, runs: int) -> Figure:
    env = child_environment(home)
    app = [sys.executable, "main.py", "--db", str(path), "--lang", "en"]
    bare = [sys.executable, "-m", "bench.baseline", str(path)]
    _probe(app, env)  # warm-up: bytecode, OS caches, the day's first backup
    _probe(bare, env)
    apps, bares = [], []
    for _ in range(runs):  # interleaved: A B A B ...
        apps.append(_probe(app, env))
        bares.append(_probe(bare, env))
    shown = [p["ms"] for p in apps]
    return Figure(
        "cold_start",
        statistics.median(shown),
        runs,
        baseline=statistics.median(p["ms"] for p in bares),
        note=f"app {min(shown):.0f}–{max(shown):.0f} ms",
        detail=_phases(apps),
    )


def peak_memory(path: Path, home: Path, org_account: int, runs: int) -> Figure:
    env = child_environment(home)
    command = [sys.executable, "-m", "bench.memory", str(path), str(org_account)]
    peaks = []
    for _ in range(runs):
        done = subprocess.run(
            command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=TIMEOUT
        )
        line = next(
            (text for text in done.stdout.splitlines() if text.startswith("peak-memory ")), None
        )
        if line is None:
            raise RuntimeError(f"bench.memory printed nothing:\n{done.stderr[-2000:]}")
        peaks.append(json.loads(line.split(" ", 1)[1])["mb"])
    return Figure(
        "peak_memory", statistics.median(peaks), runs, note=f"{min(peaks):.0f}–{max(peaks):.0f} MB"
    )
