"""A hook for measuring start-up: ``KEYACCOUNT_DESK_STARTUP_PROBE``.

When the variable is set, the window, once shown and the event loop idle for the first time,
prints one line to standard output and the application quits::

    startup-probe {"ms": 612.4, "since": "launch"}

``ms`` is the time from the start of the process to that moment. Set the variable to the
``time.time()`` at which you launched the process (the benchmark does: it is precise and
includes the interpreter's own start), or to anything else (e.g. ``1``) to count from the
process start the operating system recorded (Linux; 10 ms resolution), or failing that from
the moment this package was imported. The bare-library baseline of ``python -m bench`` reports
the same way, so the two figures compare.
"""

from __future__ import annotations

import json
import os
import sys
import time

VARIABLE = "KEYACCOUNT_DESK_STARTUP_PROBE"
PREFIX = "startup-probe "
_IMPORTED = time.time()


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


def report(stream=None) -> dict:
    """Print the probe line and return what it says."""
    start, since = _process_start()
    result = {"ms": round((time.time() - start) * 1000, 1), "since": since}
    print(PREFIX + json.dumps(result), file=stream or sys.stdout, flush=True)
    return result


def parse(output: str) -> dict | None:
    """The probe's result in a process's output (None when it printed none)."""
    for line in output.splitlines():
        if line.startswith(PREFIX):
            return json.loads(line[len(PREFIX) :])
    return None
