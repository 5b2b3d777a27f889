"""``export FILE [--db PATH] [--include-personal] [--summary [--owner NAME]]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.services.messages import UserError

from .opening import existing_database
from .recovery import is_last_database, refuse


def register(subparsers) -> None:
    from desktop.cli import add_common_options

    parser = subparsers.add_parser(
        "export", help="export everything, or a manager summary, to .xlsx"
    )
    parser.add_argument("file", type=Path, help="the workbook to write (.xlsx)")
    parser.add_argument(
        "--summary", action="store_true", help="a manager summary instead of everything"
    )
    parser.add_argument("--owner", help="summary: only this salesperson's records")
    parser.add_argument(
        "--include-personal",
        action="store_true",
        help="include client staff's personal data: birthdays, families, WeChat… "
        "(left out by default, from the full export and the summary alike)",
    )
    add_common_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from desktop.services.clock import Clock
    from desktop.services.memory_copy import copy_in_memory

    database = existing_database("export", args)
    if database is None:
        return 1
    if not args.file.parent.is_dir():
        print(
            f"export: the folder {args.file.parent} does not exist; choose another place "
            "for the workbook",
            file=sys.stderr,
        )
        return 1
    try:
        # an export only reads: the file is never written
        db = copy_in_memory(database, known=lambda: is_last_database(database))
    except UserError as error:
        return refuse("export", error, database)
    try:
        if args.summary:
            from desktop.cli import system_language
            from desktop.services.excel.summary import export_summary

            export_summary(
                db,
                args.file,
                Clock(),
                language=getattr(args, "lang", None) or system_language(),
                owner=args.owner,
                include_personal=args.include_personal,
            )
            print(f"Manager summary written to {args.file}.")
        else:
            from desktop.services.excel.full_export import export_database

            counts = export_database(
                db, args.file, Clock().now(), include_personal=args.include_personal
            )
            print(
                f"Exported {sum(counts.values())} records to {args.file}"
                + (
                    "; it contains personal data of client staff: keep it confidential."
                    if args.include_personal
                    else "; personal data of client staff was left out "
                    "(--include-personal puts it in)."
                )
            )
    except OSError as exc:
        print(f"export: cannot write {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    finally:
        db.close()
    return 0
