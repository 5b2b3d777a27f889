"""A hook for measuring start-up: ``KEYACCOUNT_DESK_STARTUP_PROBE``.

When the variable is set, the application, once its window is complete and the event loop
idle, prints one line to standard output and quits::

    startup-probe {"ms": 312.4, "since": "launch", "ready_ms": 655.0, "phases": {...}}

``ms`` is the time from the start of the process to the window's first paint (with the
account list: docs/speed.md#start-up), ``ready_ms`` to the moment the tab on show has its
data, and ``phases`` the moments in between that start-up marked, in ms since the start.

Set the variable to the ``time.time()`` at which you launched the process (the benchmark
does: it is precise and includes the interpreter's own start), or to anything else (e.g.
``1``) to count from the process start the operating system recorded (Linux; 10 ms
resolution), or failing that from the moment this package was imported. The bare-library
baseline of ``python -m bench`` reports the same way, at its own first paint, so the two
figures compare.
"""

from __future__ import annotations

import json
import os
import sys
import time

VARIABLE = "KEYACCOUNT_DESK_STARTUP_PROBE"
PREFIX = "startup-probe "
FIRST_PAINT = "first paint"
_IMPORTED = time.time()
_MARKS: dict[str, float] = {}


def requested() -> bool:
    return os.environ.get(VARIABLE) is not None


def _process_start() -> tuple[float, str]:
    """The wall-clock time the process started, and what it was taken from."""
    value = os.environ.get(VARIABLE, "")
    try:
        return float(value), "launch"
    except ValueError:
        pass
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        ticks = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # starttime, since boot
        booted = time.time() - time.clock_gettime(time.CLOCK_BOOTTIME)
        return booted + ticks, "process"
    except (OSError, ValueError, IndexError, AttributeError):
        return _IMPORTED, "import"


def mark(name: str) -> None:
    """Note that start-up reached ``name`` now (only while measuring)."""
    if requested():
        _MARKS[name] = time.time()


def report(stream=None) -> dict:
    """Print the probe line and return what it says. Without a first-paint mark (the bare
    libraries' baseline) the first paint is now."""
    start, since = _process_start()
    now = time.time()
    result = {
        "ms": round((_MARKS.get(FIRST_PAINT, now) - start) * 1000, 1),
        "since": since,
        "ready_ms": round((now - start) * 1000, 1),
        "phases": {name: round((moment - start) * 1000, 1) for name, moment in _MARKS.items()},
    }
    print(PREFIX + json.dumps(result), file=stream or sys.stdout, flush=True)
    return result


def parse(output: str) -> dict | None:
    """The probe's result in a process's output (None when it printed none)."""
    for line in output.splitlines():
        if line.startswith(PREFIX):
            return json.loads(line[len(PREFIX) :])
    return None
