"""The command line: one parser; each subcommand lives in ``desktop/commands/``.

``python main.py`` with no subcommand opens the window; subcommands work without a display.
"""

from __future__ import annotations

import argparse
import locale
import os
from pathlib import Path

from desktop import APP_DISPLAY_NAME, __version__
from desktop.commands import (
    backup,
    calendar,
    check,
    demo,
    export,
    importing,
    restore,
    server,
    tender_read,
)

LANGUAGES = ("en", "zh_CN")
TABS = ("orgchart", "opportunities", "bids", "contracts")
# Each module has register(subparsers); its parser sets ``run`` to a function(args) -> int.
COMMANDS = (demo, importing, export, calendar, backup, restore, check, tender_read, server)


def add_common_options(parser: argparse.ArgumentParser) -> None:
    """``--db`` and ``--lang`` after a subcommand too: ``main.py demo --db X`` and
    ``main.py --db X demo`` agree."""
    parser.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        help="database file (default: your data folder)",
    )
    parser.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help="language")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="keyaccount-desk",
        description=f"{APP_DISPLAY_NAME}: key accounts, opportunities, tenders and contracts.",
    )
    parser.add_argument("--db", type=Path, help="database file (default: your data folder)")
    parser.add_argument("--lang", choices=LANGUAGES, help="interface language (default: system)")
    parser.add_argument(
        "--demo", action="store_true", help="open the window on a fresh copy of the sample data"
    )
    parser.add_argument(
        "--tab", choices=TABS, help="the tab to show first (default: the one last used)"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.register(subparsers)
    return parser


def system_language() -> str:
    """zh_CN when the environment asks for Chinese, else English (used without Qt)."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(name)
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    code = locale.getlocale()[0] or ""
    return "zh_CN" if code.lower().startswith("zh") else "en"
