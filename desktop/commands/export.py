"""``export FILE [--db PATH] [--include-personal] [--summary [--owner NAME]]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .recovery import reading_copy


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

    db = reading_copy("export", args, "workbook")
    if db is None:
        return 1
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
