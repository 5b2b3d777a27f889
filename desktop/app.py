"""Entry point of ``keyaccount-desk`` and ``python main.py``."""

from __future__ import annotations

import logging
import sys

from desktop.cli import build_parser

log = logging.getLogger("desktop")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    if args.command:
        return run_command(args)
    from desktop.views.launcher import run_gui  # Qt is imported only for the window

    return run_gui(args)


def run_command(args) -> int:
    """Run a subcommand; whatever goes wrong ends in one sentence on stderr and exit code 1,
    never a traceback (a bug's stack goes to the log, without personal data)."""
    from desktop.services.failures import explain

    try:
        return args.run(args)
    except Exception as exc:
        message = explain(exc)
        if message is None:
            from desktop.services.logs import setup_logging

            path = setup_logging()
            log.error("%s failed", args.command, exc_info=exc)
            text = f"unexpected error ({type(exc).__name__}); nothing was changed." + (
                f" The details are in {path}." if path else ""
            )
        else:
            text = message.render()
        print(f"{args.command}: {text}", file=sys.stderr)
        return 1
