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
    sync,
    tender_read,
)

LANGUAGES = ("en", "zh_CN")
TABS = ("orgchart", "opportunities", "bids", "contracts")
# Each module has register(subparsers); its parser sets ``run`` to a function(args) -> int.
COMMANDS = (demo, importing, export, calendar, backup, restore, check, tender_read, server, sync)


def database_argument(text: str) -> Path | str:
    """``--db``: a file, or a server URL kept as text (a ``Path`` would fold its ``//`` and
    name a local file after it: docs/team-server.md#connecting)."""
    from desktop.services.server_url import is_server_url

    return text if is_server_url(text) else Path(text)


DB_HELP = (
    "database file, or a team server as postgresql://USER@HOST:PORT/DBNAME "
    "(default: your data folder)"
)


def add_common_options(parser: argparse.ArgumentParser) -> None:
    """``--db`` and ``--lang`` after a subcommand too: ``main.py demo --db X`` and
    ``main.py --db X demo`` agree."""
    parser.add_argument("--db", type=database_argument, default=argparse.SUPPRESS, help=DB_HELP)
    parser.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help="language")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="keyaccount-desk",
        description=f"{APP_DISPLAY_NAME}: key accounts, opportunities, tenders and contracts.",
    )
    parser.add_argument("--db", type=database_argument, help=DB_HELP)
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
