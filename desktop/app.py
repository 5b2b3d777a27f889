"""Entry point of ``keyaccount-desk`` and ``python main.py``."""

from __future__ import annotations

import sys

from desktop.cli import build_parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    if args.command:
        return args.run(args)
    from desktop.views.launcher import run_gui  # Qt is imported only for the window

    return run_gui(args)
