"""``import FILE [--db PATH] [--kind KIND] [--dry-run] [--merge | --keep-both]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.services.excel.kinds import KINDS
from desktop.services.messages import UserError

from .opening import connect, database_of, exclusive, server_of
from .recovery import is_last_database, refuse


def register(subparsers) -> None:
    from desktop.cli import add_common_options

    parser = subparsers.add_parser("import", help="import accounts, people, deals… from .xlsx")
    parser.add_argument("file", type=Path, help="the workbook (.xlsx)")
    parser.add_argument(
        "--kind", choices=(*KINDS, "full"), help="what the sheets hold (default: detect)"
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="show what would change, change nothing"
    )
    merging = parser.add_mutually_exclusive_group()
    merging.add_argument(
        "--merge",
        action="store_true",
        help="full import: merge accounts and people that match existing ones by name",
    )
    merging.add_argument(
        "--keep-both",
        action="store_true",
        help="full import: keep such accounts and people as separate records",
    )
    parser.add_argument(
        "--report",
        type=Path,
        metavar="FILE.xlsx",
        help="full import: also write the merge report (values not kept) to this workbook",
    )
    add_common_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from desktop.services.database import open_database
    from desktop.services.memory_copy import copy_in_memory

    url = server_of(args)
    if url is not None:
        return _import_to_server(url, args)
    database = database_of(args)
    try:
        # Read the workbook first: a file that cannot be imported locks and opens nothing.
        source = _read(args)
        if args.dry_run:
            # A dry run writes nothing anywhere: it rehearses on a copy in memory.
            if not database.exists():
                print(f"{database} does not exist yet; trying the import on an empty database.")
            db = copy_in_memory(database, known=lambda: is_last_database(database))
            try:
                return _run(db, source, args)
            finally:
                db.close()
        if not database.parent.is_dir():
            print(
                f"import: the folder {database.parent} does not exist; check the --db path "
                "(nothing was created)",
                file=sys.stderr,
            )
            return 1
        with exclusive("import", database) as ours:
            if not ours:
                return 1
            opened = open_database(database, known=lambda: is_last_database(database))
            if opened.created:
                print(f"{database} did not exist; a new database was created for the import.")
            db = opened.db
            try:
                return _run(db, source, args)
            finally:
                db.close()
    except UserError as error:
        return refuse("import", error, database)


def _import_to_server(url: str, args: argparse.Namespace) -> int:
    """On a team server: no lock (the server keeps writers apart) and no backup (it has its
    own); a dry run rolls its transaction back (docs/team-server.md#connecting)."""
    try:
        source = _read(args)
    except UserError as error:
        print(f"import: {error}", file=sys.stderr)
        return 1
    db = connect("import", url)
    if db is None:
        return 1
    try:
        return _run(db, source, args)
    except UserError as error:
        print(f"import: {error}", file=sys.stderr)
        return 1
    finally:
        db.close()


def _read(args: argparse.Namespace):
    """The workbook as a full export of ours, or as sheets mapped to a kind."""
    from desktop.services.excel.full_import import read_full_export
    from desktop.services.excel.import_service import plan_sheets, read_source

    if args.kind is None:
        return read_source(args.file)  # our own full export is recognised, as in the window
    if args.kind == "full":
        return read_full_export(args.file)
    return plan_sheets(args.file, args.kind)


def _run(db, source, args: argparse.Namespace) -> int:
    from desktop.services.excel.full_import import FullExport

    if isinstance(source, FullExport):
        return _full_import(db, source, args)
    return _sheet_import(db, source, args)


def _sheet_import(db, plans, args: argparse.Namespace) -> int:
    from desktop.services.clock import Clock
    from desktop.services.excel.import_service import ImportService

    for plan in plans:
        if plan.refused is not None:
            continue  # reported with the problems below
        ignored = [h for i, h in enumerate(plan.sheet.headers) if h and i not in plan.mapping]
        print(
            f"Sheet {plan.sheet.name}: {plan.kind}, "
            f"header on row {plan.sheet.header_row + 1}, "
            f"{len(plan.mapping)} columns mapped"
            + (f", ignored: {', '.join(ignored)}" if ignored else "")
        )
    report, _changes = ImportService(db, Clock()).run(plans, dry_run=args.dry_run)
    return _print_report(report, args)


def _print_report(report, args: argparse.Namespace) -> int:
    for problem in report.problems:
        print(("error   " if problem.skipped or problem.invalid else "warning ") + problem.render())
    return _conclude(report, args.dry_run)


def _conclude(report, dry_run: bool) -> int:
    """The last line: what changed, or why nothing did (docs/field-rules.md)."""
    if report.refused:
        count = sum(p.invalid for p in report.problems)
        print(
            f"import: nothing was imported: {count} value(s) above cannot be stored as they "
            "are; correct them in the workbook and import again.",
            file=sys.stderr,
        )
        return 1
    print(
        ("Dry run, nothing changed. Would have: " if dry_run else "Imported. ") + report.summary()
    )
    return 0


def _full_import(db, export, args: argparse.Namespace) -> int:
    from desktop.services.clock import Clock
    from desktop.services.excel.import_service import ImportService

    print(f"{args.file.name} is a full export of Key Account Desk: importing it whole.")
    service = ImportService(db, Clock())
    candidates = service.candidates(export)
    if candidates and not (args.merge or args.keep_both):
        print("These records match existing ones by name:", file=sys.stderr)
        for c in candidates:
            where = f" ({c.account})" if c.account else ""
            print(
                f"  {c.table} {c.name}{where}: from {c.incoming_owner or '?'}, "
                f"already kept by {c.existing_owner or '?'}",
                file=sys.stderr,
            )
        print("Run again with --merge or --keep-both; nothing was changed.", file=sys.stderr)
        return 1
    merges = {c.incoming for c in candidates} if args.merge else set()
    report = service.run_full(export, merges, dry_run=args.dry_run)
    status = _print_report(report, args)
    if status != 0:  # refused: nothing was imported, so nothing was merged either
        return status
    if report.conflicts:
        print(f"Merge report, values not kept: {len(report.conflicts)}")
        for conflict in report.conflicts:
            print("  " + conflict.render())
    if args.report is not None:
        from desktop.services.excel.merge_report import write_merge_report

        write_merge_report(report, args.report)
        print(f"Merge report written to {args.report}")
    return 0
