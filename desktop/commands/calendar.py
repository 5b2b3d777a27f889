"""``calendar FILE.ics [--db PATH] [--days N] [--include-personal]``: the reminders and open
actions as an iCalendar file (docs/calendar.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.services.messages import UserError

from .recovery import reading_copy

DAYS_RANGE = (1, 366)


def _days(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        days = 0
    if not DAYS_RANGE[0] <= days <= DAYS_RANGE[1]:
        raise argparse.ArgumentTypeError("give a number of days from 1 to 366")
    return days


def register(subparsers) -> None:
    from desktop.cli import add_common_options

    parser = subparsers.add_parser(
        "calendar",
        help="write the reminders and open actions as an iCalendar file (.ics) for Outlook "
        "or Thunderbird",
    )
    parser.add_argument("file", type=Path, help="the calendar file to write (.ics)")
    parser.add_argument("--days", type=_days, default=30, help="how many days ahead (default: 30)")
    parser.add_argument(
        "--include-personal",
        action="store_true",
        help="add client staff's birthdays (personal data: left out by default)",
    )
    add_common_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from desktop.cli import system_language
    from desktop.services.calendar import export_calendar
    from desktop.services.clock import Clock

    db = reading_copy("calendar", args, "calendar file")
    if db is None:
        return 1
    try:
        count = export_calendar(
            db,
            args.file,
            Clock(),
            language=getattr(args, "lang", None) or system_language(),
            days=args.days,
            include_personal=args.include_personal,
        )
    except UserError as error:
        print(f"calendar: {error.message.render()}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"calendar: cannot write {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    finally:
        db.close()
    print(
        f"{count} events written to {args.file}; importing it again updates them."
        + (
            " It contains birthdays of client staff: keep it private."
            if args.include_personal
            else ""
        )
    )
    return 0
