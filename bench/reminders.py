"""The reminders dock's figure alone: ``python -m bench.reminders [--scale large|small] [--db
PATH] [--runs N]``: the main window opened on the scale dataset, then the dock read again
after an edit and painted, as ``python -m bench`` measures it (``gui_figures.reminders_dock``;
docs/speed.md#the-reminders-dock). The edits are written to the database."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile

from .generate import add_arguments, database
from .scale.sizes import TODAY


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_arguments(parser)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("KEYACCOUNT_DESK_HOME", tempfile.mkdtemp(prefix="kad-bench-"))
    from . import gui_figures as gui

    window = gui.open_window(database(args.db, args.scale), TODAY)
    print(gui.reminders_dock(window, args.runs).line(), flush=True)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
